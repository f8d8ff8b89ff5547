/**
 * Sourcing problems are vfile messages, as in every retext plugin; this is the one place that
 * knows how a finding is named, placed and documented.
 */
import type {VFile} from 'vfile';
import {location} from 'vfile-location';
import type {FindingCode} from './model.js';

export const SOURCE = 'news-annotator';

/** Where each code is explained (a README section; the adapter turns it into a link). */
export const findingDocs: Record<FindingCode, string> = {
  'unattributed-claim': 'https://github.com/news-annotator/news-annotator#unattributed-claim',
  'quote-without-speaker': 'https://github.com/news-annotator/news-annotator#quote-without-speaker',
  'unbalanced-quote': 'https://github.com/news-annotator/news-annotator#unbalanced-quote',
};

const locators = new WeakMap<VFile, ReturnType<typeof location>>();

export function report(file: VFile, code: FindingCode, reason: string, start: number, end: number): void {
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
}
