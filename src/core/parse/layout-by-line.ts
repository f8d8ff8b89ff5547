/**
 * The flat layout the layers read, made line by line: each line is parsed as parse-english parses
 * it (in place and without its plugin chain), tagged as retext-pos tags it and turned into its
 * part of the layout, without its nlcst tree (`lineLayout`). The result equals `layoutOf` of the
 * whole document's tree (`parseByLine`, then the tagger); what it saves is the tree: a megabyte
 * of article is about three million nlcst objects, which lived through all the layers when the
 * document was one tree, and were made and dropped line by line until the layout was made from
 * the tokens directly.
 */
import {lineRanges} from './line-paragraphs.js';
import type {PositionedParseEnglish} from './english.js';
import {lineLayout, treeLayout} from './fast-layout.js';
import type {Layout, ParagraphSpan, SentenceSpan} from '../text/sentences.js';

/** With `parser`, each line's tree is made by it and read back (the path the benchmarks compare with). */
export function layoutByLine(text: string, parser?: PositionedParseEnglish): Layout {
  const paragraphs: ParagraphSpan[] = [];
  const sentences: SentenceSpan[] = [];
  for (const {start, end, line, column} of lineRanges(text)) {
    const paragraph = parser
      ? treeLayout(parser, text, start, end, paragraphs.length, sentences.length, line, column)
      : lineLayout(text, start, end, paragraphs.length, sentences.length);
    paragraphs.push(paragraph);
    for (const sentence of paragraph.sentences) sentences.push(sentence);
  }
  return {text, paragraphs, sentences};
}
