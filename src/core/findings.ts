/**
 * Sourcing problems are vfile messages, as in every retext plugin; this is the one place that
 * knows how a finding is named, placed and documented.
 */
import type {VFile} from 'vfile';
import type {VFileMessage} from 'vfile-message';
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
  // A finding of the version before that ends before the edit is the same message: its line and
  // column count only the text before it (and the character at its end: "\r" then "\n").
  const kept = reported?.before && end < reported.prefix ? takeMessage(reported.before, code, reason, start, end) : undefined;
  // A message kept for later versions holds a copy of its reason, not pieces of this version's text.
  const message = kept ?? newMessage(file, code, reported ? detached(reason) : reason, start, end);
  if (kept) file.messages.push(kept);
  if (reported) byStart(reported, start).push(message);
}

function newMessage(file: VFile, code: FindingCode, reason: string, start: number, end: number): VFileMessage {
  let locator = locators.get(file);
  if (!locator) {
    locator = location(file);
    locators.set(file, locator);
  }
  const startPoint = locator.toPoint(start);
  const endPoint = locator.toPoint(end);
  // A VFileMessage is an Error, whose constructor records the call stack, and then sets its
  // stack to '' (vfile-message): recording none saves most of the cost of a finding.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let message;
  try {
    message = file.message(reason, {
      place: startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined,
      ruleId: code,
      source: SOURCE,
    });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  message.url = findingDocs[code];
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
  reported = {file, text, messages: new Map(), before, prefix: before ? textChange(before.text, text).prefix : 0};
  memo.keep('findings', reported);
  return reported;
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
