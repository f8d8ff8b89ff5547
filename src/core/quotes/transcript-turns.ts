/**
 * Interview transcripts: a paragraph opened by a speaker's name in capitals and a colon is that
 * speaker's words, and may run on over paragraphs. A layout convention of its own, apart from
 * quotation marks and cue words.
 */
import type {Quote, Span} from '../model.js';
import {findStartingIn, indexContaining} from '../text/span-index.js';
import {type Context, lastNonSpace, toQuote, actorOf} from './context.js';

/**
 * Interview transcripts: a paragraph that opens with a speaker's name in capitals and a colon
 * ("PENCE: Well, the question …") is that speaker's words, with no quotation marks.
 */
export function transcriptTurns(context: Context, marked: Quote[], from: number, to: number): Quote[] {
  const {text} = context;
  const turns: Quote[] = [];
  for (let at = from; at < to; at++) {
    const paragraph = context.layout.paragraphs[at]!;
    const match = turnLabel(paragraph, context);
    if (!match) continue;
    const nameStart = paragraph.start + match[1]!.length;
    const colon = nameStart + match[2]!.length;
    const start = paragraph.start + match[0].length;
    let end = paragraph.end;
    while (end > start && /[\s”"]/u.test(text[end - 1]!)) end--;
    if (end - start < 3) continue;
    const speaker: Span = {start: nameStart, end: colon, text: match[2]!};
    const attribution = {speaker, cue: {start: colon, end: colon + 1, text: ':'}, actor: actorOf(speaker, context)};
    // A turn transcribed inside quotation marks: the name and colon are not the quotation.
    const inMarks = marked.find((quote) => quote.start === nameStart);
    if (inMarks) {
      Object.assign(inMarks, {start, text: text.slice(start, inMarks.end)}, attribution);
      continue;
    }
    // A title or a quotation inside the turn ("… an episode of “Shark Tank.” …") leaves it a turn.
    if (marked.some((quote) => quote.start < end && start < quote.end && (quote.start < start || quote.end > end))) continue;
    turns.push(toQuote({start, end, text: ''}, 'unmarked', attribution, text));
  }
  return turns.map((quote) => ({...quote, text: text.slice(quote.start, quote.end)}));
}

/**
 * "PENCE: " or "“PENCE: " opening a paragraph, or a person's name as the text writes it
 * ("Tedros: "; not "Note: " or "Update: "): the name in group 2.
 */
export function turnLabel(paragraph: {start: number; end: number}, context: Pick<Context, 'text' | 'entities'>): RegExpExecArray | null {
  const opening = context.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60));
  const match = /^(["“]?)(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s+/u.exec(opening);
  if (match) return match[2]!.length >= 2 ? match : null;
  const named = /^(["“]?)(\p{Lu}[\p{Ll}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}.'’-]+){0,2}):\s+/u.exec(opening);
  if (!named) return null;
  const start = paragraph.start + named[1]!.length;
  const end = start + named[2]!.length;
  return findStartingIn(context.entities, start, start, (entity) => entity.type === 'person' && entity.end === end) ? named : null;
}

/**
 * A turn of a transcript may run over paragraphs, the next one opening with a quotation mark
 * and no name ("PENCE: Well, look, …¶"But the truth is …"): that paragraph is the same turn.
 */
export function continueTurns(context: Context, quotes: Quote[]): void {
  const {text} = context;
  const paragraphs = context.layout.paragraphs;
  let turn: Quote | undefined;
  for (const quote of quotes.slice().sort((a, b) => a.start - b.start)) {
    if (quote.speaker && quote.cue?.text === ':' && quote.cue.start === quote.speaker.end) {
      turn = quote;
      continue;
    }
    if (!turn || quote.speaker || quote.kind !== 'direct') continue;
    const at = indexContaining(paragraphs, quote.start);
    const previous = paragraphs[at - 1];
    if (!previous || !/^["“]$/u.test(text.slice(paragraphs[at]!.start, quote.start)) || turn.end < lastNonSpace(text, previous.start, previous.end) - 1 || turn.start < previous.start) continue;
    Object.assign(quote, {speaker: turn.speaker, cue: turn.cue, actor: turn.actor});
    turn = quote;
  }
}
