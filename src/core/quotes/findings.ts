/**
 * The findings the quotes layer reports: unbalanced quotation marks and quotations with no
 * speaker. Which quotations raise one is decided here, apart from finding them.
 */
import type {VFile} from 'vfile';
import type {Quote} from '../model.js';
import {report} from '../findings.js';
import type {MarkedQuote, MarkProblem} from '../text/quotation-marks.js';
import {findStartingIn} from '../text/span-index.js';
import type {Context} from './context.js';

/** Whether `sourceless` found the quotation: nobody is credited, and nobody is missing. */
function sourcelessCue(quote: Quote, context: Context): boolean {
  return quote.cue !== null && context.sourcelessCues.has(`${quote.cue.start}:${quote.cue.end}:${quote.start}`);
}

/** A finding quotes at most 60 characters of its quotation. */
function abbreviate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** Quotation marks left open or closed with none open. */
export function reportUnbalanced(file: VFile, unbalanced: readonly MarkProblem[]): void {
  for (const problem of unbalanced) {
    report(file, 'unbalanced-quote', problem.reason, problem.start, problem.end);
  }
}

/**
 * Whether a quotation raises 'quote-without-speaker': a partial quotation, a sourceless one ("It
 * was reported that …") and one nested in another lack no source.
 */
export function raisesNoSpeaker(quote: Quote, context: Context, marks: readonly MarkedQuote[]): boolean {
  return !quote.speaker && quote.kind !== 'partial' && !sourcelessCue(quote, context) && !findStartingIn(marks, quote.start, quote.start)?.nested;
}

/** Reports the quotations `raises` flags (kept with moved quotations, so not asked again). */
export function reportMissingSpeakers(file: VFile, quotes: readonly Quote[], raises: readonly boolean[]): void {
  for (let index = 0; index < quotes.length; index++) {
    if (raises[index]) report(file, 'quote-without-speaker', `Quotation with no speaker: “${abbreviate(quotes[index]!.text)}”`, quotes[index]!.start, quotes[index]!.end);
  }
}
