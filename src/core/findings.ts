/**
 * Sourcing problems are vfile messages, as in every retext plugin; this is the one place that
 * knows how a finding is named, placed and documented.
 */
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
import type {Position} from 'unist';
import {location} from 'vfile-location';
import './data-map.js';
import type {FindingCode} from './model.js';
import {textChange} from './text/changes.js';
import {detached} from './text/kept-by-text.js';

export const SOURCE = 'news-annotator';

/** Where each code is explained (a README section; the adapter turns it into a link). */
export const findingDocs: Record<FindingCode, string> = {
  'unattributed-claim': 'https://github.com/news-annotator/news-annotator#unattributed-claim',
  'quote-without-speaker': 'https://github.com/news-annotator/news-annotator#quote-without-speaker',
  'unbalanced-quote': 'https://github.com/news-annotator/news-annotator#unbalanced-quote',
};

const locators = new WeakMap<VFile, ReturnType<typeof location>>();

export function report(file: VFile, code: FindingCode, reason: string, start: number, end: number): void {
  const reported = reportedIn(file);
  const before = reported?.before;
  let message: VFileMessage | undefined;
  if (before && reported) {
    // A finding of the version before that ends before the edit is the same message: its line and
    // column count only the text before it (and the character at its end: "\r" then "\n").
    if (end < reported.prefix) {
      message = takeMessage(before, code, reason, start, end);
      if (message) file.messages.push(message);
    } else if (start >= reported.movedFrom) {
      // One after the edit, on a later line than the edit's when the edit changed no line
      // break, is at the same line and column: its message is made again, moved, without
      // looking up where its offsets lie.
      const old = takeMessage(before, code, reason, start - reported.delta, end - reported.delta);
      if (old) message = before.file.path === file.path ? movedMessage(file, old, reported.delta) : newMessage(file, code, old.reason, moved(old.place as Position, reported.delta));
    }
  }
  // A message kept for later versions holds a copy of its reason, not pieces of this version's text.
  message ??= newMessage(file, code, reported ? detached(reason) : reason, placeOf(file, start, end));
  if (reported) byStart(reported, start).push(message);
}

/** `start` to `end` as a message's place (none when an offset lies outside the text). */
function placeOf(file: VFile, start: number, end: number): Position | undefined {
  let locator = locators.get(file);
  if (!locator) {
    locator = location(file);
    locators.set(file, locator);
  }
  const startPoint = locator.toPoint(start);
  const endPoint = locator.toPoint(end);
  return startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined;
}

/** A place `delta` units further in the text, at the same lines and columns. */
function moved(place: Position, delta: number): Position {
  const {start, end} = place;
  return {start: {line: start.line, column: start.column, offset: start.offset! + delta}, end: {line: end.line, column: end.column, offset: end.offset! + delta}};
}

function newMessage(file: VFile, code: FindingCode, reason: string, place: Position | undefined): VFileMessage {
  // A VFileMessage is an Error, whose constructor records the call stack, and then sets its
  // stack to '' (vfile-message): recording none saves most of the cost of a finding.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(reason, {place, ruleId: code, source: SOURCE});
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  message.url = findingDocs[code];
  return message;
}

/**
 * A copy of a message of the version before (of a file at the same path) with its place moved
 * `delta` further, at the same lines and columns, so with the same name: what `newMessage`
 * would make, without constructing an Error (several times the cost, for most of the findings
 * of an edit). Its own fields are copied, the stack too (set, and not enumerable, as on an Error).
 */
function movedMessage(file: VFile, old: VFileMessage, delta: number): VFileMessage {
  const message = Object.assign(Object.create(Object.getPrototypeOf(old) as object) as VFileMessage, old);
  Object.defineProperty(message, 'stack', {value: old.stack, writable: true, configurable: true, enumerable: false});
  message.place = moved(old.place as Position, delta);
  file.messages.push(message);
  return message;
}

/**
 * The messages one version reported (incremental analysis only), by start offset, and those of
 * the version before still to be found again.
 */
interface Reported {
  file: VFile;
  text: string;
  messages: Map<number, VFileMessage[]>;
  before: Reported | undefined;
  /** How long a start the two versions share. */
  prefix: number;
  /** How far text after the edit moved. */
  delta: number;
  /**
   * Where the lines after the edit's line start in this version, when the edit added, removed
   * and split no line break (lines and columns there are then the same as before); else Infinity.
   */
  movedFrom: number;
}

/** What `file`'s version reported so far, begun at its first finding; undefined without a memo. */
function reportedIn(file: VFile): Reported | undefined {
  const memo = file.data.memo;
  if (!memo) return undefined;
  let reported = memo.previous<Reported>('findings');
  if (reported?.file === file) return reported;
  const before = reported;
  const text = String(file.value);
  // One version back only: the chain would keep every version alive.
  if (before) before.before = undefined;
  reported = {file, text, messages: new Map(), before, prefix: 0, delta: 0, movedFrom: Infinity};
  if (before) {
    const {prefix, suffixStart, delta} = textChange(before.text, text);
    reported.prefix = prefix;
    reported.delta = delta;
    reported.movedFrom = linesAfter(before.text, text, prefix, suffixStart, delta);
  }
  memo.keep('findings', reported);
  return reported;
}

/**
 * Where the lines after the edited one start in `text` (see `Reported.movedFrom`): after the
 * first line break past the edit, when neither version's edited text nor the character either
 * side of it is a line break ("x" typed between "\r" and "\n" splits one break in two).
 */
function linesAfter(before: string, text: string, prefix: number, suffixStart: number, delta: number): number {
  const from = Math.max(0, prefix - 1);
  if (breakIn(before, from, suffixStart - delta + 1) || breakIn(text, from, suffixStart + 1)) return Infinity;
  for (let at = suffixStart; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // "\r\n" is one break: the next line starts after both.
    if (code === 10 || code === 13) return code === 13 && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
  }
  return Infinity;
}

/** Whether `text` has "\r" or "\n" from `start` to `end` (excluded). */
function breakIn(text: string, start: number, end: number): boolean {
  for (let at = start; at < end && at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || code === 13) return true;
  }
  return false;
}

function byStart(reported: Reported, start: number): VFileMessage[] {
  let list = reported.messages.get(start);
  if (!list) reported.messages.set(start, (list = []));
  return list;
}

/** The version before's message of this finding, taken (so a finding reported twice is not given it twice). */
function takeMessage(before: Reported, code: FindingCode, reason: string, start: number, end: number): VFileMessage | undefined {
  const list = before.messages.get(start);
  if (!list) return undefined;
  for (let at = 0; at < list.length; at++) {
    const message = list[at]!;
    if (message.ruleId !== code || message.reason !== reason || endOffset(message) !== end) continue;
    list.splice(at, 1);
    return message;
  }
  return undefined;
}

/** Where a message's place starts and ends in the text (none for a point or no place). */
export function startOffset(message: VFileMessage): number | undefined {
  return message.place && 'start' in message.place ? message.place.start.offset : undefined;
}

export function endOffset(message: VFileMessage): number | undefined {
  return message.place && 'end' in message.place ? message.place.end.offset : undefined;
}
