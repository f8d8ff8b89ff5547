/**
 * retext plugin: quotations and who said them.
 *
 * Direct and partial quotes come from quotation marks (curly, straight, guillemets, the
 * multi-paragraph convention); reported speech and quotations whose marks were lost come from
 * attribution cues (speech verbs, "according to"). Speakers are the mentions the actors layer
 * resolved, so a pronoun or a role phrase speaks for its actor.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {ActorMention, EntityMention} from '../data-map.js';
import type {Quote} from '../model.js';
import {report} from '../findings.js';
import {layoutOf, type ParagraphSpan, type SentenceSpan} from '../text/sentences.js';
import {findQuotationMarks, type MarkedQuote} from '../text/quotation-marks.js';
import {keptSpan} from '../memo.js';
import {detached} from '../text/kept-by-text.js';
import {idAt} from '../ids.js';
import {Changes, shiftSpan} from '../text/changes.js';
import {findOverlapping, findStartingIn, indexContaining, lowerBound, lowerBoundOfNumbers} from '../text/span-index.js';
import {type Context, type Attribution, noAttribution, lastNonSpace, toQuote} from '../quotes/context.js';
import {transcriptTurns, continueTurns} from '../quotes/transcript-turns.js';
import {colonIntroduced} from '../quotes/colon-introduced.js';
import {attributeMarked, sentenceBefore, opensNextParagraph, sameParagraph} from '../quotes/marked-attribution.js';
import {reportedSpeech, withoutTimeSpeakers} from '../quotes/reported-speech.js';

export {cuesOf} from '../quotes/cues.js';

export default function retextQuotes() {
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const context: Context = {
      text,
      layout: layoutOf(tree, text),
      mentions: file.data.actorMentions ?? [],
      entities: file.data.entityMentions ?? [],
      sourcelessCues: new Set(),
    };
    const marks = findQuotationMarks(text, context.layout, file.data.memo);
    for (const problem of marks.unbalanced) {
      report(file, 'unbalanced-quote', problem.reason, problem.start, problem.end);
    }

    const memo = file.data.memo;
    const reuse = memo ? reuseFrom(memo.previous<QuotesState>('quotes'), context, marks.quotes) : undefined;
    const newKept = (): Kept => ({attributions: {marked: new KeptByOpening(), before: new KeptByOpening()}, speech: {starts: [], speech: []}});
    const kept = memo ? newKept() : undefined;
    const paragraphs = context.layout.paragraphs;
    const quotes: Quote[] = [];
    const raises: boolean[] = [];
    // Paragraphs whose quotations the previous version found alike are moved past the edit; the
    // others are found again (all of them without a previous version). Gives the offsets of the
    // moved items whose actor is no longer one (none when all moved): their paragraphs are then
    // found again, all at once.
    const collect = (runs: readonly Run[]): number[] => {
      const failed: number[] = [];
      for (const run of runs) {
        if (run.from >= run.to) continue;
        if (run.moved) {
          movedRun(reuse!, paragraphs[run.from]!.start, paragraphs[run.to - 1]!.end, quotes, raises, kept!, failed);
          continue;
        }
        for (const quote of quotesIn(context, marks.quotes, run.from, run.to, reuse, kept)) {
          quote.id = idAt('q', quotes.length);
          quotes.push(quote);
          raises.push(!quote.speaker && quote.kind !== 'partial' && !sourcelessCue(quote, context) && !findStartingIn(marks.quotes, quote.start, quote.start)?.nested);
        }
      }
      return failed;
    };
    let runs = reuse && kept ? runsOf(reuse, context, marks.quotes) : undefined;
    for (let attempt = 0; runs; attempt++) {
      const failed = collect(runs);
      if (failed.length === 0) break;
      quotes.length = 0;
      raises.length = 0;
      Object.assign(kept!, newKept());
      // An actor that became several: what was said around everywhere it spoke is found again.
      // (Items found again are not moved, and the others moved as before: a second attempt
      // meets no new failure; a few more are allowed before the whole document is looked at.)
      for (const offset of failed) reuse!.changes.add(offset, offset);
      runs = attempt < 3 ? runsOf(reuse!, context, marks.quotes) : undefined;
    }
    if (!runs) collect([{from: 0, to: paragraphs.length, moved: false}]);
    for (let index = 0; index < quotes.length; index++) {
      if (raises[index]) report(file, 'quote-without-speaker', `Quotation with no speaker: “${abbreviate(quotes[index]!.text)}”`, quotes[index]!.start, quotes[index]!.end);
    }
    file.data.quotes = quotes;
    if (memo && kept) memo.keep('quotes', {text, mentions: context.mentions, entities: context.entities, marks: marks.quotes, paragraphs, quotes, raises, ...kept} satisfies QuotesState);
  };
}

/**
 * The quotations of paragraphs `from` to `to` (excluded), sorted, without ids: the whole
 * document, or a run of paragraphs no quotation outside reads from (see `runsOf`).
 */
function quotesIn(context: Context, marks: readonly MarkedQuote[], from: number, to: number, reuse: Reuse | undefined, kept: Kept | undefined): Quote[] {
  const {text} = context;
  const paragraphs = context.layout.paragraphs;
  const first = from === 0 ? 0 : lowerBound(marks, paragraphs[from]!.start);
  const last = to === paragraphs.length ? marks.length : lowerBound(marks, paragraphs[to]!.start);
  const marked = first === 0 && last === marks.length ? marks : marks.slice(first, last);
  const quotes: Quote[] = [];
  let previous: {quote: MarkedQuote; attribution: Attribution} | undefined;
  for (const quote of marked) {
    let attribution = keptAttribution(quote, context, reuse, kept?.attributions, 'marked', () => attributeMarked(quote, context)) ?? noAttribution;
    // A continued paragraph or the second half of an interrupted quote shares its speaker.
    if (!attribution.speaker && previous?.attribution.speaker && !quote.nested && (quote.continues || (sameParagraph(previous.quote, quote, context) && quote.start - previous.quote.end < 200) || opensNextParagraph(previous.quote, quote, context))) {
      attribution = previous.attribution;
    }
    if (!attribution.speaker && quote.kind === 'direct' && !quote.nested && !quote.continues) attribution = keptAttribution(quote, context, reuse, kept?.attributions, 'before', () => sentenceBefore(quote, context)) ?? attribution;
    quotes.push(toQuote(quote, quote.kind, attribution, text));
    if (!quote.nested) previous = {quote, attribution};
  }

  // The attribution of a quotation running over paragraphs usually closes its last piece.
  for (let index = quotes.length - 2; index >= 0; index--) {
    const next = marked[index + 1];
    if (!quotes[index]!.speaker && next?.continues && quotes[index + 1]!.speaker) {
      const {speaker, cue, actor} = quotes[index + 1]!;
      Object.assign(quotes[index]!, {speaker, cue, actor});
    }
  }

  // “Shark Tank,” “Larry King Now”: a short title in marks with no speaker and no cue is a work's
  // name, not a quotation (and no source is missing); so are a transcript's stage directions
  // ("(CROSSTALK.)") and the writer's sign-off ("Follow … on Twitter @…").
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]!;
    if (!quote.speaker && !quote.cue && ((!marked[index]!.continues && isTitle(quote.text)) || notSpeech.test(quote.text))) quotes.splice(index, 1);
  }

  quotes.push(...transcriptTurns(context, quotes, from, to));
  continueTurns(context, quotes);
  quotes.push(...colonIntroduced(context, quotes, from, to));

  // Quotes in marks are looked up by offset; reported speech stays inside its sentence, so
  // only the sentences that reach the found span's end can hold one covering it.
  const inMarks = quotes.slice();
  const reported: Array<{end: number; quotes: Quote[]}> = [];
  const covered = (start: number, end: number) => {
    if (findOverlapping(inMarks, start, end, (quote) => quote.start - 1 <= start && end <= quote.end + 1)) return true;
    for (let at = reported.length - 1; at >= 0 && reported[at]!.end + 1 >= end; at--) {
      if (reported[at]!.quotes.some((quote) => quote.start - 1 <= start && end <= quote.end + 1)) return true;
    }
    return false;
  };
  for (let paragraph = from; paragraph < to; paragraph++) {
    for (const sentence of paragraphs[paragraph]!.sentences) {
      const inSentence = reportedSpeechOf(sentence, context, marks, reuse, kept?.speech);
      if (inSentence.length === 0) continue;
      // Only sentences with speech are listed: `covered` stops at the first whose end is too early, and ends only grow.
      const here: Quote[] = [];
      reported.push({end: sentence.end, quotes: here});
      for (const found of inSentence) {
        if (!covered(found.start, found.end)) {
          quotes.push(found);
          here.push(found);
        }
      }
    }
  }
  // "Ryan said the spate of shootings and protests demands “more listening”": a partial quotation
  // whose cue, with no one known as its subject, lies inside reported speech holding it is the
  // words of that speech's source.
  for (const quote of inMarks) {
    if (quote.kind !== 'partial' || !quote.cue || quote.actor !== null) continue;
    const cue = quote.cue;
    const host = reported.find((item) => item.end >= quote.end)?.quotes.find((item) => item.actor !== null && item.start <= quote.start && quote.end <= item.end && item.start <= cue.start && cue.end <= item.end);
    if (host) Object.assign(quote, {speaker: host.speaker, cue: host.cue, actor: host.actor});
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Words a title leaves in lower case ("Make Your Kid a Millionaire", "Collapse of the Empire"). */
const titleLowerWords = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'or', 'to', 'at', 'by', 'with', 'from', 'as', 'is', 'vs.']);

/** A stage direction in parentheses, or a writer's sign-off: in marks, but nobody's words. */
const notSpeech = /^\(.*\)\.?$|^Follow\s.*\s@\w+/u;

/** Title case, two to eight words, ending at most in a comma or a full stop: a work's name. */
function isTitle(value: string): boolean {
  const words = value.replace(/[,.]$/u, '').split(/\s+/u);
  if (words.length < 2 || words.length > 8 || /[?!;:]/u.test(value) || !/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word) || titleLowerWords.has(word));
}

function abbreviate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/**
 * How far around its sentence reported speech reads the text, the mentions and the quotations
 * in marks (windows of a few words past a cue, 30 characters before one, 80 before a comma).
 */
const SPEECH_REACH = 100;

/**
 * A sentence's reported speech as the next version may reuse it: offsets from the sentence's
 * start, texts detached from the document (a kept slice would keep its whole version alive).
 */
interface KeptSpeech {
  /** The sentence's length, checked on reuse. */
  length: number;
  quotes: Quote[];
  /** Sourceless cues ("It was reported that …"), as [cue start, cue end, content start]. */
  sourceless: Array<[number, number, number]>;
}

/** Reported speech by sentence, in order, with each sentence's start (ascending). */
interface KeptSpeechs {
  starts: number[];
  speech: KeptSpeech[];
}

/** What the layer keeps of its per-sentence and per-quotation work for the next version. */
interface Kept {
  speech: KeptSpeechs;
  attributions: KeptAttributions;
}

/** What the quotes layer keeps of a version for the next one (incremental analysis only). */
interface QuotesState extends Kept {
  text: string;
  mentions: readonly ActorMention[];
  entities: readonly EntityMention[];
  marks: readonly MarkedQuote[];
  paragraphs: readonly ParagraphSpan[];
  /** The layer's output, and whether each quote raised a finding (no speaker). */
  quotes: readonly Quote[];
  raises: readonly boolean[];
}

/**
 * Attributions of quotations in marks by opening mark, offsets from it: what `attributeMarked`
 * found (`marked`) and what `sentenceBefore` found (`before`, computed only where needed).
 */
interface KeptAttributions {
  marked: KeptByOpening;
  before: KeptByOpening;
}

/**
 * Attributions by the offset of their quotation's opening mark, in the order the layer asks
 * (quotations in marks come in text order): arrays and a cursor, not a Map rebuilt every version.
 */
class KeptByOpening {
  private readonly offsets: number[] = [];
  private readonly values: Array<Attribution | undefined> = [];
  private cursor = 0;

  set(offset: number, value: Attribution | undefined): void {
    // The same opening asked again replaces its value, as a Map would.
    if (this.offsets[this.offsets.length - 1] === offset) this.values[this.values.length - 1] = value;
    else {
      this.offsets.push(offset);
      this.values.push(value);
    }
  }

  /**
   * The position of the value kept for `offset`, or -1. Asked in increasing order, each is found
   * by moving on from the last; one asked out of order is not found, which costs only its
   * recomputation.
   */
  find(offset: number): number {
    const offsets = this.offsets;
    while (this.cursor < offsets.length && offsets[this.cursor]! < offset) this.cursor++;
    return offsets[this.cursor] === offset ? this.cursor : -1;
  }

  valueAt(position: number): Attribution | undefined {
    return this.values[position];
  }

  /**
   * Adds `from`'s values for the openings from `start` to `end` (included), moved by `shift`,
   * their actors renamed by `renamed`; the moved opening of each one whose actor is no longer one
   * goes to `failed` instead. The cursor is left alone.
   */
  addFrom(from: KeptByOpening, start: number, end: number, shift: number, renamed: ReadonlyMap<string, string | null> | undefined, failed: number[]): void {
    const offsets = from.offsets;
    for (let at = lowerBoundOfNumbers(offsets, start); at < offsets.length && offsets[at]! <= end; at++) {
      let value = from.values[at];
      if (renamed && value?.actor != null) {
        const actor = renamed.get(value.actor);
        if (!actor) {
          failed.push(offsets[at]! + shift);
          continue;
        }
        if (actor !== value.actor) value = {...value, actor};
      }
      this.offsets.push(offsets[at]! + shift);
      this.values.push(value);
    }
  }
}

/**
 * How far around the paragraphs before and after a quotation's own the attribution of a
 * quotation in marks may read: the sentences around its marks and the one before its opening
 * mark lie in those paragraphs, and a cue after it is looked for 80 characters on.
 */
const MARKED_REACH = 100;

/**
 * `compute`'s attribution of a quotation in marks, reused from the previous version when
 * nothing changed in its paragraph and the ones either side (see MARKED_REACH).
 */
function keptAttribution(quote: MarkedQuote, context: Context, reuse: Reuse | undefined, now: KeptAttributions | undefined, which: keyof KeptAttributions, compute: () => Attribution | undefined): Attribution | undefined {
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

/** The previous version's results and what changed since, for reusing them; see `Changes`. */
interface Reuse {
  before: QuotesState;
  changes: Changes;
  /** Previous version's actor ids → this version's, `null` where one actor became several. */
  actors: Map<string, string | null>;
  /** How many more sentences this version has. */
  sentenceDelta: number;
  /** Some actor's id changed (`actors` maps one to another, or to null). */
  renamed: boolean;
}

/**
 * What changed since the version `before` holds, over what the layer's per-sentence results
 * read: the text (whole edited paragraphs), the mentions with their kinds (and how actor ids
 * were renumbered), the entities with their types, and the quotations in marks.
 */
function reuseFrom(before: QuotesState | undefined, context: Context, marks: readonly MarkedQuote[]): Reuse | undefined {
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

/** How far around its paragraph and the ones either side a paragraph's quotations read (MARKED_REACH, SPEECH_REACH). */
const PARAGRAPH_REACH = Math.max(MARKED_REACH, SPEECH_REACH);

/** How many paragraphs `runsOf` passes over at once when their reach holds no change. */
const BLOCK = 32;

/** Paragraphs `from` to `to` (excluded): moved from the previous version, or found again. */
interface Run {
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
function runsOf(reuse: Reuse, context: Context, marks: readonly MarkedQuote[]): Run[] {
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
function movedRun(reuse: Reuse, start: number, end: number, quotes: Quote[], raises: boolean[], kept: Kept, failed: number[]): void {
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

/**
 * `reportedSpeech`, reused from the previous version when nothing it reads changed: the text,
 * mentions, entities and quotations in marks within SPEECH_REACH of the sentence. Actor ids are
 * put back through the renumbering; a sentence whose speaker's actor split is recomputed.
 */
function reportedSpeechOf(sentence: SentenceSpan, context: Context, marked: readonly MarkedQuote[], reuse: Reuse | undefined, now: KeptSpeechs | undefined): readonly Quote[] {
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

function sourcelessCue(quote: Quote, context: Context): boolean {
  return quote.cue !== null && context.sourcelessCues.has(`${quote.cue.start}:${quote.cue.end}:${quote.start}`);
}
