/**
 * Reported speech in one sentence: each cue's speaker and content ("X said (that) …", "…, X
 * said.", marks lost), then the phrases and passives that report without a verb of saying. The
 * unit the layer keeps and reuses per sentence (see reuse.ts).
 */
import type {Quote} from '../model.js';
import {cueParticles, cueVerbs, infinitiveLemmas, weakSpeechLemmas} from '../data/speech.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import type {MarkedQuote} from '../text/quotation-marks.js';
import {findContaining, findOverlapping, findStartingIn} from '../text/span-index.js';
import {type Context, type Attribution, toQuote, trimEnd} from './context.js';
import {reportsNothing, type WordCues, noCues, cuesOf, isCue} from './cues.js';
import {attributionFor, openingParticiple, subjectOf} from './speakers.js';
import {invertedContent, trailingAttribution, clauseOfNextSource, objectStart, isCoordinated, clauseBetween, thatAfterAdjuncts, coordinationBefore, clauseAfterAdjunct} from './speech-content.js';
import {sourceless, isSourcelessCue} from './sourceless.js';
import {inSource, nominalCues, accordingTo} from './source-phrases.js';

/** Objects of telling that sit between the cue and the content ("told reporters that"). */
const listeners = /^(?:\s+(?:reporters|journalists|lawmakers|supporters|the\s+\p{L}+|an?\s+\p{L}+|him|her|them|us|me|\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)*|CNN|NPR|Reuters))?/u;

/** A speaker span that is a time ("On Monday", "Jan. 20"), never a source. */
/** A noun phrase set off after reported speech that names it ("…, a claim that …", "…, a move Orbán called …"). */
const commentOnSpeech = /(?:[,;][”"»’]?|[”"»’][,;])\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:claim|assertion|charge|accusation|allegation|characteri[sz]ation|statement|view|remark|description|argument|contention|promise|pledge|warning|move|step|decision)\s+(?:that|which|(?=\p{Lu}))/u;

/** What a source asks for when it will not be named ("asked not to be identified", "requested anonymity"). */
const anonymity = /^\s+(?:(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|remain\s+(?:anonymous|unnamed))|anonymity)\b/u;

const timePhrase = /^(?:(?:on|in|at|by|since|until|during|before|after|last|this|next|early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|today|yesterday|tomorrow|tonight|\d{1,4}(?![\d,.]*\s*[\p{L}%]))\b/iu;

/** A span of time or a sum, no speaker: "another 13 years", "300 billion a year", "In 2013 …". */
const measurePhrase = /\b(?:years?|months?|weeks?|days?|hours?|decades?)$|\b(?:million|billion|trillion)\b|^(?:In\s+)?\d{4}\s/u;

/**
 * A date is nobody's voice: the content may still be reported speech whose speaker was missed,
 * but "On Monday, … 43 migrants, suspected of aiming …" is no speech at all. (Decided within
 * the sentence and 4 characters past its cue, so kept with the sentence's speech.)
 */
export function withoutTimeSpeakers(found: Quote[], text: string): Quote[] {
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
export function reportedSpeech(sentence: SentenceSpan, context: Context, marked: readonly MarkedQuote[]): Quote[] {
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
  let commentFrom = Infinity;
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
    // A cue inside content already found ("said she thinks …") belongs to that content, and one
    // in the writer's comment on it ("…, a claim that Odinga rejected") reports nothing.
    if (cue.start >= commentFrom || found.some((quote) => quote.start <= cue.start && cue.end <= quote.end)) continue;
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
    const closedBefore = attributesMarkBefore.test(text.slice(Math.max(sentence.start, cue.start - 30), cue.start)) ? findOverlapping(marked, cue.start - 30, cue.start + 1, (quote) => !quote.nested && quote.closeEnd <= cue.start && cue.start - quote.closeEnd < 30 && !typedAsTwo(text, quote.closeEnd)) : undefined;
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
    let end = Math.min(contentEnd, endBeforeNext, trailing && cue.start < trailing.comma ? trailing.comma : contentEnd, clauseOfNextSource(cues, cueIndex, sentence, context));
    // '… had been "hijacked by criminals," a claim that Odinga rejected': the writer's comment on
    // what was said follows it.
    const comment = commentOnSpeech.exec(after);
    if (comment) {
      end = Math.min(end, cue.end + comment.index);
      commentFrom = Math.min(commentFrom, end);
    }
    const opening = openingParticiple(cue, sentence, context);
    if (opening) {
      attribution = {speaker: opening.speaker, cue: attribution.cue, actor: opening.actor};
      end = Math.min(end, opening.clauseEnd);
    }

    // A parenthetical attribution's second piece runs on past the clause a coordinated cue starts.
    const pieces = invertedContent(cue, attribution, sentence, text, contentEnd);
    if (pieces) {
      for (const piece of pieces) found.push(toQuote(piece, 'indirect', attribution, text));
      previousAttribution = attribution;
      continue;
    }

    // Marks lost: "…, stating, The only people who benefit …"
    const unmarked = /^\s*[,:]\s*(?=\p{Lu})/u.exec(after);
    // "Note: The interview has been edited …": a label opening the sentence reports nothing.
    if (unmarked && !inMarks(cue.end + unmarked[0].length) && !(cue.index === 0 && !attribution.speaker)) {
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
    // "who asked not to be named": a source's wish for anonymity, nothing reported.
    if (anonymity.test(after)) continue;
    const infinitive = infinitiveLemmas.has(lemma) ? /^\s+(?:(?:(?!and\s|but\s)[\p{L}\p{N}'’-]+\s+){0,4}?)(to\s+\p{L})/u.exec(after) : null;
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
      else start = clauseAfterAdjunct(cue, sentence)?.start;
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

/**
 * “…,” he said: a cue a few words after a closing mark (a single one too: '…,' he said)
 * attributes that quotation; not after a comma or a conjunction ("…,” he said, adding he …", "“depleted” and says he …").
 */
const attributesMarkBefore = /[”"»'’]\s*,?\s*(?:(?!(?:and|but)\s)[^\s,]+\s+){0,3}$/u;

/** A closing mark typed as two apostrophes (''): read as before single marks were (it attributes nothing after it). */
function typedAsTwo(text: string, closeEnd: number): boolean {
  return text[closeEnd - 1] === "'" && text[closeEnd - 2] === "'";
}

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
