/**
 * Pairs quotation marks paragraph by paragraph: curly (“ ”), low (` „ `), straight ("), and
 * guillemets (« »), with single marks (‘ ’) as quotes inside quotes. News convention lets a
 * quotation run over paragraphs: the first paragraph has no closing mark and the next opens
 * again; that is not an unbalanced mark.
 */
import type {Span} from '../model.js';
import type {Layout, ParagraphSpan} from './sentences.js';
import type {AnalysisMemo} from '../memo.js';
import {detached} from './kept-by-text.js';
import {textChange} from './changes.js';
import {lowerBound} from './span-index.js';

export interface MarkedQuote extends Span {
  /** Offset of the opening mark (of its last character, for a two-character mark). */
  openStart: number;
  /** Offset just after the closing mark (or the content's end when the quote runs on). */
  closeEnd: number;
  kind: 'direct' | 'partial';
  /** This piece continues a quotation opened in an earlier paragraph. */
  continues: boolean;
  /** A quotation inside another one. */
  nested: boolean;
}

export interface MarkProblem {
  start: number;
  end: number;
  reason: string;
}

const openers = new Set(['“', '„', '«', '‹']);
const closers = new Set(['”', '»', '›']);
/** The characters `paragraphMarks` acts on: the marks above, the straight mark, and ' and ` (doubled, they write one). */
const markCharacters = new RegExp(`["'\`${[...openers, ...closers].join('')}]`, 'g');
const speechCueBefore = /(?:\b(?:said|says|say|told|tells|added|adds|asked|asks|wrote|writes|stated|states|declared|replied|continued|explained|insisted|tweeted|noted|warned|argued)|[:,])\s*$/u;

/** The last version's text and paragraphs (placed, as the layers read them) and the flags and marks found in each. */
interface MarksState {
  text: string;
  paragraphs: readonly ParagraphSpan[];
  flags: string[];
  marks: ParagraphMarks[];
}

/** Marks pair within a paragraph; across paragraphs only a quotation left open is carried on. */
export function findQuotationMarks(text: string, layout: Layout, memo?: AnalysisMemo): {quotes: MarkedQuote[]; unbalanced: MarkProblem[]} {
  const quotes: MarkedQuote[] = [];
  const unbalanced: MarkProblem[] = [];
  let carried = false;
  const before = memo?.previous<MarksState>('quotation-marks');
  const now: MarksState | undefined = memo ? {text, paragraphs: layout.paragraphs, flags: [], marks: []} : undefined;
  const paragraphs = layout.paragraphs;
  const change = before ? textChange(before.text, text) : undefined;
  const paragraphDelta = before ? paragraphs.length - before.paragraphs.length : 0;
  const add = (flags: string, marks: ParagraphMarks) => {
    if (now) {
      now.flags.push(flags);
      now.marks.push(marks);
    }
    quotes.push(...marks.quotes);
    unbalanced.push(...marks.unbalanced);
    carried = marks.carries;
  };

  // The paragraphs before the edit whose next one opens before it too: the same marks at the same
  // offsets, taken as they are (the placed paragraphs are not even read).
  let index = before && change ? Math.max(0, lowerBound(paragraphs, change.prefix - 1) - 1) : 0;
  if (index > 0 && (before!.paragraphs[index - 1]?.end !== paragraphs[index - 1]!.end || before!.paragraphs[index]?.start !== paragraphs[index]!.start)) index = 0;
  for (let at = 0; at < index; at++) add(before!.flags[at]!, before!.marks[at]!);

  for (; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const next = paragraphs[index + 1];
    // The same paragraph in the version before, followed by the same one (-1 when unknown): one
    // the incremental analyser left in place (the same object at the same position: same line,
    // same offset), or one wholly after the edit, moved by its length.
    let old = -1;
    if (before && change) {
      if (before.paragraphs[index] === paragraph && (next ? before.paragraphs[index + 1] === next : index + 1 === before.paragraphs.length)) old = index;
      else if (paragraph.start >= change.suffixStart) {
        const was = before.paragraphs[index - paragraphDelta];
        const wasNext = before.paragraphs[index - paragraphDelta + 1];
        if (was && was.start + change.delta === paragraph.start && was.end + change.delta === paragraph.end && (next ? wasNext?.start === next.start - change.delta : !wasNext)) old = index - paragraphDelta;
      }
    }
    // Characters compared, not startsWith: that walks the pieces of an edited document's string
    // (and not at all where the next paragraph is the same: it opens a quotation as it did).
    const nextOpens = old >= 0 ? before!.flags[old]![1] === '1' : next !== undefined && (openers.has(text[next.start]!) || text[next.start] === '"' || ((text[next.start] === "'" || text[next.start] === '`') && text[next.start + 1] === text[next.start]));
    // A paragraph's marks depend on its text, on a quotation carried into it and on whether the
    // next paragraph opens one: the incremental analyser keeps them by those (offsets from the
    // paragraph's start).
    const flags = flagKeys[(carried ? 2 : 0) + (nextOpens ? 1 : 0)]!;
    // The same paragraph with the same flags has the same marks as in the version before, moved:
    // those left in place are taken as they are, not shifted by nothing into new objects. The
    // layers only read them.
    if (old >= 0 && before!.flags[old] === flags) {
      const shift = paragraph.start - before!.paragraphs[old]!.start;
      add(flags, shift === 0 ? before!.marks[old]! : shifted(before!.marks[old]!, shift));
      if (old === index - paragraphDelta && paragraph.start >= change!.suffixStart) {
        // Past the edit, carried the same quotation (or none) as before: every later paragraph
        // is the same text followed by the same, carried the same, so has the same marks, moved.
        for (let at = index + 1 - paragraphDelta; at < before!.paragraphs.length; at++) add(before!.flags[at]!, shift === 0 ? before!.marks[at]! : shifted(before!.marks[at]!, shift));
        break;
      }
      continue;
    }
    // 0 - start, not -start: -0 (the first paragraph's) would make every {start, end, …} object's offsets heap numbers (memo.ts `keptSpan`).
    const found = memo ? memo.local('quotation-marks', paragraph, flags, () => kept(shifted(paragraphMarks(text, paragraph, carried, nextOpens), 0 - paragraph.start))) : undefined;
    add(flags, found ? shifted(found, paragraph.start) : paragraphMarks(text, paragraph, carried, nextOpens));
  }
  if (memo && now) memo.keep('quotation-marks', now);
  return {quotes, unbalanced};
}

interface ParagraphMarks {
  quotes: MarkedQuote[];
  unbalanced: MarkProblem[];
  /** A quotation is left open at the end and the next paragraph reopens it. */
  carries: boolean;
}

/** Marks kept for later versions: their texts detached from this version of the document. */
function kept(marks: ParagraphMarks): ParagraphMarks {
  return {...marks, quotes: marks.quotes.map((quote) => ({...quote, text: detached(quote.text)}))};
}

/** The flags a paragraph's marks are kept by: constants, not a new string per paragraph and version. */
const flagKeys = ['00', '01', '10', '11'];

/** Marks of a paragraph with none, shared: most paragraphs have no quotation marks. */
const noMarks = [false, true].map((carries): ParagraphMarks => Object.freeze({quotes: Object.freeze([]) as unknown as MarkedQuote[], unbalanced: Object.freeze([]) as unknown as MarkProblem[], carries}));

function shifted(marks: ParagraphMarks, delta: number): ParagraphMarks {
  if (marks.quotes.length === 0 && marks.unbalanced.length === 0) return noMarks[marks.carries ? 1 : 0]!;
  return {
    // Written out, not spread: a spread copy is several times slower, and every edit moves most marks.
    quotes: marks.quotes.map((quote): MarkedQuote => ({start: quote.start + delta, end: quote.end + delta, text: quote.text, openStart: quote.openStart + delta, closeEnd: quote.closeEnd + delta, kind: quote.kind, continues: quote.continues, nested: quote.nested})),
    unbalanced: marks.unbalanced.map((problem) => ({...problem, start: problem.start + delta, end: problem.end + delta})),
    carries: marks.carries,
  };
}

/** One paragraph's quotations and stray marks; `carried`: it continues a quotation left open. */
function paragraphMarks(text: string, paragraph: {start: number; end: number}, carried: boolean, nextOpens: boolean): ParagraphMarks {
  if (!carried && singleMarksOnly(text, paragraph)) return singleMarks(text, paragraph);
  const quotes: MarkedQuote[] = [];
  const unbalanced: MarkProblem[] = [];
  let carries = false;
  /** The open mark: where it starts, where its last character is, which mark it is. */
  let open: {start: number; last: number; mark: string} | null = null;
  let continues = carried;
  // Only the characters that may be marks change anything below (nearly all others are letters
  // and spaces): the expression finds them, in the paragraph alone, faster than a loop over
  // every character.
  const value = text.slice(paragraph.start, paragraph.end);
  markCharacters.lastIndex = 0;
  while (markCharacters.test(value)) {
    let offset = paragraph.start + markCharacters.lastIndex - 1;
    const at = offset;
    let char = text[offset]!;
    // Typewriter copy writes quotation marks as two apostrophes ('' … '') or as `` … ''.
    if ((char === "'" || char === '`') && text[offset + 1] === char) {
      char = char === '`' ? '“' : '"';
      offset++;
      markCharacters.lastIndex++;
    }
    const straight = char === '"';
    const closes = open !== null && (closers.has(char) || straight || (open.mark === '„' && char === '“'));
    // A closing mark typed for an opening one ("”Mr. Trump embodies …”") opens at a word start.
    const misturned = char === '”' && open === null && opensHere(text, at, paragraph.start) && /[\p{L}\p{N}]/u.test(text[offset + 1] ?? '');
    if (open === null && (openers.has(char) || misturned || (straight && opensHere(text, at, paragraph.start)))) {
      open = {start: at, last: offset, mark: char};
    } else if (open !== null && closes) {
      quotes.push(...piece(text, open.last, at, offset + 1, continues, paragraph.start));
      continues = false;
      open = null;
    } else if (open !== null && openers.has(char)) {
      // A second opening mark before any closing one: the first was never closed.
      unbalanced.push({start: open.start, end: open.last + 1, reason: 'Opening quotation mark with no closing mark before the next quotation.'});
      open = {start: at, last: offset, mark: char};
    } else if (open === null && (closers.has(char) || straight)) {
      if (char === '»' || char === '›') continue;
      unbalanced.push({start: at, end: offset + 1, reason: 'Closing quotation mark with no opening mark.'});
    }
  }
  if (open !== null) {
    const end = trimmedEnd(text, open.last + 1, paragraph.end);
    if (nextOpens) carries = true;
    else unbalanced.push({start: open.start, end: open.last + 1, reason: 'Opening quotation mark that is never closed (a quotation continued in the next paragraph reopens it there).'});
    quotes.push(...piece(text, open.last, end, end, continues, paragraph.start));
  }
  return {quotes, unbalanced, carries};
}

/** Marks that open or close a quotation in double marks, straight or not, or typed as two ('' … ''). */
const doubleMarks = /["“”„«»]|''|``/u;
/** A single mark opening a word after a space, a bracket or a dash: "told the BBC: 'Growth is …". */
const singleOpening = /(?:^|[\s([{\u2014\u2013-])['‘](?=\p{L})/u;

/**
 * A paragraph quoted in single marks, as British and some wire copy write a quotation ('We need
 * more evidence,' Bailey said): no double mark in it, and a single one opening a word.
 */
function singleMarksOnly(text: string, paragraph: {start: number; end: number}): boolean {
  const value = text.slice(paragraph.start, paragraph.end);
  return !doubleMarks.test(value) && singleOpening.test(value);
}

/**
 * The quotations of a paragraph in single marks. An apostrophe is the same character, so a mark
 * opens only at a word's start ('We, not '90s) and closes only at a word's end that is no
 * plural's possessive ("the workers' union"); nothing is reported unbalanced, a quotation left
 * open at the paragraph's end is none (an elision, most likely), and none is nested.
 */
function singleMarks(text: string, paragraph: {start: number; end: number}): ParagraphMarks {
  const quotes: MarkedQuote[] = [];
  let open = -1;
  for (let at = paragraph.start; at < paragraph.end; at++) {
    const char = text[at];
    if (char !== "'" && char !== '‘' && char !== '’') continue;
    const before = at > paragraph.start ? text[at - 1]! : ' ';
    const after = text[at + 1] ?? ' ';
    if (open < 0) {
      if (char !== '’' && /[\s([{\u2014\u2013-]/u.test(before) && /\p{L}/u.test(after)) open = at;
      continue;
    }
    const closes = char !== '‘' && /[^\s([{]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
    const possessive = before === 's' && /^\s+\p{Ll}/u.test(text.slice(at + 1, at + 3));
    if (!closes || possessive) continue;
    // Single marks also set off a term ('self-medicating', 'observer bias'): only a sentence said
    // counts, several words or a closing stop, not embedded in a clause.
    const found = at - open > 2 ? piece(text, open, at, at + 1, false, paragraph.start)[0] : undefined;
    if (found && found.kind === 'direct' && (/[,.?!]$/u.test(found.text) || found.text.split(/\s+/u).length >= 4)) quotes.push(found);
    open = -1;
  }
  return quotes.length === 0 ? noMarks[0]! : {quotes, unbalanced: [], carries: false};
}

function opensHere(text: string, offset: number, paragraphStart: number): boolean {
  if (offset === paragraphStart) return true;
  const previous = text[offset - 1]!;
  return /[\s([{\u2014\u2013-]/u.test(previous);
}

function trimmedEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  return last;
}

/** One quotation (content between its marks) and the quotations in single marks inside it. */
function piece(text: string, openStart: number, contentEnd: number, closeEnd: number, continues: boolean, paragraphStart: number): MarkedQuote[] {
  let start = openStart + 1;
  let end = contentEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end <= start) return [];
  // Only the last words before the mark matter; the whole paragraph before it would make a long
  // one-line paragraph with many quotations quadratic. Trailing spaces are dropped first (each
  // run precedes one mark, so this stays linear) and the tests below read no further back.
  let beforeEnd = openStart;
  while (beforeEnd > paragraphStart && /\s/.test(text[beforeEnd - 1]!)) beforeEnd--;
  const before = text.slice(Math.max(paragraphStart, beforeEnd - 40), beforeEnd);
  const content = text.slice(start, end);
  // Embedded in a clause ("warned that “the numbers …”"), not introduced by a cue or a colon.
  const embedded = /[\p{L}\p{N}]\s*$/u.test(before) && !speechCueBefore.test(before);
  // Words are counted only when asked: most quotations are not embedded.
  const partial = !continues && embedded && (/\p{Ll}/u.test(content[0]!) || content.split(/\s+/).length <= 4);
  const result: MarkedQuote[] = [{start, end, text: content, openStart, closeEnd, kind: partial ? 'partial' : 'direct', continues, nested: false}];
  const inner = /(^|[\s(—–-])‘([^‘’]+?)’(?![\p{L}\p{N}])/gu;
  let match: RegExpExecArray | null;
  while ((match = inner.exec(content))) {
    const innerStart = start + match.index + match[1]!.length + 1;
    const innerEnd = innerStart + match[2]!.length;
    result.push({start: innerStart, end: innerEnd, text: text.slice(innerStart, innerEnd), openStart: innerStart - 1, closeEnd: innerEnd + 1, kind: 'direct', continues: false, nested: true});
  }
  return result;
}
