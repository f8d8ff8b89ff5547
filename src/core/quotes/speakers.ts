/**
 * Who a cue credits: the subject on its left ("Rubio also said"), the name after it ("said
 * Bukele"), or the subject it shares with an earlier verb. Both quotations in marks and reported
 * speech ask it; it reads only the sentence, the mentions and the entities.
 */
import type {Span} from '../model.js';
import {cueVerbs, targetObjectLemmas, sourceNouns, subjectPronouns} from '../data/speech.js';
import {roleNouns, titleWords} from '../data/titles.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {findContaining, findStartingIn, lowerBound, overlapping} from '../text/span-index.js';
import {type Context, type Attribution, actorOf, mentionEndingAt, span} from './context.js';
import {isCue} from './cues.js';
import {datelineLength} from '../text/dateline.js';

/** Words between a subject and its verb that do not end the subject ("Rubio also said"). */
const auxiliaries = new Set(['long', 'has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'also', 'later', 'then', 'previously', 'repeatedly', 'reportedly', 'publicly', 'privately', 'recently', 'once', 'again', 'often', 'never', 'not', 'further', 'separately', 'similarly', 'explicitly', 'specifically', 'clearly', 'flatly', 'firmly', 'strongly', 'quickly', 'already', 'still', 'even', 'just', 'had', 'been', 'being']);

/** The speaker of a cue: the subject on its left, or the name after it ("said Bukele"). */
export function attributionFor(cue: Word, sentence: SentenceSpan, context: Context): Attribution {
  const cueSpan: Span = {start: cue.start, end: cue.end, text: cue.text};
  // "Trump attacked Clinton …, saying, …": a participle after a comma shares the main subject.
  const participle = cue.pos === 'VBG' && /,\s*$/.test(cue.before);
  // "…, said one GOP source in the room": after a comma, the cue is followed by its speaker.
  const inverted = /,\s+$/u.test(cue.before) && cue.pos !== 'VBG' && !targetObjectLemmas.has(cueVerbs.get(cue.text.toLowerCase()) ?? '') && !subjectBefore(cue, sentence, context.text) ? speakerClosingSentence(cue, sentence, context) : null;
  const shared = participle ? sharedSubject(cue, sentence, context) : null;
  let before = inverted || shared ? null : subjectOf(cue, sentence, context);
  // The name before a participle's comma is its main clause's object ("…, arguing that …").
  if (before && participle) before = mainClauseSubject(cue, sentence, context) ?? before;
  const speaker = inverted ?? shared ?? before ?? objectAfter(cue, sentence, context) ?? sharedSubject(cue, sentence, context);
  if (!speaker) return {speaker: null, cue: cueSpan, actor: null};
  const trimmed = withoutConjunction(speaker, context.text);
  return {speaker: trimmed, cue: cueSpan, actor: actorOf(trimmed, context)};
}

/** Prepositions and conjunctions that open a sentence with a participle's clause ("After saying …,"). */
const participleOpeners = new Set(['After', 'Before', 'In', 'On', 'Upon', 'While', 'When', 'Since', 'By', 'Without', 'Despite']);

/**
 * "After saying her foot was swollen, she was whisked off …", "In defending his record, Trump
 * offered …", "Having said that he would resign, the minister …": a participle opening the sentence after a preposition reports what the main
 * clause's subject says, and its content ends at the comma closing the clause. That subject and
 * the comma's offset; null for any other cue, or when the main clause has no subject to read.
 */
export function openingParticiple(cue: Word, sentence: SentenceSpan, context: Context): {speaker: Span; actor: string | null; clauseEnd: number} | null {
  const words = sentence.words;
  // "Having said that he would resign, the minister …" opens with a perfect participle.
  const participle = (cue.pos === 'VBG' || /ing$/u.test(cue.text)) && participleOpeners.has(words[0]!.text);
  if (cue.index !== 1 || !(participle || words[0]!.text === 'Having')) return null;
  const afterComma = words.findIndex((word) => word.index > cue.index && word.before.includes(','));
  if (afterComma < 0) return null;
  // The main clause opens with its subject: a name, a role or a pronoun there; else the subject
  // of its first verb ("…, the new minister resigned").
  const first = words[afterComma]!;
  const named = mentionEndingAt(first, context);
  let speaker: Span | null | undefined = named && named.start === first.start ? span(named, context.text) : subjectPronouns.has(first.text.toLowerCase()) ? span(first, context.text) : undefined;
  if (!speaker) {
    const verb = words.slice(afterComma, afterComma + 12).find((word) => /^(?:VBD|VBZ|VBP|MD)$/u.test(word.pos));
    speaker = verb && subjectOf(verb, sentence, context);
  }
  if (!speaker || speaker.start < first.start || /^(?:who|which|that)$/iu.test(speaker.text)) return null;
  const clauseEnd = words[afterComma - 1]!.end;
  return {speaker, actor: actorOf(speaker, context), clauseEnd};
}

/**
 * "In a statement, one of the family's attorneys, Justin Bamberg, said the videos show …": no
 * verb and no quotation before the cue, so what precedes it is its subject, not content.
 */
function subjectBefore(cue: Word, sentence: SentenceSpan, text: string): boolean {
  if (/[“”"«»]/u.test(text.slice(sentence.start, cue.start))) return false;
  for (let index = 0; index < cue.index; index++) {
    if (/^(?:VB[DPZ]?|MD)$/.test(sentence.words[index]!.pos)) return false;
  }
  return true;
}

/**
 * "…, said one GOP source in the room.": the phrase after the cue is its speaker only when it
 * closes the clause; in "Revesz, director of …, said the states were wrong" it is the content.
 */
function speakerClosingSentence(cue: Word, sentence: SentenceSpan, context: Context): Span | null {
  const object = objectAfter(cue, sentence, context);
  if (!object || /^(?:he|she|they|we|i)$/i.test(object.text)) return null;
  let at = lowerBound(sentence.words, object.end);
  const next = sentence.words[at];
  if (!next || /[,;.]/.test(next.before)) return object;
  // "…, said the company "respectfully disagrees"": a quotation goes on the clause.
  if (/[“"]/u.test(next.before)) return null;
  // "said the states were wrong", "said the company quickly agreed": a verb after it, adverbs aside.
  while (sentence.words[at]?.pos === 'RB' && !/[,;.]/.test(sentence.words[at + 1]?.before ?? ',')) at++;
  const verb = sentence.words[at]!;
  if (/^(VB[DPZN]?|MD)$/.test(verb.pos) || verb.text === 'that') return null;
  return object;
}

/**
 * A cue coordinated with an earlier verb ("said … and warned that") or a participle after a
 * comma ("dismissed the warning, stating, …") has the subject of the sentence's main clause.
 */
function sharedSubject(cue: Word, sentence: SentenceSpan, context: Context): Span | null {
  const before = context.text.slice(sentence.start, cue.start);
  if (!/(?:\band|\bbut|,)\s*$/u.test(before) && cue.pos !== 'VBG') return null;
  const first = firstWordAfterDateline(sentence, context.text);
  const opening = sentence.words.slice(first, first + 6);
  for (const word of opening) {
    const mention = findStartingIn(context.mentions, word.start, word.start) ?? findStartingIn(context.entities, word.start, word.start, (item) => item.type !== 'place');
    if (mention) return span(mention, context.text);
  }
  for (const word of sentence.words.slice(0, cue.index)) {
    if (word.index > 0 && isCue(word, sentence)) return subjectOf(word, sentence, context);
  }
  return null;
}

/** The index of the sentence's first word after a dateline ("LONDON (Reuters) - …": the agency is no subject). */
function firstWordAfterDateline(sentence: SentenceSpan, text: string): number {
  return lowerBound(sentence.words, sentence.start + datelineLength(text.slice(sentence.start, sentence.start + 80)));
}

/**
 * "A coalition of farmers filed suit against the department, arguing that …": a participle
 * after a comma has its main clause's subject, the subject of the clause's first verb, not the
 * name before the comma. Null when that clause has no verb or no subject to read.
 */
function mainClauseSubject(cue: Word, sentence: SentenceSpan, context: Context): Span | null {
  const first = firstWordAfterDateline(sentence, context.text);
  // The tagger takes a past tense after a noun for a participle ("farmers filed/VBN suit").
  const verb = sentence.words.slice(first, cue.index).find((word) => /^(?:VBD|VBZ|VBP)$/u.test(word.pos) || (word.pos === 'VBN' && /^NNP?S?$/u.test(sentence.words[word.index - 1]?.pos ?? '')));
  return verb ? subjectOf(verb, sentence, context) : null;
}

/** The noun phrase ending right before a verb, allowing auxiliaries and adverbs between. */
export function subjectOf(verb: Word, sentence: SentenceSpan, context: Context): Span | null {
  const words = sentence.words;
  const {text} = context;
  let index = verb.index - 1;
  while (index >= 0 && (auxiliaries.has(words[index]!.text.toLowerCase()) || words[index]!.pos.startsWith('RB')) && /^\s+$/.test(words[index + 1]!.before)) index--;
  // "Sanders on Tuesday said": step over a time adjunct between subject and verb.
  // Not across a comma: in "…, who served until earlier this year, said" the year ends an apposition.
  if (index > 1 && /^\s+$/.test((words[index + 1] ?? verb).before) && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|night|morning|afternoon|evening|week|month|year)$/i.test(words[index]!.text)) {
    let adjunct = index - 1;
    while (adjunct > 0 && /^(?:just|on|in|last|this|early|late|earlier|later|that|the|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i.test(words[adjunct]!.text) && index - adjunct < 4) adjunct--;
    if (adjunct < index - 1 && /^(?:just|on|in|last|this|early|late|earlier|later)$/i.test(words[adjunct + 1]!.text)) index = adjunct;
  }
  // "Sen. David Perdue (R-Ga.) said": step over a parenthesis that closes right before the cue.
  let parenthesis = false;
  if (index > 0 && /^\)\s*$/.test(text.slice(words[index]!.end, (words[index + 1] ?? verb).start))) {
    let open = index;
    while (open > 0 && !words[open]!.before.includes('(')) open--;
    if (words[open]!.before.includes('(')) {
      index = open - 1;
      parenthesis = true;
    }
  }
  if (index < 0) return null;
  const head = words[index]!;
  // The gap up to the first word skipped (an auxiliary or adverb), or up to the verb.
  const gap = text.slice(head.end, parenthesis ? verb.start : (words[index + 1] ?? verb).start).replace(/\s*\([^()]*\)\s*/u, ' ');
  if (/[;:“”"«»()]/u.test(gap) || /[.!?]\s*$/.test(gap)) return null;
  const mention = mentionEndingAt(head, context);
  if (gap.includes(',')) {
    if (!/^\s*,\s*$/.test(gap)) return null;
    // "Phil Lovas, said": a name closing an apposition speaks, unless a preposition ties it
    // into the apposition ("Maria Schmidt, an economist at the Kiel Institute, said").
    // Titles may stand between ("after talks with NATO Secretary General Mark Rutte", "led by chief executive Sam Altman").
    const tied = mention !== undefined && /\b(?:at|of|for|with|from|in|on|to|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$|\bby\s+(?:\p{L}[\p{L}.'’-]*\s+){1,3}$/u.test(text.slice(Math.max(sentence.start, mention.start - 60), mention.start));
    if (mention && mention.kind !== 'role' && mention.kind !== 'pronoun' && !tied) return span(mention, text);
    // "Bukele, the Salvadoran president, said": the name before the apposition speaks; in
    // "Jean-Marc Ayrault, the foreign minister of France, a permanent member …, said" a name tied
    // by a preposition sits in an earlier apposition.
    let open = index;
    let tiedName: Span | undefined;
    for (let appositions = 0; appositions < 5; appositions++) {
      while (open > 0 && index - open < 30 && !words[open]!.before.includes(',')) open--;
      if (!(open > 0 && words[open]!.before.includes(','))) break;
      let before = words[open - 1]!;
      // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said": the name is before the party label.
      if (/\)\s*,\s*$/u.test(words[open]!.before) || /\)$/u.test(before.text)) {
        let label = open - 1;
        while (label > 0 && open - label < 8 && !words[label]!.before.includes('(')) label--;
        if (label > 0 && words[label]!.before.includes('(')) before = words[label - 1]!;
      }
      const named = mentionEndingAt(before, context);
      const tie = named === undefined ? null : /\b(?:of|for|at|from|in)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(sentence.start, named.start - 10), named.start));
      if (named && !tie) return span(named, text);
      // "Sen. Jack Reed of Rhode Island, the top Democrat on …, said": the person of the place speaks.
      const of = named && tie ? personTiedTo(named, tiedByOf, sentence, context) : undefined;
      if (of) return of;
      if (!named && before.pos === 'CD' && open > 1 && /,\s+$/u.test(before.before)) {
        // "Donna Rawlings, 59, of Ashton, Md., who watched …, said": an age sets off no one.
        open--;
        continue;
      }
      if (!named) {
        const phrase = nounPhraseEndingAt(before, sentence, text);
        if (phrase) return phrase;
        break;
      }
      tiedName ??= span(named, text);
      open--;
    }
    if (tiedName) return tiedName;
    return mention ? span(mention, text) : null;
  }
  if (mention) {
    const published = withPublication(mention, sentence, text);
    if (published) return published;
    // "Dan Ives of Wedbush Securities called …": the person before the body he is of speaks.
    const member = mention.kind !== 'pronoun' ? personTiedTo(mention, tiedToBody, sentence, context) : undefined;
    if (member) return member;
    const before = text.slice(Math.max(sentence.start, mention.start - 3), mention.start);
    if (/,\s*$/.test(before) && mention.kind === 'role') {
      // Mentions ending within four characters before the role overlap [start - 5, start + 1).
      const name = overlapping(context.mentions, mention.start - 5, mention.start + 1).filter((item) => item.end <= mention.start && item.end >= mention.start - 4 && item.kind === 'name').pop();
      // "At a press conference in Chelsea, the mayor said": a name after a preposition closes an
      // opening phrase; it is no name in apposition to the role.
      if (name && !/\b(?:in|at|on|from|of|for|to|by|with|near|across)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(sentence.start, name.start - 10), name.start))) return span(name, text);
    }
    return span(mention, text);
  }
  if (subjectPronouns.has(head.text.toLowerCase())) return span(head, text);
  // "lawmakers, who have argued that …", "all agreed that …": a relative or quantifier pronoun
  // right before the cue is the mention of its source.
  if (/^(?:who|all|both|most|many|several|others|some)$/i.test(head.text) && index === verb.index - 1 - skippedBefore(words, verb.index)) return span(head, text);
  const phrase = nounPhraseEndingAt(head, sentence, text);
  return phrase && (withPublication(phrase, sentence, text) ?? withSourceModifier(phrase, sentence, text));
}

/** A study, report or poll published or released by or in what is named after it. */
const publicationBefore = /(?:^|\s)((?:an?|the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(?:study|report|paper|survey|poll|analysis|review|article|investigation|audit)\s+(?:published|released|issued|conducted|commissioned|carried\s+out)\s+(?:in|by|for)\s+(?:the\s+)?)$/iu;

/**
 * "A new study published in The Lancet found …", "A report released by the World Bank said …":
 * the study speaks, not the journal or the publisher named before the cue. Undefined for any
 * other subject.
 */
function withPublication(subject: Span, sentence: SentenceSpan, text: string): Span | undefined {
  const published = publicationBefore.exec(text.slice(Math.max(sentence.start, subject.start - 70), subject.start));
  if (!published) return undefined;
  const start = subject.start - published[1]!.length;
  return {start, end: subject.end, text: text.slice(start, subject.end)};
}

/** Nouns of a body of people that speaks as one ("A coalition of farmers filed suit, arguing …"). */
const groupNouns: ReadonlySet<string> = new Set(['coalition', 'group', 'panel', 'delegation', 'team', 'majority', 'number', 'handful', 'alliance', 'association', 'union', 'council', 'committee', 'board', 'bloc', 'caucus']);

/** Words that tie a source to what it knows ("familiar with", "close to", "briefed on", "with knowledge of"). */
const sourceModifiers = /^(?:familiar|close|briefed|involved|knowledgeable|aware|informed|knowledge)$/u;

/**
 * "People familiar with the matter said", "a person with knowledge of the plan said": the phrase
 * before the cue is what the source knows about; the source is the noun phrase before it.
 */
function withSourceModifier(phrase: Span, sentence: SentenceSpan, text: string): Span {
  const words = sentence.words;
  const first = lowerBound(words, phrase.start);
  // "The mayor of the city said", "a spokesman for the ministry said": the office speaks.
  const office = words[first - 2];
  if (/^(?:of|for|at)$/u.test(words[first - 1]?.text ?? '') && office && /^NNS?$/u.test(office.pos) && (roleNouns.has(office.text.toLowerCase()) || sourceNouns.has(office.text.toLowerCase()) || groupNouns.has(office.text.toLowerCase()))) {
    const source = nounPhraseEndingAt(office, sentence, text);
    if (source) return {start: source.start, end: phrase.end, text: text.slice(source.start, phrase.end)};
    return phrase;
  }
  if (!/^(?:with|to|on|in|about|of)$/u.test(words[first - 1]?.text ?? '')) return phrase;
  let at = first - 2;
  if (!sourceModifiers.test(words[at]?.text ?? '')) return phrase;
  if (words[at]!.text === 'knowledge' && words[at - 1]?.text === 'with') at--;
  const head = words[at - 1];
  if (!head || (!/^(?:NNS?|CD)$/u.test(head.pos) && !sourceNouns.has(head.text.toLowerCase()))) return phrase;
  const source = nounPhraseEndingAt(head, sentence, text);
  return source ? {start: source.start, end: phrase.end, text: text.slice(source.start, phrase.end)} : phrase;
}

/** A place tied to the person before it ("Jack Reed of Rhode Island"), and a body ("Dan Ives of Wedbush Securities", "at", "from"). */
const tiedByOf = /\s+of\s+(?:the\s+)?$/u;
const tiedToBody = /\s+(?:of|at|from)\s+(?:the\s+)?$/u;

/** The person named right before `named`, tied to it by the preposition `tie` reads; undefined for anyone else. */
function personTiedTo(named: Span, tie: RegExp, sentence: SentenceSpan, context: Context): Span | undefined {
  const {text} = context;
  const before = tie.exec(text.slice(Math.max(sentence.start, named.start - 10), named.start));
  if (!before) return undefined;
  const end = named.start - before[0].length;
  const person = findContaining(context.mentions, end - 1);
  return person && person.kind === 'name' && person.end === end && context.entities.some((entity) => entity.start === person.start && entity.type === 'person') ? span(person, text) : undefined;
}

/** How many auxiliaries and adverbs stand right before a verb ("have also argued"). */
function skippedBefore(words: readonly Word[], index: number): number {
  let at = index - 1;
  while (at >= 0 && (auxiliaries.has(words[at]!.text.toLowerCase()) || words[at]!.pos.startsWith('RB'))) at--;
  return index - 1 - at;
}

/** "But Trump claims …": a sentence-opening conjunction is not part of the speaker. */
function withoutConjunction(speaker: Span, text: string): Span {
  const lead = /^(?:But|And|So|Yet|Or|Now|Still|Then)\s+(?=\S)/u.exec(speaker.text);
  if (!lead) return speaker;
  const start = speaker.start + lead[0].length;
  return {start, end: speaker.end, text: text.slice(start, speaker.end)};
}

function nounPhraseEndingAt(head: Word, sentence: SentenceSpan, text: string): Span | null {
  const lower = head.text.toLowerCase();
  // "The former general added that …": the tagger takes "general", "chief" or "executive" for an adjective.
  if (!/^(NN|PRP$|CD)/.test(head.pos) && !sourceNouns.has(lower) && !roleNouns.has(lower) && !/^\p{Lu}/u.test(head.text)) return null;
  if (/^(it|this|that|which|who)$/.test(lower)) return null;
  let first = head.index;
  while (first > 0) {
    const previous = sentence.words[first - 1]!;
    if (!/^\s+$/.test(sentence.words[first]!.before) && !/^['’]s?\s*$/u.test(sentence.words[first]!.before)) break;
    // "eight of 10 voters", "most of the senators": a share of a group.
    const share = previous.text === 'of' && first > 1 && (sentence.words[first - 2]!.pos === 'CD' || /^(?:most|many|some|all|half|none|one|each|both)$/i.test(sentence.words[first - 2]!.text));
    if (share) {
      first -= 2;
      continue;
    }
    // A capital opening the sentence may be a conjunction or an adverb ("If", "When", "Maybe"), not a name's.
    if (!/^(NN|JJ|DT|CD|PRP\$|POS|VBN)/.test(previous.pos) && !(/^\p{Lu}/u.test(previous.text) && !(previous.index === 0 && /^(?:IN|CC|RB|WRB|TO)$/.test(previous.pos)))) break;
    if (cueVerbs.has(previous.text.toLowerCase()) && /^VB/.test(previous.pos)) break;
    first--;
    if (head.index - first >= 6) break;
  }
  const start = sentence.words[first]!.start;
  return {start, end: head.end, text: text.slice(start, head.end)};
}

/** The speaker written after the cue: "said Bukele", "said the minister". */
function objectAfter(verb: Word, sentence: SentenceSpan, context: Context): Span | null {
  const next = sentence.words[verb.index + 1];
  if (!next || !/^\s+$/.test(next.before)) return null;
  // "said Mayor Helen Okafor": the name may follow a title of up to four words.
  const window = sentence.words.slice(verb.index + 1, verb.index + 6);
  const limit = window[window.length - 1]?.end ?? next.end;
  const mention = findStartingIn(context.mentions, next.start, limit, (item) => item.kind === 'name' && !/[,;:]/.test(context.text.slice(next.start, item.start))) ?? findStartingIn(context.entities, next.start, limit, (item) => !/[,;:]/.test(context.text.slice(next.start, item.start)));
  if (mention && (mention.start === next.start || titleWords.has(next.text))) return span(mention, context.text);
  if (/^(the|a|an|one|two|three|several|some|many|another|its|his|her|their)$/i.test(next.text)) {
    let last = next.index + 1;
    while (last < sentence.words.length - 1 && /^\s+$/.test(sentence.words[last + 1]!.before) && /^(NN|JJ)/.test(sentence.words[last + 1]!.pos)) last++;
    const end = sentence.words[last]!;
    // "said its director general, Monique Goyens": the name set off after the role speaks.
    const after = sentence.words[last + 1];
    const named = after && /^,\s+$/u.test(after.before) ? findStartingIn(context.mentions, after.start, after.start, (item) => item.kind === 'name') : undefined;
    if (named && (/^NN/.test(end.pos) || roleNouns.has(end.text))) return span(named, context.text);
    if (/^NN/.test(end.pos) && !/^(its|his|her|their)$/i.test(next.text)) return {start: next.start, end: end.end, text: context.text.slice(next.start, end.end)};
  }
  if (/^(he|she|they|we|i)$/i.test(next.text)) return span(next, context.text);
  return null;
}
