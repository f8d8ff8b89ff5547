/**
 * What every part of the quotes layer reads and builds: the document's context, an attribution
 * (speaker, cue, actor), and the small span helpers all the finders share. Kept apart so that
 * each finder imports these without importing another finder.
 */
import type {ActorMention, EntityMention} from '../data-map.js';
import type {Quote, QuoteKind, Span} from '../model.js';
import type {Layout, Word} from '../text/sentences.js';
import {findContaining, findOverlapping, within} from '../text/span-index.js';

/** The document as the finders read it. */
export interface Context {
  text: string;
  layout: Layout;
  mentions: ActorMention[];
  entities: EntityMention[];
  /** Offsets of this run's sourceless quotes ("It was reported that …"), which raise no finding. */
  sourcelessCues: Set<string>;
}

/** Who said a quotation, with the cue word, and the actor the speaker is a mention of. */
export interface Attribution {
  speaker: Span | null;
  cue: Span | null;
  actor: string | null;
}

export const noAttribution: Attribution = {speaker: null, cue: null, actor: null};

export function lastNonSpace(text: string, start: number, end: number): number {
  let last = end - 1;
  while (last > start && /\s/u.test(text[last]!)) last--;
  return last;
}

export function toQuote(span: Span, kind: QuoteKind, attribution: Attribution, text: string): Quote {
  return {id: '', start: span.start, end: span.end, text: text.slice(span.start, span.end), kind, speaker: attribution.speaker, cue: attribution.cue, actor: attribution.actor};
}

export function actorOf(span: Span, context: Context): string | null {
  const inside = within(context.mentions, span.start, span.end);
  if (inside.length > 0) return inside[0]!.actor;
  const overlapping = findOverlapping(context.mentions, span.start, span.end);
  if (overlapping) return overlapping.actor;
  // "Council member Tom Baker, who voted against …": the relative pronoun is the speaker's
  // mention, and speaks for the name it is set off from.
  const comma = /^who$/iu.test(span.text) ? /,\s*$/u.exec(context.text.slice(Math.max(0, span.start - 4), span.start)) : null;
  const antecedent = comma ? findContaining(context.mentions, span.start - comma[0].length - 1) : undefined;
  return antecedent && antecedent.kind !== 'pronoun' ? antecedent.actor : null;
}

export function mentionEndingAt(word: Word, context: Context): Span & {kind?: string} | undefined {
  return findContaining(context.mentions, word.start) ?? findContaining(context.entities, word.start);
}

export function span(value: Span, text: string): Span {
  return {start: value.start, end: value.end, text: text.slice(value.start, value.end)};
}

export function trimEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /[\s.!?”"»’,;]/u.test(text[last - 1]!)) last--;
  return last;
}
