/**
 * Questions the views ask of one analysis ("what is under this offset", "what did this actor
 * say"), answered from the plain model so hovers and the tree agree with each other.
 */
import type {Actor, Annotations, Claim, Entity, Quote, Span} from '../core/model.js';

export interface ItemsAt {
  entity?: Entity;
  /** A mention of an actor that is not an entity span (a pronoun, a role phrase). */
  mention?: {span: Span; actor: Actor};
  quote?: Quote;
  claim?: Claim;
}

export class AnnotationIndex {
  private readonly actorsById = new Map<string, Actor>();
  private readonly quotesByActor = new Map<string, Quote[]>();
  private readonly claimsByActor = new Map<string, Claim[]>();

  constructor(readonly annotations: Annotations) {
    for (const actor of annotations.actors) this.actorsById.set(actor.id, actor);
    for (const quote of annotations.quotes) push(this.quotesByActor, quote.actor, quote);
    for (const claim of annotations.claims) push(this.claimsByActor, claim.actor, claim);
  }

  actor(id: string | null): Actor | undefined {
    return id === null ? undefined : this.actorsById.get(id);
  }

  quotesOf(actorId: string): readonly Quote[] {
    return this.quotesByActor.get(actorId) ?? [];
  }

  claimsOf(actorId: string): readonly Claim[] {
    return this.claimsByActor.get(actorId) ?? [];
  }

  /** Quotes no actor is credited with (no speaker, or a speaker the engine could not resolve). */
  unattributedQuotes(): readonly Quote[] {
    return this.annotations.quotes.filter((quote) => this.actor(quote.actor) === undefined);
  }

  claims(): readonly Claim[] {
    return this.annotations.claims;
  }

  /** Claims the publication makes in its own voice. */
  articleClaims(): readonly Claim[] {
    return this.annotations.claims.filter((claim) => this.actor(claim.actor) === undefined);
  }

  /**
   * Actors, most prominent first: what they say weighs more than how often they are named,
   * since a quoted source matters more to a reader checking attribution than a passing mention.
   */
  actorsByProminence(): readonly Actor[] {
    const weight = (actor: Actor): number => 3 * this.quotesOf(actor.id).length + this.claimsOf(actor.id).length + actor.mentions.length;
    const firstMention = (actor: Actor): number => actor.mentions[0]?.start ?? Number.MAX_SAFE_INTEGER;
    return [...this.annotations.actors].sort((a, b) => weight(b) - weight(a) || firstMention(a) - firstMention(b));
  }

  /** The innermost annotation of each layer that contains `offset`. */
  itemsAt(offset: number): ItemsAt {
    const items: ItemsAt = {};
    const entity = innermost(this.annotations.entities, offset);
    if (entity) items.entity = entity;
    const quote = innermost(this.annotations.quotes, offset);
    if (quote) items.quote = quote;
    const claim = innermost(this.annotations.claims, offset);
    if (claim) items.claim = claim;
    if (!entity) {
      for (const actor of this.annotations.actors) {
        const span = innermost(actor.mentions, offset);
        if (span && (!items.mention || length(span) < length(items.mention.span))) items.mention = {span, actor};
      }
    }
    return items;
  }
}

const indexes = new WeakMap<Annotations, AnnotationIndex>();

/** One index per analysis result: hovers ask many times between two analyses. */
export function indexFor(annotations: Annotations): AnnotationIndex {
  let index = indexes.get(annotations);
  if (!index) {
    index = new AnnotationIndex(annotations);
    indexes.set(annotations, index);
  }
  return index;
}

function innermost<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end && (!best || length(span) < length(best))) best = span;
  }
  return best;
}

function length(span: Span): number {
  return span.end - span.start;
}

function push<T>(map: Map<string, T[]>, key: string | null, value: T): void {
  if (key === null) return;
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
