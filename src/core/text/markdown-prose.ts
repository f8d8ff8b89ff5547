/**
 * The prose of a Markdown article, its syntax blanked: front matter, code, HTML, link targets,
 * list and quotation markers, headings' hashes, emphasis delimiters and table pipes become
 * spaces, so that the layers read the words a reader sees ("[statement](https://…)" is
 * "statement", a code fence no unbalanced quotation mark) while every offset stays that of the
 * text as given. Line breaks are kept; `blocks` says which lines hold paragraph text, which
 * soft-breaks.ts needs to join a paragraph's lines as Markdown renders it.
 *
 * Written for articles, not as a CommonMark parser: the reference parser of this ecosystem
 * (micromark) takes about 2.7 s per MB here, more than the whole analysis, and an editor
 * analyses on every keystroke. What articles use is covered line by line in one pass; what a
 * line cannot tell (a link label split over two lines, indented code) is left as text.
 */
import {linesOf, type Line} from './lines.js';
import {detached} from './kept-by-text.js';

/**
 * What a line of the article is, for joining lines into paragraphs: blank; paragraph text (in a
 * list item or a quotation block too); a line opening a block (a list item, a quotation block's
 * first line); or a line that is a block by itself or no prose (heading, fence, code, table,
 * rule, front matter).
 */
export type LineKind = 'blank' | 'text' | 'opening' | 'alone';

export interface MarkdownProse {
  /** The text with its syntax blanked (same length, same line breaks). */
  text: string;
  /** Each line's kind, in order. */
  lines: LineKind[];
  /** Where each line is: the same in the text given and in `text`. */
  ranges: Line[];
}

const fenceOpen = /^( {0,3})(`{3,}|~{3,})([^`]*)$/;
const frontMatterFence = /^(?:---|\+\+\+)[ \t]*$/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;
const atxHeading = /^( {0,3})(#{1,6})(?=[ \t]|$)/;
const atxClosing = /[ \t]+#+[ \t]*$/;
const definition = /^ {0,3}\[(?!\^)([^\]]+)\]:[ \t]*\S/;
const footnoteLabel = /^ {0,3}\[\^[^\]\s]+\]:/;
const blockQuoteMarker = /^ {0,3}>[ \t]?/;
const listMarker = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)/;
const taskBox = /^\[[ xX]\][ \t]+/;
const tableDelimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const htmlCommentOpen = /^ {0,3}<!--/;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const autolink = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)>/;
const htmlTag = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/;
const htmlComment = /^<!--[\s\S]*?-->/;

/** `length` spaces. */
function spaces(length: number): string {
  return ' '.repeat(length);
}

/** A Markdown article's prose (see the module's comment). */
export function markdownProse(text: string): MarkdownProse {
  const ranges = linesOf(text);
  const lineCount = ranges.length;
  const lineAt = (index: number) => text.slice(ranges[index]!.start, ranges[index]!.end);
  const out: string[] = new Array(lineCount);
  const kinds: LineKind[] = new Array(lineCount);
  const blank = (index: number, kind: LineKind = 'alone') => {
    out[index] = spaces(ranges[index]!.end - ranges[index]!.start);
    kinds[index] = kind;
  };

  // Link definitions anywhere make "[label]" a link: its brackets are syntax.
  const labels = new Set<string>();
  for (let index = 0; index < lineCount; index++) {
    const found = definition.exec(lineAt(index));
    if (found) labels.add(normalLabel(found[1]!));
  }

  let index = 0;
  // Front matter: a fence on the first line closed by another.
  if (lineCount > 1 && frontMatterFence.test(lineAt(0))) {
    const fence = lineAt(0).trim();
    let close = 1;
    while (close < lineCount && !(lineAt(close).trim() === fence || (fence === '---' && lineAt(close).trim() === '...'))) close++;
    if (close < lineCount) {
      for (; index <= close; index++) blank(index);
    }
  }

  const inlineProse = inlineReader(labels);
  let fence: {marker: string; length: number} | undefined;
  let inComment = false;
  let inTable = false;
  for (; index < lineCount; index++) {
    const line = lineAt(index);
    if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (closing && closing[1]![0] === fence.marker && closing[1]!.length >= fence.length) fence = undefined;
      blank(index);
      continue;
    }
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      blank(index);
      continue;
    }
    if (/^[ \t]*$/.test(line)) {
      out[index] = line;
      kinds[index] = 'blank';
      inTable = false;
      continue;
    }
    // Container markers first: quotation blocks, then a list item's marker.
    let prefix = 0;
    let opening = false;
    for (let quote = blockQuoteMarker.exec(line); quote; quote = blockQuoteMarker.exec(line.slice(prefix))) {
      // The first line of a quotation block opens it; later ones continue its paragraph.
      if (prefix === 0 && (index === 0 || !blockQuoteMarker.test(lineAt(index - 1)))) opening = true;
      prefix += quote[0].length;
    }
    const list = listMarker.exec(line.slice(prefix));
    if (list && !thematicBreak.test(line.slice(prefix))) {
      prefix += list[0].length;
      opening = true;
      const box = taskBox.exec(line.slice(prefix));
      if (box) prefix += box[0].length;
    }
    const rest = line.slice(prefix);
    const head = spaces(prefix);
    const opened = fenceOpen.exec(rest);
    if (opened && !(opened[2]![0] === '`' && opened[3]!.includes('`'))) {
      fence = {marker: opened[2]![0]!, length: opened[2]!.length};
      blank(index);
      continue;
    }
    if (htmlCommentOpen.test(rest) && !rest.includes('-->')) {
      inComment = true;
      blank(index);
      continue;
    }
    if (thematicBreak.test(rest) || (setextUnderline.test(rest) && index > 0 && kinds[index - 1] === 'text')) {
      // A setext underline makes the line above a heading: a paragraph of its own.
      if (index > 0 && kinds[index - 1] !== 'blank') kinds[index - 1] = 'alone';
      blank(index);
      continue;
    }
    if (definition.test(rest)) {
      blank(index);
      continue;
    }
    if (tableDelimiterRow.test(rest) && rest.includes('|') && index > 0 && kinds[index - 1] !== 'blank' && lineAt(index - 1).includes('|')) {
      // The row above was the table's header: its pipes are syntax too.
      out[index - 1] = withoutPipes(out[index - 1]!);
      kinds[index - 1] = 'alone';
      inTable = true;
      blank(index);
      continue;
    }
    if (inTable && rest.includes('|')) {
      out[index] = head + withoutPipes(inlineProse(rest));
      kinds[index] = 'alone';
      continue;
    }
    inTable = false;
    const heading = atxHeading.exec(rest);
    if (heading) {
      let body = inlineProse(rest);
      body = spaces(heading[0].length) + body.slice(heading[0].length);
      const closing = atxClosing.exec(body);
      if (closing) body = body.slice(0, closing.index) + spaces(closing[0].length);
      out[index] = head + body;
      kinds[index] = 'alone';
      continue;
    }
    const footnote = footnoteLabel.exec(rest);
    const body = footnote ? spaces(footnote[0].length) + inlineProse(rest.slice(footnote[0].length)) : inlineProse(rest);
    out[index] = head + body;
    kinds[index] = opening || footnote ? 'opening' : 'text';
  }

  let result = '';
  for (let at = 0; at < lineCount; at++) result += out[at]! + ranges[at]!.break;
  return {text: result, lines: kinds, ranges};
}

/** A link label as definitions match it: case and inner white space do not count. */
function normalLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A table row's cell separators blanked (escaped pipes stay). */
function withoutPipes(row: string): string {
  return row.replace(/(^|[^\\])\|/g, (_match, before: string) => `${before} `);
}

/** A character that may open inline syntax: most lines of an article hold none. */
const inlineOpener = /[`<!\[\]\\*_~]/;

/** The inline prose of the lines read last, by text, for the link labels they were read with. */
let keptInline: {labels: string; lines: Map<string, string>} | undefined;

/**
 * `inline` of a line, kept by its text while the article's link labels stay the same: the
 * editor reads the whole article on every keystroke, and all but the edited lines come back.
 */
function inlineReader(labels: ReadonlySet<string>): (line: string) => string {
  const key = [...labels].sort().join('\n');
  if (keptInline?.labels !== key) keptInline = {labels: key, lines: new Map()};
  const lines = keptInline.lines;
  return (line) => {
    if (!inlineOpener.test(line)) return line;
    let prose = lines.get(line);
    if (prose === undefined) {
      prose = inline(line, labels);
      if (lines.size >= 20_000) lines.clear();
      lines.set(detached(line), prose);
    }
    return prose;
  };
}

/** One line's inline syntax blanked: code spans, HTML, autolinks, images, links, escapes, emphasis. */
function inline(line: string, labels: ReadonlySet<string>): string {
  if (!inlineOpener.test(line)) return line;
  const chars = line.split('');
  const blankRange = (from: number, to: number) => {
    for (let at = from; at < to; at++) chars[at] = ' ';
  };
  let at = 0;
  while (at < line.length) {
    const char = line[at]!;
    if (char === '\\' && at + 1 < line.length && asciiPunctuation.test(line[at + 1]!)) {
      // The escaped character is literal text: kept, and never read as syntax.
      chars[at] = ' ';
      at += 2;
      continue;
    }
    if (char === '\\' && at === line.length - 1) {
      // A hard line break.
      chars[at] = ' ';
      at++;
      continue;
    }
    if (char === '`') {
      const open = /^`+/.exec(line.slice(at))![0];
      const close = findRun(line, '`', open.length, at + open.length);
      if (close < 0) {
        at += open.length;
        continue;
      }
      blankRange(at, close + open.length);
      at = close + open.length;
      continue;
    }
    if (char === '<') {
      const rest = line.slice(at);
      const tag = autolink.exec(rest) ?? htmlComment.exec(rest) ?? htmlTag.exec(rest);
      if (tag) {
        blankRange(at, at + tag[0].length);
        at += tag[0].length;
        continue;
      }
    }
    if (char === '[' || (char === '!' && line[at + 1] === '[')) {
      const image = char === '!';
      const open = image ? at + 1 : at;
      const close = matchingBracket(line, open);
      if (close > open) {
        const label = line.slice(open + 1, close);
        const after = line.slice(close + 1);
        const resource = after.startsWith('(') ? matchingParenthesis(line, close + 1) : -1;
        const reference = /^\[([^\]]*)\]/.exec(after);
        let end = -1;
        if (resource > close) end = resource + 1;
        else if (reference && (reference[1] === '' ? labels.has(normalLabel(label)) : labels.has(normalLabel(reference[1]!)))) end = close + 1 + reference[0].length;
        else if (label.startsWith('^') && !/\s/.test(label)) end = close + 1; // a footnote reference
        else if (labels.has(normalLabel(label))) end = close + 1;
        if (end > 0) {
          if (image || label.startsWith('^')) blankRange(at, end);
          else {
            // The label's words are the link's prose; its own syntax is read in turn.
            chars[at] = ' ';
            const inner = inline(label, labels);
            for (let offset = 0; offset < inner.length; offset++) chars[open + 1 + offset] = inner[offset]!;
            blankRange(close, end);
          }
          at = end;
          continue;
        }
      }
    }
    if (char === '*' || char === '_' || char === '~') {
      const run = new RegExp(`^\\${char}+`).exec(line.slice(at))![0];
      if (isDelimiter(line, at, run.length, char)) blankRange(at, at + run.length);
      at += run.length;
      continue;
    }
    at++;
  }
  return chars.join('');
}

/** Where the next run of exactly `length` `char`s starts at or after `from`; -1 when none. */
function findRun(line: string, char: string, length: number, from: number): number {
  for (let at = from; at < line.length; ) {
    if (line[at] !== char) {
      at++;
      continue;
    }
    let end = at;
    while (line[end] === char) end++;
    if (end - at === length) return at;
    at = end;
  }
  return -1;
}

/** The "]" closing the "[" at `open` (brackets nest; escaped ones do not count); -1 when none. */
function matchingBracket(line: string, open: number): number {
  let depth = 0;
  for (let at = open; at < line.length; at++) {
    const char = line[at];
    if (char === '\\') at++;
    else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return at;
  }
  return -1;
}

/** The ")" closing a link's destination and title opened at `open`; -1 when none. */
function matchingParenthesis(line: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let at = open; at < line.length; at++) {
    const char = line[at]!;
    if (char === '\\') at++;
    else if (quote) {
      if (char === quote) quote = undefined;
    } else if ((char === '"' || char === "'") && /\s/.test(line[at - 1] ?? '')) quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at;
  }
  return -1;
}

/**
 * Whether a run of `*`, `_` or `~` opens or closes emphasis (CommonMark's flanking rules; an
 * underscore inside a word, "snake_case", does neither). Pairs are not matched: a lone
 * delimiter is no prose either.
 */
function isDelimiter(line: string, at: number, length: number, char: string): boolean {
  if (char === '~' && length > 2) return false;
  const before = line[at - 1] ?? ' ';
  const after = line[at + length] ?? ' ';
  const space = (value: string) => /\s/u.test(value);
  const punctuation = (value: string) => /[\p{P}\p{S}]/u.test(value);
  const left = !space(after) && (!punctuation(after) || space(before) || punctuation(before));
  const right = !space(before) && (!punctuation(before) || space(after) || punctuation(after));
  if (char === '_') return (left && (!right || punctuation(before))) || (right && (!left || punctuation(after)));
  return left || right;
}
