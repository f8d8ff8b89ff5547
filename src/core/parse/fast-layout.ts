/**
 * One line's part of the layout made straight from FastParseEnglish's tokens. The layout is all
 * the layers read, so building the line's nlcst tree, tagging it and reading it back (an object,
 * a position and points per token, all garbage a moment later) is skipped: the words, their
 * tags and offsets are the ones `paragraphLayout` reads from the tagged tree, which the layout
 * equivalence tests compare.
 */
import {FastParseEnglish, SENTENCE, WORD, isPlainLine, lineTokens, releaseLineTokens} from './fast-english.js';
import type {PositionedParseEnglish} from './english.js';
import {RangeTagger, tagSentence} from './tagger.js';
import {addSentence, paragraphLayout, type ParagraphSpan, type Word} from '../text/sentences.js';

/**
 * The layout of the line `text.slice(start, end)` as paragraph `index` whose first sentence is
 * `firstSentence`, with offsets into `text`.
 */
export function lineLayout(text: string, start: number, end: number, index: number, firstSentence: number): ParagraphSpan {
  const value = text.slice(start, end);
  // A line break (never in a line the engine splits) takes parse-english's own chain; an empty
  // value has no paragraph position for paragraphLayout to read.
  if (value === '' || !isPlainLine(value)) return treeLayout(fallback, text, start, end, index, firstSentence);
  const paragraph = lineTokens(value);
  const layout: ParagraphSpan = {start: start + paragraph[0]!.start, end: start + paragraph[paragraph.length - 1]!.end, index, sentences: []};
  for (const node of paragraph) {
    if (node.kind !== SENTENCE) continue;
    const children = node.children;
    const words: Word[] = [];
    let previousEnd = start + node.start;
    tagger.start();
    for (let at = 0; at < children.length; at++) {
      const child = children[at]!;
      if (child.kind !== WORD) continue;
      const wordStart = start + child.start;
      const wordEnd = start + child.end;
      // Read from the document in place: the text kept is the tagger's shared copy (RangeTagger).
      tagger.next(text, wordStart, wordEnd);
      words.push({text: tagger.shared, start: wordStart, end: wordEnd, pos: tagger.tag ?? '', index: words.length, before: text.slice(previousEnd, wordStart)});
      previousEnd = wordEnd;
    }
    addSentence(layout, {start: start + node.start, end: start + node.end, paragraph: index, index: 0, words}, firstSentence);
  }
  releaseLineTokens();
  return layout;
}

const fallback = new FastParseEnglish();
const tagger = new RangeTagger();

/**
 * The same layout by way of the line's nlcst tree: parsed by `parser` in place, tagged as
 * retext-pos tags, and read by `paragraphLayout`.
 */
export function treeLayout(parser: PositionedParseEnglish, text: string, start: number, end: number, index: number, firstSentence: number, line = 1, column = 1): ParagraphSpan {
  parser.origin = {line, column, offset: start};
  const tree = parser.tokenizeParagraph(text.slice(start, end));
  for (const child of tree.children) if (child.type === 'SentenceNode') tagSentence(child);
  return paragraphLayout(tree, text, index, firstSentence);
}
