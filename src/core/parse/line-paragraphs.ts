/**
 * A retext parser plugin that makes every line its own paragraph.
 *
 * parse-english breaks paragraphs only at blank lines, so wire copy (one paragraph per line)
 * would otherwise be a single paragraph, and one parse of a whole large document grows
 * superlinearly. Parsing line by line keeps paragraphs true to the article and the cost linear.
 * Each line is parsed in place (`PositionedParseEnglish`), so positions index the text exactly as
 * read, and without parse-english's plugin chain (`FastParseEnglish`), to the same tree.
 */
import {ParseEnglish} from 'parse-english';
import type {Paragraph, Root, RootContent, WhiteSpace} from 'nlcst';
import type {Point, Position} from 'unist';
import type {Plugin} from 'unified';
import {PositionedParseEnglish} from './english.js';
import {FastParseEnglish} from './fast-english.js';

interface Shift {
  offset: number;
  line: number;
}

const retextLineParagraphs: Plugin<[], string, Root> = function () {
  // eslint-disable-next-line @typescript-eslint/no-this-alias -- unified hands the processor as `this`.
  const self = this;
  self.parser = (value: string) => {
    // Honour the same extension points that retext-english reads (with any, FastParseEnglish runs
    // parse-english's own chain).
    const parser = new FastParseEnglish();
    const add = <T>(list: T[], values: unknown) => {
      if (Array.isArray(values)) list.unshift(...(values as T[]));
    };
    add(parser.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions' as never));
    add(parser.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions' as never));
    return parseByLine(value, parser);
  };
};

export default retextLineParagraphs;

/**
 * Parses `value` into a root whose paragraphs are its non-blank lines. A plain ParseEnglish (the
 * reference the tests compare with) parses each line from offset 0, then the line is moved.
 */
export function parseByLine(value: string, parser: ParseEnglish = new FastParseEnglish()): Root {
  const children: RootContent[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let line = 1;
  let pendingSpaceFrom = 0;
  let pendingSpaceLine = 1;

  const flushSpace = (until: number, untilLine: number, untilColumnStart: number) => {
    if (until > pendingSpaceFrom) {
      children.push(whiteSpace(value, pendingSpaceFrom, until, pendingSpaceLine, columnOf(value, pendingSpaceFrom), untilLine, until - untilColumnStart + 1));
    }
  };

  const addLine = (from: number, to: number) => {
    // Leading and trailing white space of a line belongs to the white space between paragraphs.
    let start = from;
    let end = to;
    while (start < end && isSpace(value.charCodeAt(start))) start++;
    while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
    if (start === end) return;
    flushSpace(start, line, from);
    const shift = {offset: start, line: line - 1};
    if (parser instanceof PositionedParseEnglish) {
      // Parsed in place: its points are document points from the start.
      parser.origin = {line, column: start - from + 1, offset: start};
      children.push(parser.tokenizeParagraph(value.slice(start, end)));
    } else {
      const paragraph = parser.tokenizeParagraph(value.slice(start, end));
      shiftTree(paragraph, shift, start - from);
      children.push(paragraph);
    }
    pendingSpaceFrom = end;
    pendingSpaceLine = line;
  };

  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(value))) {
    addLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
    line++;
  }
  addLine(lineStart, value.length);
  if (value.length > pendingSpaceFrom) {
    children.push(whiteSpace(value, pendingSpaceFrom, value.length, pendingSpaceLine, columnOf(value, pendingSpaceFrom), line, value.length - lineStart + 1));
  }

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: {line, column: value.length - lineStart + 1, offset: value.length}},
  };
}

/**
 * The lines parseByLine makes paragraphs of, in order: each non-blank line's range without the
 * white space around it.
 */
export function lineRanges(value: string): Array<{start: number; end: number; line: number; column: number}> {
  const ranges: Array<{start: number; end: number; line: number; column: number}> = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let line = 1;
  const add = (from: number, to: number) => {
    let start = from;
    let end = to;
    while (start < end && isSpace(value.charCodeAt(start))) start++;
    while (end > start && isSpace(value.charCodeAt(end - 1))) end--;
    if (start < end) ranges.push({start, end, line, column: start - from + 1});
  };
  let match: RegExpExecArray | null;
  while ((match = lineBreak.exec(value))) {
    add(lineStart, match.index);
    lineStart = match.index + match[0].length;
    line++;
  }
  add(lineStart, value.length);
  return ranges;
}

/** A line as parseByLine parses it: without the white space around it. */
export function trimLine(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line.charCodeAt(start))) start++;
  while (end > start && isSpace(line.charCodeAt(end - 1))) end--;
  return line.slice(start, end);
}

/** Whether a character ends a line, as the line breaks parseByLine splits at (\r, \n). */
export function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0x0c || code === 0x0b || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

function columnOf(value: string, offset: number): number {
  let index = offset;
  while (index > 0 && value.charCodeAt(index - 1) !== 10 && value.charCodeAt(index - 1) !== 13) index--;
  return offset - index + 1;
}

function whiteSpace(value: string, start: number, end: number, startLine: number, startColumn: number, endLine: number, endColumn: number): WhiteSpace {
  return {
    type: 'WhiteSpaceNode',
    value: value.slice(start, end),
    position: {start: {line: startLine, column: startColumn, offset: start}, end: {line: endLine, column: endColumn, offset: end}},
  };
}

interface Node {
  position?: Position;
  children?: Node[];
  data?: object;
}

/**
 * Moves every position of a paragraph parsed on its own into document coordinates. The parser
 * shares point objects between a word and its text node, so each point object is moved once.
 */
function shiftTree(node: Paragraph, shift: Shift, columnOffset: number): void {
  const moved = new Set<Point>();
  const move = (point: Point) => {
    if (moved.has(point)) return;
    moved.add(point);
    point.line += shift.line;
    point.column += columnOffset;
    point.offset = (point.offset ?? 0) + shift.offset;
  };
  const visit = (current: Node) => {
    if (current.position) {
      move(current.position.start);
      move(current.position.end);
    }
    if (current.children) for (const child of current.children) visit(child);
  };
  visit(node as unknown as Node);
}
