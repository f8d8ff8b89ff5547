/**
 * What changed since the previous version, and the reuse of one item's results where nothing it
 * reads changed: a quotation's attribution, a sentence's reported speech.
 */
import type {Quote} from '../model.js';
import type {SentenceSpan} from '../text/sentences.js';
import type {MarkedQuote} from '../text/quotation-marks.js';
import {keptSpan} from '../memo.js';
import {detached} from '../text/kept-by-text.js';
import {Changes, shiftSpan} from '../text/changes.js';
import {indexContaining, lowerBoundOfNumbers} from '../text/span-index.js';
import type {Context, Attribution} from './context.js';
import {reportedSpeech, withoutTimeSpeakers} from './reported-speech.js';
import {SPEECH_REACH, type KeptSpeech, type KeptSpeechs, type QuotesState, type KeptAttributions, MARKED_REACH, type Reuse} from './kept.js';

/**
 * `compute`'s attribution of a quotation in marks, reused from the previous version when
 * nothing changed in its paragraph and the ones either side (see MARKED_REACH).
 */
export function keptAttribution(quote: MarkedQuote, context: Context, reuse: Reuse | undefined, now: KeptAttributions | undefined, which: keyof KeptAttributions, compute: () => Attribution | undefined): Attribution | undefined {
  if (!now) return compute();
  const base = quote.openStart;
  let found: Attribution | undefined;
  let hit = false;
  if (reuse) {
    const paragraphs = context.layout.paragraphs;
    const at = indexContaining(paragraphs, base);
    const from = (paragraphs[at - 1] ?? paragraphs[at])?.start ?? base;
    const to = (paragraphs[at + 1] ?? paragraphs[at])?.end ?? quote.closeEnd;
    const kept = reuse.changes.clean(Math.min(from, base) - MARKED_REACH, Math.max(to, quote.closeEnd) + MARKED_REACH) ? reuse.before.attributions[which] : undefined;
    const oldBase = reuse.changes.toOld(base);
    const position = kept ? kept.find(oldBase) : -1;
    if (kept && position >= 0) {
      const value = kept.valueAt(position);
      const actor = value?.actor == null ? null : reuse.actors.get(value.actor);
      if (actor !== undefined && (value?.actor == null || actor !== null)) {
        hit = true;
        now[which].set(base, actor === value?.actor ? value : value && {...value, actor});
        found = value && {speaker: shiftSpan(value.speaker, base), cue: shiftSpan(value.cue, base), actor};
      }
    }
  }
  if (!hit) {
    found = compute();
    now[which].set(base, found && {speaker: keptSpan(found.speaker, -base), cue: keptSpan(found.cue, -base), actor: found.actor});
  }
  return found;
}

/**
 * What changed since the version `before` holds, over what the layer's per-sentence results
 * read: the text (whole edited paragraphs), the mentions with their kinds (and how actor ids
 * were renumbered), the entities with their types, and the quotations in marks.
 */
export function reuseFrom(before: QuotesState | undefined, context: Context, marks: readonly MarkedQuote[]): Reuse | undefined {
  if (!before) return undefined;
  const changes = Changes.between(before.text, context.text, context.layout.paragraphs);
  const actors = new Map<string, string | null>();
  changes.compare(before.mentions, context.mentions, (a, b) => {
    if (a.kind !== b.kind) return false;
    const known = actors.get(a.actor);
    if (known === undefined) actors.set(a.actor, b.actor);
    else if (known !== b.actor) actors.set(a.actor, null);
    return true;
  });
  changes.compare(before.entities, context.entities, (a, b) => a.type === b.type);
  changes.compare(markSpans(before.marks), markSpans(marks), ({quote: a}, {quote: b}) => {
    const shift = b.openStart - a.openStart;
    return b.start - a.start === shift && b.end - a.end === shift && a.kind === b.kind && a.continues === b.continues && a.nested === b.nested;
  });
  let renamed = false;
  for (const [from, to] of actors) if (from !== to) renamed = true;
  return {before, changes, actors, sentenceDelta: context.layout.sentences.length - before.speech.starts.length, renamed};
}

/**
 * `reportedSpeech`, reused from the previous version when nothing it reads changed: the text,
 * mentions, entities and quotations in marks within SPEECH_REACH of the sentence. Actor ids are
 * put back through the renumbering; a sentence whose speaker's actor split is recomputed.
 */
export function reportedSpeechOf(sentence: SentenceSpan, context: Context, marked: readonly MarkedQuote[], reuse: Reuse | undefined, now: KeptSpeechs | undefined): readonly Quote[] {
  if (!now) return withoutTimeSpeakers(reportedSpeech(sentence, context, marked), context.text);
  const base = sentence.start;
  let kept: KeptSpeech | undefined;
  if (reuse && reuse.changes.clean(base - SPEECH_REACH, sentence.end + SPEECH_REACH)) {
    // The same sentence then: at its own position before the edit, moved by the change in the
    // number of sentences after it; searched for where that guess fails.
    const oldBase = reuse.changes.toOld(base);
    const {starts, speech} = reuse.before.speech;
    let at = sentence.index - (oldBase === base ? 0 : reuse.sentenceDelta);
    if (starts[at] !== oldBase) at = lowerBoundOfNumbers(starts, oldBase);
    if (starts[at] === oldBase) kept = speech[at];
  }
  if (kept && kept.length !== sentence.end - base) kept = undefined;
  let renumbered = false;
  if (kept) {
    for (const quote of kept.quotes) {
      if (quote.actor === null) continue;
      const actor = reuse!.actors.get(quote.actor);
      if (!actor) kept = undefined;
      else if (actor !== quote.actor) renumbered = true;
      if (!kept) break;
    }
  }
  if (!kept) {
    const sourcelessCues = new Set<string>();
    const found = withoutTimeSpeakers(reportedSpeech(sentence, {...context, sourcelessCues}, marked), context.text);
    kept = {
      length: sentence.end - base,
      quotes: found.map((quote) => ({...quote, start: quote.start - base, end: quote.end - base, text: detached(quote.text), speaker: keptSpan(quote.speaker, -base), cue: keptSpan(quote.cue, -base)})),
      sourceless: [...sourcelessCues].map((cue) => cue.split(':').map((offset) => Number(offset) - base) as [number, number, number]),
    };
  } else if (renumbered) {
    kept = {...kept, quotes: kept.quotes.map((quote) => ({...quote, actor: quote.actor === null ? null : reuse!.actors.get(quote.actor)!}))};
  }
  now.starts.push(base);
  now.speech.push(kept);
  for (const [cueStart, cueEnd, contentStart] of kept.sourceless) context.sourcelessCues.add(`${cueStart + base}:${cueEnd + base}:${contentStart + base}`);
  // Most sentences report no speech: no copy to make.
  if (kept.quotes.length === 0) return noQuotes;
  // Written out, not spread: one object shape for every quote is what keeps this loop fast.
  return kept.quotes.map((quote): Quote => ({id: quote.id, start: quote.start + base, end: quote.end + base, text: quote.text, kind: quote.kind, speaker: shiftSpan(quote.speaker, base), cue: shiftSpan(quote.cue, base), actor: quote.actor}));
}

/** Shared by every sentence without reported speech; never added to. */
const noQuotes: readonly Quote[] = Object.freeze([]);

const spans = new WeakMap<readonly MarkedQuote[], Array<{start: number; end: number; quote: MarkedQuote}>>();

/** Each quotation in marks over its marks (openStart–closeEnd), which hold its content; in list order. */
function markSpans(marked: readonly MarkedQuote[]): Array<{start: number; end: number; quote: MarkedQuote}> {
  let found = spans.get(marked);
  if (!found) {
    found = marked.map((quote) => ({start: quote.openStart, end: quote.closeEnd, quote}));
    spans.set(marked, found);
  }
  return found;
}
