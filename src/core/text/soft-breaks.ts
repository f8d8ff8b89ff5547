/**
 * Line breaks inside a paragraph turned into spaces. The engine reads every line as a paragraph:
 * wire copy puts one paragraph on each line, and parsing line by line keeps the cost linear. A
 * hard-wrapped article ("…said on Monday that the\nUnited States would…") or a Markdown
 * paragraph written over several lines would then be cut mid-sentence into paragraphs, its
 * speakers, quotations and names lost at the cuts. Here each break within a paragraph becomes
 * as many spaces as it has characters, so offsets stay those of the text as given.
 *
 * Markdown says which breaks those are (markdown-prose.ts: lines of one paragraph block). Plain
 * text is hard-wrapped when most of its lines fill a width of at most 120 characters and most
 * of its line breaks fall inside a sentence; a break is then soft when the next line's first
 * word would not have fitted on the line before it (the line was full), and the next line opens
 * no list item and is not indented where the line before was not. Wire copy with a paragraph
 * per line has lines of every length and ends them with sentences: no break is touched.
 */
import type {LineKind} from './markdown-prose.js';
import {linesOf, type Line} from './lines.js';

/** The widest text taken as hard-wrapped: terminals and mail wrap at 72 or 80, some tools at 100 or 120. */
const MAX_WRAP = 120;
/** Narrower lines are a list or verse, not wrapped prose. */
const MIN_WRAP = 30;
/** A line is full within this share of the width, and most lines of wrapped text are. */
const FULL_SHARE = 0.75;
/** Breaks inside a sentence needed to take a text as wrapped (a two-line text proves nothing). */
const MIN_EVIDENCE = 2;
/** A line that ends a sentence (or a quotation, or a bracket after one). */
const sentenceEnd = /[.!?:"”’')\]]$/u;
const listItem = /^[ \t]*(?:[-*+•–—]|\d{1,3}[.)]|\(?[a-z]\))[ \t]/;

/**
 * `text` with its soft line breaks as spaces (the same string when it has none). `kinds`, for
 * Markdown, gives each line's kind (and `lines`, when the caller has them, its lines); without
 * it the text is read as plain text.
 */
export function withSoftBreaksJoined(text: string, kinds?: readonly LineKind[], given?: readonly Line[]): string {
  // A single line, the common case of short texts, has no break to join.
  if (!/[\r\n]/.test(text)) return text;
  // Wire copy and articles with a paragraph per line have a line wider than any wrap early on:
  // the common case costs a few characters' reading, not a list of every line (each keystroke).
  if (!kinds && hasWideLine(text)) return text;
  const lines = given ?? linesOf(text);
  const soft = kinds ? markdownBreaks(lines, kinds) : wrappedBreaks(text, lines);
  if (!soft) return text;
  let result = '';
  let from = 0;
  for (let index = 0; index < lines.length - 1; index++) {
    if (!soft[index]) continue;
    const line = lines[index]!;
    result += text.slice(from, line.end) + ' '.repeat(line.break.length);
    from = line.end + line.break.length;
  }
  return from === 0 ? text : result + text.slice(from);
}

/** Whether a line of `text` is wider than any hard wrap. */
function hasWideLine(text: string): boolean {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Room for a carriage return and trailing blanks, which the width does not count.
    if (end - start > MAX_WRAP + 8) return true;
    start = end + 1;
  }
  return false;
}

/** Markdown: a break is soft between two lines of one paragraph block. */
function markdownBreaks(lines: readonly Line[], kinds: readonly LineKind[]): boolean[] {
  const soft: boolean[] = new Array(lines.length).fill(false);
  for (let index = 0; index < lines.length - 1; index++) {
    const kind = kinds[index];
    soft[index] = (kind === 'text' || kind === 'opening') && kinds[index + 1] === 'text';
  }
  return soft;
}

/**
 * Plain text: the soft breaks of a hard-wrapped text; undefined when the text is not wrapped.
 * Wrapped text has most lines near one width, and most of its breaks fall inside a sentence;
 * a paragraph per line ends nearly every line with a sentence's end.
 */
function wrappedBreaks(text: string, lines: readonly Line[]): boolean[] | undefined {
  const lengths = lines.map((line) => trimmedLength(text, line));
  let width = 0;
  for (const length of lengths) if (length > width) width = length;
  if (width < MIN_WRAP || width > MAX_WRAP) return undefined;
  let nonBlank = 0;
  let filled = 0;
  for (const length of lengths) {
    if (length > 0) nonBlank++;
    if (length >= FULL_SHARE * width) filled++;
  }
  if (filled * 2 < nonBlank) return undefined;
  const soft: boolean[] = new Array(lines.length).fill(false);
  let breaks = 0;
  let inSentence = 0;
  for (let index = 0; index < lines.length - 1; index++) {
    const line = lines[index]!;
    const next = lines[index + 1]!;
    if (lengths[index] === 0 || lengths[index + 1] === 0) continue;
    breaks++;
    if (!sentenceEnd.test(text.slice(line.start, line.start + lengths[index]!))) inSentence++;
    const nextText = text.slice(next.start, next.end);
    if (listItem.test(nextText)) continue;
    const indented = (value: string) => /^\s/u.test(value);
    if (indented(nextText) && !indented(text.slice(line.start, line.end))) continue;
    const firstWord = /\S+/u.exec(nextText)?.[0] ?? '';
    soft[index] = lengths[index]! + 1 + firstWord.length > width;
  }
  return inSentence >= MIN_EVIDENCE && inSentence * 2 >= breaks ? soft : undefined;
}

/** A line's length without its trailing white space. */
function trimmedLength(text: string, line: Line): number {
  let end = line.end;
  while (end > line.start && (text.charCodeAt(end - 1) === 0x20 || text.charCodeAt(end - 1) === 0x09)) end--;
  return end - line.start;
}
