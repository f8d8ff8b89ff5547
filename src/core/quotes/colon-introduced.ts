/**
 * Words a colon introduces with no quotation marks: a headline's "Name: …" and a paragraph
 * announced by the one before; and who such a colon introduces, which a quotation in marks after
 * a colon asks too.
 */
import type {Quote, Span} from '../model.js';
import {isCommonWord} from '../data/lexicon.js';
import {findStartingIn, indexContaining, within} from '../text/span-index.js';
import {type Context, type Attribution, lastNonSpace, toQuote, actorOf, span, trimEnd} from './context.js';
import {isCue} from './cues.js';
import {attributionFor} from './speakers.js';

/**
 * Words introduced by a colon with no quotation marks: a headline "Pence: Gennifer Flowers
 * Won't Be at Debate", or a paragraph announced by the one before ("The governor added:¶It's
 * typical of …", "Sanders made the following comment:¶…").
 */
export function colonIntroduced(context: Context, marked: Quote[], from: number, to: number): Quote[] {
  const {text} = context;
  const found: Quote[] = [];
  const paragraphs = context.layout.paragraphs;
  const headline = from === 0 && paragraphs[0] && /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}): +(?=\S)/u.exec(text.slice(paragraphs[0].start, paragraphs[0].end));
  if (headline && paragraphs[0]) {
    const nameStart = paragraphs[0].start;
    const speaker: Span = {start: nameStart, end: nameStart + headline[1]!.length, text: headline[1]!};
    const start = nameStart + headline[0].length;
    const end = trimEnd(text, start, paragraphs[0].end);
    const cue: Span = {start: speaker.end, end: speaker.end + 1, text: ':'};
    // A name speaks so; common words make a rubric ("The Latest: …", "Poll: …", "Stealth Over Health: …").
    const words = headline[1]!.split(' ');
    // ("Pence" is a word too: the surname of a person named in the headline or the paragraph
    // after it is no rubric. Only those two are read: the layer redoes paragraph 0 when they change.)
    const lead = within(context.entities, paragraphs[0].start, (paragraphs[1] ?? paragraphs[0]).end);
    const rubric = words.every((word) => isCommonWord(word)) && !lead.some((item) => item.type === 'person' && words.includes(item.text.slice(item.text.lastIndexOf(' ') + 1)));
    if (!rubric && end - start > 10 && !marked.some((quote) => quote.start < end && start < quote.end)) found.push(toQuote({start, end, text: ''}, 'unmarked', {speaker, cue, actor: actorOf(speaker, context)}, text));
  }
  // Each pair ending in a paragraph of the run: the words are the second one's.
  for (let index = Math.max(0, from - 1); index + 1 < to; index++) {
    const paragraph = paragraphs[index]!;
    const next = paragraphs[index + 1]!;
    const last = lastNonSpace(text, paragraph.start, paragraph.end);
    if (text[last] !== ':' || /^[“"«'‘„]/u.test(text[next.start] ?? '')) continue;
    const end = trimEnd(text, next.start, next.end);
    if (end - next.start < 10 || marked.some((quote) => quote.start < end && next.start < quote.end)) continue;
    const attribution = colonAttribution(last, context);
    if (attribution) found.push(toQuote({start: next.start, end, text: ''}, 'unmarked', attribution, text));
  }
  return found;
}

/** Who a colon at `colon` introduces: the cue in its sentence, or the sentence's first named source. */
export function colonAttribution(colon: number, context: Context): Attribution | undefined {
  const sentence = context.layout.sentences[indexContaining(context.layout.sentences, colon)];
  if (!sentence) return undefined;
  const words = sentence.words;
  for (let index = words.length - 1; index >= 0 && words.length - index <= 9; index--) {
    const word = words[index]!;
    if (!isCue(word, sentence)) continue;
    const attribution = attributionFor(word, sentence, context);
    if (attribution.speaker) return attribution;
  }
  const subject = findStartingIn(context.mentions, sentence.start, colon, (item) => item.end <= colon && item.kind !== 'pronoun');
  return subject ? {speaker: span(subject, context.text), cue: {start: colon, end: colon + 1, text: ':'}, actor: subject.actor} : undefined;
}
