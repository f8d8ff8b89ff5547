/**
 * Which paragraphs' quotations are the previous version's moved past an edit, and which are
 * found again: the runs of paragraphs an edit reaches, and the moving of the others (actors
 * renamed, or failed where an actor became several).
 */
import type {Quote} from '../model.js';
import type {ParagraphSpan} from '../text/sentences.js';
import type {MarkedQuote} from '../text/quotation-marks.js';
import {idAt} from '../ids.js';
import {shiftSpan} from '../text/changes.js';
import {indexContaining, lowerBound, lowerBoundOfNumbers} from '../text/span-index.js';
import {type Context, lastNonSpace} from './context.js';
import {SPEECH_REACH, type Kept, MARKED_REACH, type Reuse} from './kept.js';

/** How far around its paragraph and the ones either side a paragraph's quotations read (MARKED_REACH, SPEECH_REACH). */
const PARAGRAPH_REACH = Math.max(MARKED_REACH, SPEECH_REACH);

/** How many paragraphs `runsOf` passes over at once when their reach holds no change. */
const BLOCK = 32;

/** Paragraphs `from` to `to` (excluded): moved from the previous version, or found again. */
export interface Run {
  from: number;
  to: number;
  moved: boolean;
}

/**
 * Which paragraphs' quotations are the previous version's, moved past the edit: those whose
 * paragraph and the ones either side, with PARAGRAPH_REACH around, hold no change (text,
 * mentions, entities, quotation marks; `reuseFrom`). The others are found again in runs, each
 * widened until nothing crosses its ends: no quotation's speaker carried over it (the first
 * quotation in marks after it neither continues one nor opens its paragraph, in either version)
 * and no colon before it announcing what follows. (The reach already holds most of what crosses;
 * the ends are checked for chains of quotations, which reach any distance.) Actors renumbered
 * since are renamed in what is moved (`movedRun`). A run's ends only move outward onto ends
 * checked before, so runs never overlap.
 */
export function runsOf(reuse: Reuse, context: Context, marks: readonly MarkedQuote[]): Run[] {
  const before = reuse.before;
  const {text} = context;
  const paragraphs = context.layout.paragraphs;
  const count = paragraphs.length;
  const changes = reuse.changes;
  // Whether the first quotation in marks from `at` on may take the speaker of one before `at`
  // (a continued quotation, or one opening its paragraph right after a quotation closing the one
  // before; see `opensNextParagraph`), or give it its own.
  const linked = (list: readonly MarkedQuote[], at: number, spans: readonly ParagraphSpan[]) => {
    const quote = list[lowerBound(list, at)];
    if (!quote) return false;
    const paragraph = indexContaining(spans, quote.openStart);
    if (quote.continues || paragraph < 0) return true;
    return quote.openStart - spans[paragraph]!.start <= 1 && (paragraph === 0 || spans[paragraph - 1]!.end - 40 < at);
  };
  // Whether nothing the layer hands from quotation to quotation crosses the start of paragraph `index`.
  const cut = (index: number) => {
    if (index <= 0 || index >= count) return true;
    const previous = paragraphs[index - 1]!;
    if (text[lastNonSpace(text, previous.start, previous.end)] === ':') return false;
    const start = paragraphs[index]!.start;
    return !linked(marks, start, paragraphs) && !linked(before.marks, changes.toOld(start), before.paragraphs);
  };
  // Whether paragraphs `first` to `last`, the paragraph either side and PARAGRAPH_REACH more hold no change.
  const reachClean = (first: number, last: number) => changes.clean((paragraphs[first - 1] ?? paragraphs[first]!).start - PARAGRAPH_REACH, (paragraphs[last + 1] ?? paragraphs[last]!).end + PARAGRAPH_REACH);
  const runs: Run[] = [];
  let moved = 0;
  for (let index = 0; index < count; index++) {
    // A block of paragraphs whose reach holds no change is passed over at once: most are.
    const last = Math.min(count, index + BLOCK) - 1;
    if (index % BLOCK === 0 && reachClean(index, last)) {
      index = last;
      continue;
    }
    if (reachClean(index, index)) continue;
    let start = index;
    let end = index + 1;
    while (end < count && !reachClean(end, end)) end++;
    while (!cut(start)) start--;
    while (!cut(end)) end++;
    const previous = runs[runs.length - 1];
    if (previous && start <= previous.to) previous.to = Math.max(previous.to, end);
    else {
      runs.push({from: moved, to: start, moved: true});
      runs.push({from: start, to: end, moved: false});
    }
    moved = runs[runs.length - 1]!.to;
    index = moved - 1;
  }
  runs.push({from: moved, to: count, moved: true});
  return runs;
}

/**
 * Adds the previous version's quotations from `start` to `end` (this version's offsets, a run
 * of paragraphs that holds no change), moved past the edit, with what the layer keeps of them.
 * The offset of each item whose actor became several (or none) goes to `failed` (what is added
 * is then of no use: the caller finds those paragraphs again).
 */
export function movedRun(reuse: Reuse, start: number, end: number, quotes: Quote[], raises: boolean[], kept: Kept, failed: number[]): void {
  const before = reuse.before;
  const shift = reuse.changes.shiftAt(start);
  const from = start - shift;
  const to = end - shift;
  const renamed = reuse.renamed ? reuse.actors : undefined;
  const old = before.quotes;
  for (let at = lowerBound(old, from); at < old.length && old[at]!.start <= to; at++) {
    const quote = old[at]!;
    const index = quotes.length;
    const actor = renamed && quote.actor !== null ? renamed.get(quote.actor) : quote.actor;
    // An actor that became several (or none): which one speaks is found again.
    if (actor == null && quote.actor !== null) {
      failed.push(quote.start + shift);
      continue;
    }
    // Unmoved and numbered alike: the previous version's object (the layers only read quotes).
    quotes.push(index === at && shift === 0 && actor === quote.actor ? quote : {id: idAt('q', index), start: quote.start + shift, end: quote.end + shift, text: quote.text, kind: quote.kind, speaker: shiftSpan(quote.speaker, shift), cue: shiftSpan(quote.cue, shift), actor: actor ?? null});
    raises.push(before.raises[at]!);
  }
  const {starts, speech} = before.speech;
  const nowStarts = kept.speech.starts;
  const nowSpeech = kept.speech.speech;
  for (let at = lowerBoundOfNumbers(starts, from); at < starts.length && starts[at]! <= to; at++) {
    let item = speech[at]!;
    // (Most sentences report no speech: nothing to rename.)
    if (renamed && item.quotes.length > 0 && item.quotes.some((quote) => quote.actor !== null && renamed.get(quote.actor) !== quote.actor)) {
      if (item.quotes.some((quote) => quote.actor !== null && !renamed.get(quote.actor))) {
        failed.push(starts[at]! + shift);
        continue;
      }
      item = {...item, quotes: item.quotes.map((quote) => ({...quote, actor: quote.actor === null ? null : renamed.get(quote.actor)!}))};
    }
    nowStarts.push(starts[at]! + shift);
    nowSpeech.push(item);
  }
  kept.attributions.marked.addFrom(before.attributions.marked, from, to, shift, renamed, failed);
  kept.attributions.before.addFrom(before.attributions.before, from, to, shift, renamed, failed);
}
