/**
 * Reported speech with no verb of saying: "according to X", a poll or report opening the sentence
 * ("In this poll, …"), and a possessor's noun of saying ("Trump's claim that …").
 */
import type {Quote, Span} from '../model.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {findContaining} from '../text/span-index.js';
import {type Context, type Attribution, toQuote, actorOf, span, trimEnd} from './context.js';
import type {WordCues} from './cues.js';

/**
 * "In this poll, Trump rose 1 point": a poll, survey, study or report opening the sentence is
 * the source of what follows (a statement or interview comes with its own "said").
 */
export function inSource(sentence: SentenceSpan, context: Context, contentEnd: number): Quote[] {
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
export function nominalCues(sentence: SentenceSpan, context: Context, contentEnd: number, wordCues: readonly WordCues[]): Quote[] {
  const {text} = context;
  const found: Quote[] = [];
  for (const noun of sentence.words) {
    if (!wordCues[noun.index]!.noun || noun.start >= contentEnd) continue;
    const link = /^\s+(?:that|to|about|of|for|on|against)\s+/u.exec(text.slice(noun.end, noun.end + 12));
    if (!link) continue;
    const owner = possessorBefore(noun, sentence, context);
    if (!owner) continue;
    // A claim's "that" opens a clause; "about", "of", "on" a topic, whose noun phrase ends at the
    // sentence's own verb ("Trump's statement about shootings was false": the topic is "shootings"),
    // not at a relative clause's inside it ("her support for the raid that killed bin Laden").
    const clause = /^\s+(?:that|to)\s/u.test(link[0]);
    // "claim that …" and "decision to …" keep their complementiser, as reported speech does.
    const start = noun.end + (clause ? link[0].indexOf(link[0].trim()) : link[0].length);
    const stop = sentence.words.slice(noun.index + 2, noun.index + 60).find((word) => word.start > start && word.start < contentEnd && (/[,;—–(]/u.test(word.before) || (!clause && /^(?:VBD|VBZ|VBP|MD)$/u.test(word.pos) && !/^(?:that|which|who|whom)$/iu.test(sentence.words[word.index - 1]?.text ?? ''))));
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

/** "According to X, …" and "…, according to X." */
export function accordingTo(sentence: SentenceSpan, context: Context, contentEnd: number): Quote[] {
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
