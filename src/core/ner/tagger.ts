/**
 * A statistical name tagger: an averaged perceptron over BIO tags, decoded greedily left to
 * right per sentence. Two layers: the outer layer finds the names of a sentence; the inner
 * layer, run inside each outer name of two or more words, finds the names nested in it
 * ("University of Helsinki" → place "Helsinki").
 *
 * Features are strings (word, shape, affixes, neighbours, part of speech, gazetteers, sentence
 * position, the previous tags); scoring a token is one hash-map lookup per feature.
 */
import type {EntityType} from '../model.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {countryByDemonym} from '../data/countries.js';
import {firstNames} from '../data/first-names.js';
import {knownOrganizations, organizationWords, governmentNouns} from '../data/organizations.js';
import {knownPlaces, placeHeads} from '../data/places.js';
import {honorifics, roleNouns, titleComplements, titleWords} from '../data/titles.js';
import {isCommonWord} from '../data/lexicon.js';

export const entityTypes: readonly EntityType[] = ['person', 'organization', 'place'];

/** BIO labels: O, then B/I for each type. */
export const labels: readonly string[] = ['O', ...entityTypes.flatMap((type) => ['B', 'I'].map((prefix) => `${prefix}-${type}`))];

/** One layer's weights: feature → flat list of (label index, weight) pairs. */
export type LayerWeights = Record<string, number[]>;

/** The shipped model (src/core/data/ner-model.json). */
export interface NerModel {
  version: 1;
  labels: readonly string[];
  outer: LayerWeights;
  inner: LayerWeights;
}

/** A name found by the tagger: word indices in its sentence, `end` exclusive. */
export interface TaggedSpan {
  from: number;
  to: number;
  type: EntityType;
  nested: boolean;
}

/** What a document tells the features beyond one sentence. */
export interface DocumentContext {
  /** Lower-case words seen written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Capitalised words seen inside a sentence (not opening it). */
  capitalSeen: Set<string>;
  /** Words inside the rules' names, with the names' types: the document's memory of a name. */
  ruleTypes: Map<string, string>;
}

export function documentContext(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[] = []): DocumentContext {
  const lowerSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  const ruleTypes = new Map<string, string>();
  let rule = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (/^\p{Ll}/u.test(word.text)) lowerSeen.add(word.text);
      else if (word.index > 0 && /^\p{Lu}/u.test(word.text)) capitalSeen.add(bare(word.text));
      while (rule < rules.length && rules[rule]!.end <= word.start) rule++;
      const inside = rules[rule];
      if (inside && inside.start <= word.start && word.end <= inside.end + 2) {
        const known = ruleTypes.get(bare(word.text));
        ruleTypes.set(bare(word.text), known && known !== inside.type ? 'mixed' : inside.type);
      }
    }
  }
  return {lowerSeen, capitalSeen, ruleTypes};
}

const possessive = /['’]s?$/u;

function bare(text: string): string {
  return text.length > 2 && /\p{L}['’]s?$/u.test(text) ? text.replace(possessive, '') : text;
}

function shape(text: string): string {
  const mapped = text
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd');
  // Collapse runs longer than two: "Xxxxxx" → "Xxx".
  return mapped.replace(/(.)\1{2,}/gu, '$1$1');
}

/** Punctuation between two words, simplified: ',', '(', '"', '-', ':' … or '' for space only. */
function gap(before: string): string {
  const trimmed = before.replace(/\s+/gu, '');
  if (!trimmed) return before.includes('\n') ? 'NL' : '';
  return trimmed.replace(/[“”„"]/gu, 'Q').replace(/[‘’']/gu, 'q').replace(/[–—]/gu, '-').slice(0, 3);
}

/** Gazetteer classes of a single word. */
function wordClasses(text: string): string[] {
  const word = bare(text);
  const lower = word.toLowerCase();
  const classes: string[] = [];
  if (firstNames.has(word)) classes.push('first');
  if (knownPlaces.has(lower)) classes.push('place');
  if (knownOrganizations.has(lower)) classes.push('org');
  if (organizationWords.has(word)) classes.push('orgword');
  if (placeHeads.has(word)) classes.push('placehead');
  if (titleWords.has(word) || honorifics.has(word)) classes.push('title');
  if (titleComplements.has(word)) classes.push('titlecomp');
  if (countryByDemonym.has(lower) || (lower.endsWith('s') && countryByDemonym.has(lower.slice(0, -1)))) classes.push('demonym');
  if (roleNouns.has(lower)) classes.push('role');
  if (governmentNouns.has(lower)) classes.push('govnoun');
  if (/^\p{Lu}/u.test(word) && isCommonWord(word)) classes.push('common');
  return classes;
}

/** Multi-word gazetteer matches (known places and organisations), as B/I marks per word. */
function phraseMarks(words: readonly Word[]): string[] {
  const marks = new Array<string>(words.length).fill('');
  for (let from = 0; from < words.length; from++) {
    for (let size = Math.min(5, words.length - from); size >= 2; size--) {
      const phrase = words
        .slice(from, from + size)
        .map((word, index) => (index === size - 1 ? bare(word.text) : word.text))
        .join(' ')
        .toLowerCase();
      const kind = knownPlaces.has(phrase) ? 'place' : knownOrganizations.has(phrase) ? 'org' : '';
      if (!kind) continue;
      for (let index = from; index < from + size; index++) marks[index] = `${index === from ? 'B' : 'I'}${kind}`;
      from += size - 1;
      break;
    }
  }
  return marks;
}

/**
 * The features of every word of a sentence that do not depend on the tags (the previous tags
 * are added while decoding). `words` may be a slice of a sentence (the inner layer).
 */
export function staticFeatures(words: readonly Word[], context: DocumentContext, marks: readonly string[] = []): string[][] {
  const ruleTags = marks;
  // A headline in title case: capitals say little there.
  const titleCase = words.length >= 4 && words.filter((word) => /^\p{Lu}/u.test(word.text)).length / words.length > 0.6;
  const marksOfGazetteer = phraseMarks(words);
  const info = words.map((word) => {
    const text = word.text;
    return {text, lower: text.toLowerCase(), shape: shape(text), classes: wordClasses(text), gap: gap(word.before)};
  });
  const at = (index: number) => info[index];
  return words.map((word, index) => {
    const self = info[index]!;
    const previous = at(index - 1);
    const next = at(index + 1);
    const previous2 = at(index - 2);
    const next2 = at(index + 2);
    const initial = index === 0 || /[“"‘«(:]\s*$|\s[-–—]\s+$/u.test(word.before);
    const features = [
      'b',
      `w=${self.text}`,
      `l=${self.lower}`,
      `s=${self.shape}`,
      `p3=${self.lower.slice(0, 3)}`,
      `x3=${self.lower.slice(-3)}`,
      `x2=${self.lower.slice(-2)}`,
      `t=${word.pos}`,
      `g=${self.gap}`,
      `g+=${next?.gap ?? '$'}`,
      `w-1=${previous?.lower ?? '^'}`,
      `w+1=${next?.lower ?? '$'}`,
      `w-2=${previous2?.lower ?? '^'}`,
      `w+2=${next2?.lower ?? '$'}`,
      `s-1=${previous?.shape ?? '^'}`,
      `s+1=${next?.shape ?? '$'}`,
      `t-1=${words[index - 1]?.pos ?? '^'}`,
      `t+1=${words[index + 1]?.pos ?? '$'}`,
      `s-1s=${previous?.shape ?? '^'}|${self.shape}`,
      `ss+1=${self.shape}|${next?.shape ?? '$'}`,
      `ww+1=${self.lower}|${next?.lower ?? '$'}`,
      `w-1w=${previous?.lower ?? '^'}|${self.lower}`,
      `i=${initial ? 1 : 0}|${self.shape}`,
      `m=${marksOfGazetteer[index] || '-'}`,
    ];
    if (initial) features.push(`il=${self.lower}`);
    if (/^\p{Lu}/u.test(self.text)) {
      features.push(`lowseen=${context.lowerSeen.has(self.lower) ? 1 : 0}|${initial ? 1 : 0}`, `capseen=${context.capitalSeen.has(bare(self.text)) ? 1 : 0}|${initial ? 1 : 0}`);
      features.push(`doc=${context.ruleTypes.get(bare(self.text)) ?? '-'}`, `doc|r=${context.ruleTypes.get(bare(self.text)) ?? '-'}|${ruleTags[index] ?? 'O'}`);
      if (titleCase) features.push(`tc|s=${self.shape}`, `tc|r=${ruleTags[index] ?? 'O'}`);
    }
    if (titleCase) features.push('tc');
    if (possessive.test(self.text) && self.text.length > 2) features.push('poss');
    for (const item of self.classes) features.push(`c=${item}`);
    for (const item of previous?.classes ?? []) features.push(`c-1=${item}`);
    for (const item of next?.classes ?? []) features.push(`c+1=${item}`);
    if (marksOfGazetteer[index - 1]) features.push(`m-1=${marksOfGazetteer[index - 1]}`);
    const rule = ruleTags[index];
    features.push(`r=${rule ?? 'O'}`, `r-1=${ruleTags[index - 1] ?? '^'}`, `r+1=${ruleTags[index + 1] ?? '$'}`, `rw=${rule ?? 'O'}|${self.shape}`);
    if (marksOfGazetteer[index + 1]) features.push(`m+1=${marksOfGazetteer[index + 1]}`);
    return features;
  });
}

/** Features of the tags already chosen (the previous two). */
export function historyFeatures(previous: string, previous2: string, word: Word): string[] {
  return [`h1=${previous}`, `h2=${previous2}|${previous}`, `h1w=${previous}|${word.text.toLowerCase()}`];
}

/** Features of the outer layer's tag for the inner layer. */
export function innerFeatures(features: string[][], outerType: EntityType, from: number, to: number): string[][] {
  return features.map((list, index) => [...list, `ot=${outerType}`, `op=${index === 0 ? 'first' : index === to - from - 1 ? 'last' : 'mid'}`, `ot|l=${outerType}|${list[2]!.slice(2)}`]);
}

/** Whether `label` may follow `previous` in BIO: I-type only continues that type. */
export function allowed(previous: string, label: string, _last: boolean): boolean {
  if (!label.startsWith('I-')) return true;
  return previous.slice(2) === label.slice(2) && previous !== 'O';
}

/** Scores of every label for one word, from a layer's weights. */
function score(weights: LayerWeights, features: readonly string[], scores: Float64Array): void {
  scores.fill(0);
  for (const feature of features) {
    const pairs = weights[feature];
    if (!pairs) continue;
    for (let index = 0; index < pairs.length; index += 2) scores[pairs[index]!]! += pairs[index + 1]!;
  }
}

/** Greedy BIO decoding of one sequence with a layer's weights. */
export function decode(weights: LayerWeights | ((features: readonly string[], scores: Float64Array) => void), words: readonly Word[], features: string[][]): string[] {
  const scores = new Float64Array(labels.length);
  const tags: string[] = [];
  for (let index = 0; index < words.length; index++) {
    const previous = tags[index - 1] ?? '^';
    const previous2 = tags[index - 2] ?? '^';
    const all = [...features[index]!, ...historyFeatures(previous, previous2, words[index]!)];
    if (typeof weights === 'function') weights(all, scores);
    else score(weights, all, scores);
    tags.push(best(scores, previous === '^' ? 'O' : previous, index === words.length - 1));
  }
  return tags;
}

export function best(scores: Float64Array, previous: string, last: boolean): string {
  let bestLabel = 'O';
  let bestScore = -Infinity;
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    if (!allowed(previous, label, last)) continue;
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

/** The outer layer over one sentence. */
export function tagSentence(model: NerModel, sentence: SentenceSpan, context: DocumentContext, marks: readonly string[] = []): TaggedSpan[] {
  const words = sentence.words;
  if (words.length === 0) return [];
  return spansOf(decode(model.outer, words, staticFeatures(words, context, marks))).map((span) => ({...span, nested: false}));
}

/** The inner layer inside one name of a sentence (word indices `from`–`to`). */
export function tagInside(model: NerModel, sentence: SentenceSpan, context: DocumentContext, marks: readonly string[], span: {from: number; to: number; type: EntityType}): TaggedSpan[] {
  if (span.to - span.from < 2) return [];
  const slice = sentence.words.slice(span.from, span.to);
  const inner = spansOf(decode(model.inner, slice, innerFeatures(staticFeatures(slice, context, marks.slice(span.from, span.to)), span.type, span.from, span.to)));
  return inner.filter((item) => item.to - item.from < span.to - span.from).map((item) => ({from: span.from + item.from, to: span.from + item.to, type: item.type, nested: true}));
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
export function tagDocument(model: NerModel, sentences: readonly SentenceSpan[], rules: readonly RuleSpan[] = []): TaggedName[] {
  const context = documentContext(sentences, rules);
  const names: TaggedName[] = [];
  const marks = marksBySentence(sentences, rules);
  for (const sentence of sentences) for (const span of tagSentence(model, sentence, context, marks[sentence.index] ?? [])) names.push(named(sentence, span));
  return names;
}

/** The names nested inside the given names of two words or more (the inner layer). */
export function tagNested(model: NerModel, sentences: readonly SentenceSpan[], outer: ReadonlyArray<{start: number; end: number; type: EntityType; sentence: number}>, rules: readonly RuleSpan[] = []): TaggedName[] {
  const context = documentContext(sentences, rules);
  const names: TaggedName[] = [];
  const marksOf = marksBySentence(sentences, rules);
  for (const name of outer) {
    const sentence = sentences[name.sentence];
    if (!sentence) continue;
    const from = sentence.words.findIndex((word) => word.start === name.start);
    const last = sentence.words.findIndex((word) => word.start >= name.start && word.start + bare(word.text).length === name.end);
    if (from < 0 || last <= from) continue;
    for (const span of tagInside(model, sentence, context, marksOf[sentence.index] ?? [], {from, to: last + 1, type: name.type})) names.push(named(sentence, span));
  }
  return names;
}

/** What the rule-based recogniser found, as the tagger sees it. */
export interface RuleSpan {
  start: number;
  end: number;
  type: EntityType;
  role: {start: number; end: number} | null;
}

/** The rules' findings as one mark per word: BIO-type inside a name, 'role' inside a title. */
export function ruleMarks(words: readonly Word[], rules: readonly RuleSpan[]): string[] {
  const marks = new Array<string>(words.length).fill('O');
  if (words.length === 0) return marks;
  const from = words[0]!.start;
  const to = words[words.length - 1]!.end;
  for (const rule of rules) {
    if (rule.end <= from || rule.start >= to) continue;
    const inside = words.filter((word) => word.start >= rule.start && word.start < rule.end).map((word) => word.index - words[0]!.index);
    inside.forEach((index, at) => {
      marks[index] = `${inside.length === 1 ? 'U' : at === 0 ? 'B' : at === inside.length - 1 ? 'L' : 'I'}-${rule.type}`;
    });
    if (rule.role) for (const word of words) if (word.start >= rule.role.start && word.start < rule.role.end && marks[word.index - words[0]!.index] === 'O') marks[word.index - words[0]!.index] = 'role';
  }
  return marks;
}

/** The rules' marks of every sentence, indexed by the sentence's index (rules sorted by start). */
function marksBySentence(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[]): string[][] {
  const marks: string[][] = [];
  let first = 0;
  for (const sentence of sentences) {
    while (first < rules.length && rules[first]!.end <= sentence.start && (rules[first]!.role?.end ?? 0) <= sentence.start) first++;
    let last = first;
    while (last < rules.length && rules[last]!.start < sentence.end) last++;
    marks[sentence.index] = ruleMarks(sentence.words, rules.slice(first, last));
  }
  return marks;
}
