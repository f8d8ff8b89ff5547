/**
 * A part-of-speech tagger that gives exactly retext-pos's tags (pos-js: Brill's lexicon, then
 * eight transformation rules), faster. pos-js allocates a pair per word and runs every rule
 * through closures; here a word's tag depends only on the word itself, on whether the previous
 * word was tagged DT and on whether the previous word is "would" (the only two rules that look
 * back), so tags are memoised per word and those two facts.
 */
import type {Root, Sentence, Word} from 'nlcst';
import {wordText} from '../text/word-text.js';
import {detached} from '../text/kept-by-text.js';
import {posLexicon as lexicon} from '../data/lexicon.js';

/** pos-js's endsWith: true only when the *first* occurrence of `suffix` ends the word ("needed" does not end in "ed" for it). */
function endsWith(value: string, suffix: string): boolean {
  if (suffix.length > value.length) return false;
  return value.indexOf(suffix) === value.length - suffix.length;
}

/** The lexicon's first tag; pos-js reads the object with its prototype, so "constructor" is a noun too. */
function lexiconTag(word: string): string | undefined {
  let entry = lexicon[word];
  if (!entry) entry = lexicon[word.toLowerCase()];
  if (!entry || !Array.isArray(entry)) return 'NN';
  return entry[0] as string | undefined;
}

/** pos-js's rules 1–8 in its order, for one word. */
function computeTag(word: string, previousIsDeterminer: boolean, previousIsWould: boolean): string | undefined {
  let tag = lexiconTag(word);
  const startsWith = (prefix: string) => tag!.indexOf(prefix) === 0;
  // 1: DT, {VBD | VBP | VB} → DT, NN
  if (previousIsDeterminer && (tag === 'VBD' || tag === 'VBP' || tag === 'VB')) tag = 'NN';
  // 2: a noun with a period is a URL (two letters in a row) or a number; a noun that parses as a number is one.
  if (startsWith('N')) {
    if (word.indexOf('.') > -1) tag = /[a-zA-Z]{2}/.test(word) ? 'URL' : 'CD';
    if (!isNaN(parseFloat(word))) tag = 'CD';
  }
  // 3: a noun ending in "ed" is a past participle.
  if (startsWith('N') && endsWith(word, 'ed')) tag = 'VBN';
  // 4: anything ending in "ly" is an adverb.
  if (endsWith(word, 'ly')) tag = 'RB';
  // 5: a common noun ending in "al" is an adjective.
  if (startsWith('NN') && endsWith(word, 'al')) tag = 'JJ';
  // 6: a noun after "would" is a verb.
  if (previousIsWould && startsWith('NN')) tag = 'VB';
  // 7: a singular noun ending in "s" is plural.
  if (tag === 'NN' && endsWith(word, 's')) tag = 'NNS';
  // 8: a noun ending in "ing" is a gerund.
  if (startsWith('NN') && endsWith(word, 'ing')) tag = 'VBG';
  return tag;
}

/**
 * A distinct word: its text (the memo's own copy), whether it is "would", and its tags, one per
 * combination of the two look-back facts (null until computed): fields, not a list, so that
 * finding a word's tag reads one object.
 */
interface WordTags {
  text: string;
  would: boolean;
  plain: string | undefined | null;
  afterDeterminer: string | undefined | null;
  afterWould: string | undefined | null;
  afterBoth: string | undefined | null;
}

const MEMO_LIMIT = 200_000;

/*
 * The memo: an open-addressing table of the distinct words, asked either with a string or with a
 * range of a document. The layout asks with ranges, so a word seen before (most words of an
 * article) is found without cutting its text out of the line: no string made, none hashed by
 * V8, and the text the layout keeps is the memo's copy.
 */
let entries: WordTags[] = [];
/** Per slot, a word's hash then its entry's index + 1 (0: empty); a power of two slots, kept at most half full. */
let table = new Int32Array(2 << 12);

function hashRange(source: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ source.charCodeAt(at), 0x01000193);
  return hash;
}

function sameText(text: string, source: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let at = 0; at < text.length; at++) if (text.charCodeAt(at) !== source.charCodeAt(start + at)) return false;
  return true;
}

/** The memo's entry for `source.slice(start, end)`, made on first sight. */
function wordTagsAt(source: string, start: number, end: number): WordTags {
  const hash = hashRange(source, start, end);
  const mask = (table.length >> 1) - 1;
  let slot = hash & mask;
  for (let found = table[2 * slot + 1]!; found !== 0; found = table[2 * slot + 1]!) {
    // The hash is beside the index: most slots probed are told apart without reading the entry.
    if (table[2 * slot] === hash) {
      const entry = entries[found - 1]!;
      if (sameText(entry.text, source, start, end)) return entry;
    }
    slot = (slot + 1) & mask;
  }
  // A bound, so that a long session over many documents does not grow the memo for ever.
  if (entries.length >= MEMO_LIMIT) {
    clearMemo();
    return wordTagsAt(source, start, end);
  }
  // A copy, which holds on to no document (a longer slice is a view into its source).
  const text = detached(source.slice(start, end));
  const entry: WordTags = {text, would: isWould(text), plain: null, afterDeterminer: null, afterWould: null, afterBoth: null};
  entries.push(entry);
  table[2 * slot] = hash;
  table[2 * slot + 1] = entries.length;
  if (2 * entries.length > table.length >> 1) rehash(table.length);
  return entry;
}

/** The table at `slots` slots, the entries placed again. */
function rehash(slots: number): void {
  const old = table;
  table = new Int32Array(2 * slots);
  const mask = slots - 1;
  for (let at = 0; at < old.length; at += 2) {
    if (old[at + 1] === 0) continue;
    let slot = old[at]! & mask;
    while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    table[2 * slot] = old[at]!;
    table[2 * slot + 1] = old[at + 1]!;
  }
}

function clearMemo(): void {
  entries = [];
  table = new Int32Array(2 << 12);
}

/** The memo's entry for a word, made on first sight. */
function wordTags(word: string): WordTags {
  return wordTagsAt(word, 0, word.length);
}

function tagOf(entry: WordTags, previousIsDeterminer: boolean, previousIsWould: boolean): string | undefined {
  let tag = previousIsDeterminer ? (previousIsWould ? entry.afterBoth : entry.afterDeterminer) : previousIsWould ? entry.afterWould : entry.plain;
  if (tag === null) {
    tag = computeTag(entry.text, previousIsDeterminer, previousIsWould);
    if (previousIsDeterminer) {
      if (previousIsWould) entry.afterBoth = tag;
      else entry.afterDeterminer = tag;
    } else if (previousIsWould) entry.afterWould = tag;
    else entry.plain = tag;
  }
  return tag ?? undefined;
}

/**
 * pos-js's `previous.toLowerCase() === 'would'`. Only "İ" lower-cases to two units (and not to
 * ASCII), and no character but A–Z and the Kelvin sign lower-cases to an ASCII letter, so only a
 * word of five units can be "would".
 */
function isWould(word: string): boolean {
  return word.length === 5 && word.toLowerCase() === 'would';
}

/** The tags pos-js gives a sentence's words. */
export function tagWords(words: readonly string[]): Array<string | undefined> {
  return tagAndShare(words.slice());
}

/**
 * `tagWords`, and each text of `words` replaced by the memo's copy of it: one string per distinct
 * word, for the layout's words. The layers look words up in maps by text, several times per word
 * of an article; a key that is the very string looked up compares without reading its letters.
 */
export function tagAndShare(words: string[]): Array<string | undefined> {
  const tags: Array<string | undefined> = [];
  for (let index = 0; index < words.length; index++) {
    const previous = index > 0 ? words[index - 1]! : undefined;
    const entry = wordTags(words[index]!);
    words[index] = entry.text;
    tags.push(tagOf(entry, index > 0 && tags[index - 1] === 'DT', previous !== undefined && isWould(previous)));
  }
  return tags;
}

/**
 * One word of a sentence read in order, by its range of `source`: the memo's copy of its text
 * (`shared`) and the tag `tagAndShare` gives it there (`tag`), the previous word's being read
 * before. `start()` begins a sentence.
 */
export class RangeTagger {
  shared = '';
  tag: string | undefined = undefined;
  private previousIsDeterminer = false;
  private previousIsWould = false;

  start(): void {
    this.previousIsDeterminer = false;
    this.previousIsWould = false;
  }

  next(source: string, start: number, end: number): void {
    const entry = wordTagsAt(source, start, end);
    const tag = tagOf(entry, this.previousIsDeterminer, this.previousIsWould);
    this.shared = entry.text;
    this.tag = tag;
    this.previousIsDeterminer = tag === 'DT';
    this.previousIsWould = entry.would;
  }
}

/** Tags the words of one sentence in place, as retext-pos does (`data.partOfSpeech`). */
export function tagSentence(node: Sentence): void {
  const nodes: Word[] = [];
  const values: string[] = [];
  for (const child of node.children) {
    if (child.type === 'WordNode') {
      nodes.push(child);
      values.push(wordText(child));
    }
  }
  const tags = tagWords(values);
  for (let index = 0; index < nodes.length; index++) {
    const data = (nodes[index]!.data ??= {}) as {partOfSpeech?: string | undefined};
    data.partOfSpeech = tags[index];
  }
}

interface Walkable {
  type: string;
  children?: Walkable[];
}

/**
 * retext plugin: a drop-in for retext-pos. It reaches every sentence as retext-pos's
 * `visit(tree, 'SentenceNode', …, SKIP)` does (in document order, not inside sentences), with a
 * plain walk: unist-util-visit's generic visitor cost as much as the tagging.
 */
export default function retextFastPos() {
  return function (tree: Root): undefined {
    const walk = (node: Walkable) => {
      if (node.type === 'SentenceNode') tagSentence(node as unknown as Sentence);
      else if (node.children) for (const child of node.children) walk(child);
    };
    walk(tree as unknown as Walkable);
  };
}
