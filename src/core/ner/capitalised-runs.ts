/**
 * A sentence's runs of capitalised words, each a candidate name: where a run ends (punctuation,
 * a possessive, a lower-case word), which connectors it keeps inside, and where an "and" or an
 * "&" splits it into two names. Apart from their classification: these rules read only the
 * words' letters and spacing, the classification reads gazetteers and context.
 */
import {countryByDemonym} from '../data/countries.js';
import {isGivenName} from '../data/first-names.js';
import {headlineRuns} from './headline.js';
import {knownOrganizations, organizationWords} from '../data/organizations.js';
import {facilityHeads, knownPlaces} from '../data/places.js';
import {titleComplements, titleWords} from '../data/titles.js';
import {isCommonWord} from '../data/lexicon.js';
import {isBlankGap, type SentenceSpan, type Word} from '../text/sentences.js';
import {possessive} from './letters.js';
import {notNames, connectors, capitalised, isNameWord, stripPossessive} from './name-words.js';

const ampersand = /^[ \t\u00a0]*&[ \t\u00a0]*$/u;
/** Plural possessives that name what follows rather than own it: "Korean People's Army", "Women's March". */
const namingPossessives = new Set(['People', 'Children', 'Women', 'Men', 'Workers', 'Farmers', 'Veterans', 'Citizens']);

/**
 * Splits a sentence's words into runs of capitalised words (with connectors inside), each run
 * ending at punctuation, at a possessive, or at a lower-case word.
 */
export function capitalisedRuns(sentence: SentenceSpan, text: string): Word[][] {
  const runs: Word[][] = [];
  let run: Word[] = [];
  /** Words after an "&" inside the run ("Evergreen Aviation & Space Museum"): split there as at "and". */
  const afterAmpersand = new Set<Word>();
  const flush = () => {
    while (run.length > 0 && !isNameWord(run[run.length - 1]!)) run.pop();
    // Most words flush an empty run: a new array only after one was kept.
    if (run.length > 0) {
      // The memo keeps a sentence's findings while the text from 60 characters before it to 80 after is the same (memo.ts `rules`).
      for (const piece of headlineRuns(run, text, sentence.start - 60, sentence.end + 80)) runs.push(...splitAtAnd(piece, afterAmpersand));
      run = [];
    }
    // Clearing a Set allocates a new table, even an empty one's.
    if (afterAmpersand.size > 0) afterAmpersand.clear();
  };
  for (const word of sentence.words) {
    const joined = word.before === ' ' || isBlankGap(word.before);
    if (run.length > 0 && !joined && ampersand.test(word.before) && isNameWord(run[run.length - 1]!) && isNameWord(word)) afterAmpersand.add(word);
    else if (!joined) flush();
    if (isNameWord(word)) {
      // "University of Wisconsin-Stout": after an organisation's connector the hyphenated word ends its name.
      const afterConnector = run.length > 1 && connectors.has(run[run.length - 1]!.text);
      const parts = word.text.includes('-') && !afterConnector && !titleWords.has(word.text) && !knownPlaces.has(word.text.toLowerCase()) && !knownOrganizations.has(word.text.toLowerCase()) ? hyphenParts(word, text) : [];
      if (parts.length > 0) {
        // "Colombia-Panama border", "U.S.-funded": the known parts are names of their own.
        flush();
        runs.push(...parts);
        continue;
      }
      run.push(word);
      if (possessive.test(word.text) && word.text.length > 2 && !namingPossessives.has(stripPossessive(word.text))) flush();
    } else if (run.length > 0 && ((connectors.has(word.text) && joinsAcross(run, word)) || articleInOrganization(run, word))) {
      run.push(word);
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/** Plural nouns that open an organisation's name before its "for": "Americans for Prosperity", "Physicians for Human Rights". */
const pluralBeforeFor = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "Council on Foreign Relations", "Minister for Education": an "on" or "for" joins two capitalised
 * parts only after an organisation's, a building's or an office's word (or a plural before
 * "for"); elsewhere it stands between two names ("Obama on CNN", "left Kabul for Doha", "Airport
 * for Union Square").
 */
function joinsAcross(run: readonly Word[], word: Word): boolean {
  if (word.text !== 'on' && word.text !== 'for') return true;
  const last = run[run.length - 1]!.text;
  if (organizationWords.has(last) || facilityHeads.has(last) || titleWords.has(last) || titleComplements.has(last)) return true;
  return word.text === 'for' && pluralBeforeFor.test(last) && (countryByDemonym.has(last.slice(0, -1).toLowerCase()) || isCommonWord(last));
}

/** "Foundation for the Visual Arts", "Bank of the South": "the" after an organisation word and "of" or "for". */
function articleInOrganization(run: readonly Word[], word: Word): boolean {
  if (word.text !== 'the' || run.length < 2) return false;
  const last = run[run.length - 1]!.text;
  return (last === 'of' || last === 'for') && (organizationWords.has(run[run.length - 2]!.text) || facilityHeads.has(run[run.length - 2]!.text));
}

/**
 * "Food and Agriculture Organization" is one name; "the Panama Canal and Panama" is two. An
 * "and" stays inside a run only when the run ends as an organisation's name.
 */
function splitAtAnd(run: Word[], afterAmpersand: ReadonlySet<Word>): Word[][] {
  const last = run[run.length - 1]!;
  if (!(afterAmpersand.size > 0 || run.some((word) => word.text === 'and'))) return [run];
  const whole = run.map((word) => word.text).join(' ').toLowerCase();
  if (knownOrganizations.has(whole) || knownPlaces.has(whole)) return [run];
  if (!knownSideOfAnd(run) && (organizationWords.has(last.text) || facilityHeads.has(last.text)) && !joinsTwoOrganizations(run) && !affiliationAfterAnd(run)) return [run];
  if (andInsideOrganization(run)) return [run];
  const parts: Word[][] = [];
  let part: Word[] = [];
  for (const [index, word] of run.entries()) {
    if (word.text === 'and' || (afterAmpersand.has(word) && !isFirmName(run, index))) {
      if (part.length > 0) parts.push(part);
      part = word.text === 'and' ? [] : [word];
    } else part.push(word);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** "the FBI and Justice Department", "Anderson Cooper and Fox News": a known name on one side of the "and" is a name of its own. */
function knownSideOfAnd(run: readonly Word[]): boolean {
  const and = run.findIndex((word) => word.text === 'and');
  if (and < 1) return false;
  const side = (words: readonly Word[]) => words.map((word) => word.text).join(' ').toLowerCase();
  const left = side(run.slice(0, and));
  const right = side(run.slice(and + 1));
  return knownOrganizations.has(left) || knownPlaces.has(left) || knownOrganizations.has(right) || knownPlaces.has(right);
}

/**
 * "Food and Agriculture Organization of the United Nations": the organisation's word closes
 * the words joined by the "and", before its "of". "Ministry of Science and Technology of
 * China": the "and" joins the portfolio after an organisation's "of", unless what follows it is
 * a name of its own ("Bank of England and Barclays").
 */
function andInsideOrganization(run: readonly Word[]): boolean {
  const and = run.findIndex((word) => word.text === 'and');
  if (and < 1) return false;
  const ofAt = (from: number, to: number) => run.findIndex((word, index) => index >= from && index < to && (word.text === 'of' || word.text === 'for'));
  const before = ofAt(0, and);
  if (before < 0) {
    const after = ofAt(and + 1, run.length);
    return after > and + 1 && organizationWords.has(run[after - 1]!.text) && !run.slice(0, and).some((word) => organizationWords.has(word.text) || facilityHeads.has(word.text));
  }
  // "American Civil Liberties Union of Ohio and Demos": after a place, the "and" names another.
  const portfolio = run.slice(before + 1, and);
  if (before === 0 || !organizationWords.has(run[before - 1]!.text) || portfolio.some((word) => connectors.has(word.text)) || knownPlaces.has(portfolio.map((word) => word.text).join(' ').toLowerCase())) return false;
  const next = ofAt(and + 1, run.length);
  const joined = run.slice(and + 1, next < 0 ? run.length : next);
  const joinedText = joined.map((word) => word.text).join(' ').toLowerCase();
  // A second organisation's name ends with its own word ("and Barclays Bank"); a portfolio's one word may be one ("Science and Technology").
  const ownName = joined.length > 1 && organizationWords.has(joined[joined.length - 1]!.text);
  return joined.length > 0 && !ownName && !joined.some((word) => word.text === 'and' || connectors.has(word.text)) && !knownOrganizations.has(joinedText) && !knownPlaces.has(joinedText) && !joined.some((word) => isGivenName(word.text));
}

/**
 * "Cooper and Martha Raddatz of ABC News": the organisation's word ends the affiliation after
 * the "of", not a name joined by the "and" before it ("Food and Agriculture Organization of
 * the United Nations" has the word before its "of"; "Ministry of Science and Technology" its
 * "of" before the "and").
 */
function affiliationAfterAnd(run: readonly Word[]): boolean {
  const and = run.findIndex((word) => word.text === 'and');
  if (and < 1 || run.slice(0, and).some((word) => connectors.has(word.text))) return false;
  const of = run.findIndex((word, index) => index > and && word.text === 'of');
  if (of < 0) return false;
  const head = run[of - 1]!.text;
  return !organizationWords.has(head) && !facilityHeads.has(head) && !organizationWords.has(run[and - 1]!.text);
}

/**
 * "Procter & Gamble", "Johnson & Johnson", "Marks & Spencer": short names on both sides of the
 * "&" at `at` write a firm's name, unless a side is a place or an organisation of its own
 * ("Google & Apple") or an office ("Chairman & Chief Executive").
 */
function isFirmName(run: readonly Word[], at: number): boolean {
  const joins = (word: Word) => word.text === 'and' || connectors.has(word.text);
  let from = at;
  while (from > 0 && !joins(run[from - 1]!)) from--;
  let to = at;
  while (to < run.length && !joins(run[to]!)) to++;
  return [run.slice(from, at), run.slice(at, to)].every((side) => {
    const sideText = side.map((word) => word.text).join(' ').toLowerCase();
    return side.length > 0 && side.length <= 2 && !knownPlaces.has(sideText) && !knownOrganizations.has(sideText) && !side.some((word) => titleWords.has(word.text));
  });
}

/**
 * "the Wikimedia Foundation and Creative Commons": an "and" between two names that each end
 * with an organisation's word joins two organisations ("Food and Agriculture Organization" has
 * no such word before its "and"; "National Air and Space Museum" none after it).
 */
function joinsTwoOrganizations(run: readonly Word[]): boolean {
  const at = run.findIndex((word) => word.text === 'and');
  if (at < 2 || run.length - at - 1 < 2 || run.map((word) => word.text).lastIndexOf('and') !== at) return false;
  return organizationWords.has(run[at - 1]!.text) && organizationWords.has(run[run.length - 1]!.text) && !connectors.has(run[at + 1]!.text);
}

function hyphenParts(word: Word, text: string): Word[][] {
  const parts: Word[][] = [];
  const pattern = /[^-]+/g;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(word.text))) {
    const part = match[0];
    if (!capitalised.test(part) || notNames.has(part)) continue;
    const lower = part.toLowerCase();
    if (!knownPlaces.has(lower) && !knownOrganizations.has(lower) && !countryByDemonym.has(lower)) continue;
    const start = word.start + match.index;
    parts.push([{...word, text: part, start, end: start + part.length, before: text.slice(word.start, start) || word.before}]);
  }
  return parts;
}
