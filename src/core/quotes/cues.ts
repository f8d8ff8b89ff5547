/**
 * Cue words: which words report speech (verbs, nouns of saying, passives, verbs of seeming), as
 * asked of a word's text and of the word in its sentence. Every finder asks these, and the word
 * lists change for other reasons than the finders do.
 */
import {cueVerbs} from '../data/speech.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {keptByText} from '../text/kept-by-text.js';

/** Cue verbs that report nothing without what follows them ("continue to insist", "want a deal"). */
const clauseClosingLemmas: ReadonlySet<string> = new Set(['continue', 'want', 'plan', 'seem', 'expect', 'hope', 'intend', 'decline', 'refuse']);

/** Such a verb closing its clause at a comma ("While checks continue, officials will …"). */
export function reportsNothing(cue: Word, text: string): boolean {
  const lemma = cuesOf(cue.text).lemma;
  return lemma !== undefined && clauseClosingLemmas.has(lemma) && /^\s*,\s*[^\s“"«]/u.test(text.slice(cue.end, cue.end + 4));
}

/** What the speech layer asks of a word by its text alone. */
export interface WordCues {
  /** The speech verb's lemma (`cueVerbs` of the word in lower case). */
  lemma: string | undefined;
  /** A noun of saying (`cueNouns`), a passive participle (`passiveCues`), a verb of seeming (`seemingCues`). */
  noun: boolean;
  passive: boolean;
  seeming: boolean;
}

/** The cues of most words: none. */
export const noCues: WordCues = Object.freeze({lemma: undefined, noun: false, passive: false, seeming: false});

/** Nouns of saying and deciding that carry their content ("Trump's claim that …"). */
const cueNouns = /^(?:claims?|assertions?|arguments?|statements?|suggestions?|promises?|pledges?|vows?|warnings?|calls?|decisions?|plans?|proposals?|insistence|beliefs?|views?|criticism|comments?|remarks?|accusations?|allegations?|charges?|threats?|demands?|announcements?|predictions?|admission|denials?|refusal|requests?|vision|hopes?|fears?|concerns?|doubts?|worries|questions?|push|efforts?|attacks?|defen[cs]e|support|opposition|endorsement|praise)$/i;

/** Passive participles that attribute a view to nobody in particular ("is expected to"). */
const passiveCues = /^(?:expected|thought|believed|considered|said|reported|known|alleged|accused|rumou?red|understood|criticized|criticised|seen|viewed|regarded|described|deemed|rated|estimated|projected|predicted|suspected|charged|blamed|implicated|announced|debated|questioned)$/;

/** Verbs of seeming whose subject holds a view nobody is credited with. */
const seemingCues = /^(?:seems?|seemed|appears?|appeared)$/;

/**
 * `WordCues` by text: every word of an article is asked these (a lower-case copy and four
 * patterns), and an article has a few thousand distinct words.
 */
export const cuesOf = keptByText<WordCues>((text) => {
  const cues = {lemma: cueVerbs.get(text.toLowerCase()), noun: cueNouns.test(text), passive: passiveCues.test(text), seeming: seemingCues.test(text)};
  return cues.lemma === undefined && !cues.noun && !cues.passive && !cues.seeming ? noCues : cues;
}, 100_000);

export function isCue(word: Word, sentence: SentenceSpan, cues: WordCues = cuesOf(word.text)): boolean {
  const lemma = cues.lemma;
  if (!lemma) return false;
  if (word.pos.startsWith('NN') && !/^(says|said|told|added|stated|noted|wrote|asked|claimed|argued|warned)$/i.test(word.text) && !verbInContext(word, sentence)) return false;
  if (word.text === 'According') return false;
  // "Having said that, …", "That said, …": a turn of the argument, nothing reported.
  if (word.text === 'said' && word.index === 1 && /^(?:Having|That)$/u.test(sentence.words[0]!.text)) {
    const next = sentence.words[2];
    const afterThat = next?.text === 'that' ? sentence.words[3] : next;
    if (afterThat && /^\s*,/u.test(afterThat.before)) return false;
  }
  // "ruled that out", "ruled out a deal": excluded, not decided.
  if (lemma === 'rule' && [1, 2].some((ahead) => sentence.words[word.index + ahead]?.text === 'out')) return false;
  // "efforts to urge …": an infinitive states a purpose, not something said.
  const previous = sentence.words[word.index - 1];
  if (previous && previous.text.toLowerCase() === 'to' && /^\s+$/.test(word.before)) return false;
  return true;
}

/**
 * The tagger often reads "claims", "show" or "believe" as nouns. Between a subject ("Trump",
 * "Data from the survey", "Some") and a complement ("that", "whether", "the …", "he …") the
 * word is the verb; after a determiner or possessive ("his claims that") it stays a noun.
 */
function verbInContext(word: Word, sentence: SentenceSpan): boolean {
  const previous = sentence.words[word.index - 1];
  const next = sentence.words[word.index + 1];
  if (!previous || !next || !/^\s+$/.test(word.before) || !/^\s+$/.test(next.before)) return false;
  // An acronym ends a subject whatever its tag ("The WHO/WP estimates that").
  const subjectEnd = /^(NNP?S?|PRP|CD)$/.test(previous.pos) || /^\p{Lu}{2,}$/u.test(previous.text) || /^(some|many|most|others|few|all|both|critics|experts)$/i.test(previous.text);
  if (!subjectEnd || /^(PRP\$|POS)$/.test(previous.pos) || /['’]s$/u.test(previous.text)) return false;
  return /^(that|whether|how|what|why|who|if|to|the|a|an|his|her|its|their|this|these|those|some|no|he|she|they|it|we|i|you)$/i.test(next.text) || /^\p{Lu}/u.test(next.text);
}
