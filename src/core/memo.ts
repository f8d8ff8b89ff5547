/**
 * What the incremental analyser keeps of the layers' per-sentence work between versions of a
 * document. The line cache (incremental.ts) keeps each line's layout with offsets from the
 * line's start and places a shifted copy of it in every version; the memo is keyed by that kept
 * copy (the sentence's origin), so a result is found again wherever the line moved, and it is
 * dropped with the line when a version no longer has it (WeakMaps: memory follows the document).
 *
 * Every entry stores offsets from its sentence's start and is shifted when reused, and stores
 * whatever the sentence's result read outside the sentence, checked before reuse: a result is
 * reused only when recomputing it would give the same, so the output equals `analyze`'s.
 */
import type {EntityType} from './model.js';
import type {SentenceSpan} from './text/sentences.js';
import {tagDocument, tagNested, type DocumentContext, type NerModel, type TaggedName, type TaggingInput} from './ner/tagger.js';

/** A context lookup a tagging made: which set, which key, what it answered. */
type Lookup = readonly [set: 0 | 1 | 2, key: string, answer: boolean | string | undefined];

interface TaggedEntry {
  model: NerModel;
  /** The rules' marks of the sentence's words, and for the inner layer the outer names. */
  key: string;
  lookups: readonly Lookup[];
  /** Offsets from the sentence's start. */
  names: ReadonlyArray<Omit<TaggedName, 'sentence'>>;
}

/** A claim candidate's score and the features raising it: the sentence's text and words decide both. */
export interface SentenceScore {
  score: number;
  raised: readonly string[];
}

export class AnalysisMemo {
  private readonly origins = new WeakMap<SentenceSpan, SentenceSpan>();
  private readonly outer = new WeakMap<SentenceSpan, TaggedEntry>();
  private readonly inner = new WeakMap<SentenceSpan, TaggedEntry>();
  private readonly scores = new WeakMap<SentenceSpan, SentenceScore>();

  /** Records that `placed` is `origin` (offsets from its line's start) shifted into this version. */
  place(placed: SentenceSpan, origin: SentenceSpan): void {
    this.origins.set(placed, origin);
  }

  /** The claims layer's score of a sentence, computed once per kept sentence. */
  score(sentence: SentenceSpan, compute: () => SentenceScore): SentenceScore {
    const origin = this.origins.get(sentence);
    if (!origin) return compute();
    let found = this.scores.get(origin);
    if (!found) {
      found = compute();
      this.scores.set(origin, found);
    }
    return found;
  }

  /** Same as ner's `tagDocument` with `input`, reusing each sentence's tagging when nothing it read changed. */
  tagDocument(model: NerModel, sentences: readonly SentenceSpan[], input: TaggingInput): TaggedName[] {
    const names: TaggedName[] = [];
    for (const sentence of sentences) {
      const key = marksKey(input, sentence);
      this.tagged(this.outer, model, sentence, key, input, names, (tracked) => tagDocument(model, [sentence], [], tracked));
    }
    return names;
  }

  /** Same as ner's `tagNested` with `input`, sentence by sentence (the outer names sorted by start). */
  tagNested(model: NerModel, sentences: readonly SentenceSpan[], outer: ReadonlyArray<{start: number; end: number; type: EntityType; sentence: number}>, input: TaggingInput): TaggedName[] {
    const names: TaggedName[] = [];
    // Consecutive names of one sentence are tagged together; tagNested reads each name's sentence only.
    for (let from = 0; from < outer.length; ) {
      const index = outer[from]!.sentence;
      let to = from + 1;
      while (to < outer.length && outer[to]!.sentence === index) to++;
      const group = outer.slice(from, to);
      from = to;
      const sentence = sentences[index];
      if (!sentence) continue;
      const key = `${marksKey(input, sentence)}\u0002${group.map((name) => `${name.start - sentence.start}:${name.end - sentence.start}:${name.type}`).join(',')}`;
      this.tagged(this.inner, model, sentence, key, input, names, (tracked) => tagNested(model, sentences, group, [], tracked));
    }
    return names;
  }

  private tagged(cache: WeakMap<SentenceSpan, TaggedEntry>, model: NerModel, sentence: SentenceSpan, key: string, input: TaggingInput, into: TaggedName[], compute: (tracked: TaggingInput) => TaggedName[]): void {
    const origin = this.origins.get(sentence);
    let entry = origin && cache.get(origin);
    if (!entry || entry.model !== model || entry.key !== key || !stillAnswers(entry.lookups, input.context)) {
      const lookups: Lookup[] = [];
      const found = compute({context: tracking(input.context, lookups), marks: input.marks});
      entry = {model, key, lookups, names: found.map((name) => ({start: name.start - sentence.start, end: name.end - sentence.start, type: name.type, nested: name.nested}))};
      if (origin) cache.set(origin, entry);
    }
    for (const name of entry.names) into.push({start: name.start + sentence.start, end: name.end + sentence.start, type: name.type, nested: name.nested, sentence: sentence.index});
  }
}

function marksKey(input: TaggingInput, sentence: SentenceSpan): string {
  return (input.marks[sentence.index] ?? []).join('\u0001');
}

/** Whether the document's context still gives every answer a tagging got from it. */
function stillAnswers(lookups: readonly Lookup[], context: DocumentContext): boolean {
  for (const [set, key, answer] of lookups) {
    const now = set === 0 ? context.lowerSeen.has(key) : set === 1 ? context.capitalSeen.has(key) : context.ruleTypes.get(key);
    if (now !== answer) return false;
  }
  return true;
}

/**
 * The context as the tagger reads it (membership and lookup), recording each question and its
 * answer: the document-wide part of what a sentence's tagging depends on.
 */
function tracking(context: DocumentContext, lookups: Lookup[]): DocumentContext {
  const lowerSeen = {
    has(key: string): boolean {
      const answer = context.lowerSeen.has(key);
      lookups.push([0, key, answer]);
      return answer;
    },
  };
  const capitalSeen = {
    has(key: string): boolean {
      const answer = context.capitalSeen.has(key);
      lookups.push([1, key, answer]);
      return answer;
    },
  };
  const ruleTypes = {
    get(key: string): string | undefined {
      const answer = context.ruleTypes.get(key);
      lookups.push([2, key, answer]);
      return answer;
    },
  };
  // The tagger only asks these questions of its context (ner/scoring.ts, ner/features.ts).
  return {lowerSeen, capitalSeen, ruleTypes} as unknown as DocumentContext;
}
