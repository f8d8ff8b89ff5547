/**
 * retext plugin: check-worthy claims, scored, typed and attributed.
 *
 * Each sentence gets weighted features combined by a logistic function into a score in [0, 1].
 * What a fact-checker can check raises it (figures, amounts, records, dates, acts on the record,
 * evidence, what someone else did or said); what cannot be checked lowers it (the speaker's
 * stance, plans and duties, judgements, predictions, questions, anecdotes, scene-setting). The
 * cue lists are in data/claim-cues.ts; the weights are set by hand, so each stays readable as
 * "how much this cue says about check-worthiness". The claim's actor is the source the text
 * gives it (a quote's speaker, "according to", an acting subject), else null.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {ActorMention} from '../data-map.js';
import type {Claim, ClaimKind, Quote, Span} from '../model.js';
import {report} from '../findings.js';
import {layoutOf, type Layout, type ParagraphSpan, type SentenceSpan, type Word} from '../text/sentences.js';
import {findNumbers} from '../text/numbers.js';
import * as cues from '../data/claim-cues.js';
import {cueVerbs, opinionLemmas} from '../data/speech.js';
import {findContaining, overlapping, within} from '../text/span-index.js';
import {sentenceLeads} from '../text/lead-words.js';
import {detached} from '../text/kept-by-text.js';
import {idAt} from '../ids.js';
import {Changes, textChange} from '../text/changes.js';

export interface ClaimOptions {
  /** Sentences scoring below this are not claims. */
  threshold?: number;
}

interface Feature {
  name: string;
  weight: number;
  test: (value: string, sentence: SentenceSpan) => boolean;
}

/**
 * `pattern.test(value)`, skipped where the prefilter finds it cannot match: one reading of a
 * sentence's words tells which of the patterns every sentence meets cannot match it (most cannot).
 */
function cue(pattern: RegExp): (value: string) => boolean {
  // A skipped test must leave the pattern as a run would: no `lastIndex` to keep.
  if (pattern.global || pattern.sticky) throw new Error(`cue patterns are not global: ${pattern}`);
  const index = sentenceLeads.add(pattern);
  return (value) => sentenceLeads.may(index, value) && pattern.test(value);
}

/** The cue families of data/claim-cues.ts, prefiltered. */
const change = cue(cues.change);
const superlative = cue(cues.superlative);
const comparative = cue(cues.comparative);
const causal = cue(cues.causal);
const because = cue(cues.because);
const timeFrame = cue(cues.timeFrame);
const policy = cue(cues.policy);
const recordedAction = cue(cues.recordedAction);
const evidence = cue(cues.evidence);
const thirdPersonSubject = cue(cues.thirdPersonSubject);
const anecdote = cue(cues.anecdote);
const scene = cue(cues.scene);
const appeal = cue(cues.appeal);
const aside = cue(cues.aside);
const stance = cue(cues.stance);
const ownPlan = cue(cues.ownPlan);
const obligation = cue(cues.obligation);
const evaluation = cue(cues.evaluation);
const hedge = cue(cues.hedge);
const condition = cue(cues.condition);
const courtesy = cue(cues.courtesy);
const future = cue(cues.future);
const projectedEffect = cue(cues.projectedEffect);
/** The quick tests before `deniedAct` and `reportedPosition`, themselves prefiltered (a space, then a word). */
const mayDenyAct = cue(cues.mayDenyAct);
const mayReportPosition = cue(cues.mayReportPosition);

/** Past forms that report talk or states of mind rather than acts ("got" is mostly "we've got to"). */
const pastOfTalk = /^(?:was|were|had|did|got|said|thought|felt|wanted|seemed)$/i;
/** A time span after a number: "over the next 10 years" is a horizon, "eight years ago" a date. */
const timeUnit = /^[\s-]+(?:years?|months?|weeks?|days?|decades?)\b/i;
let lastDigitsValue: string | undefined;
let lastDigits = false;
/**
 * Whether `value` counts or measures something in figures: a number in digits that is no date
 * nor a time span. Two features ask in a row, the last answer is kept.
 */
function digits(value: string): boolean {
  if (value !== lastDigitsValue) {
    lastDigits = false;
    const numbers = findNumbers(value);
    for (let at = 0; at < numbers.length; at++) {
      const number = numbers[at]!;
      if (!number.date && /\d/.test(number.text) && !timeUnit.test(value.slice(number.end, number.end + 10))) {
        lastDigits = true;
        break;
      }
    }
    lastDigitsValue = value;
  }
  return lastDigits;
}

/** Whether `value` holds two numbers or more that are no dates. */
function severalFigures(value: string): boolean {
  const numbers = findNumbers(value);
  let count = 0;
  for (let at = 0; at < numbers.length && count < 2; at++) if (!numbers[at]!.date) count++;
  return count >= 2;
}
/** Counts in words, and spans of time: "two-thirds", "for 25 years". */
const numberWords = (value: string) => findNumbers(value).some((number) => !number.date && (!/\d/.test(number.text) || timeUnit.test(value.slice(number.end, number.end + 10))) && !/^(?:one|half)$/i.test(number.text));
/** "number one", "two things": counting points in an argument, not things in the world. */
const enumeration = cue(/\b(?:number|step|point)\s+(?:one|two|three|four|five|six)\b|\b(?:one|two|three) (?:of|thing|things|question|questions|reason|reasons|challenges|ways?)\b/i);
/** "in ten years", "over the next two decades": the horizon of a forecast, not a count. */
// `(?<!\w)`/`(?!\w)` rather than `\b` under `iu`: see data/claim-cues.ts.
const horizon = cue(/(?<!\w)(?:in|within|over the next|in the next|for the next)\s+(?:[\p{L}\d-]+\s+)?(?:years?|months?|weeks?|days?|decades?)(?!\w)/iu);

const firstOrSecond = cue(/\b(?:I|you)\b/);

/** Openers that come before a sentence's subject in speech: "And", "Well,", "Now", "uh", "Number two,". */
const opener = /^(?:and|but|so|now|well|uh|um|yes|no|oh|look|because|also|then|again|first|second|secondly|third|thirdly|finally|lastly|number|one|two|three|four|five|frankly|actually|in|of|course|fact)$/i;

let lastWords: readonly Word[] | undefined;
let lastSubject: Word | undefined;

/** The word the sentence is about, openers skipped: "And, uh, he voted" → "he". Four features ask in a row: the last answer is kept. */
function subjectOf(sentence: SentenceSpan): Word | undefined {
  if (sentence.words !== lastWords) {
    lastWords = sentence.words;
    lastSubject = sentence.words.find((word) => !opener.test(word.text));
  }
  return lastSubject;
}

function namedAfterFirst(words: readonly Word[]): boolean {
  for (let index = 1; index < words.length; index++) if (words[index]!.pos.startsWith('NNP')) return true;
  return false;
}

/** Whether the sentence is about the speaker ("I", "I'm"): their views and plans, not the world. */
function aboutSpeaker(sentence: SentenceSpan): boolean {
  return /^I(?:'m|'ve|'d|'ll)?$/.test(subjectOf(sentence)?.text ?? '');
}

/** Whether it is about someone named or a figure: "he", "Congress", "43 migrants". ("The …" says too little.) */
function aboutOthers(sentence: SentenceSpan): boolean {
  const subject = subjectOf(sentence);
  if (!subject) return false;
  return /^(?:he|she|he's|she's)$/i.test(subject.text) || /^(?:NNP|CD)/.test(subject.pos);
}

/** Whether it points at what was just said ("That's", "It's", "This"): commentary on the debate. */
function aboutTalk(sentence: SentenceSpan): boolean {
  return /^(?:that|that's|it's|this|what|there's)$/i.test(subjectOf(sentence)?.text ?? '');
}

/**
 * Weights are set by hand, one cue family at a time: positive for what can be checked, negative
 * for talk about it. Families overlap on purpose ("I think we should" is stance and
 * obligation), so a sentence that only states opinions sinks further than one that mixes them
 * with a figure.
 */
export const features: Feature[] = [
  {name: 'figure', weight: 2.0, test: digits},
  // Two figures are a comparison or a breakdown: "from 35 percent down to 25 percent".
  {name: 'several figures', weight: 0.5, test: severalFigures},
  {name: 'counted amount', weight: 1.2, test: (value) => !digits(value) && numberWords(value) && !enumeration(value) && !(horizon(value) && future(value))},
  {name: 'percentage or amount', weight: 1.5, test: cue(/%|\bper ?cent\b|[$€£¥]\s?\d|\b(?:million|billion|trillion|dollars|cents)\b/i)},
  {name: 'change or scale', weight: 0.6, test: change},
  {name: 'superlative or record', weight: 1.0, test: superlative},
  {name: 'comparison', weight: 0.6, test: comparative},
  {name: 'causal cue', weight: 0.6, test: causal},
  {name: 'reason given', weight: 0.3, test: because},
  {name: 'date', weight: 0.8, test: timeFrame},
  {name: 'past-tense event', weight: 0.8, test: (_value, sentence) => sentence.words.some((word) => word.pos === 'VBD' && !pastOfTalk.test(word.text))},
  {name: 'past state', weight: 0.5, test: cue(/\b(?:was|were|wasn't|weren't)\b/i)},
  {name: 'present perfect', weight: 0.6, test: cue(/\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?:been\s+)?\p{L}+(?:ed|en)\b/u)},
  {name: 'named entity', weight: 0.5, test: (_value, sentence) => namedAfterFirst(sentence.words)},
  {name: 'policy subject', weight: 0.8, test: policy},
  {name: 'recorded action', weight: 0.8, test: recordedAction},
  {name: 'evidence', weight: 1.0, test: evidence},
  {name: 'third-person subject', weight: 0.3, test: thirdPersonSubject},
  {name: 'denied act', weight: 0.6, test: (value) => mayDenyAct(value) && cues.deniedAct.test(value)},
  {name: 'reported position', weight: 0.5, test: (value) => mayReportPosition(value) && cues.reportedPosition.test(value)},
  {name: 'anecdote', weight: -1.4, test: anecdote},
  {name: 'scene', weight: -0.8, test: scene},
  {name: 'appeal to the nation', weight: -0.8, test: appeal},
  {name: 'imperative', weight: -0.8, test: (_value, sentence) => subjectOf(sentence)?.pos === 'VB'},
  {name: 'conversational aside', weight: -0.4, test: aside},
  {name: 'speaker as subject', weight: -0.3, test: (_value, sentence) => aboutSpeaker(sentence)},
  {name: 'others as subject', weight: 0.3, test: (_value, sentence) => aboutOthers(sentence)},
  {name: 'commentary', weight: -0.3, test: (_value, sentence) => aboutTalk(sentence)},
  {name: 'stance', weight: -0.8, test: stance},
  {name: 'own plan or duty', weight: -1.0, test: ownPlan},
  {name: 'obligation or wish', weight: -0.6, test: obligation},
  // "the worst drought since 1930" is a record, not a judgement.
  {name: 'judgement', weight: -0.8, test: (value) => evaluation(value) && !superlative(value)},
  {name: 'hedge', weight: -0.4, test: hedge},
  {name: 'condition', weight: -0.4, test: condition},
  {name: 'courtesy or address', weight: -1.0, test: courtesy},
  {name: 'long sentence', weight: 0.5, test: (_value, sentence) => sentence.words.length >= 25},
  {name: 'short sentence', weight: -0.5, test: (_value, sentence) => sentence.words.length < 7},
  // "The plan would cost $5 billion" is an estimate someone can check; "we will win" is not.
  {name: 'prediction', weight: -0.6, test: (value) => future(value) && !projectedEffect(value)},
  {name: 'question', weight: -1.5, test: cue(/\?\s*["”’]?\s*$/u)},
  // "I voted", "you signed": a record of the speaker or of the one addressed is still a record.
  {name: 'first or second person', weight: -0.4, test: (value) => firstOrSecond(value) && !/\b(?:I|you)(?:'ve| have)? (?:had|did|were|was|signed|voted|passed|cut|raised|supported|opposed|proposed|called)\b/.test(value)},
];

/**
 * Where the default threshold (0.5) falls: low enough that sentences with one factual cue and
 * no talk pass, since a missed claim cannot be ranked at all while a weak one is ranked low.
 */
export const bias = -1.0;

/** Whether a quote reports someone's view rather than something they stated. */
function isOpinionCue(quote: Quote): boolean {
  const lemma = quote.cue ? cueVerbs.get(quote.cue.text.toLowerCase()) : undefined;
  return lemma !== undefined && opinionLemmas.has(lemma);
}

export default function retextClaims(options: ClaimOptions = {}) {
  const threshold = options.threshold ?? 0.5;
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const layout = layoutOf(tree, text);
    const sentences = layout.sentences;
    const quotes = file.data.quotes ?? [];
    const mentions = file.data.actorMentions ?? [];
    const memo = file.data.memo;
    const before = memo?.previous<ClaimsState>('claims');
    const reuse = before && before.threshold === threshold ? new Reuse(before, text, layout, quotes) : undefined;
    const found = new Found(sentences.length);

    // The sentences looked at one by one: all of them, or (reusing) those between the claims
    // wholly before everything that changed and those wholly after it, which are taken whole.
    let from = 0;
    let to = sentences.length;
    let tail = 0;
    if (reuse) {
      const kept = reuse.before;
      let head = 0;
      while (head < kept.claims.length && reuse.isBefore(kept.sentenceEnd[head]!)) head++;
      tail = kept.claims.length;
      while (tail > head && reuse.isAfter(tail - 1, sentences)) tail--;
      for (let at = 0; at < head; at++) found.keep(reuse, at, kept.sentenceIndex[at]!, sentences, mentions);
      from = head > 0 ? kept.sentenceIndex[head - 1]! + 1 : 0;
      to = tail < kept.claims.length ? kept.sentenceIndex[tail]! + reuse.sentenceDelta : sentences.length;
    }
    for (let index = from; index < to; index++) {
      const sentence = sentences[index]!;
      const at = reuse ? reuse.claimOf(sentence) : -2;
      if (at === -1) continue;
      if (at >= 0) {
        found.keep(reuse!, at, index, sentences, mentions);
        continue;
      }
      // The sentence alone decides all but its source: kept by the memo, one question per sentence.
      // A window of nothing around the sentence: its own text decides; sentenceClaim is given it, no closure is made.
      const own = memo ? memo.windowed('claim', sentence, text, 0, 0, '', sentenceClaim) : sentenceClaim(sentence, text);
      if (!own || own.score < threshold) continue;
      const start = sentence.start;
      const end = start + own.length;
      // Found once a sentence passes the threshold, as before there was a memo; kept with it.
      own.numbers ??= findNumbers(text.slice(start, end)).map((number) => ({start: number.start, end: number.end, text: memo ? detached(number.text) : number.text}));
      const value = text.slice(start, end);
      own.verb ??= verbAt(value, text, start, sentence.end);
      const numbers = own.numbers.map((number): Span => ({start: start + number.start, end: start + number.end, text: number.text}));
      const quoted = quoteSource(sentence, quotes);
      const source = quoted ?? verbSource(sentence, mentions, own.verb);
      const attributed = source === null ? 0 : 1;
      const kind = (own.kinds[attributed] ??= kindOf(value, own.raised, source !== null));
      // Detached when kept for later versions: a slice of the document would keep it alive.
      const claim: Claim = {id: idAt('c', found.claims.length), start, end, text: memo ? detached(value) : value, kind, score: own.score, actor: source, features: [...own.raised], numbers};
      // The mentions before the verb are asked again in later versions only where no quotation sources the claim.
      found.add(claim, sentence, layout.paragraphs[sentence.paragraph]!, quoted === null ? own.verb : -1);
    }
    if (reuse) for (let at = tail; at < reuse.before.claims.length; at++) found.keep(reuse, at, reuse.before.sentenceIndex[at]! + reuse.sentenceDelta, sentences, mentions);

    const claims = found.claims;
    for (let at = 0; at < claims.length; at++) {
      const claim = claims[at]!;
      const unsourced = (found.unsourced[at] ??= isUnsourced(claim, text, layout.paragraphs, quotes));
      if (!unsourced) continue;
      const what = claim.kind === 'statistic' ? 'Statistic' : 'Causal claim';
      report(file, 'unattributed-claim', `${what} with no source in its sentence or paragraph: who says so?`, claim.start, claim.end);
    }
    file.data.claims = claims;
    if (memo) memo.keep('claims', {text, threshold, sentences, quotes, ...found.kept()} satisfies ClaimsState);
  };
}

/** Whether a claim is a figure or a cause its sentence and paragraph give no source for. */
function isUnsourced(claim: Claim, text: string, paragraphs: readonly ParagraphSpan[], quotes: readonly Quote[]): boolean {
  if (claim.actor || (claim.kind !== 'statistic' && claim.kind !== 'causal')) return false;
  // Claims are never empty, so the paragraph holding one contains its start.
  const paragraph = findContaining(paragraphs, claim.start, (item) => claim.end <= item.end);
  // Someone's view ("the administration views Bukele as an ally") sources no figure beside it.
  const sourced = paragraph !== undefined && within(quotes, paragraph.start, paragraph.end).some((quote) => quote.speaker && !isOpinionCue(quote));
  return !sourced && !/\baccording to\b/i.test(paragraph ? text.slice(paragraph.start, paragraph.end) : '');
}

/**
 * What the layer keeps of a version for the next (incremental analysis only): what it read, what
 * it found, and per claim (in flat lists) its sentence and paragraph, its attributing verb and
 * whether it was found unsourced.
 */
interface ClaimsState extends KeptClaims {
  text: string;
  threshold: number;
  sentences: readonly SentenceSpan[];
  quotes: readonly Quote[];
}

interface KeptClaims {
  claims: readonly Claim[];
  /** Per sentence (by index): the position of its claim, or -1. */
  claimAt: Int32Array;
  sentenceIndex: readonly number[];
  sentenceEnd: readonly number[];
  paragraphStart: readonly number[];
  paragraphEnd: readonly number[];
  /** Where the attributing verb is from the sentence's start, when no quotation sources the claim; else -1 (see verbSource). */
  verbs: readonly number[];
  unsourced: readonly boolean[];
}

/** The claims of a version in order, with what the next version keeps of each. */
class Found {
  readonly claims: Claim[] = [];
  readonly unsourced: Array<boolean | undefined> = [];
  private readonly claimAt: Int32Array;
  private readonly sentenceIndex: number[] = [];
  private readonly sentenceEnd: number[] = [];
  private readonly paragraphStart: number[] = [];
  private readonly paragraphEnd: number[] = [];
  private readonly verbs: number[] = [];

  constructor(sentences: number) {
    this.claimAt = new Int32Array(sentences).fill(-1);
  }

  add(claim: Claim, sentence: SentenceSpan, paragraph: {start: number; end: number}, verb: number): void {
    this.push(claim, sentence.index, sentence.end, paragraph.start, paragraph.end, verb, undefined);
  }

  /**
   * The previous version's claim at `at`, its sentence now at `index` and clean: moved by the
   * edit's length when after it and numbered anew. The sentence's text and words decide whether
   * it is a claim, its score, features and numbers; the quotations over it (unchanged, being
   * clean) and, where an attributing verb makes the mentions before the verb its source, those
   * mentions (asked again) decide its actor, and with it its kind. Whether it is unsourced is
   * kept when its paragraph is clean too and its actor and kind are the same.
   */
  keep(reuse: Reuse, at: number, index: number, sentences: readonly SentenceSpan[], mentions: readonly ActorMention[]): void {
    const before = reuse.before;
    const claim = before.claims[at]!;
    const verb = before.verbs[at]!;
    const shift = reuse.changes.shiftAt(claim.start);
    const actor = verb >= 0 ? verbSource(sentences[index]!, mentions, verb) : claim.actor;
    const kind = (actor === null) === (claim.actor === null) ? claim.kind : kindOf(claim.text, claim.features, actor !== null);
    const same = actor === claim.actor && kind === claim.kind;
    const paragraphStart = before.paragraphStart[at]!;
    const paragraphEnd = before.paragraphEnd[at]!;
    const unsourced = same && reuse.isClean(paragraphStart, paragraphEnd) ? before.unsourced[at] : undefined;
    const id = idAt('c', this.claims.length);
    let kept = claim;
    if (!same || shift !== 0 || id !== claim.id) {
      // Written out, not spread: a spread copy is several times slower, and there are thousands.
      const numbers = shift === 0 || claim.numbers.length === 0 ? claim.numbers : claim.numbers.map((number): Span => ({start: number.start + shift, end: number.end + shift, text: number.text}));
      kept = {id, start: claim.start + shift, end: claim.end + shift, text: claim.text, kind, score: claim.score, actor, features: claim.features, numbers};
    }
    this.push(kept, index, before.sentenceEnd[at]! + shift, paragraphStart + shift, paragraphEnd + shift, verb, unsourced);
  }

  kept(): KeptClaims {
    const {claims, claimAt, sentenceIndex, sentenceEnd, paragraphStart, paragraphEnd, verbs} = this;
    return {claims, claimAt, sentenceIndex, sentenceEnd, paragraphStart, paragraphEnd, verbs, unsourced: this.unsourced as boolean[]};
  }

  private push(claim: Claim, index: number, sentenceEnd: number, paragraphStart: number, paragraphEnd: number, verb: number, unsourced: boolean | undefined): void {
    this.claimAt[index] = this.claims.length;
    this.claims.push(claim);
    this.sentenceIndex.push(index);
    this.sentenceEnd.push(sentenceEnd);
    this.paragraphStart.push(paragraphStart);
    this.paragraphEnd.push(paragraphEnd);
    this.verbs.push(verb);
    this.unsourced.push(unsourced);
  }
}

/**
 * The previous version's claims and what changed since: the edited paragraphs (whole lines: a
 * sentence's claim but for its source comes from its line) and the quotations, whose place,
 * actor, speaker and cue are what a claim reads of them.
 */
class Reuse {
  readonly changes: Changes;
  private readonly prefix: number;
  /** Where the text after the edit starts in the previous version. */
  private readonly oldSuffix: number;
  private readonly delta: number;
  /**
   * The first and last offsets of this version that changed (Infinity and -1: none did). The
   * edited text is among them, so text before the first is where it was, and text after the
   * last is after the edit, moved by its length.
   */
  private readonly firstDirty: number;
  private readonly lastDirty: number;
  /** How many more sentences this version has. */
  readonly sentenceDelta: number;

  constructor(readonly before: ClaimsState, text: string, layout: Layout, quotes: readonly Quote[]) {
    const changes = (this.changes = Changes.between(before.text, text, layout.paragraphs));
    // (A quotation's cue matters only with a speaker: see isUnsourced. Where the two stand from
    // the quotation is its extent: see quoteSource.)
    changes.compare(before.quotes, quotes, (a, b) => a.actor === b.actor && (a.speaker === null ? b.speaker === null : b.speaker !== null && sameCue(a.cue, b.cue) && sameFromQuote(a.speaker, a, b.speaker, b) && sameFromQuote(a.cue, a, b.cue, b)));
    const {prefix, suffixStart, delta} = textChange(before.text, text);
    this.prefix = prefix;
    this.oldSuffix = suffixStart - delta;
    this.delta = delta;
    this.sentenceDelta = layout.sentences.length - before.sentences.length;
    const {first, last} = changes.extent(text.length);
    this.firstDirty = first;
    this.lastDirty = last;
  }

  /** Whether a span of the previous version ending at `end` lies before everything that changed, at the same offsets. */
  isBefore(end: number): boolean {
    return end < this.firstDirty;
  }

  /**
   * Whether the previous version's claim at `at` lies after everything that changed, its
   * sentence found again moved (a check that cannot fail while lines after the edit keep their
   * layouts).
   */
  isAfter(at: number, sentences: readonly SentenceSpan[]): boolean {
    const before = this.before;
    const start = before.claims[at]!.start;
    if (start + this.delta <= this.lastDirty) return false;
    const sentence = sentences[before.sentenceIndex[at]! + this.sentenceDelta];
    return sentence !== undefined && sentence.start === start + this.delta && sentence.end === before.sentenceEnd[at]! + this.delta;
  }

  /** Whether [start, end] of the previous version is clean now, wherever it moved. */
  isClean(start: number, end: number): boolean {
    if (this.isBefore(end) || start + this.delta > this.lastDirty) return true;
    if (end <= this.prefix) return this.changes.clean(start, end);
    return start >= this.oldSuffix && this.changes.clean(start + this.delta, end + this.delta);
  }

  /**
   * The position of the previous version's claim of `sentence` when the sentence is clean (its
   * line unedited, no quotation over it changed): -1 when it had none, -2 when it must be
   * looked at afresh (the old sentence is checked too, a check that cannot fail while lines
   * outside the edit keep their layouts).
   */
  claimOf(sentence: SentenceSpan): number {
    if (!this.changes.clean(sentence.start, sentence.end)) return -2;
    const before = this.before;
    // The same sentence then: at its own index before the edit, moved by the change in the number of sentences after it.
    const oldIndex = sentence.start < this.prefix ? sentence.index : sentence.index - this.sentenceDelta;
    const old = before.sentences[oldIndex];
    if (!old || old.start !== this.changes.toOld(sentence.start) || old.end - old.start !== sentence.end - sentence.start) return -2;
    return before.claimAt[oldIndex]!;
  }
}

function sameCue(a: Span | null, b: Span | null): boolean {
  return a === null ? b === null : b !== null && a.text === b.text;
}

/** Whether two quotations' spans (a speaker or a cue) stand where they stood from their quotation. */
function sameFromQuote(a: Span | null, quoteA: Quote, b: Span | null, quoteB: Quote): boolean {
  return a === null ? b === null : b !== null && a.start - quoteA.start === b.start - quoteB.start && a.end - quoteA.start === b.end - quoteB.start;
}

/** The sentence's check-worthiness in [0, 1]; the names of the features raising it go to `raised`. */
export function scoreSentence(value: string, sentence: SentenceSpan, raised: string[] = []): number {
  const spoken = withoutFillers(value);
  let sum = bias;
  for (const feature of features) {
    if (!feature.test(spoken, sentence)) continue;
    sum += feature.weight;
    if (feature.weight > 0) raised.push(feature.name);
  }
  return round(1 / (1 + Math.exp(-sum)));
}

/**
 * What a sentence alone decides of its claim, offsets from its start: undefined when it is too
 * short to be one. The parts only a claim needs are filled in when it is found to be one; the
 * memo keeps them with the rest (texts detached from the document).
 */
interface SentenceClaim {
  /** The claim's length: the sentence without trailing white space. */
  length: number;
  score: number;
  raised: string[];
  numbers: Span[] | undefined;
  /** Where an attributing verb is, or -1 (see verbSource). */
  verb: number | undefined;
  /** The kind without a source and with one, found when first asked for. */
  kinds: [ClaimKind | undefined, ClaimKind | undefined];
}

function sentenceClaim(sentence: SentenceSpan, text: string): SentenceClaim | undefined {
  const start = sentence.start;
  const end = trimEnd(text, start, sentence.end);
  if (end - start < 12 || sentence.words.length < 4) return undefined;
  const value = text.slice(start, end);
  const raised: string[] = [];
  const score = scoreSentence(value, sentence, raised);
  return {length: end - start, score, raised, numbers: undefined, verb: undefined, kinds: [undefined, undefined]};
}

/** Transcripts keep hesitations ("I uh - think"); the cues are read without them. */
const fillers = cue(/\b(?:uh|um|er)\b/i);
function withoutFillers(value: string): string {
  return fillers(value) ? value.replace(/\b(?:uh|um|er)\b\s*(?:-+\s*)?/gi, '') : value;
}

/** The shapes `kindOf` asks about, prefiltered as the cues are (a claim's text is the sentence the cues have just read). */
const statisticShape = cue(/%|(?<!\w)per ?cent(?!\w)|(?<!\w)\d[\d,.]*\s+(?:\p{L}+\s+){0,2}(?:people|individuals|migrants|deaths|cases|arrests|jobs|votes|workers|children|members|residents|voters|troops|soldiers|homicides|killed|dead)(?!\w)|(?<!\w)(?:arrest|reduction|increase|decrease)s? of(?!\w)/iu);
const moneyOrScale = cue(/[$€£¥]|\b(?:million|billion|trillion)\b/i);
const perCent = cue(/%|\bper ?cent\b/i);
const share = cue(/\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i);

function kindOf(value: string, raised: readonly string[], attributed: boolean): ClaimKind {
  if (raised.includes('figure')) return statisticShape(value) || !moneyOrScale(value) ? 'statistic' : 'quantity';
  // "two dollars a day", "billions in aid": an amount in words is a quantity, a share in per cent a statistic.
  if (raised.includes('percentage or amount')) return perCent(value) ? 'statistic' : 'quantity';
  // "two-thirds of the budget", "half of all voters": a share written in words is a statistic.
  if (raised.includes('counted amount') && share(value)) return 'statistic';
  // "Crime fell because the city hired more officers": a change with its reason is causal.
  if (raised.includes('causal cue') || (raised.includes('reason given') && raised.includes('change or scale'))) return 'causal';
  if (raised.includes('superlative or record') || raised.includes('change or scale')) return 'comparison';
  if (attributed) return 'attributed';
  return 'event';
}

/** "Washington attributes the drop …": a verb whose subject asserts the claim. */
const attributingVerb = /\b(?:attribut(?:es|ed)|claim(?:s|ed)|insist(?:s|ed)|estimat(?:es|ed)|report(?:s|ed)|credit(?:s|ed)|blam(?:es|ed))\b/;
const attributingLead = sentenceLeads.add(attributingVerb);

/**
 * Where `attributingVerb` first matches in the sentence `start`..`end` of `text`, or -1. `claim`
 * is the sentence without its trailing white space (which holds any match), the text the
 * prefilter has just read for the cues.
 */
function verbAt(claim: string, text: string, start: number, end: number): number {
  return sentenceLeads.may(attributingLead, claim) ? (attributingVerb.exec(text.slice(start, end))?.index ?? -1) : -1;
}

/*
 * Who the sentence attributes itself to: the actor of a quote covering it (quoteSource), else
 * the subject of an attributing verb (verbSource).
 */

/**
 * The actor of the quote that covers most of the sentence, when it covers a third of it; or a
 * quarter, when its attribution opens the sentence or closes the quote's clause and the two
 * cover a third: "Crime has fallen 12% since 2019, Mayor Lisa Chen said, crediting a new …" is
 * the mayor's. Not "The society, which represents …, criticised the cap" (the content is the
 * cap), nor "The accord needs approval, where Quispe-Ramos said she expected a vote" (the
 * attribution stands in the sentence's last clause).
 */
function quoteSource(sentence: SentenceSpan, quotes: readonly Quote[]): string | null {
  const covering = overlapping(quotes, sentence.start, sentence.end).filter((quote) => quote.actor);
  if (covering.length === 0) return null;
  const length = sentence.end - sentence.start;
  const best = covering.reduce((a, b) => (overlap(b, sentence) > overlap(a, sentence) ? b : a));
  if (overlap(best, sentence) > length / 3) return best.actor;
  if (overlap(best, sentence) <= length / 4) return null;
  const extent = attributedExtent(best);
  return extent.start <= sentence.start + 4 && overlap(extent, sentence) > length / 3 ? best.actor : null;
}

/** A quote with its speaker and its cue: from the first of the three to the last. */
function attributedExtent(quote: Quote): {start: number; end: number} {
  let {start, end} = quote;
  for (const span of [quote.speaker, quote.cue]) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  return {start, end};
}

/** "Washington attributes the drop …": the subject of an attributing verb (`verb`: where attributingVerb matches in the sentence, or -1) asserts the claim. */
function verbSource(sentence: {start: number}, mentions: ReadonlyArray<{start: number; end: number; actor: string}>, verb: number): string | null {
  if (verb < 0) return null;
  const at = sentence.start + verb;
  const subject = within(mentions, sentence.start, at).filter((item) => at - item.end < 25).pop();
  return subject ? subject.actor : null;
}

function overlap(a: {start: number; end: number}, b: {start: number; end: number}): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function trimEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1]!)) last--;
  return last;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
