/**
 * Where reported speech's content starts and stops: an attribution set off by commas, a later cue
 * coordinated with this one or with a source of its own, "that" after adjuncts, the object of a
 * cue. Apart from `reportedSpeech`, which walks the cues and asks these.
 */
import type {Span} from '../model.js';
import {bareObjectLemmas, cueVerbs, targetObjectLemmas, objectContentLemmas, topicOnlyLemmas, weakSpeechLemmas} from '../data/speech.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import type {Context, Attribution} from './context.js';
import {subjectOf} from './speakers.js';
import {datelineLength} from '../text/dateline.js';


/**
 * Attribution set off by commas after the content: "The middle fifth paid 8.9 percent, the
 * agency said in a June report, and …", "…, said Mr. Barrett, the lawyer for …", "The museum,
 * Mr. Bush said, celebrated …". The content is the clause before the comma and, when the
 * attribution is parenthetical, the rest of the sentence after it.
 */
export function invertedContent(cue: Word, attribution: Attribution, sentence: SentenceSpan, text: string, sentenceEnd: number): Span[] | undefined {
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
  const contentStart = sentence.start + (datelineLength(opening) || (/^[\s“"]*/u.exec(opening)?.[0].length ?? 0));
  if (comma - contentStart < 2) return undefined;
  // "During his years in office, Mr. Obama said, a majority …": an opening phrase with no verb
  // that is all there is before the attribution sets the scene of what is said, and is not
  // said; "As for RT's bent, he said, …" names a topic, whatever follows it.
  const phraseEnd = text.indexOf(',', contentStart);
  const phrase = text.slice(contentStart, phraseEnd);
  const topic = /^As (?:for|to)\s/u.test(phrase);
  const scene = phraseEnd >= comma && openingAdjunct.test(phrase) && !sentence.words.some((word) => word.start >= contentStart && word.end <= phraseEnd && /^(?:VB[DPZ]|MD)$/u.test(word.pos));
  const firstStart = topic ? phraseEnd + 1 + (/^\s*/u.exec(text.slice(phraseEnd + 1))?.[0].length ?? 0) : scene ? comma : contentStart;
  const first: Span = {start: Math.min(firstStart, comma), end: comma, text: ''};
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
  return first.end > first.start ? [first, second] : [second];
}

/**
 * The comma before a sentence-final attribution ("…, sources said.", "…, the agency said in a
 * report.", "…, said Mr. Barrett, the lawyer."): a short speaker with no verb of its own between
 * the comma and the cue, and only adjuncts (or the speaker) after it.
 */
export function trailingAttribution(sentence: SentenceSpan, cues: Word[], contentEnd: number): {comma: number} | undefined {
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
export function clauseOfNextSource(cues: Word[], cueIndex: number, sentence: SentenceSpan, context: Context): number {
  const {text} = context;
  const cue = cues[cueIndex]!;
  for (const next of cues.slice(cueIndex + 1, cueIndex + 4)) {
    if (next.pos === 'VBG') continue;
    const subject = subjectOf(next, sentence, context);
    if (!subject || subject.start <= cue.end) continue;
    // "…, though critics argue …": a concession opens another source's clause too.
    const before = /(?:,\s*|;\s*|\s+)(?:and|but|while|whereas|though|although)\s+$|;\s+$/u.exec(text.slice(Math.max(cue.end, subject.start - 12), subject.start));
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

/** Prepositions opening a sentence with a phrase that sets a scene ("During …,", "As for …,"). */
const openingAdjunct = /^(?:During|In|On|At|After|Before|Since|Under|Despite|Amid|Throughout|Within|Among|Following|Regarding|Until)\s/u;

/** Words that open an adjunct after a cue ("said Friday", "said in a report", "said later"). */
const adjunctStart = /^(?:in|on|at|during|after|before|via|through|from|with|while|when|since|outside|inside|near|today|tonight|yesterday|recently|then|now|also|again|later|earlier|last|this|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Prepositions that open what was spoken about ("spoke of his flights", "complained about the rules"). */
const topicPrepositions = /^\s+(?:about(?!\s+(?:\d|an?\s+(?:hour|minute|dozen)|(?:one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|ninety)\b))|of|against|for|with|on(?!\s+(?:(?:the\s+)?condition\b|background\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\d|the\s+(?:phone|day|night|morning|evening|afternoon|record|condition|air|show|program|floor|trail|stump)\b)))\s+(?=\S)/u;

/**
 * Where the content starts in the words after a cue with no "that": a question ("asked whether
 * …"), a topic ("spoke of …"), or the object itself ("found 31 incidents", "believe the plan
 * failed"). Adjuncts ("said on Tuesday", "told reporters") are not content.
 */
export function objectStart(rest: string, lemma: string): number | undefined {
  const lead = /^\s+/.exec(rest);
  if (!lead) return undefined;
  // "announced on Friday the arrest of …": a time adjunct stands before the object.
  const time = /^\s+(?:on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this)\s+(?:week|month|year))(?=\s+(?:the|a|an|his|her|its|their)\s)/u.exec(rest);
  if (time) {
    const after = objectStart(rest.slice(time[0].length), lemma);
    return after === undefined ? undefined : time[0].length + after;
  }
  // "responded quickly to the letter", "commented publicly on the deal": a manner adverb stands
  // before what follows the verb, and "did not comment further" reports nothing.
  const manner = mannerAdverb.exec(rest);
  if (manner) {
    const after = objectStart(rest.slice(manner[0].length), lemma);
    return after === undefined ? undefined : manner[0].length + after;
  }
  const question = /^\s+(?=(?:whether|how|what|why|who|when|where|if)\b)/u.exec(rest);
  if (question) return question[0].length;
  const topic = topicPrepositions.exec(rest);
  // "spoke for five minutes", "spoke with reporters": for a verb with no object only "about",
  // "of" and "on" open its topic.
  if (topicOnlyLemmas.has(lemma)) {
    // "spoke emotionally of his flights": an adverb may stand before the topic.
    const adverb = /^\s+\p{Ll}+ly(?=\s)/u.exec(rest)?.[0].length ?? 0;
    const found = topicPrepositions.exec(rest.slice(adverb));
    return found && /^\s+(?:about|of|on)\s/u.test(found[0]) ? adverb + found[0].length : undefined;
  }
  // "voted against the bill" is a stance; "voted with the majority" is not.
  if (topic && lemma === 'vote' && !/^\s+(?:for|against)\s/u.test(topic[0])) return undefined;
  if (topic) return sayLemmas.has(lemma) ? undefined : topic[0].length;
  // "said at least 23 people …", "up to 40", "over 100", "as many as 30": a quantity opens the content.
  const quantity = /^\s+(?:at\s+(?:least|most)|up\s+to|over|as\s+(?:many|much|few|little)\s+as)\s+\d/u.test(rest);
  if (!quantity && /^\s+(?:to|on|in|with|within|without|amid|despite|across|throughout|toward|towards|at|by|from|as|into|over|after|before|during|since|while|because|than|so|like|up|out|down|off|back|here|yesterday|today|tonight|reporters|journalists|last|this|earlier|later|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/u.test(rest)) return undefined;
  if (!objectContentLemmas.has(lemma) && weakSpeechLemmas.has(lemma) && !bareObjectLemmas.has(lemma)) return undefined;
  return lead[0].length;
}

/** Adverbs of manner between a verb and what follows it. */
const mannerAdverb = /^\s+(?:further|publicly|privately|directly|immediately|quickly|swiftly|promptly|angrily|sharply|briefly|officially|formally|specifically|separately)(?=[\s,.;:!?]|$)/u;

/** Verbs whose prepositional phrase is an adjunct, not a topic ("said of the plan" is rare). */
const sayLemmas = new Set(['say', 'tell', 'state', 'add', 'write', 'tweet', 'post']);

/** Whether a later cue is coordinated with the current one ("said … and warned that"), not inside its content. */
export function isCoordinated(text: string, from: number, next: Word): boolean {
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
export function clauseBetween(sentence: SentenceSpan, from: Word, to: Word): boolean {
  const between = sentence.words.slice(from.index + 1, to.index);
  return /^(?:he|she|they|it|we|i|that)$/i.test(between[0]?.text ?? '') || between.some((word) => /^(VBD|VBZ|VBP|MD)$/.test(word.pos));
}

/**
 * "said on Tuesday that …", "said in the letter that …": a "that" a few words after the cue,
 * with only adjuncts (no verb, no sentence punctuation) between.
 */
export function thatAfterAdjuncts(cue: Word, sentence: SentenceSpan): Word | undefined {
  // "spoke at a resort that overlooks the bay": a verb with no object takes no "that" clause.
  if (topicOnlyLemmas.has(cueVerbs.get(cue.text.toLowerCase()) ?? '')) return undefined;
  // "want policies that create …": after an object, "that" opens a relative clause.
  const first = sentence.words[cue.index + 1];
  if (!first || !(adjunctStart.test(first.text) || /ly$/.test(first.text) || /^\p{Lu}/u.test(first.text) || /^(?:reporters|journalists|me|us|him|her|them|the|a|an)$/.test(first.text))) return undefined;
  if (/^(?:the|a|an)$/.test(first.text) && !/^(?:tell|warn|remind|assure|inform|ask|urge|convince|notify|advise)$/.test(cueVerbs.get(cue.text.toLowerCase()) ?? '')) return undefined;
  for (const word of sentence.words.slice(cue.index + 1, cue.index + 12)) {
    // Quotation marks may hold a show's name ("told MSNBC's “Morning Joe” that …").
    if (/[.;:!?]/u.test(word.before.replace(/[“”"]/gu, ''))) return undefined;
    if (word.text === 'that') return word;
    if (/^(VB[DPZ]?|MD|WDT|WP)$/.test(word.pos)) return undefined;
  }
  return undefined;
}

/**
 * "said on Facebook his government would …", "said in a statement the company will appeal": an
 * adjunct of place or medium, then a clause with its own subject and verb and no "that". The
 * clause's first word; undefined for anything else.
 */
export function clauseAfterAdjunct(cue: Word, sentence: SentenceSpan): Word | undefined {
  const words = sentence.words;
  // "said Tuesday it had raised …", "said last week his party would …": a time with no
  // preposition ("said Monday the plan …" is objectStart's).
  const time = timeAdjunct.exec(words.slice(cue.index + 1, cue.index + 4).map((word) => `${word.before}${word.text}`).join(''));
  if (time) {
    const count = time[0].trim().split(/\s+/u).length;
    const next = words[cue.index + 1 + count];
    return next && /^\s+$/u.test(next.before) && subjectOpener.test(next.text) && next.text !== 'the' && finiteVerbFollows(words, cue.index + 1 + count) ? next : undefined;
  }
  const preposition = words[cue.index + 1];
  if (!preposition || !/^(?:on|in)$/u.test(preposition.text) || !/^\s+$/u.test(preposition.before)) return undefined;
  let at = cue.index + 2;
  if (words[at] && /^(?:a|an|the|his|her|its|their)$/u.test(words[at]!.text)) at++;
  // The adjunct's words: at most three, ending in a noun ("Facebook", "a statement", "state television").
  const adjunctEnd = Math.min(at + 3, words.length);
  for (; at < adjunctEnd; at++) {
    const word = words[at]!;
    if (!/^\s+$/u.test(word.before) || !/^(?:NN|JJ)/u.test(word.pos)) return undefined;
    const next = words[at + 1];
    if (!next || !/^\s+$/u.test(next.before)) return undefined;
    if (/^NN/u.test(word.pos) && subjectOpener.test(next.text)) return finiteVerbFollows(words, at + 1) ? next : undefined;
  }
  return undefined;
}

/** A time right after a cue: a weekday, "last week", "this month". */
const timeAdjunct = /^\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this|earlier this)\s+(?:week|month|year)|yesterday|today)(?![\p{L}])/u;

/** Words that open a clause's subject. */
const subjectOpener = /^(?:he|she|they|we|I|it|his|her|their|its|our|the|\p{Lu}\p{Ll}+)$/u;

/** Whether a finite verb follows the word at `from` within six words, no punctuation between. */
function finiteVerbFollows(words: readonly Word[], from: number): boolean {
  for (let at = from + 1; at < Math.min(words.length, from + 7); at++) {
    if (/[,;:.!?“”"]/u.test(words[at]!.before)) return false;
    if (/^(?:VBD|VBZ|VBP|MD)$/u.test(words[at]!.pos)) return true;
  }
  return false;
}

/** Where the content of a cue stops because the next cue is coordinated with it ("… and stated that"). */
export function coordinationBefore(text: string, nextCue: Word, from: number): number {
  const between = text.slice(from, nextCue.start);
  const match = /(?:,\s*|\s+)(?:and\s+|but\s+)?(?:(?:he|she|they|it|also|later|then)\s+)*$/u.exec(between);
  return match ? from + match.index : nextCue.start;
}
