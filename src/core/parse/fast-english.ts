/**
 * parse-english's `tokenizeParagraph` for one line of text, without its plugin chain.
 *
 * parse-english runs six sentence plugins over the line's tokens, splits them into sentences and
 * runs thirteen paragraph plugins over those, each a generic walk (unist-util-modify-children,
 * array-iterate) that stringifies nodes (nlcst-to-string) to test them: that chain, not the
 * tokenizing, was most of the parse. Here the same rules run, in the same order and with the
 * same quirks of iteration (a modifier's returned index, a visitor that skips the node after one
 * it removed), over plain token records whose positions are offsets; a rule whose trigger
 * character the line lacks is skipped, and the nlcst nodes are made once, at the end.
 *
 * Within a line every point is on one line, so an offset is a whole point; and every word is a
 * contiguous run of the line (each rule joins neighbours only), so a word's text is a slice.
 * Text with a line break goes to parse-english itself: breaking implicit sentences and counting
 * lines are left out here. `test/unit/fast-english.test.ts` compares the trees.
 */
import {ParseEnglish} from 'parse-english';
import type {Paragraph, Punctuation, Sentence, SentenceContent, Symbol as SymbolNode, Text, WhiteSpace, Word, WordContent} from 'nlcst';
import type {Point} from 'unist';
import {PositionedParseEnglish, isSurrogate, unitClass} from './english.js';
// parse-latin's and parse-english's own expressions; their packages export only the parser, and
// a copy could drift from the installed version the tests compare with.
import {affixSymbol, lowerInitial, numerical} from '../../../node_modules/parse-latin/lib/expressions.js';
import {abbreviations, abbreviationsSensitive, elisionAffix, elisionPrefix} from '../../../node_modules/parse-english/lib/regex.js';

const SPACE = 0;
const PUNCTUATION = 1;
export const WORD = 2;
const SYMBOL = 3;
/** A word's text part. */
const TEXT = 4;
export const SENTENCE = 5;

/**
 * A node while the rules run: its kind, its text (leaves, and a word as the tokenizer made it),
 * where it is in the line, and its children (sentences, and words a rule changed).
 */
export class Token {
  constructor(
    public kind: number,
    public value: string,
    public start: number,
    public end: number,
    public children: Token[],
  ) {}
}

const NONE: Token[] = [];

/**
 * A word's parts (text nodes, and the marks rules merged in), made when a rule first changes
 * them: until then, as for most words, they are the one text node of the word's own text. Such a
 * word keeps the range the tokenizer gave it (every rule asks for its parts before moving an end),
 * so its text is that run of the line, which is cut out only here and when the tree is built: the
 * tokenizer leaves a word's `value` empty.
 */
function partsOf(word: Token, line: string): Token[] {
  if (word.children === NONE) word.children = [new Token(TEXT, line.slice(word.start, word.end), word.start, word.end, NONE)];
  return word.children;
}

/** Which rules a line can trigger, from the punctuation and symbols it has. */
const HAS_SLASH = 1;
const HAS_APOSTROPHE = 2;
const HAS_AMPERSAND = 4;
const HAS_HYPHEN = 8;
const HAS_INNER = 16;
const HAS_FULL_STOP = 32;

function flagsOf(value: string): number {
  switch (value.charCodeAt(0)) {
    case 0x2f: return HAS_SLASH;
    case 0x27: case 0x2019: return HAS_APOSTROPHE | HAS_INNER;
    case 0x26: return HAS_AMPERSAND | HAS_INNER;
    case 0x2d: return HAS_HYPHEN | HAS_INNER;
    case 0x2e: return HAS_FULL_STOP | HAS_INNER;
    case 0x3a: case 0x3d: case 0x3f: case 0x40: case 0x5f: case 0xad: case 0xb7: case 0x2010: case 0x2011: case 0x2027: return HAS_INNER;
    default: return 0;
  }
}

/** Whether `value` is one line: the rules here leave out what parse-english does at line breaks. */
export function isPlainLine(value: string): boolean {
  return value.indexOf('\n') === -1 && value.indexOf('\r') === -1;
}

/**
 * PositionedParseEnglish whose `tokenizeParagraph` builds parse-english's paragraph directly for
 * text without line breaks (a line, as the engine parses them), and is parse-english otherwise
 * or when plugins were added to its lists.
 */
export class FastParseEnglish extends PositionedParseEnglish {
  override tokenizeParagraph(value?: string | null): Paragraph {
    if (!value || !isPlainLine(value) || !hasDefaultPlugins(this)) return super.tokenizeParagraph(value);
    return fastParagraph(value, this.origin);
  }
}

const defaults = new ParseEnglish();

function sameList(list: readonly unknown[], reference: readonly unknown[]): boolean {
  if (list.length !== reference.length) return false;
  for (let index = 0; index < list.length; index++) if (list[index] !== reference[index]) return false;
  return true;
}

function hasDefaultPlugins(parser: ParseEnglish): boolean {
  return sameList(parser.tokenizeParagraphPlugins, defaults.tokenizeParagraphPlugins) && sameList(parser.tokenizeSentencePlugins, defaults.tokenizeSentencePlugins);
}

/** The paragraph parse-english makes of `value` (no line breaks), its points starting at `origin`. */
export function fastParagraph(value: string, origin: Point): Paragraph {
  const paragraph = build(lineTokens(value), origin, value);
  releaseLineTokens();
  return paragraph;
}

/**
 * The children of the paragraph parse-english makes of `value` (no line breaks), as tokens with
 * offsets from the start of `value` (a word's text is `textOf` it). They are valid until the
 * next call, whose tokens reuse theirs, or `releaseLineTokens`, which callers call once they
 * have read them.
 */
export function lineTokens(value: string): Token[] {
  // The previous line's tokens are taken again (see tokenOf).
  pooled = 0;
  const {tokens, flags} = tokenize(value);
  // parse-english's sentence plugins, on all of the line's tokens.
  if (flags & (HAS_SLASH | HAS_APOSTROPHE)) mergeElisions(tokens, value);
  if (flags & HAS_AMPERSAND) mergeInitialWordSymbol(tokens, value);
  if (flags & HAS_HYPHEN) mergeFinalWordSymbol(tokens, value);
  if (flags & HAS_INNER) mergeInnerWordSymbol(tokens, value);
  if (flags & HAS_SLASH) mergeInnerWordSlash(tokens, value);
  if (flags & HAS_FULL_STOP) mergeInitialisms(tokens);
  const paragraph = splitSentences(tokens);
  paragraphRules(paragraph, value);
  return paragraph;
}

function tokenize(value: string): {tokens: Token[]; flags: number} {
  const tokens: Token[] = [];
  let flags = 0;
  let from = 0;
  let previousType = -1;
  let previous = -1;
  for (let index = 0; index < value.length; index++) {
    const current = value.charCodeAt(index);
    const type = unitClass(current);
    if (from < index && !(previousType === type && (type === WORD || type === SPACE || current === previous || isSurrogate(current)))) {
      tokens.push(tokenOf(value, previousType, from, index));
      if (previousType !== SPACE && previousType !== WORD) flags |= flagsOf(tokens[tokens.length - 1]!.value);
      from = index;
    }
    previousType = type;
    previous = current;
  }
  if (from < value.length) {
    tokens.push(tokenOf(value, previousType, from, value.length));
    if (previousType !== SPACE && previousType !== WORD) flags |= flagsOf(tokens[tokens.length - 1]!.value);
  }
  return {tokens, flags};
}

/*
 * The tokenizer's tokens are reused from line to line: a line's tokens are read (into its layout
 * or its tree) before the next line is tokenized, and a megabyte of article is some 370 000 of
 * them, made and dropped.
 */
const pool: Token[] = [];
let pooled = 0;

/**
 * Lets go of what the last line's tokens hold, once they have been read: a part cut out of a line
 * (and a long run of marks) is a view into the document, which a kept token would keep alive.
 */
export function releaseLineTokens(): void {
  for (let at = 0; at < pooled; at++) {
    const token = pool[at]!;
    token.value = '';
    token.children = NONE;
  }
  pooled = 0;
}

/** A token of the tokenizer: a word's text is left to be cut out when needed (see partsOf). */
function tokenOf(line: string, type: number, start: number, end: number): Token {
  const value = type === WORD ? '' : line.slice(start, end);
  if (pooled === pool.length) pool.push(new Token(type, value, start, end, NONE));
  const token = pool[pooled++]!;
  token.kind = type;
  token.value = value;
  token.start = start;
  token.end = end;
  token.children = NONE;
  return token;
}

function isMark(token: Token | undefined): token is Token {
  return token !== undefined && (token.kind === PUNCTUATION || token.kind === SYMBOL);
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === WORD;
}

function isApostrophe(value: string): boolean {
  return value === "'" || value === '’';
}

/** The text of a token in `line`; a word's is its run of the line, which its parts joined are. */
export function textOf(token: Token, line: string): string {
  if (token.kind === SENTENCE || token.kind === WORD) return line.slice(token.start, token.end);
  return token.value;
}

/**
 * parse-latin's `wordSymbolInner`, /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/, without
 * an expression: it is tested on every mark after a word. The tests compare the two.
 */
export function isInnerWordSymbol(value: string): boolean {
  if (value.length === 1) {
    switch (value.charCodeAt(0)) {
      case 0x26: case 0x27: case 0x2d: case 0x2e: case 0x3a: case 0x3d: case 0x3f: case 0x40: case 0x5f:
      case 0xad: case 0xb7: case 0x2010: case 0x2011: case 0x2019: case 0x2027:
        return true;
      default:
        return false;
    }
  }
  if (value.length === 0) return false;
  for (let index = 0; index < value.length; index++) if (value.charCodeAt(index) !== 0x5f) return false;
  return true;
}

/** parse-latin's `terminalMarker`, /^([!.?\u2026\u203D]+)$/, without an expression: it is tested on every mark. */
export function isTerminalMarker(value: string): boolean {
  if (value.length === 0) return false;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code !== 0x21 && code !== 0x2e && code !== 0x3f && code !== 0x2026 && code !== 0x203d) return false;
  }
  return true;
}

/** array-iterate's next index after a modifier returned `result`. */
function nextIndex(result: number): number {
  return result < 0 ? 0 : result;
}

/** parse-english's mergeEnglishElisionExceptions (a visitor: after a removal, the next token is not visited). */
function mergeElisions(tokens: Token[], line: string): void {
  for (let index = 0; index < tokens.length; index++) {
    const child = tokens[index]!;
    if (!isMark(child)) continue;
    const length = tokens.length;
    if (child.value === '/') {
      const sibling = tokens[index - 1];
      if (isWord(sibling) && textOf(sibling, line).toLowerCase() === 'w') {
        tokens.splice(index, 1);
        partsOf(sibling, line).push(child);
        sibling.end = child.end;
      }
    } else if (isApostrophe(child.value)) {
      const sibling = tokens[index - 1];
      if (index > 2 && index < length - 1 && isWord(sibling) && tokens[index - 2]!.kind === SPACE && tokens[index + 1]!.kind === SPACE && elisionPrefix.test(textOf(sibling, line).toLowerCase())) {
        tokens.splice(index, 1);
        partsOf(sibling, line).push(child);
        sibling.end = child.end;
        continue;
      }
      const next = tokens[index + 1];
      if (index !== length - 1 && isWord(next) && (index === 0 || tokens[index - 1]!.kind !== WORD)) {
        const text = textOf(next, line).toLowerCase();
        const other = tokens[index + 2];
        if (elisionAffix.test(text)) {
          tokens.splice(index, 1);
          partsOf(next, line).unshift(child);
          next.start = child.start;
        } else if (text === 'n' && other !== undefined && other.kind === PUNCTUATION && isApostrophe(other.value)) {
          tokens.splice(index, 1);
          tokens.splice(index + 1, 1);
          partsOf(next, line).unshift(child);
          partsOf(next, line).push(other);
          next.start = child.start;
          next.end = other.end;
        }
      }
    }
  }
}

/** parse-latin's mergeInitialWordSymbol: an ampersand starts the word after it. */
function mergeInitialWordSymbol(tokens: Token[], line: string): void {
  let index = 0;
  while (index < tokens.length) {
    const child = tokens[index]!;
    let next = index + 1;
    if (isMark(child) && child.value === '&') {
      const following = tokens[index + 1];
      if (!(index > 0 && tokens[index - 1]!.kind === WORD) && isWord(following)) {
        tokens.splice(index, 1);
        partsOf(following, line).unshift(child);
        following.start = child.start;
        next = nextIndex(index - 1);
      }
    }
    index = next;
  }
}

/** parse-latin's mergeFinalWordSymbol: a hyphen not before a word ends the word before it. */
function mergeFinalWordSymbol(tokens: Token[], line: string): void {
  let index = 0;
  while (index < tokens.length) {
    const child = tokens[index]!;
    if (index > 0 && isMark(child) && child.value === '-') {
      const previous = tokens[index - 1];
      if (!isWord(tokens[index + 1]) && isWord(previous)) {
        tokens.splice(index, 1);
        partsOf(previous, line).push(child);
        previous.end = child.end;
        continue;
      }
    }
    index++;
  }
}

/** parse-latin's mergeInnerWordSymbol: words joined by inner-word symbols become one. */
function mergeInnerWordSymbol(tokens: Token[], line: string): void {
  let index = 0;
  while (index < tokens.length) {
    const child = tokens[index]!;
    // Guarded: index -1 is no array index, and reading it slows V8's element loads here (see scoring.ts).
    const previous = index > 0 ? tokens[index - 1] : undefined;
    // A first mark that is not an inner-word symbol ends parse-latin's scan with nothing found.
    if (index > 0 && isMark(child) && isWord(previous) && isInnerWordSymbol(child.value)) {
      // The run of words and inner-word symbols after the mark, up to its last word (marks after
      // that stay); found before anything is gathered, since most runs hold no word (a full stop
      // closing a sentence).
      let last = -1;
      let sibling: Token | undefined;
      for (let position = index; (sibling = tokens[position]); position++) {
        if (sibling.kind === WORD) last = position;
        else if (!(isMark(sibling) && isInnerWordSymbol(sibling.value))) break;
      }
      if (last >= 0) {
        const parts: Token[] = [];
        for (let position = index; position <= last; position++) {
          const token = tokens[position]!;
          if (token.kind === WORD) for (const part of partsOf(token, line)) parts.push(part);
          else parts.push(token);
        }
        tokens.splice(index, last + 1 - index);
        for (const part of parts) partsOf(previous, line).push(part);
        previous.end = parts[parts.length - 1]!.end;
        continue;
      }
    }
    index++;
  }
}

/** parse-latin's mergeInnerWordSlash: short words around a slash ("and/or" not, "w/o" yes) become one. */
function mergeInnerWordSlash(tokens: Token[], line: string): void {
  let index = 0;
  while (index < tokens.length) {
    const child = tokens[index]!;
    const previous = tokens[index - 1];
    if (isWord(previous) && isMark(child) && child.value === '/') {
      const previousLength = previous.end - previous.start;
      let tail = child;
      let count = 1;
      let nextLength = 0;
      const next = tokens[index + 1];
      if (isWord(next)) {
        nextLength = next.end - next.start;
        tail = next;
        count++;
      }
      if (previousLength < 3 && nextLength < 3) {
        partsOf(previous, line).push(child);
        if (count === 2) for (const part of partsOf(next!, line)) partsOf(previous, line).push(part);
        tokens.splice(index, count);
        previous.end = tail.end;
        continue;
      }
    }
    index++;
  }
}

/** parse-latin's mergeInitialisms: a full stop after "U.S" (single letters and full stops, not all digits) joins it. */
function mergeInitialisms(tokens: Token[]): void {
  let index = 0;
  while (index < tokens.length) {
    const child = tokens[index]!;
    if (index > 0 && child.kind === PUNCTUATION && child.value === '.') {
      const previous = tokens[index - 1]!;
      const parts = previous.children;
      if (previous.kind === WORD && parts !== NONE && parts.length !== 1 && parts.length % 2 !== 0 && isInitialism(parts)) {
        tokens.splice(index, 1);
        parts.push(child);
        previous.end = child.end;
        continue;
      }
    }
    index++;
  }
}

function isInitialism(parts: Token[]): boolean {
  let position = parts.length;
  let allDigits = true;
  while (--position >= 0) {
    const value = parts[position]!.value;
    if (position % 2 === 0) {
      if (value.length > 1) return false;
      if (!numerical.test(value)) allDigits = false;
    } else if (value !== '.') {
      if (position < parts.length - 2) break;
      return false;
    }
  }
  return !allDigits;
}

/** parse-latin's splitNode: a sentence ends at each terminal marker, and at the last token. */
function splitSentences(tokens: Token[]): Token[] {
  const sentences: Token[] = [];
  let start = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (index === tokens.length - 1 || (token.kind === PUNCTUATION && isTerminalMarker(token.value))) {
      // A line of one sentence (most) has the tokenizer's list for its own.
      const children = start === 0 && index === tokens.length - 1 ? tokens : tokens.slice(start, index + 1);
      sentences.push(new Token(SENTENCE, '', children[0]!.start, token.end, children));
      start = index + 1;
    }
  }
  return sentences;
}

function isSentence(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === SENTENCE;
}

/** Moves `from`'s children to the end of `to`'s. */
function append(to: Token, from: Token): void {
  for (const child of from.children) to.children.push(child);
}

/** The sentence at `index` takes in the one after it, if there is one (the abbreviation plugins' merge). */
function absorbNext(paragraph: Token[], index: number): boolean {
  const sentence = paragraph[index]!;
  const following = paragraph[index + 1];
  if (!isSentence(following)) return false;
  append(sentence, following);
  paragraph.splice(index + 1, 1);
  sentence.end = following.end;
  return true;
}

// Full stops after these do not end a sentence (parse-latin's mergePrefixExceptions).
const abbreviationPrefix = /^([0-9]{1,3}|[a-z]|al|ca|cap|cca|cent|cf|cit|con|cp|cwt|ead|etc|ff|fl|ibid|id|nem|op|pro|seq|sic|stat|tem|viz)$/;

/** parse-english's paragraph plugins in order, on the line's sentences. */
function paragraphRules(paragraph: Token[], line: string): void {
  mergeEnglishPrefixExceptions(paragraph, line);
  // With one sentence, these have no sentence to merge with.
  if (paragraph.length > 1) mergeNonWordSentences(paragraph);
  if (paragraph.length > 1) {
    mergeAffixSymbol(paragraph);
    mergeInitialLowerCaseLetterSentences(paragraph, line);
    mergeInitialDigitSentences(paragraph, line);
  }
  mergePrefixExceptions(paragraph, line);
  if (paragraph.length > 1) mergeAffixExceptions(paragraph);
  mergeRemainingFullStops(paragraph, line);
  makeInitialWhiteSpaceSiblings(paragraph);
  makeFinalWhiteSpaceSiblings(paragraph);
  removeEmptySentences(paragraph);
}

/** Whether a sentence ends in a full stop after a word that parse-english takes as an abbreviation, which it then moves into the word. */
function takeAbbreviationStop(sentence: Token, line: string): boolean {
  const children = sentence.children;
  const period = children[children.length - 1];
  const word = children[children.length - 2];
  if (period === undefined || period.kind !== PUNCTUATION || period.value !== '.' || !isWord(word)) return false;
  const text = textOf(word, line);
  if (!abbreviations.test(text.toLowerCase()) && !abbreviationsSensitive.test(text)) return false;
  partsOf(word, line).push(period);
  children.pop();
  word.end = period.end;
  return true;
}

/** parse-english's mergeEnglishPrefixExceptions: a sentence ending in "Mr." or "Jan." goes on into the next. */
function mergeEnglishPrefixExceptions(paragraph: Token[], line: string): void {
  let index = 0;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    if (takeAbbreviationStop(sentence, line)) {
      if (absorbNext(paragraph, index)) next = nextIndex(index - 1);
    }
    index = next;
  }
}

/** parse-latin's mergeNonWordSentences (when there is no sentence before, the next one is not visited). */
function mergeNonWordSentences(paragraph: Token[]): void {
  let index = 0;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    if (!sentence.children.some(isWord)) {
      const previous = paragraph[index - 1];
      if (isSentence(previous)) {
        append(previous, sentence);
        paragraph.splice(index, 1);
        previous.end = sentence.end;
        next = index;
      } else {
        const following = paragraph[index + 1];
        if (isSentence(following)) {
          following.children.unshift(...sentence.children);
          following.start = sentence.start;
          paragraph.splice(index, 1);
        }
      }
    }
    index = next;
  }
}

/** parse-latin's mergeAffixSymbol: closing marks after a terminal marker stay with its sentence. */
function mergeAffixSymbol(paragraph: Token[]): void {
  let index = 0;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    const children = sentence.children;
    if (children.length > 0 && index > 0) {
      const previous = paragraph[index - 1];
      const first = children[0]!;
      const second = children[1];
      if (isSentence(previous) && isMark(first) && affixSymbol.test(first.value)) {
        children.shift();
        previous.children.push(first);
        previous.end = first.end;
        if (second !== undefined) sentence.start = second.start;
        next = nextIndex(index - 1);
      }
    }
    index = next;
  }
}

/** parse-latin's mergeInitialLowerCaseLetterSentences: a sentence whose first word is lower case continues the one before. */
function mergeInitialLowerCaseLetterSentences(paragraph: Token[], line: string): void {
  let index = 1;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    const previous = paragraph[index - 1]!;
    const children = sentence.children;
    if (children.length > 0 && previous.kind === SENTENCE) {
      for (const node of children) {
        if (node.kind === WORD) {
          if (lowerInitial.test(textOf(node, line))) {
            append(previous, sentence);
            paragraph.splice(index, 1);
            previous.end = sentence.end;
            next = index;
          }
          break;
        }
        if (isMark(node)) break;
      }
    }
    index = next;
  }
}

/** parse-latin's mergeInitialDigitSentences: a sentence starting with a digit continues the one before. */
function mergeInitialDigitSentences(paragraph: Token[], line: string): void {
  let index = 1;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    const previous = paragraph[index - 1]!;
    const head = sentence.children[0];
    if (previous.kind === SENTENCE && isWord(head) && isDigit(line.charCodeAt(head.start))) {
      append(previous, sentence);
      paragraph.splice(index, 1);
      previous.end = sentence.end;
      next = index;
    }
    index = next;
  }
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** parse-latin's mergePrefixExceptions: a full stop after "etc", "cf", a letter or a short number goes on into the next sentence. */
function mergePrefixExceptions(paragraph: Token[], line: string): void {
  let index = 0;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    const children = sentence.children;
    if (children.length > 1) {
      const period = children[children.length - 1]!;
      const node = children[children.length - 2];
      if (isMark(period) && period.value === '.' && isWord(node) && abbreviationPrefix.test(textOf(node, line).toLowerCase())) {
        partsOf(node, line).push(period);
        children.pop();
        node.end = period.end;
        if (absorbNext(paragraph, index)) next = nextIndex(index - 1);
      }
    }
    index = next;
  }
}

/** parse-latin's mergeAffixExceptions: a sentence starting with a comma or semicolon continues the one before. */
function mergeAffixExceptions(paragraph: Token[]): void {
  let index = 1;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    const previous = paragraph[index - 1]!;
    if (previous.kind === SENTENCE && sentence.children.length > 0) {
      for (const node of sentence.children) {
        if (node.kind === WORD) break;
        if (isMark(node)) {
          if (node.value === ',' || node.value === ';') {
            append(previous, sentence);
            previous.end = sentence.end;
            paragraph.splice(index, 1);
            next = index;
          }
          break;
        }
      }
    }
    index = next;
  }
}

/** parse-latin's mergeRemainingFullStops: a full stop before a sentence's last terminal marker joins a word beside it. */
function mergeRemainingFullStops(paragraph: Token[], line: string): void {
  for (const sentence of paragraph) {
    const children = sentence.children;
    let position = children.length;
    let hasFoundDelimiter = false;
    let grandchild: Token | undefined;
    while ((grandchild = children[--position])) {
      if (grandchild.kind !== PUNCTUATION && grandchild.kind !== SYMBOL) {
        // A sentence that ends without a terminal marker counts as if it had one.
        if (grandchild.kind === WORD) hasFoundDelimiter = true;
        continue;
      }
      if (!isTerminalMarker(grandchild.value)) continue;
      if (!hasFoundDelimiter) {
        hasFoundDelimiter = true;
        continue;
      }
      if (grandchild.value !== '.') continue;
      const previous = children[position - 1];
      const next = children[position + 1];
      if (isWord(previous)) {
        const nextNext = children[position + 2];
        // "{.} ." stays as it is.
        if (next !== undefined && nextNext !== undefined && next.kind === SPACE && textOf(nextNext, line) === '.') continue;
        children.splice(position, 1);
        partsOf(previous, line).push(grandchild);
        previous.end = grandchild.end;
        position--;
      } else if (isWord(next)) {
        children.splice(position, 1);
        partsOf(next, line).unshift(grandchild);
        next.start = grandchild.start;
      }
    }
  }
}

/** parse-latin's makeInitialWhiteSpaceSiblings (a visitor: the sentence is visited again after its white space moves out). */
function makeInitialWhiteSpaceSiblings(paragraph: Token[]): void {
  for (let index = 0; index < paragraph.length; index++) {
    const sentence = paragraph[index]!;
    if (sentence.kind !== SENTENCE) continue;
    const head = sentence.children[0];
    if (head !== undefined && head.kind === SPACE) {
      sentence.children.shift();
      paragraph.splice(index, 0, head);
      const next = sentence.children[0];
      if (next !== undefined) sentence.start = next.start;
    }
  }
}

/** parse-latin's makeFinalWhiteSpaceSiblings. */
function makeFinalWhiteSpaceSiblings(paragraph: Token[]): void {
  let index = 0;
  while (index < paragraph.length) {
    const sentence = paragraph[index]!;
    let next = index + 1;
    if (sentence.kind === SENTENCE) {
      const children = sentence.children;
      const tail = children[children.length - 1];
      if (tail !== undefined && tail.kind === SPACE) {
        children.pop();
        paragraph.splice(index + 1, 0, tail);
        const previous = children[children.length - 1];
        if (previous !== undefined) sentence.end = previous.end;
        next = index;
      }
    }
    index = next;
  }
}

/** parse-latin's removeEmptyNodes. */
function removeEmptySentences(paragraph: Token[]): void {
  let index = 0;
  while (index < paragraph.length) {
    const node = paragraph[index]!;
    if (node.kind === SENTENCE && node.children.length === 0) paragraph.splice(index, 1);
    else index++;
  }
}

const TYPES = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode', 'TextNode'] as const;

/** The nlcst nodes, with points made once per offset (parse-english shares points between nodes too). */
function build(paragraph: Token[], origin: Point, line: string): Paragraph {
  const points: Point[] = [];
  const baseOffset = origin.offset ?? 0;
  const point = (offset: number): Point => (points[offset] ??= {line: origin.line, column: origin.column + offset, offset: baseOffset + offset});
  const leaf = (token: Token): Text | Punctuation | SymbolNode | WhiteSpace =>
    ({type: TYPES[token.kind], value: token.value, position: {start: point(token.start), end: point(token.end)}}) as Text | Punctuation | SymbolNode | WhiteSpace;
  const content = (token: Token): SentenceContent => {
    if (token.kind !== WORD) return leaf(token) as SentenceContent;
    const children: WordContent[] = [];
    if (token.children === NONE) children.push({type: 'TextNode', value: line.slice(token.start, token.end), position: {start: point(token.start), end: point(token.end)}});
    else for (const part of token.children) children.push(leaf(part) as WordContent);
    return {type: 'WordNode', children, position: {start: point(token.start), end: point(token.end)}} satisfies Word;
  };
  const children: Paragraph['children'] = [];
  for (const token of paragraph) {
    if (token.kind !== SENTENCE) {
      children.push(leaf(token) as WhiteSpace);
      continue;
    }
    const sentenceChildren: SentenceContent[] = [];
    for (const child of token.children) sentenceChildren.push(content(child));
    children.push({type: 'SentenceNode', children: sentenceChildren, position: {start: point(token.start), end: point(token.end)}} satisfies Sentence);
  }
  if (children.length === 0) return {type: 'ParagraphNode', children};
  return {type: 'ParagraphNode', children, position: {start: point(paragraph[0]!.start), end: point(paragraph[paragraph.length - 1]!.end)}};
}
