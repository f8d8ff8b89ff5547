/**
 * The flat layout the layers read, made line by line: each line is parsed as parse-english parses
 * it (in place and without its plugin chain, `FastParseEnglish`), tagged as retext-pos tags it, turned into its part of the
 * layout, and its nlcst dropped. The result equals `layoutOf` of the whole document's tree
 * (`parseByLine`, then the tagger); what it saves is the tree: a megabyte of article is about
 * three million nlcst objects that lived through all the layers, so every collection in that
 * time had to trace or move them.
 */
import {lineRanges} from './line-paragraphs.js';
import type {PositionedParseEnglish} from './english.js';
import {FastParseEnglish} from './fast-english.js';
import {tagSentence} from './tagger.js';
import {paragraphLayout, type Layout, type ParagraphSpan, type SentenceSpan} from '../text/sentences.js';

export function layoutByLine(text: string, parser: PositionedParseEnglish = new FastParseEnglish()): Layout {
  const paragraphs: ParagraphSpan[] = [];
  const sentences: SentenceSpan[] = [];
  for (const {start, end, line, column} of lineRanges(text)) {
    parser.origin = {line, column, offset: start};
    const tree = parser.tokenizeParagraph(text.slice(start, end));
    for (const child of tree.children) if (child.type === 'SentenceNode') tagSentence(child);
    const paragraph = paragraphLayout(tree, text, paragraphs.length, sentences.length);
    paragraphs.push(paragraph);
    for (const sentence of paragraph.sentences) sentences.push(sentence);
  }
  return {text, paragraphs, sentences};
}
