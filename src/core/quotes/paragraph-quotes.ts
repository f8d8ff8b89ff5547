/**
 * All the quotations of a run of paragraphs: in marks with their attributions, transcript turns,
 * colon-introduced words and reported speech, with what one hands to another (a shared speaker,
 * a partial quotation inside reported speech) and what in marks is no quotation (titles, stage
 * directions).
 */
import type {Quote} from '../model.js';
import type {MarkedQuote} from '../text/quotation-marks.js';
import {findOverlapping, lowerBound} from '../text/span-index.js';
import {type Context, type Attribution, noAttribution, toQuote} from './context.js';
import {transcriptTurns, continueTurns} from './transcript-turns.js';
import {colonIntroduced} from './colon-introduced.js';
import {attributeMarked, sentenceBefore, opensNextParagraph, sameParagraph} from './marked-attribution.js';
import type {Kept, Reuse} from './kept.js';
import {isTitle, namesWork} from './work-titles.js';
import {keptAttribution, reportedSpeechOf} from './reuse.js';

/**
 * The quotations of paragraphs `from` to `to` (excluded), sorted, without ids: the whole
 * document, or a run of paragraphs no quotation outside reads from (see `runsOf`).
 */
export function quotesIn(context: Context, marks: readonly MarkedQuote[], from: number, to: number, reuse: Reuse | undefined, kept: Kept | undefined): Quote[] {
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
  // ("(CROSSTALK.)") and the writer's sign-off ("Follow … on Twitter @…"). A title after a
  // possessive or "on" names a show whatever cue is near ("told MSNBC's “Morning Joe”").
  for (let index = quotes.length - 1; index >= 0; index--) {
    const quote = quotes[index]!;
    if ((!quote.speaker && !quote.cue && ((!marked[index]!.continues && isTitle(quote.text)) || notSpeech.test(quote.text))) || namesWork(marked[index]!, context.text)) quotes.splice(index, 1);
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
  // words of that speech's source (the speech may stop short of a full stop inside the marks).
  for (const quote of inMarks) {
    if (quote.kind !== 'partial' || !quote.cue || quote.actor !== null) continue;
    const cue = quote.cue;
    const host = reported.find((item) => item.end >= quote.end)?.quotes.find((item) => item.actor !== null && item.start <= quote.start && quote.start < item.end && item.start <= cue.start && cue.end <= item.end);
    if (host) Object.assign(quote, {speaker: host.speaker, cue: host.cue, actor: host.actor});
  }
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A stage direction in parentheses, or a writer's sign-off: in marks, but nobody's words. */
const notSpeech = /^\(.*\)\.?$|^Follow\s.*\s@\w+/u;
