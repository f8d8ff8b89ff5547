/**
 * A statistical name tagger: a structured perceptron over BIO tags, decoded left to right per
 * sentence with the beam it was trained with. Two layers: the outer layer finds the names of a sentence; the inner
 * layer, run inside each outer name of two or more words, finds the names nested in it
 * ("University of Helsinki" → place "Helsinki").
 *
 * The features are defined as strings in features.ts (what training reads); tagging computes
 * the same scores through scoring.ts, which memoises what depends on one word only.
 */
import type {EntityType} from '../model.js';
import type {SentenceSpan} from '../text/sentences.js';
import {bare, documentContext, ruleMarks, type DocumentContext, type RuleSpan} from './features.js';
import {decodeScores, staticScores, wordEntries, wordsNearCapitals} from './scoring.js';
import {compile, type CompiledModel, type NerModel} from './weights.js';
import {lowerBound} from '../text/span-index.js';

export {documentContext, historyFeatures, innerFeatures, ruleMarks, staticFeatures, type DocumentContext, type RuleSpan} from './features.js';
export type {LayerWeights, NerModel, PackedModel, TrainedModel} from './weights.js';

export const entityTypes: readonly EntityType[] = ['person', 'organization', 'place'];

/** BIO labels: O, then B/I for each type. */
export const labels: readonly string[] = ['O', ...entityTypes.flatMap((type) => ['B', 'I'].map((prefix) => `${prefix}-${type}`))];

/** A name found by the tagger: word indices in its sentence, `end` exclusive. */
export interface TaggedSpan {
  from: number;
  to: number;
  type: EntityType;
  nested: boolean;
}

/** Whether `label` may follow `previous` in BIO: I-type only continues that type. */
export function allowed(previous: string, label: string): boolean {
  if (!label.startsWith('I-')) return true;
  return previous.slice(2) === label.slice(2) && previous !== 'O';
}

/** The best label BIO allows after `previous` (training's decoding, over string features). */
export function best(scores: Float64Array, previous: string): string {
  let bestLabel = 'O';
  let bestScore = -Infinity;
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    if (!allowed(previous, label)) continue;
    if (scores[index]! > bestScore) {
      bestScore = scores[index]!;
      bestLabel = label;
    }
  }
  return bestLabel;
}

/** Spans of a BIO tag sequence. */
export function spansOf(tags: readonly string[]): Array<{from: number; to: number; type: EntityType}> {
  const spans: Array<{from: number; to: number; type: EntityType}> = [];
  tags.forEach((tag, index) => {
    if (tag.startsWith('B-')) spans.push({from: index, to: index + 1, type: tag.slice(2) as EntityType});
    else if (tag.startsWith('I-')) spans[spans.length - 1]!.to = index + 1;
  });
  return spans;
}

/** BIO tags for spans over `length` words (spans must not overlap). */
export function tagsOf(length: number, spans: ReadonlyArray<{from: number; to: number; type: EntityType}>): string[] {
  const tags = new Array<string>(length).fill('O');
  for (const span of spans) {
    tags[span.from] = `B-${span.type}`;
    for (let index = span.from + 1; index < span.to; index++) tags[index] = `I-${span.type}`;
  }
  return tags;
}

/**
 * What tagging a document needs beyond its sentences, shared by both layers: the document's
 * context and the rules' marks per word. Both are computed when first read, so that a caller who
 * keeps them between versions of a document (the incremental analyser's memo) can provide the
 * context and read only the marks of the sentences it re-tags.
 */
export class TaggingInput {
  private contextValue: DocumentContext | undefined;
  /** Per sentence index: the rules that may mark its words (`rules[first]` to `rules[last - 1]`). */
  private slices: {first: Int32Array; last: Int32Array} | undefined;
  private readonly marksBy: Array<string[] | undefined>;

  constructor(
    readonly sentences: readonly SentenceSpan[],
    /** The rules' names, sorted by start. */
    readonly rules: readonly RuleSpan[],
    context?: DocumentContext,
    marks?: Array<string[] | undefined>,
  ) {
    this.contextValue = context;
    this.marksBy = marks ?? [];
  }

  get context(): DocumentContext {
    return (this.contextValue ??= documentContext(this.sentences, this.rules));
  }

  /** Provides the context (what `documentContext` gives for these sentences and rules). */
  set context(context: DocumentContext) {
    this.contextValue = context;
  }

  /** The same input read through another context (the memo's recording one); marks are shared. */
  withContext(context: DocumentContext): TaggingInput {
    const input = new TaggingInput(this.sentences, this.rules, context, this.marksBy);
    input.slices = this.slices;
    return input;
  }

  /** The rules' marks per word of the sentence numbered `index`. */
  marksOf(index: number): readonly string[] {
    let marks = this.marksBy[index];
    if (!marks) {
      // A layout's sentences are numbered by their place in it.
      const sentence = this.sentences[index]?.index === index ? this.sentences[index] : this.sentences.find((item) => item.index === index);
      if (!sentence) return [];
      marks = this.marksBy[index] = ruleMarks(sentence.words, this.rulesOf(index));
    }
    return marks;
  }

  /** The marks of every sentence, by sentence index. */
  get marks(): string[][] {
    const marks: string[][] = [];
    for (const sentence of this.sentences) marks[sentence.index] = this.marksOf(sentence.index) as string[];
    return marks;
  }

  /**
   * The rules `ruleMarks` is given for the sentence numbered `index`: from the first that has not
   * ended (nor its role) before the sentence, to the last that starts inside it. What the marks of
   * a sentence depend on besides its words.
   */
  rulesOf(index: number): readonly RuleSpan[] {
    if (!this.slices) this.slices = ruleSlices(this.sentences, this.rules);
    const first = this.slices.first[index];
    // Most sentences hold no rule's name: one empty list for them all.
    if (first === undefined || first === this.slices.last[index]) return noRules;
    return this.rules.slice(first, this.slices.last[index]!);
  }
}

const noRules: readonly RuleSpan[] = [];

/** `TaggingInput.rulesOf` of every sentence, in one pass over the sentences and the rules. */
function ruleSlices(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[]): {first: Int32Array; last: Int32Array} {
  let size = 0;
  for (let at = 0; at < sentences.length; at++) size = Math.max(size, sentences[at]!.index + 1);
  const firsts = new Int32Array(size);
  const lasts = new Int32Array(size);
  let first = 0;
  for (let at = 0; at < sentences.length; at++) {
    const sentence = sentences[at]!;
    while (first < rules.length && rules[first]!.end <= sentence.start && (rules[first]!.role?.end ?? 0) <= sentence.start) first++;
    let last = first;
    while (last < rules.length && rules[last]!.start < sentence.end) last++;
    firsts[sentence.index] = first;
    lasts[sentence.index] = last;
  }
  return {first: firsts, last: lasts};
}

export function taggingInput(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[] = []): TaggingInput {
  return new TaggingInput(sentences, rules);
}

/** The outer layer over one sentence. */
export function tagSentence(model: CompiledModel, sentence: SentenceSpan, context: DocumentContext, marks: readonly string[] = []): TaggedSpan[] {
  const words = sentence.words;
  // A name has a capital somewhere, and the engine keeps no name without one: words far from
  // any capital are not worth scoring, nor looked up.
  const needed = wordsNearCapitals(words);
  if (!needed) return [];
  const entries = wordEntries(model.outer, words, needed);
  const scores = staticScores(model.outer, model.labels.length, words, context, marks, undefined, needed, entries, scratchScores(words.length * model.labels.length));
  const chosen = decodeScores(model.outer, model.labels, words, scores, needed, model.beam, entries);
  return spansOfLabels(chosen, model.labels, false);
}

/** The inner layer inside one name of a sentence (word indices `from`–`to`). */
export function tagInside(model: CompiledModel, sentence: SentenceSpan, context: DocumentContext, marks: readonly string[], span: {from: number; to: number; type: EntityType}): TaggedSpan[] {
  const length = span.to - span.from;
  if (length < 2) return [];
  const slice = sentence.words.slice(span.from, span.to);
  const scores = staticScores(model.inner, model.labels.length, slice, context, marks.slice(span.from, span.to), {type: span.type, length}, undefined, undefined, scratchScores(length * model.labels.length));
  const chosen = decodeScores(model.inner, model.labels, slice, scores, undefined, model.beam);
  return spansOfLabels(chosen, model.labels, true)
    .filter((item) => item.to - item.from < length)
    .map((item) => ({from: span.from + item.from, to: span.from + item.to, type: item.type, nested: true}));
}

let scratch = new Float64Array(4096);

/** A reused array for one sentence's static scores: they are read by decoding and dropped. */
function scratchScores(length: number): Float64Array {
  if (scratch.length < length) scratch = new Float64Array(Math.max(length, 2 * scratch.length));
  return scratch;
}

/** What each label index is in BIO: 0 O, 1 B-type, 2 I-type; and the type. */
interface LabelKinds {
  kind: Uint8Array;
  type: EntityType[];
}

const labelKinds = new WeakMap<readonly string[], LabelKinds>();

/** `spansOf` over label indices, without naming each word's tag. */
function spansOfLabels(chosen: readonly number[], labels: readonly string[], nested: boolean): TaggedSpan[] {
  let kinds = labelKinds.get(labels);
  if (!kinds) {
    kinds = {kind: Uint8Array.from(labels, (label) => (label.startsWith('B-') ? 1 : label.startsWith('I-') ? 2 : 0)), type: labels.map((label) => label.slice(2) as EntityType)};
    labelKinds.set(labels, kinds);
  }
  const spans: TaggedSpan[] = [];
  for (let index = 0; index < chosen.length; index++) {
    const kind = kinds.kind[chosen[index]!];
    if (kind === 1) spans.push({from: index, to: index + 1, type: kinds.type[chosen[index]!]!, nested});
    else if (kind === 2) spans[spans.length - 1]!.to = index + 1;
  }
  return spans;
}

/** A tagged name with document offsets (a trailing possessive left out). */
export interface TaggedName {
  start: number;
  end: number;
  type: EntityType;
  nested: boolean;
  sentence: number;
}

function named(sentence: SentenceSpan, span: TaggedSpan): TaggedName {
  const first = sentence.words[span.from]!;
  const last = sentence.words[span.to - 1]!;
  return {start: first.start, end: last.start + bare(last.text).length, type: span.type, nested: span.nested, sentence: sentence.index};
}

/** Tags every sentence of a document with the outer layer. */
export function tagDocument(model: NerModel, sentences: readonly SentenceSpan[], rules: readonly RuleSpan[] = [], input: TaggingInput = taggingInput(sentences, rules)): TaggedName[] {
  const compiled = compile(model);
  const names: TaggedName[] = [];
  for (const sentence of sentences) for (const span of tagSentence(compiled, sentence, input.context, input.marksOf(sentence.index))) names.push(named(sentence, span));
  return names;
}

/** The names nested inside the given names of two words or more (the inner layer). */
export function tagNested(
  model: NerModel,
  sentences: readonly SentenceSpan[],
  outer: ReadonlyArray<{start: number; end: number; type: EntityType; sentence: number}>,
  rules: readonly RuleSpan[] = [],
  input: TaggingInput = taggingInput(sentences, rules),
): TaggedName[] {
  const compiled = compile(model);
  const names: TaggedName[] = [];
  for (const name of outer) {
    const sentence = sentences[name.sentence];
    if (!sentence) continue;
    // Words are in order: the name's first word found by bisection.
    const from = lowerBound(sentence.words, name.start);
    if (sentence.words[from]?.start !== name.start) continue;
    let last = -1;
    for (let index = from + 1; index < sentence.words.length && sentence.words[index]!.start < name.end; index++) {
      const word = sentence.words[index]!;
      if (word.start + bare(word.text).length === name.end) last = index;
    }
    if (last <= from) continue;
    for (const span of tagInside(compiled, sentence, input.context, input.marksOf(sentence.index), {from, to: last + 1, type: name.type})) names.push(named(sentence, span));
  }
  return names;
}
