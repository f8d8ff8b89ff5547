/**
 * retext plugin: check-worthy claims, scored, typed and attributed.
 *
 * Each sentence gets weighted features (figures, amounts, change and comparison words, causal
 * cues, dates, named entities, past-tense verbs; opinion, prediction and questions weigh
 * against) combined by a logistic function into a score in [0, 1]. The claim's actor is the
 * source the text gives it (a quote's speaker, "according to", an acting subject), else null.
 */
import type {Root} from 'nlcst';
import type {VFile} from 'vfile';
import '../data-map.js';
import type {Claim, ClaimKind, Quote, Span} from '../model.js';
import {report} from '../findings.js';
import {layoutOf, type SentenceSpan} from '../text/sentences.js';
import {findNumbers} from '../text/numbers.js';
import {findContaining, overlapping, within} from '../text/span-index.js';

export interface ClaimOptions {
  /** Sentences scoring below this are not claims. */
  threshold?: number;
}

interface Feature {
  name: string;
  weight: number;
  test: (value: string, sentence: SentenceSpan) => boolean;
}

const causal = /\b(?:because(?: of)?|due to|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? in|as a result|caus(?:e|es|ed|ing)|attribut(?:e|es|ed|ing)\b[^.]*\bto|thanks to|driven by|blam(?:e|es|ed|ing)\b[^.]*\bfor|contribut(?:e|es|ed|ing) to|fuel(?:s|ed|led|ing)?|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?)\b/i;
const change = /\b(?:increas(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing|tion)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|ris(?:e|es|ing)|rose|fell|fall(?:s|ing)?|grew|grow(?:s|th|ing)?|doubled|tripled|halved|surg(?:e|ed|es|ing)|plung(?:e|ed|es|ing)|cut(?:s|ting)?|boost(?:s|ed|ing)?|record|highest|lowest|largest|biggest|smallest|most|least|fewer|more than|less than|over|under|nearly|almost|at least|up to|significant(?:ly)?)\b/i;
const comparative = /\b(?:more|less|fewer|higher|lower|larger|smaller|better|worse|faster|slower|bigger|greater|than|record|highest|lowest|first|only|never|ever)\b/i;
const dated = /\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:in|since|by|on|until) (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)|(?:19|20)\d\d|last (?:year|month|week)|yesterday)\b/;
const opinion = /\b(?:should|ought|must|need to|believe|think|feel|hope|wish|want|seems?|appear(?:s|ed)?|perhaps|maybe|probably|crucial|important|great|terrible|wonderful|best|worst|beautiful|disgrace|shame|love|hate|views?|consider(?:s|ed)?|robust|ongoing efforts)\b/i;
const future = /\b(?:will|would|could|might|may|going to|plans? to|intends? to|is scheduled to|are scheduled to|expects? to|is set to|aims? to)\b/i;

/** Subjects whose statements are usually checkable: money, jobs, votes, laws, wars, crime. */
const policy = /\b(?:tax(?:es)?|jobs?|unemploy\w*|deficits?|debt|budget|spending|econom\w*|inflation|wages?|income|salar\w+|health|insurance|medicare|medicaid|social security|pensions?|oil|energy|troops|war|military|nuclear|weapons?|crime|murders?|homicides?|immigra\w+|border|trade|tariffs?|exports?|imports?|votes?|voted|bill|laws?|legislation|senate|congress|program(?:me)?s?|percent|population|poverty|schools?|students?|teachers?|prices?|costs?|billion|million|arrests?|deaths?|killed|migrants?|refugees?|sanctions)\b/i;
/** Past acts on the record: what was signed, voted, passed, cut or created. */
const recordedAction = /\b(?:voted|signed|vetoed|passed|enacted|repealed|cut|raised|lowered|created|eliminated|lost|won|appointed|nominated|sent|deployed|invaded|opposed|supported|sponsored|proposed|approved|rejected|arrested|deported|killed|reduced|increased|doubled|tripled|balanced|negotiated|funded|spent)\b/i;
/** Thanks, greetings and addresses to the audience are never claims. */
const courtesy = /^(?:thank|thanks|good (?:evening|morning|night)|ladies and gentlemen|let me|let's|well,? (?:i|let)|excuse me|congratulations|i appreciate|i'm (?:glad|pleased|honored)|it's (?:a|an) (?:honor|pleasure))/i;

const superlative = /\b(?:the|its|their|our|his|her)\s+(?:\p{L}+\s+)?(?:highest|lowest|largest|biggest|smallest|worst|best|most|least|fastest|first|greatest|longest|deepest|strongest|weakest)\b|\brecord\b/iu;
const pastAction = /^VBD$/;
const digits = (value: string) => findNumbers(value).some((number) => !number.date && /\d/.test(number.text));
const numberWords = (value: string) => findNumbers(value).some((number) => !number.date && !/\d/.test(number.text) && !/^(?:one|half)$/i.test(number.text));

export const features: Feature[] = [
  {name: 'figure', weight: 2.2, test: digits},
  {name: 'counted amount', weight: 1.0, test: (value) => !digits(value) && numberWords(value) && !/\b(?:number|step|point)\s+(?:one|two|three)\b|\b(?:one|two|three) (?:of|thing|things|question|questions|reason|reasons|challenges|ways?)\b/i.test(value)},
  {name: 'percentage or amount', weight: 1.0, test: (value) => /%|\bper ?cent\b|[$€£¥]\s?\d|\b(?:million|billion|trillion)\b/i.test(value)},
  {name: 'change or scale', weight: 0.9, test: (value) => change.test(value)},
  {name: 'superlative or record', weight: 0.9, test: (value) => superlative.test(value)},
  {name: 'comparison', weight: 0.4, test: (value) => comparative.test(value)},
  {name: 'causal cue', weight: 1.0, test: (value) => causal.test(value)},
  {name: 'date', weight: 0.6, test: (value) => dated.test(value)},
  {name: 'past-tense event', weight: 1.1, test: (_value, sentence) => sentence.words.some((word) => pastAction.test(word.pos) && !/^(?:was|were|had|did|said|thought|felt|wanted|seemed)$/i.test(word.text))},
  {name: 'present perfect', weight: 0.6, test: (value) => /\b(?:has|have)\s+(?:\p{L}+ly\s+)?(?:been\s+)?\p{L}+(?:ed|en)\b/u.test(value)},
  {name: 'named entity', weight: 0.5, test: (_value, sentence) => sentence.words.slice(1).some((word) => /^NNP/.test(word.pos))},
  {name: 'policy subject', weight: 0.6, test: (value) => policy.test(value)},
  {name: 'recorded action', weight: 0.7, test: (value) => recordedAction.test(value)},
  {name: 'opinion or hedge', weight: -1.3, test: (value) => opinion.test(value)},
  {name: 'courtesy or address', weight: -1.5, test: (value) => courtesy.test(value)},
  {name: 'short sentence', weight: -0.8, test: (_value, sentence) => sentence.words.length < 7},
  {name: 'prediction', weight: -1.0, test: (value) => future.test(value)},
  {name: 'question', weight: -2.5, test: (value) => /\?\s*["”’]?\s*$/u.test(value)},
  {name: 'first or second person', weight: -0.4, test: (value) => /\b(?:I|you)\b/.test(value) && !/\b(?:I) (?:have|had|did|were|was|signed|voted|passed|cut)\b/.test(value)},
];

export const bias = -1.2;

export default function retextClaims(options: ClaimOptions = {}) {
  const threshold = options.threshold ?? 0.5;
  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value);
    const layout = layoutOf(tree, text);
    const quotes = file.data.quotes ?? [];
    const mentions = file.data.actorMentions ?? [];
    const claims: Claim[] = [];

    for (const sentence of layout.sentences) {
      const start = sentence.start;
      const end = trimEnd(text, start, sentence.end);
      if (end - start < 12 || sentence.words.length < 4) continue;
      const value = text.slice(start, end);
      const raised: string[] = [];
      let sum = bias;
      for (const feature of features) {
        if (!feature.test(value, sentence)) continue;
        sum += feature.weight;
        if (feature.weight > 0) raised.push(feature.name);
      }
      const score = round(1 / (1 + Math.exp(-sum)));
      if (score < threshold) continue;
      const numbers = findNumbers(value).map((number): Span => ({start: start + number.start, end: start + number.end, text: number.text}));
      const source = sourceOf(sentence, quotes, mentions, text);
      claims.push({id: '', start, end, text: value, kind: kindOf(value, raised, source !== null), score, actor: source, features: raised, numbers});
    }

    claims.forEach((claim, index) => (claim.id = `c${index + 1}`));
    for (const claim of claims) {
      if (claim.actor || (claim.kind !== 'statistic' && claim.kind !== 'causal')) continue;
      // Claims are never empty, so the paragraph holding one contains its start.
      const paragraph = findContaining(layout.paragraphs, claim.start, (item) => claim.end <= item.end);
      const sourced = paragraph !== undefined && within(quotes, paragraph.start, paragraph.end).some((quote) => quote.speaker);
      if (!sourced && !/\baccording to\b/i.test(paragraph ? text.slice(paragraph.start, paragraph.end) : '')) {
        const what = claim.kind === 'statistic' ? 'Statistic' : 'Causal claim';
        report(file, 'unattributed-claim', `${what} with no source in its sentence or paragraph: who says so?`, claim.start, claim.end);
      }
    }
    file.data.claims = claims;
  };
}

function kindOf(value: string, raised: string[], attributed: boolean): ClaimKind {
  if (raised.includes('figure')) {
    return /%|\bper ?cent\b|\b\d[\d,.]*\s+(?:\p{L}+\s+){0,2}(?:people|individuals|migrants|deaths|cases|arrests|jobs|votes|workers|children|members|residents|voters|troops|soldiers|homicides|killed|dead)\b|\b(?:arrest|reduction|increase|decrease)s? of\b/iu.test(value) || !/[$€£¥]|\b(?:million|billion|trillion)\b/i.test(value)
      ? 'statistic'
      : 'quantity';
  }
  if (raised.includes('causal cue')) return 'causal';
  if (raised.includes('superlative or record') || raised.includes('change or scale')) return 'comparison';
  if (attributed) return 'attributed';
  return 'event';
}

/** Who the sentence attributes itself to: a quote's actor covering it, or an acting source. */
function sourceOf(sentence: SentenceSpan, quotes: Quote[], mentions: Array<{start: number; end: number; actor: string}>, text: string): string | null {
  const covering = overlapping(quotes, sentence.start, sentence.end).filter((quote) => quote.actor);
  if (covering.length > 0) {
    // The quote that covers most of the sentence speaks for it.
    const best = covering.reduce((a, b) => (overlap(b, sentence) > overlap(a, sentence) ? b : a));
    if (overlap(best, sentence) > (sentence.end - sentence.start) / 3) return best.actor;
  }
  // "Washington attributes the drop …": the subject of an attributing verb asserts the claim.
  const value = text.slice(sentence.start, sentence.end);
  const verb = /\b(?:attribut(?:es|ed)|claim(?:s|ed)|insist(?:s|ed)|estimat(?:es|ed)|report(?:s|ed)|credit(?:s|ed)|blam(?:es|ed))\b/.exec(value);
  if (verb) {
    const at = sentence.start + verb.index;
    const subject = within(mentions, sentence.start, at).filter((item) => at - item.end < 25).pop();
    if (subject) return subject.actor;
  }
  return null;
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
