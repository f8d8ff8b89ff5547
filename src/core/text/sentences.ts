/**
 * A flat view of the nlcst tree that every layer reads: paragraphs, sentences and word tokens
 * with document offsets and part-of-speech tags. Computed once per tree.
 */
import type {Paragraph, Root, Sentence} from 'nlcst';
import {wordText} from './word-text.js';
import {mayOpenName, withoutPossessive} from '../ner/letters.js';

export interface Word {
  text: string;
  start: number;
  end: number;
  /** Penn Treebank tag from retext-pos, or '' when the tagger did not run. */
  pos: string;
  /** Index of this word in its sentence's `words`. */
  index: number;
  /** The characters between the previous word and this one (punctuation, spaces). */
  before: string;
}

/** Whether a word's gap (`before`) is nothing or spaces, tabs and no-break spaces only: /^[ \t\u00a0]*$/ without an expression, asked of every word. */
export function isBlankGap(gap: string): boolean {
  for (let index = 0; index < gap.length; index++) {
    const code = gap.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return true;
}

export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
  /** Index among all sentences of the document. */
  index: number;
  words: Word[];
}

export interface ParagraphSpan {
  start: number;
  end: number;
  index: number;
  sentences: SentenceSpan[];
}

export interface Layout {
  text: string;
  paragraphs: ParagraphSpan[];
  sentences: SentenceSpan[];
}

const cache = new WeakMap<Root, Layout>();

export function layoutOf(tree: Root, text: string): Layout {
  let layout = cache.get(tree);
  if (!layout) {
    layout = buildLayout(tree, text);
    cache.set(tree, layout);
  }
  return layout;
}

/**
 * Registers the layout of a tree built elsewhere: the incremental analyser assembles it from
 * the layouts of the lines it kept (`lineLayout`, `shiftParagraph`), which gives exactly
 * what `buildLayout` gives for the document's tree.
 */
export function setLayout(tree: Root, layout: Layout): void {
  cache.set(tree, layout);
}

function buildLayout(tree: Root, text: string): Layout {
  const paragraphs: ParagraphSpan[] = [];
  const sentences: SentenceSpan[] = [];
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode' || !node.position) continue;
    const paragraph = paragraphLayout(node, text, paragraphs.length, sentences.length);
    sentences.push(...paragraph.sentences);
    paragraphs.push(paragraph);
  }
  return {text, paragraphs, sentences};
}

/** One paragraph's part of the layout; its sentences are numbered from `firstSentence`. */
export function paragraphLayout(node: Paragraph, text: string, index: number, firstSentence: number): ParagraphSpan {
  const paragraph: ParagraphSpan = {start: offset(node.position!.start), end: offset(node.position!.end), index, sentences: []};
  for (const child of node.children) {
    if (child.type !== 'SentenceNode' || !child.position) continue;
    addSentence(paragraph, sentenceOf(child, text, index, 0), firstSentence);
  }
  return paragraph;
}

/**
 * Adds a sentence of parse-english's to its paragraph's layout: split where parse-english missed
 * a boundary, numbered on from the paragraph's sentences (the first is `firstSentence`).
 */
export function addSentence(paragraph: ParagraphSpan, sentence: SentenceSpan, firstSentence: number): void {
  // Most sentences have no missed boundary: added as they are, with no list of parts made.
  if (missedBoundary(sentence.words, 0) < 0) {
    sentence.index = firstSentence + paragraph.sentences.length;
    paragraph.sentences.push(sentence);
    return;
  }
  for (const part of splitMissedBoundaries(sentence)) {
    part.index = firstSentence + paragraph.sentences.length;
    paragraph.sentences.push(part);
  }
}

/**
 * A copy of a paragraph's layout `delta` units further into the document, numbered as paragraph
 * `index` whose first sentence is `firstSentence`; the original is left as it was.
 */
export function shiftParagraph(paragraph: ParagraphSpan, delta: number, index: number, firstSentence: number): ParagraphSpan {
  return {
    start: paragraph.start + delta,
    end: paragraph.end + delta,
    index,
    sentences: paragraph.sentences.map((sentence, at) => new ShiftedSentence(sentence, delta, index, firstSentence + at)),
  };
}

/**
 * A sentence's words as they are kept, and how far they are to be moved to lie where the
 * sentence lies: for a placed copy whose words no layer has read yet, its original's words
 * (read in place, nothing copied); otherwise its own words and 0.
 */
export function placedWords(sentence: SentenceSpan): {words: readonly Word[]; shift: number} {
  return sentence instanceof ShiftedSentence ? sentence.placedWords() : {words: sentence.words, shift: 0};
}

/**
 * A sentence placed `delta` units further than the layout it was copied from. Its words are
 * copied only when a layer first reads them: after an edit, the layers read again only the
 * sentences near it (ner/near-edit.ts), and copying every word of the lines after the edit was
 * a tenth of a keystroke's time.
 */
class ShiftedSentence implements SentenceSpan {
  readonly start: number;
  readonly end: number;
  private shifted: Word[] | undefined;

  constructor(
    private readonly origin: SentenceSpan,
    private readonly delta: number,
    readonly paragraph: number,
    readonly index: number,
  ) {
    this.start = origin.start + delta;
    this.end = origin.end + delta;
  }

  placedWords(): {words: readonly Word[]; shift: number} {
    return this.shifted ? {words: this.shifted, shift: 0} : {words: this.origin.words, shift: this.delta};
  }

  get words(): Word[] {
    const delta = this.delta;
    return (this.shifted ??= this.origin.words.map((word) => ({text: word.text, start: word.start + delta, end: word.end + delta, pos: word.pos, index: word.index, before: word.before})));
  }
}

/** Each sentence's `capitalWords`, by layout. */
const capitalTables = new WeakMap<Layout, ReadonlyArray<CapitalWords>>();

/** A sentence's words that start with a capital letter: their indices, and their texts without a possessive. */
export interface CapitalWords {
  indices: readonly number[];
  bare: readonly string[];
}

/**
 * Each sentence's `capitalWords`, by position. The article-level passes of the entity layer look
 * only at such words (names start with one): asking each pass's question of every word of a
 * long article was a large part of re-analysing it after an edit, and the incremental analyser
 * finds them once per kept line.
 */
export function capitalTable(layout: Layout): ReadonlyArray<CapitalWords> {
  let table = capitalTables.get(layout);
  if (!table) capitalTables.set(layout, (table = layout.sentences.map(capitalWords)));
  return table;
}

/** Gives `layout` the table `capitalTable` would compute (the incremental analyser keeps it by line). */
export function setCapitalTable(layout: Layout, table: ReadonlyArray<CapitalWords>): void {
  capitalTables.set(layout, table);
}

/** The words of a sentence that start with a capital letter. */
export function capitalWords(sentence: SentenceSpan): CapitalWords {
  const indices: number[] = [];
  const bare: string[] = [];
  const words = sentence.words;
  for (let index = 0; index < words.length; index++) {
    const text = words[index]!.text;
    if (!mayOpenName(text)) continue;
    indices.push(index);
    bare.push(withoutPossessive(text));
  }
  return {indices, bare};
}

function sentenceOf(node: Sentence, text: string, paragraph: number, index: number): SentenceSpan {
  const start = offset(node.position!.start);
  const end = offset(node.position!.end);
  const words: Word[] = [];
  let previousEnd = start;
  for (const child of node.children) {
    if (child.type !== 'WordNode' || !child.position) continue;
    const wordStart = offset(child.position.start);
    const wordEnd = offset(child.position.end);
    const partOfSpeech = (child.data as {partOfSpeech?: unknown} | undefined)?.partOfSpeech;
    words.push({
      text: wordText(child),
      start: wordStart,
      end: wordEnd,
      pos: typeof partOfSpeech === 'string' ? partOfSpeech : '',
      index: words.length,
      before: text.slice(previousEnd, wordStart),
    });
    previousEnd = wordEnd;
  }
  return {start, end, paragraph, index, words};
}

/** Lower-case abbreviations that may end in a period mid-sentence. */
const abbreviations = new Set(['etc', 'vs', 'approx', 'no', 'nos', 'vol', 'pp', 'ca', 'cf', 'al', 'e.g', 'i.e', 'p.m', 'a.m', 'st', 'ave', 'dept', 'est', 'inc', 'corp', 'ltd', 'co']);

/**
 * parse-english keeps some sentence ends inside a word when the word could be an abbreviation
 * ("… criticised the cap. The SNP …"); a lower-case word with a period followed by a capital
 * ends a sentence unless it is a known abbreviation.
 */
function splitMissedBoundaries(sentence: SentenceSpan): SentenceSpan[] {
  const parts: SentenceSpan[] = [];
  let from = 0;
  let start = sentence.start;
  const words = sentence.words;
  for (let index = missedBoundary(words, 0); index >= 0; index = missedBoundary(words, index + 1)) {
    const next = words[index + 1]!;
    parts.push(reindexed({...sentence, start, end: words[index]!.end, words: words.slice(from, index + 1)}));
    from = index + 1;
    start = next.start;
  }
  if (from === 0) return [sentence];
  parts.push(reindexed({...sentence, start, words: words.slice(from)}));
  return parts;
}

/** The first word from `from` on after which a sentence ends that parse-english missed (see splitMissedBoundaries), or -1. */
function missedBoundary(words: readonly Word[], from: number): number {
  for (let index = from; index < words.length - 1; index++) {
    const word = words[index]!;
    const next = words[index + 1]!;
    // The full stop first: most words have none, and the expression is the costlier test.
    if (word.text.charCodeAt(word.text.length - 1) !== 0x2e || !/^\p{Ll}[\p{Ll}.]*\.$/u.test(word.text) || abbreviations.has(word.text.slice(0, -1)) || !/^\s+$/.test(next.before) || !/^\p{Lu}/u.test(next.text)) continue;
    return index;
  }
  return -1;
}

function reindexed(sentence: SentenceSpan): SentenceSpan {
  sentence.words = sentence.words.map((word, index) => ({...word, index, before: index === 0 ? '' : word.before}));
  return sentence;
}

function offset(point: {offset?: number | undefined}): number {
  return point.offset ?? 0;
}
