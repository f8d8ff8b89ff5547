/**
 * Who said a quotation in marks: the cue after it, before it or around a partial one, a signing
 * dash, the sentence before it, and the newsroom conventions by which a quotation shares the
 * speaker of the one before. Reported speech is found elsewhere (reported-speech.ts).
 */
import type {Span} from '../model.js';
import type {Layout, SentenceSpan, Word} from '../text/sentences.js';
import type {MarkedQuote} from '../text/quotation-marks.js';
import {findContaining, findStartingIn, indexContaining, lowerBound, overlapping} from '../text/span-index.js';
import {type Context, type Attribution, noAttribution, actorOf, mentionEndingAt, span} from './context.js';
import {reportsNothing, isCue} from './cues.js';
import {attributionFor} from './speakers.js';
import {turnLabel} from './transcript-turns.js';
import {colonAttribution} from './colon-introduced.js';

/** Finds the cue and speaker next to a quotation in marks: after it, before it, or around a partial. */
export function attributeMarked(quote: MarkedQuote, context: Context): Attribution {
  const sentences = sentencesAround(quote, context.layout);
  // After: “…,” said Bukele / “…,” he said / “…,” Rubio told reporters.
  if (quote.kind !== 'partial') {
    const after = cueAfter(quote, sentences, context);
    if (after) return after;
  }
  // Before: Rubio said: “…” / “…,” she said, “…”.
  for (const sentence of sentences) {
    // Words ending at or before the opening mark: those starting before it, but for one that
    // straddles it (a mark glued inside a token).
    let count = lowerBound(sentence.words, quote.openStart);
    if (count > 0 && sentence.words[count - 1]!.end > quote.openStart) count--;
    const tail = sentence.words.slice(Math.max(0, count - 8), count);
    for (let index = tail.length - 1; index >= 0; index--) {
      const word = tail[index]!;
      if (!isCue(word, sentence) || reportsNothing(word, context.text)) continue;
      const between = context.text.slice(word.end, quote.openStart);
      if (/[.;!?]/.test(between)) break;
      return attributionFor(word, sentence, context);
    }
    if (count > 0 && quote.kind === 'partial') {
      // A partial quote inside reported speech belongs to that speech's source.
      for (let index = count - 1; index >= 0; index--) {
        const word = sentence.words[index]!;
        if (isCue(word, sentence) && !reportsNothing(word, context.text)) return attributionFor(word, sentence, context);
      }
    }
  }
  // A partial quote with no cue before it: 'The summit achieved "too little," he added.'
  if (quote.kind === 'partial') {
    const after = cueAfter(quote, sentences, context);
    if (after) return after;
  }
  // "… rolling out a new message: “It's about me.”": the sentence's subject speaks.
  const introduced = /:\s*$/u.exec(context.text.slice(Math.max(0, quote.openStart - 4), quote.openStart));
  if (introduced) {
    const colon = quote.openStart - 4 + introduced.index;
    const sentence = sentences.find((item) => item.start <= colon && colon < item.end);
    const subject = sentence && findStartingIn(context.mentions, sentence.start, colon, (item) => item.end <= colon && item.kind !== 'pronoun');
    if (subject) return {speaker: span(subject, context.text), cue: {start: colon, end: colon + 1, text: ':'}, actor: subject.actor};
  }
  return noAttribution;
}

/** The cue right after a quotation: “…,” said Bukele / “…,” he said / “…,” Rubio told reporters. */
function cueAfter(quote: MarkedQuote, sentences: SentenceSpan[], context: Context): Attribution | undefined {
  const closed = /[”"»]$/u.test(context.text.slice(0, quote.closeEnd));
  // “…” ― Francisco Herrero: a dash and a name sign the quotation.
  const signed = /^\s*([―—–])\s*(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u.exec(context.text.slice(quote.closeEnd, quote.closeEnd + 80));
  if (closed && signed) {
    const dash = quote.closeEnd + signed[0].indexOf(signed[1]!);
    const nameStart = quote.closeEnd + signed[0].length - signed[2]!.length;
    const speaker: Span = {start: nameStart, end: nameStart + signed[2]!.length, text: signed[2]!};
    return {speaker, cue: {start: dash, end: dash + 1, text: signed[1]!}, actor: actorOf(speaker, context)};
  }
  // An unclosed quotation does not reach into the next paragraph for its cue.
  for (const sentence of sentences.filter((item) => closed || item.start < quote.closeEnd)) {
    // Words are in text order: the ones after the mark are a suffix found by bisection, since
    // filtering every word for every quotation made a long sentence of quotations quadratic.
    const from = lowerBound(sentence.words, quote.closeEnd);
    const found = cueNear(sentence.words.slice(from, from + 10), 6, context, sentence) ?? cueAfterApposition(sentence.words.slice(from, from + 30), context, sentence);
    // The next paragraph's "Miller added, “…”" introduces its own quotation, not this one.
    if (found?.attribution.speaker && !/[“"«\n]/u.test(context.text.slice(quote.closeEnd, found.cue.start))) return found.attribution;
  }
  return undefined;
}

/**
 * “…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said: a name
 * and its appositions may hold the cue back past six words; the cue then follows a comma.
 */
function cueAfterApposition(words: Word[], context: Context, sentence: SentenceSpan): {cue: Span; attribution: Attribution} | undefined {
  if (words.length < 2 || !/^\s*,?\s*$/u.test(words[0]!.before.replace(/[”"»']/gu, '')) || !/^\p{Lu}/u.test(words[0]!.text)) return undefined;
  for (const word of words.slice(2)) {
    if (/[.;!?“”"«»()]/u.test(word.before)) return undefined;
    if (isCue(word, sentence) && /,\s+$/u.test(word.before)) {
      const attribution = attributionFor(word, sentence, context);
      // The name right after the quotation speaks; later names sit in its appositions.
      const named = mentionEndingAt(words[0]!, context);
      const speaker = named && named.start >= words[0]!.start ? span(named, context.text) : attribution.speaker;
      return {cue: attribution.cue!, attribution: {...attribution, speaker, actor: speaker ? actorOf(speaker, context) : null}};
    }
  }
  return undefined;
}

function sentencesAround(quote: MarkedQuote, layout: Layout): SentenceSpan[] {
  // end >= openStart and start <= closeEnd + 1, as an overlap of whole offsets.
  return overlapping(layout.sentences, quote.openStart - 1, quote.closeEnd + 2);
}

/** A cue among the first `limit` words, with only a speaker between it and the start. */
function cueNear(words: Word[], limit: number, context: Context, sentence: SentenceSpan): {cue: Span; attribution: Attribution} | undefined {
  // "White House press secretary Josh Earnest said": one noun phrase may hold the cue back further.
  let phrase = true;
  for (let index = 0; index < Math.min(limit + 4, words.length); index++) {
    const word = words[index]!;
    if (index >= limit && !phrase) return undefined;
    if (isCue(word, sentence)) {
      const attribution = attributionFor(word, sentence, context);
      return {cue: attribution.cue!, attribution};
    }
    if (/[;!?]|\.(?!\))/.test(word.before) && index > 0) return undefined;
    phrase &&= (index === 0 || /^\s+$/u.test(word.before)) && /^(?:NNP?S?|JJ)$/.test(word.pos);
  }
  return undefined;
}

/**
 * A quotation right after a sentence that ends with its attribution: "…, Schiff said. “The other
 * factor …”", "He said:¶“We have …”", "The New York Times reports:¶“…”".
 */
export function sentenceBefore(quote: MarkedQuote, context: Context): Attribution | undefined {
  const {text} = context;
  let last = quote.openStart - 1;
  while (last >= 0 && /\s/u.test(text[last]!)) last--;
  if (last < 0) return undefined;
  const gap = text.slice(last + 1, quote.openStart);
  // Across a paragraph break only a colon announces the quotation.
  if (gap.includes('\n') && text[last] !== ':') return undefined;
  const at = indexContaining(context.layout.sentences, last);
  const sentence = context.layout.sentences[at];
  if (!sentence) return undefined;
  const words = sentence.words;
  for (let index = words.length - 1; index >= 0 && words.length - index <= 9; index--) {
    const word = words[index]!;
    if (/[“”"«»]/u.test(word.before) || word.text === 'that') return undefined;
    if (!isCue(word, sentence)) continue;
    const attribution = attributionFor(word, sentence, context);
    return attribution.speaker ? attribution : undefined;
  }
  // "Sanders made the following comment:¶“…”": the sentence's subject introduces it.
  return text[last] === ':' ? colonAttribution(last, context) : undefined;
}

/**
 * Newsroom convention: a paragraph that opens with a quotation and names no speaker continues
 * the speaker whose quotation closed the paragraph before.
 */
export function opensNextParagraph(previous: MarkedQuote, quote: MarkedQuote, context: Context): boolean {
  const paragraphs = context.layout.paragraphs;
  const at = indexContaining(paragraphs, quote.openStart);
  const before = paragraphs[at - 1];
  if (!before || quote.openStart - paragraphs[at]!.start > 1) return false;
  // Inside a transcript's turn the next paragraph continues the turn, not a title quoted in it.
  if (previous.start > before.start + 1 && turnLabel(before, context)) return false;
  return previous.closeEnd <= before.end && previous.closeEnd >= before.end - 40;
}

export function sameParagraph(a: Span, b: Span, context: Context): boolean {
  // Quotes are never empty, so the paragraph holding all of `a` contains its start.
  return findContaining(context.layout.paragraphs, a.start, (paragraph) => a.end <= paragraph.end && paragraph.start <= b.start && b.end <= paragraph.end) !== undefined;
}
