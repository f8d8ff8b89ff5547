/**
 * A flat view of the nlcst tree that every layer reads: paragraphs, sentences and word tokens
 * with document offsets and part-of-speech tags. Computed once per tree.
 */
import type {Root, Sentence} from 'nlcst';
import {toString} from 'nlcst-to-string';

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

function buildLayout(tree: Root, text: string): Layout {
  const paragraphs: ParagraphSpan[] = [];
  const sentences: SentenceSpan[] = [];
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode' || !node.position) continue;
    const paragraph: ParagraphSpan = {start: offset(node.position.start), end: offset(node.position.end), index: paragraphs.length, sentences: []};
    for (const child of node.children) {
      if (child.type !== 'SentenceNode' || !child.position) continue;
      for (const sentence of splitMissedBoundaries(sentenceOf(child, text, paragraph.index, 0))) {
        sentence.index = sentences.length;
        paragraph.sentences.push(sentence);
        sentences.push(sentence);
      }
    }
    paragraphs.push(paragraph);
  }
  return {text, paragraphs, sentences};
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
      text: toString(child),
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
  for (let index = 0; index < words.length - 1; index++) {
    const word = words[index]!;
    const next = words[index + 1]!;
    if (!/^\p{Ll}[\p{Ll}.]*\.$/u.test(word.text) || abbreviations.has(word.text.slice(0, -1)) || !/^\s+$/.test(next.before) || !/^\p{Lu}/u.test(next.text)) continue;
    parts.push(reindexed({...sentence, start, end: word.end, words: words.slice(from, index + 1)}));
    from = index + 1;
    start = next.start;
  }
  if (from === 0) return [sentence];
  parts.push(reindexed({...sentence, start, words: words.slice(from)}));
  return parts;
}

function reindexed(sentence: SentenceSpan): SentenceSpan {
  sentence.words = sentence.words.map((word, index) => ({...word, index, before: index === 0 ? '' : word.before}));
  return sentence;
}

function offset(point: {offset?: number | undefined}): number {
  return point.offset ?? 0;
}
