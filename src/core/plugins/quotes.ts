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
import type {Quote, Span} from '../model.js';
import {bareObjectLemmas, cueParticles, cueVerbs, targetObjectLemmas, infinitiveLemmas, objectContentLemmas, weakSpeechLemmas} from '../data/speech.js';
import {report} from '../findings.js';
import {layoutOf, type ParagraphSpan, type SentenceSpan, type Word} from '../text/sentences.js';
import {findQuotationMarks, type MarkedQuote} from '../text/quotation-marks.js';
import {keptSpan} from '../memo.js';
import {detached} from '../text/kept-by-text.js';
import {idAt} from '../ids.js';
import {Changes, shiftSpan} from '../text/changes.js';
import {findContaining, findOverlapping, findStartingIn, indexContaining, lowerBound, lowerBoundOfNumbers} from '../text/span-index.js';
import {type Context, type Attribution, noAttribution, lastNonSpace, toQuote, actorOf, span, trimEnd} from '../quotes/context.js';
import {reportsNothing, type WordCues, noCues, cuesOf, isCue} from '../quotes/cues.js';
import {attributionFor, subjectOf} from '../quotes/speakers.js';
import {transcriptTurns, continueTurns} from '../quotes/transcript-turns.js';
import {colonIntroduced} from '../quotes/colon-introduced.js';
import {attributeMarked, sentenceBefore, opensNextParagraph, sameParagraph} from '../quotes/marked-attribution.js';

export {cuesOf} from '../quotes/cues.js';

/** Objects of telling that sit between the cue and the content ("told reporters that"). */
const listeners = /^(?:\s+(?:reporters|journalists|lawmakers|supporters|the\s+\p{L}+|an?\s+\p{L}+|him|her|them|us|me|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*|CNN|NPR|Reuters))?/u;

/** A speaker span that is a time ("On Monday", "Jan. 20"), never a source. */
const timePhrase = /^(?:(?:on|in|at|by|since|until|during|before|after|last|this|next|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|today|yesterday|tomorrow|tonight|\d{1,4}(?![\d,.]*\s*[\p{L}%]))\b/iu;

/** A span of time or a sum, no speaker: "another 13 years", "300 billion a year", "In 2013 …". */
const measurePhrase = /\b(?:years?|months?|weeks?|days?|hours?|decades?)$|\b(?:million|billion|trillion)\b|^(?:In\s+)?\d{4}\s/u;

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

/**
 * A date is nobody's voice: the content may still be reported speech whose speaker was missed,
 * but "On Monday, … 43 migrants, suspected of aiming …" is no speech at all. (Decided within
 * the sentence and 4 characters past its cue, so kept with the sentence's speech.)
 */
function withoutTimeSpeakers(found: Quote[], text: string): Quote[] {
  const kept: Quote[] = [];
  for (const quote of found) {
    if (quote.speaker && (timePhrase.test(quote.speaker.text) || measurePhrase.test(quote.speaker.text))) {
      if (quote.cue && /^\s+of\b/u.test(text.slice(quote.cue.end, quote.cue.end + 4))) continue;
      Object.assign(quote, {speaker: null, actor: null});
    }
    kept.push(quote);
  }
  return kept;
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

let accordingText: string | undefined;

let accordingFrom = 0;

let accordingAt = -1;

/**
 * `text.indexOf('ccording to', from)`, asked sentence after sentence: an answer holds for every
 * later `from` up to it, so a document without the phrase is not searched to its end per sentence.
 */
function nextAccording(text: string, from: number): number {
  if (text !== accordingText || from < accordingFrom || (accordingAt >= 0 && from > accordingAt)) {
    accordingText = text;
    accordingFrom = from;
    accordingAt = text.indexOf('ccording to', from);
  }
  return accordingAt;
}

/**
 * Reported speech in one sentence: "X said (that) …", "X emphasized the importance of …",
 * "…, X said.", "according to X, …", and "…, stating, The only …" whose marks were lost.
 */
function reportedSpeech(sentence: SentenceSpan, context: Context, marked: readonly MarkedQuote[]): Quote[] {
  const {text} = context;
  const words = sentence.words;
  // Each word's cues, looked up once for the three scans below.
  const wordCues = new Array<WordCues>(words.length);
  let anyCue = false;
  for (let index = 0; index < words.length; index++) {
    const cues = cuesOf(words[index]!.text);
    wordCues[index] = cues;
    if (cues !== noCues) anyCue = true;
  }
  // Every kind of reported speech below needs a cue word, "according to", or "In" opening the sentence (most sentences have none).
  if (!anyCue && !text.startsWith('In', sentence.start)) {
    const according = nextAccording(text, sentence.start);
    if (according < 0 || according >= sentence.end) return [];
  }
  const found: Quote[] = [];
  const inMarks = (offset: number) => findContaining(markRanges(marked), offset) !== undefined;
  const contentEnd = trimEnd(text, sentence.start, sentence.end);
  let previousAttribution: Attribution | undefined;
  const cues: Word[] = [];
  if (anyCue) {
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (wordCues[index]!.lemma !== undefined && isCue(word, sentence, wordCues[index]) && !inMarks(word.start)) cues.push(word);
    }
  }
  // "Protocol called for …, sources said.": content of earlier cues stops at the attribution.
  const trailing = trailingAttribution(sentence, cues, contentEnd);

  for (let cueIndex = 0; cueIndex < cues.length; cueIndex++) {
    const cue = cues[cueIndex]!;
    const lemma = wordCues[cue.index]!.lemma!;
    // "is expected to", "seems to", "it was reported that": nobody is the source (see sourceless).
    if (isSourcelessCue(cue, words, text, wordCues[cue.index])) continue;
    // "While health checks continue, officials will …": a verb that says something only with its
    // infinitive or object closes its clause at a comma and reports nothing.
    if (reportsNothing(cue, text)) continue;
    // A cue inside content already found ("said she thinks …") belongs to that content.
    if (found.some((quote) => quote.start <= cue.start && cue.end <= quote.end)) continue;
    // Only a speech verb proper starts new content; "said he posed a threat and refused to …" is one.
    // The next dozen cues are enough: scanning every later cue made a long sentence quadratic.
    const nextCue = cues.slice(cueIndex + 1, cueIndex + 12).find((candidate) => isCoordinated(text, cue.end, candidate) && (!weakSpeechLemmas.has(cueVerbs.get(candidate.text.toLowerCase()) ?? '') || !clauseBetween(sentence, cue, candidate)));
    const after = text.slice(cue.end, contentEnd);
    const listener = listeners.exec(after);
    const afterListener = after.slice(listener?.[0].length ?? 0);
    // Attribution of a quote in marks, handled with the marks.
    // Only verbs of telling have a listener before the quotation ("told reporters: “…”"); after
    // "said the words “lump” …" the quoted word sits inside the reported speech.
    const beforeMark = lemma === 'tell' || lemma === 'ask' ? afterListener : after;
    const closedBefore = attributesMarkBefore.test(text.slice(Math.max(sentence.start, cue.start - 30), cue.start)) ? findOverlapping(marked, cue.start - 30, cue.start + 1, (quote) => quote.closeEnd <= cue.start && cue.start - quote.closeEnd < 30) : undefined;
    // 'The answers are "not meeting the demand," says Rieckhoff': a partial quote closing
    // reported speech leaves the speech to this cue.
    const closesSpeech = closedBefore?.kind === 'partial' && closedBefore.openStart - sentence.start > 10;
    if (/^\s*[:,]?\s*[“"«]/u.test(beforeMark) || (closedBefore && !closesSpeech)) {
      previousAttribution = attributionFor(cue, sentence, context);
      continue;
    }
    let attribution = attributionFor(cue, sentence, context);
    const coordinated = /(?:^|\s)(?:and|but|,)\s*$/u.test(text.slice(Math.max(sentence.start, cue.start - 6), cue.start)) || cue.pos === 'VBG';
    if ((!attribution.speaker || coordinated) && previousAttribution?.speaker) {
      attribution = {...previousAttribution, cue: attribution.cue};
    }
    const endBeforeNext = nextCue ? coordinationBefore(text, nextCue, cue.end) : contentEnd;
    const end = Math.min(contentEnd, endBeforeNext, trailing && cue.start < trailing.comma ? trailing.comma : contentEnd, clauseOfNextSource(cues, cueIndex, sentence, context));

    // A parenthetical attribution's second piece runs on past the clause a coordinated cue starts.
    const pieces = invertedContent(cue, attribution, sentence, text, contentEnd);
    if (pieces) {
      for (const piece of pieces) found.push(toQuote(piece, 'indirect', attribution, text));
      previousAttribution = attribution;
      continue;
    }

    // Marks lost: "…, stating, The only people who benefit …"
    const unmarked = /^\s*[,:]\s*(?=\p{Lu})/u.exec(after);
    if (unmarked && !inMarks(cue.end + unmarked[0].length)) {
      const start = cue.end + unmarked[0].length;
      const wordAt = words.find((word) => word.start === start);
      // "As improbable as it may seem, Mr. Clarke said …": a clause with a speaker of its own.
      const following = cues[cueIndex + 1];
      const ownSpeaker = following !== undefined && following.start - start < 40 && (subjectOf(following, sentence, context)?.start ?? -1) >= start;
      if (wordAt && !ownSpeaker && !findStartingIn(context.entities, start, start) && end - start > 12) {
        found.push(toQuote({start, end, text: ''}, 'unmarked', attribution, text));
        previousAttribution = attribution;
        continue;
      }
    }

    let start: number | undefined;
    const that = /^\s+that\s+/u.exec(afterListener);
    const distantThat = that ? undefined : thatAfterAdjuncts(cue, sentence);
    const nextWord = /^\s+([A-Za-z0-9_]+)/u.exec(after)?.[1];
    const particle = nextWord !== undefined && cueParticles.get(lemma)?.includes(nextWord);
    const infinitive = infinitiveLemmas.has(lemma) ? /^\s+(?:(?:(?!and\s|but\s)[\p{L}'’-]+\s+){0,4}?)(to\s+\p{L})/u.exec(after) : null;
    if (that) start = cue.end + (listener?.[0].length ?? 0) + /^\s+/.exec(afterListener)![0].length;
    else if (distantThat) start = distantThat.start;
    else if (particle) {
      // "called for an inquiry": the particle belongs to the cue, the rest is the content.
      const particleEnd = cue.end + /^\s+\S+/u.exec(after)![0].length;
      attribution = {...attribution, cue: {start: cue.start, end: particleEnd, text: text.slice(cue.start, particleEnd)}};
      start = particleEnd + (/^\s+/.exec(text.slice(particleEnd))?.[0].length ?? 0);
    } else if (infinitive && !/[,.;:]/.test(infinitive[0])) start = cue.end + infinitive.index + infinitive[0].length - infinitive[1]!.length;
    else if (/^\s*,/.test(after) || /^\s*$/.test(after)) start = undefined;
    else {
      const skip = lemma === 'tell' || lemma === 'ask' ? (listener?.[0].length ?? 0) : 0;
      const offset = objectStart(after.slice(skip), lemma);
      if (offset !== undefined) start = cue.end + skip + offset;
    }
    // "declined to comment", "promised a veto": short content is still content.
    if (start !== undefined && attribution.speaker && end - start >= 4) {
      found.push(toQuote({start, end, text: ''}, 'indirect', attribution, text));
      previousAttribution = attribution;
      continue;
    }

    // Inverted: "The economy will grow, the minister said." and "…, Graham said, since …".
    const rest = after.replace(/^\s*(?:on\s+\p{Lu}\p{L}+|in\s+a\s+\p{L}+|\p{Ll}+ly)?/u, '');
    const continues = /^\s*,\s*/u.exec(rest);
    if (attribution.speaker && (/^\s*$/.test(rest) || continues) && !that) {
      const speakerStart = Math.min(attribution.speaker.start, cue.start);
      const before = text.slice(sentence.start, speakerStart);
      const comma = before.lastIndexOf(',');
      // "Panama's foreign minister, Javier Martínez-Acha, agreed": a speaker set off by commas
      // before the cue stands in apposition to what opens the sentence, which is no content
      // (what follows "said," may still be).
      const setOff = attribution.speaker.end <= cue.start && /[,;:]/u.test(text.slice(attribution.speaker.end, cue.start));
      // Titles may stand between the comma and the name: "Acts of protest, Mr. Obama said, …".
      if (comma > 10 && /,\s*(?:\S+\s+){0,2}$/u.test(before)) {
        const contentStart = sentence.start + (/^[\s“"]*/u.exec(before)?.[0].length ?? 0);
        if (!setOff) found.push(toQuote({start: contentStart, end: sentence.start + comma, text: ''}, 'indirect', attribution, text));
        if (continues) {
          const secondStart = contentEnd - rest.length + continues[0].length;
          if (contentEnd - secondStart > 10) found.push(toQuote({start: secondStart, end: contentEnd, text: ''}, 'indirect', attribution, text));
        }
      }
    }
    previousAttribution = attribution;
  }

  found.push(...accordingTo(sentence, context, contentEnd));
  if (found.length === 0) found.push(...inSource(sentence, context, contentEnd));
  // A nominal cue may sit inside other reported speech; its own content is nested there.
  for (const quote of nominalCues(sentence, context, contentEnd, wordCues)) {
    if (!found.some((other) => other.start === quote.start && other.end === quote.end)) found.push(quote);
  }
  for (const quote of sourceless(sentence, context, contentEnd, wordCues)) {
    if (!found.some((other) => other.start <= quote.cue!.start && quote.cue!.end <= other.end)) found.push(quote);
  }
  return found.map((quote) => ({...quote, text: text.slice(quote.start, quote.end)}));
}

/** A wire dateline opening the article's first sentence: "LONDON —", "SAN SALVADOR, Feb 3 (Reuters) -". */
const dateline = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,[^—–\n]{0,40}?)?(?:\s*\([^)\n]{1,40}\))?\s*(?:—|–|--?)\s+/u;

/**
 * Attribution set off by commas after the content: "The middle fifth paid 8.9 percent, the
 * agency said in a June report, and …", "…, said Mr. Barrett, the lawyer for …", "The museum,
 * Mr. Bush said, celebrated …". The content is the clause before the comma and, when the
 * attribution is parenthetical, the rest of the sentence after it.
 */
function invertedContent(cue: Word, attribution: Attribution, sentence: SentenceSpan, text: string, sentenceEnd: number): Span[] | undefined {
  const speaker = attribution.speaker;
  // A participle ("…, stating, …") shares the main clause's subject; it is not set off.
  if (!speaker || cue.pos === 'VBG') return undefined;
  const speakerAfter = speaker.start >= cue.end;
  // "…, said the minister": only a verb of saying puts its speaker after it ("…, criticized the bill", "…, told GB News" do not).
  if (speakerAfter && targetObjectLemmas.has(cueVerbs.get(cue.text.toLowerCase()) ?? '')) return undefined;
  if (!speakerAfter && /[,;:]/.test(text.slice(speaker.end, cue.start))) return undefined;
  const leftEdge = speakerAfter ? cue.start : Math.min(speaker.start, cue.start);
  // Titles may stand between the comma and the name: "Acts of protest, Mr. Obama said, …".
  // Only the last characters are tested: a whole long sentence per cue would be quadratic.
  if (!/,\s*(?:\S+\s+){0,3}$/u.test(text.slice(Math.max(sentence.start, leftEdge - 80), leftEdge))) return undefined;
  const comma = text.lastIndexOf(',', leftEdge - 1);
  const opening = text.slice(sentence.start, sentence.start + 80);
  const contentStart = sentence.start + (dateline.exec(opening)?.[0].length ?? /^[\s“"]*/u.exec(opening)?.[0].length ?? 0);
  if (comma - contentStart < 2) return undefined;
  const first: Span = {start: contentStart, end: comma, text: ''};
  // After "said Mr. Barrett" only his appositions follow.
  if (speakerAfter) return first.end - first.start > 10 ? [first] : undefined;
  // Adjuncts up to the next comma or the end: "said Friday", "said in a June report".
  // Nine words decide it; the rest of a long sentence is not looked at.
  const tail = sentence.words.slice(cue.index + 1, cue.index + 11).filter((word) => word.start < sentenceEnd);
  let index = 0;
  const listener = cueVerbs.get(cue.text.toLowerCase()) === 'tell' && (/^\p{Lu}/u.test(tail[0]?.text ?? '') || /^(?:me|us|him|her|them|reporters|journalists)$/.test(tail[0]?.text ?? ''));
  if (tail[0] && !/,/.test(tail[0].before) && !adjunctStart.test(tail[0].text) && !/ly$/.test(tail[0].text) && !listener) return undefined;
  while (index < tail.length && !/,/.test(tail[index]!.before)) {
    const word = tail[index]!;
    if (word.text === 'that' || /^(VB[DPZ]|MD)$/.test(word.pos) || /^(he|she|they|it|we|i)$/i.test(word.text) || index >= 8) return undefined;
    index++;
  }
  if (index === tail.length) return first.end - first.start > 10 && (tail.length < 10 || tail[tail.length - 1]!.end >= sentenceEnd) ? [first] : undefined;
  const next = tail[index]!;
  // "…, he said, adding …" or a second cue: the rest is not this content.
  const second: Span = {start: next.start, end: sentenceEnd, text: ''};
  // "…, she said on Tuesday, in a speech that …": an adjunct after the attribution is no content.
  if (sentenceEnd - second.start < 3 || /^VBG$/.test(next.pos) || /^(?:in|at|during|after|before|on|while|when|amid|despite|as|with)$/u.test(next.text)) return first.end - first.start > 10 ? [first] : undefined;
  return [first, second];
}

/**
 * The comma before a sentence-final attribution ("…, sources said.", "…, the agency said in a
 * report.", "…, said Mr. Barrett, the lawyer."): a short speaker with no verb of its own between
 * the comma and the cue, and only adjuncts (or the speaker) after it.
 */
function trailingAttribution(sentence: SentenceSpan, cues: Word[], contentEnd: number): {comma: number} | undefined {
  const cue = cues[cues.length - 1];
  if (!cue || cue.pos === 'VBG') return undefined;
  const words = sentence.words;
  let first = cue.index;
  while (first > 0 && !/,/.test(words[first]!.before)) {
    first--;
    const word = words[first]!;
    if (cue.index - first > 8 || /^(VB[DPZ]|MD)$/.test(word.pos) || /^(that|which|who|and|but)$/i.test(word.text) || /[.;:!?“”"«»]/u.test(word.before)) return undefined;
  }
  if (first === 0) return undefined;
  const tail = words.slice(cue.index + 1).filter((word) => word.start < contentEnd);
  const speakerAfter = first === cue.index;
  if (!speakerAfter && tail[0] && !/,/.test(tail[0].before) && !adjunctStart.test(tail[0].text) && !/ly$/.test(tail[0].text)) return undefined;
  if (tail.some((word) => word.text === 'that' && !speakerAfter)) return undefined;
  const comma = words[first]!.start - words[first]!.before.length + words[first]!.before.indexOf(',');
  return comma > sentence.start + 10 ? {comma} : undefined;
}

/**
 * "Democrats want more revenue, and Republicans want less": a later cue with a subject of its
 * own, after a conjunction, starts another attribution, so this content stops before it.
 */
function clauseOfNextSource(cues: Word[], cueIndex: number, sentence: SentenceSpan, context: Context): number {
  const {text} = context;
  const cue = cues[cueIndex]!;
  for (const next of cues.slice(cueIndex + 1, cueIndex + 4)) {
    if (next.pos === 'VBG') continue;
    const subject = subjectOf(next, sentence, context);
    if (!subject || subject.start <= cue.end) continue;
    const before = /(?:,\s*|;\s*|\s+)(?:and|but|while|whereas)\s+$|;\s+$/u.exec(text.slice(Math.max(cue.end, subject.start - 12), subject.start));
    if (!before) continue;
    // "said the United States and its allies will seek": with no verb before it, "and" joins the
    // content's subjects; a new source's clause follows a clause of its own.
    const conjunction = subject.start - before[0].length;
    if (/^\s*and\s+$/u.test(before[0]) && joinsSubjects(cue, next, subject, conjunction, sentence)) continue;
    return conjunction;
  }
  return sentence.end;
}

/**
 * "said the United States and its allies will seek", "said the spate of shootings and protests
 * demands": after a verb of saying whose content has no verb yet, "and" joins two subjects of the
 * content, not a new source's clause. Not for a pronoun ("… and I think"), a figure ("5 percent
 * prefer … and 1 percent support"), a passive ("… and the second part was called") or a weaker cue.
 */
function joinsSubjects(cue: Word, next: Word, subject: Span, conjunction: number, sentence: SentenceSpan): boolean {
  if (!/^VB[DZP]$/.test(cue.pos) || weakSpeechLemmas.has(cueVerbs.get(cue.text.toLowerCase()) ?? '')) return false;
  if (/^(?:(?:I|we|you|he|she|they|it|who)\b|\d)/iu.test(subject.text) || /^(?:is|are|was|were|be|been)$/i.test(sentence.words[next.index - 1]?.text ?? '')) return false;
  return !sentence.words.some((word) => word.index > cue.index && word.end <= conjunction && /^(?:VB[DPZ]?|MD)$/.test(word.pos));
}

/** Words that open an adjunct after a cue ("said Friday", "said in a report", "said later"). */
const adjunctStart = /^(?:in|on|at|during|after|before|via|through|from|with|while|when|since|outside|inside|near|today|tonight|yesterday|recently|then|now|also|again|later|earlier|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/**
 * “…,” he said: a cue a few words after a closing mark attributes that quotation; not after a
 * comma or a conjunction ("…,” he said, adding he …", "“depleted” and says he …").
 */
const attributesMarkBefore = /[”"»]\s*,?\s*(?:(?!(?:and|but)\s)[^\s,]+\s+){0,3}$/u;

/** Prepositions that open what was spoken about ("spoke of his flights", "complained about the rules"). */
const topicPrepositions = /^\s+(?:about|of|against|for|with|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d|the\s+(?:phone|day|night|morning|evening|afternoon|record|condition|air|show|program|floor|trail|stump)\b)))\s+(?=\S)/u;

/**
 * Where the content starts in the words after a cue with no "that": a question ("asked whether
 * …"), a topic ("spoke of …"), or the object itself ("found 31 incidents", "believe the plan
 * failed"). Adjuncts ("said on Tuesday", "told reporters") are not content.
 */
function objectStart(rest: string, lemma: string): number | undefined {
  const lead = /^\s+/.exec(rest);
  if (!lead) return undefined;
  // "announced on Friday the arrest of …": a time adjunct stands before the object.
  const time = /^\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this)\s+(?:week|month|year))(?=\s+(?:the|a|an|his|her|its|their)\s)/u.exec(rest);
  if (time) {
    const after = objectStart(rest.slice(time[0].length), lemma);
    return after === undefined ? undefined : time[0].length + after;
  }
  const question = /^\s+(?=(?:whether|how|what|why|who|when|where|if)\b)/u.exec(rest);
  if (question) return question[0].length;
  const topic = topicPrepositions.exec(rest);
  if (topic) return sayLemmas.has(lemma) ? undefined : topic[0].length;
  if (/^\s+(?:to|on|in|with|at|by|from|as|into|over|after|before|during|since|while|because|than|so|like|up|out|down|off|back|here|yesterday|today|tonight|reporters|journalists|last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(rest)) return undefined;
  if (!objectContentLemmas.has(lemma) && weakSpeechLemmas.has(lemma) && !bareObjectLemmas.has(lemma)) return undefined;
  return lead[0].length;
}

/** Verbs whose prepositional phrase is an adjunct, not a topic ("said of the plan" is rare). */
const sayLemmas = new Set(['say', 'tell', 'state', 'add', 'write', 'tweet', 'post']);

const ranges = new WeakMap<readonly MarkedQuote[], Array<{start: number; end: number}>>();

/** Each quotation from its opening mark to its closing one, computed once per document. */
function markRanges(marked: readonly MarkedQuote[]): Array<{start: number; end: number}> {
  let found = ranges.get(marked);
  if (!found) {
    found = marked.map((quote) => ({start: quote.openStart, end: quote.closeEnd}));
    ranges.set(marked, found);
  }
  return found;
}

/** Whether a later cue is coordinated with the current one ("said … and warned that"), not inside its content. */
function isCoordinated(text: string, from: number, next: Word): boolean {
  // Matched backwards from the cue (a sticky lookbehind at the end of the gap): a `…$` pattern
  // would be tried at every offset of the gap, which made one long sentence with many cues cubic.
  const gap = text.slice(from, next.start);
  coordinatedBefore.lastIndex = gap.length;
  return coordinatedBefore.test(gap);
}

const coordinatedBefore = /(?<=(?:,|\band|\bbut)\s+(?:(?:he|she|they|it|also|later|then)\s+)*)/uy;

/**
 * "Police say he posed a threat and refused to …": a finite verb between two cues means the
 * second one belongs to the content's own clause, not to the speaker.
 */
function clauseBetween(sentence: SentenceSpan, from: Word, to: Word): boolean {
  const between = sentence.words.slice(from.index + 1, to.index);
  return /^(?:he|she|they|it|we|i|that)$/i.test(between[0]?.text ?? '') || between.some((word) => /^(VBD|VBZ|VBP|MD)$/.test(word.pos));
}

/**
 * "said on Tuesday that …", "said in the letter that …": a "that" a few words after the cue,
 * with only adjuncts (no verb, no sentence punctuation) between.
 */
function thatAfterAdjuncts(cue: Word, sentence: SentenceSpan): Word | undefined {
  // "want policies that create …": after an object, "that" opens a relative clause.
  const first = sentence.words[cue.index + 1];
  if (!first || !(adjunctStart.test(first.text) || /ly$/.test(first.text) || /^\p{Lu}/u.test(first.text) || /^(?:reporters|journalists|me|us|him|her|them|the|a|an)$/.test(first.text))) return undefined;
  if (/^(?:the|a|an)$/.test(first.text) && !/^(?:tell|warn|remind|assure|inform|ask|urge|convince|notify|advise)$/.test(cueVerbs.get(cue.text.toLowerCase()) ?? '')) return undefined;
  for (const word of sentence.words.slice(cue.index + 1, cue.index + 12)) {
    if (/[.;:!?“”"]/u.test(word.before)) return undefined;
    if (word.text === 'that') return word;
    if (/^(VB[DPZ]?|MD|WDT|WP)$/.test(word.pos)) return undefined;
  }
  return undefined;
}

/** Where the content of a cue stops because the next cue is coordinated with it ("… and stated that"). */
function coordinationBefore(text: string, nextCue: Word, from: number): number {
  const between = text.slice(from, nextCue.start);
  const match = /(?:,\s*|\s+)(?:and\s+|but\s+)?(?:(?:he|she|they|it|also|later|then)\s+)*$/u.exec(between);
  return match ? from + match.index : nextCue.start;
}

/**
 * "In this poll, Trump rose 1 point": a poll, survey, study or report opening the sentence is
 * the source of what follows (a statement or interview comes with its own "said").
 */
function inSource(sentence: SentenceSpan, context: Context, contentEnd: number): Quote[] {
  const {text} = context;
  const match = /^In\s+((?:[\p{L}\p{N}./’'-]+\s+){0,7}?(?:poll|survey|study|report|analysis)s?)\b[^,.;]{0,60}(?:,\s*(?:conducted|released|published|taken|carried|commissioned)\b[^,.;]{0,60})?,\s*/u.exec(text.slice(sentence.start, Math.min(contentEnd, sentence.start + 300)));
  if (!match) return [];
  const cue: Span = {start: sentence.start, end: sentence.start + 2, text: 'In'};
  const sourceStart = sentence.start + match[0].indexOf(match[1]!);
  const speaker: Span = {start: sourceStart, end: sourceStart + match[1]!.length, text: match[1]!};
  const start = sentence.start + match[0].length;
  if (contentEnd - start < 10) return [];
  return [toQuote({start, end: contentEnd, text: ''}, 'indirect', {speaker, cue, actor: actorOf(speaker, context)}, text)];
}

/**
 * Nominal cues: a possessor and a noun of saying or deciding, then the content ("Trump's claim
 * that there have been thousands of shootings", "her decision to meet with Bill Clinton",
 * "North Korea's claims about the potency of its test"). The possessor is the source.
 */
function nominalCues(sentence: SentenceSpan, context: Context, contentEnd: number, wordCues: readonly WordCues[]): Quote[] {
  const {text} = context;
  const found: Quote[] = [];
  for (const noun of sentence.words) {
    if (!wordCues[noun.index]!.noun || noun.start >= contentEnd) continue;
    const link = /^\s+(?:that|to|about|of|for|on|against)\s+/u.exec(text.slice(noun.end, noun.end + 12));
    if (!link) continue;
    const owner = possessorBefore(noun, sentence, context);
    if (!owner) continue;
    // "claim that …" and "decision to …" keep their complementiser, as reported speech does.
    const start = noun.end + (/^\s+(?:that|to)\s/u.test(link[0]) ? link[0].indexOf(link[0].trim()) : link[0].length);
    const stop = sentence.words.slice(noun.index + 2, noun.index + 60).find((word) => word.start > start && word.start < contentEnd && /[,;—–(]/u.test(word.before));
    const end = stop ? trimEnd(text, start, stop.start) : contentEnd;
    if (end - start < 6) continue;
    const cue: Span = {start: noun.start, end: noun.end, text: noun.text};
    found.push(toQuote({start, end, text: ''}, 'indirect', {speaker: owner, cue, actor: actorOf(owner, context)}, text));
  }
  return found;
}

/** The possessor right before a noun: "Trump's", "his", "the ministry's". */
function possessorBefore(noun: Word, sentence: SentenceSpan, context: Context): Span | null {
  const {text} = context;
  const previous = sentence.words[noun.index - 1];
  if (!previous || !/^\s+$/.test(noun.before)) return null;
  if (/^(?:his|her|their|its|our|my)$/i.test(previous.text)) return span(previous, text);
  const possessive = /^(.+?)['’]s?$/u.exec(previous.text) ?? (/^['’]s?\s*$/u.test(noun.before) ? [previous.text, previous.text] : null);
  if (!possessive) return null;
  const ownerEnd = previous.start + possessive[1]!.length;
  const mention = findContaining(context.mentions, ownerEnd - 1) ?? findContaining(context.entities, ownerEnd - 1);
  if (mention) return {start: mention.start, end: Math.min(mention.end, ownerEnd), text: text.slice(mention.start, Math.min(mention.end, ownerEnd))};
  return /^\p{Lu}/u.test(previous.text) ? {start: previous.start, end: ownerEnd, text: text.slice(previous.start, ownerEnd)} : null;
}

/**
 * Attribution with no source, written in the passive or with a verb of seeming: "It was
 * reported that …", "North Korea is not thought to be capable …", "Melania seems to have
 * vanished". The content is the clause, cue inside; nobody is missing, so no finding is raised.
 */
function sourceless(sentence: SentenceSpan, context: Context, contentEnd: number, wordCues: readonly WordCues[]): Quote[] {
  const {text} = context;
  const found: Quote[] = [];
  const words = sentence.words;
  for (const word of words) {
    // Guarded: index -1 is no array index, and reading it slows V8's element loads here (see ner/scoring.ts).
    const previous = word.index > 0 ? words[word.index - 1] : undefined;
    if (!previous || word.start >= contentEnd) continue;
    const cues = wordCues[word.index]!;
    const byPhrase = passiveBy(word, words, text, cues);
    if (!isSourcelessCue(word, words, text, cues) && !byPhrase) continue;
    const start = clauseStart(sentence, word.index, text);
    const impersonal = /^it$/i.test(words[lowerBound(words, start)]?.text ?? '');
    const that = impersonal ? /^\s+that\s/u.exec(text.slice(word.end, word.end + 7)) : null;
    if (impersonal && !that) continue;
    const contentStart = that ? word.end + that[0].indexOf('that') : start;
    // The clause ends at the next comma or semicolon: "…, it is considered a threat" is another.
    const stop = words.slice(word.index + 1, word.index + 60).find((item) => item.start < contentEnd && /[,;]/.test(item.before));
    const end = stop ? trimEnd(text, contentStart, stop.start) : contentEnd;
    if (end - contentStart < 10) continue;
    const cue: Span = {start: word.start, end: word.end, text: word.text};
    if (byPhrase) {
      // "The registration issue was first reported by The Washington Post": the subject is the content.
      const subjectEnd = trimEnd(text, contentStart, auxiliaryBefore(words, word.index)!.start);
      if (subjectEnd - contentStart < 3) continue;
      found.push(toQuote({start: contentStart, end: subjectEnd, text: ''}, 'indirect', {speaker: byPhrase, cue, actor: actorOf(byPhrase, context)}, text));
      continue;
    }
    found.push({...toQuote({start: contentStart, end, text: ''}, 'indirect', {speaker: null, cue, actor: null}, text)});
    context.sourcelessCues.add(`${cue.start}:${cue.end}:${contentStart}`);
  }
  return found;
}

/** The source after a passive cue: "was first reported by The Washington Post". */
function passiveBy(word: Word, words: readonly Word[], text: string, cues: WordCues): Span | undefined {
  // Asked of every word: the word itself rules most out, before the words behind it are read.
  if (!cues.passive && !((word.pos === 'VBD' || word.pos === 'VBN') && cues.lemma !== undefined)) return undefined;
  if (!/^(?:is|are|was|were|be|been|being)$/i.test(auxiliaryBefore(words, word.index)?.text ?? '')) return undefined;
  const by = words[word.index + 1];
  if (!by || by.text !== 'by' || !/^\s+$/.test(by.before)) return undefined;
  let last = by.index;
  while (last + 1 < words.length && last - by.index < 6 && /^\s+$/.test(words[last + 1]!.before) && /^(?:NN|JJ|DT|CD|PRP|POS)/.test(words[last + 1]!.pos)) last++;
  if (last === by.index) return undefined;
  const start = words[by.index + 1]!.start;
  return {start, end: words[last]!.end, text: text.slice(start, words[last]!.end)};
}

function isSourcelessCue(word: Word, words: readonly Word[], text: string, cues: WordCues = cuesOf(word.text)): boolean {
  const passive = cues.passive && /^(?:is|are|was|were|be|been|being)$/i.test(auxiliaryBefore(words, word.index)?.text ?? '');
  const seeming = cues.seeming && /^\s+to\s/u.test(text.slice(word.end, word.end + 5));
  // A by-phrase names the source ("was criticized by fellow physicians"): the speech layer's job.
  return (passive || seeming) && !/^\s+by\s/u.test(text.slice(word.end, word.end + 5));
}

function sourcelessCue(quote: Quote, context: Context): boolean {
  return quote.cue !== null && context.sourcelessCues.has(`${quote.cue.start}:${quote.cue.end}:${quote.start}`);
}

/** The auxiliary before a participle, over adverbs ("is not widely thought"). */
function auxiliaryBefore(words: readonly Word[], index: number): Word | undefined {
  let at = index - 1;
  while (at >= 0 && index - at <= 3 && (words[at]!.pos.startsWith('RB') || /^(?:not|also|widely|long|often|sometimes|generally|largely|still|now|first|later|previously|recently|being)$/i.test(words[at]!.text))) at--;
  return words[at];
}

/** Where the clause holding a word starts: after the last comma, dash or subordinator before it. */
function clauseStart(sentence: SentenceSpan, index: number, text: string): number {
  const words = sentence.words;
  let at = index;
  while (at > 0 && index - at < 40) {
    const word = words[at]!;
    if (/[,;:—–(]|\s-\s/u.test(word.before)) break;
    const previous = words[at - 1]!;
    if (/^(?:that|which|who|while|although|though|because|if|when|but|and|since|whether)$/i.test(previous.text)) break;
    at--;
  }
  const start = words[at]!.start;
  return start + (/^[“"‘']/u.test(text[start] ?? '') ? 1 : 0);
}

/** "According to X, …" and "…, according to X." */
function accordingTo(sentence: SentenceSpan, context: Context, contentEnd: number): Quote[] {
  const {text} = context;
  const value = text.slice(sentence.start, contentEnd);
  const match = /\b([Aa]ccording to)\s+([^,.;]+?)(?=[,.;]|$)/u.exec(value);
  if (!match) return [];
  const cueStart = sentence.start + match.index;
  const cue: Span = {start: cueStart, end: cueStart + match[1]!.length, text: match[1]!};
  const sourceStart = cue.end + 1;
  const source: Span = {start: sourceStart, end: sourceStart + match[2]!.length, text: match[2]!};
  const actor = actorOf(source, context);
  const attribution: Attribution = {speaker: source, cue, actor};
  let start: number;
  let end: number;
  if (match.index < 3) {
    const afterComma = value.indexOf(',', match.index + match[0].length);
    if (afterComma < 0) return [];
    start = sentence.start + afterComma + 1;
    while (/\s/.test(text[start] ?? '')) start++;
    end = contentEnd;
  } else {
    start = sentence.start;
    end = cueStart;
    while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  }
  if (end - start < 10) return [];
  return [toQuote({start, end, text: ''}, 'indirect', attribution, text)];
}
