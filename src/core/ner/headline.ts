/**
 * Title-case headlines ("Wealthy Voters Abandon Republican Party for Hillary Clinton"): every
 * word in capitals, so capitalised runs and the tagger read the whole line as one name. In such
 * a line a name ends at a verb or a function word ("Abandon", "Says", "The", "for"), and the
 * ordinary words around a name ("Wealthy Voters", "Supporter", "Hit Piece") are no part of it.
 * Only a line of its own, short and with lower case nowhere but in function words, is read so.
 */
import {countryByDemonym} from '../data/countries.js';
import {isGivenName} from '../data/first-names.js';
import {firstReading, isFunctionWord, isOrdinaryWord, isProperOnly, readingsOf} from '../data/lexicon.js';
import {knownOrganizations, organizationWords} from '../data/organizations.js';
import {knownPlaces} from '../data/places.js';
import {titleWords} from '../data/titles.js';
import {detached, keptByText} from '../text/kept-by-text.js';

/** Longer lines are paragraphs, not headlines (and a line no longer lies within what the passes re-read around an edit, near-edit.ts REACH). */
const LONGEST_HEADLINE = 150;

/** The lexicon's readings that end a name in a headline: verbs, prepositions, determiners, conjunctions, pronouns. */
const breakingReadings = new Set(['VBZ', 'VBD', 'VBP', 'VB', 'MD', 'IN', 'TO', 'CC', 'DT', 'WP', 'WDT', 'WRB', 'PRP', 'PRP$']);
/** Lower-case words that stay inside a name in title case ("Bank of America", "Charles de Gaulle"). */
const innerLowerWords = new Set(['of', 'de', 'del', 'da', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'ibn', 'al']);
/** Numbers the lexicon lacks ("One Tweet Sums Up…"). */
const numberWords = new Set('One Two Three Four Five Six Seven Eight Nine Ten Dozen Hundreds Thousands Millions'.split(' '));
const negation = /n['’]t$/iu;
const possessiveEnd = /['’]s?$/u;

function strip(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(possessiveEnd, '');
}

/** Whether the word ends a name in a headline: a verb (also one the lexicon knows only without its "s": "Hammers"), a function word, a negation. */
function breaks(words: readonly string[], at: number): boolean {
  const word = strip(words[at]!);
  if (word === '' || innerLowerWords.has(word)) return false;
  if (/^\p{Ll}/u.test(word)) return true;
  if (negation.test(word) || isFunctionWord(word)) return true;
  // "Will Smith", "Mark Kelly": a given name before a surname.
  const next = words[at + 1] === undefined ? '' : strip(words[at + 1]!);
  if (isGivenName(word) && /^\p{Lu}/u.test(next) && !isOrdinaryWord(next)) return false;
  const reading = firstReading(word);
  if (reading !== undefined && breakingReadings.has(reading)) return true;
  // "Sums", "Hammers", "Exploits": a plural's letters, a verb's reading ("Wells" is a name's).
  if (!/s$/u.test(word) || isProperOnly(word)) return false;
  return [word.slice(0, -1), word.replace(/es$/u, '')].some((stem) => readingsOf(stem)?.some((tag) => tag === 'VB' || tag === 'VBP') === true);
}

/** A word of a headline that is no part of a name beside it: an ordinary word or a demonym. */
function isOrdinary(word: string): boolean {
  const value = strip(word);
  return value === '' || innerLowerWords.has(value) || countryByDemonym.has(value.toLowerCase()) || firstReading(value) === 'CD' || numberWords.has(value) || (/^\p{Lu}/u.test(value) && isOrdinaryWord(value));
}

function isKnown(words: readonly string[], from: number, to: number): boolean {
  const value = words.slice(from, to).map(strip).join(' ').toLowerCase();
  return knownOrganizations.has(value) || knownPlaces.has(value);
}

/**
 * The names left in a run of a title-case headline, as [from, to) word indices: the run cut at
 * its verbs and function words, each part without the ordinary words around its name. A known
 * name stays whole ("Washington Post", "Republican Party"), and so does a given name before a
 * surname.
 */
export function headlinePieces(words: readonly string[]): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  if (isKnown(words, 0, words.length)) return [[0, words.length]];
  const close = (from: number, to: number) => {
    // "Congressional Black Caucus Foundation": ordinary words that an organisation's word closes are its name.
    if (to - from > 1 && organizationWords.has(strip(words[to - 1]!))) {
      pieces.push([from, to]);
      return;
    }
    while (from < to && !isKnown(words, from, to) && isOrdinary(words[from]!) && !(isGivenName(strip(words[from]!)) && from + 1 < to && !isOrdinary(words[from + 1]!))) from++;
    // "Wells Fargo CEO": an office after the name is no part of it.
    while (to > from && !isKnown(words, from, to) && (isOrdinary(words[to - 1]!) || titleWords.has(strip(words[to - 1]!)))) to--;
    if (to > from) pieces.push([from, to]);
  };
  let from = 0;
  for (let at = 0; at < words.length; at++) {
    if (!breaks(words, at)) continue;
    close(from, at);
    from = at + 1;
  }
  close(from, words.length);
  return pieces;
}

/** Whether a run's words come out of `headlinePieces` as they are: most names, asked first and kept by text. */
const wholeInHeadline = keptByText((value: string): boolean => {
  const words = value.split(/\s+/u);
  const pieces = headlinePieces(words);
  return pieces.length === 1 && pieces[0]![0] === 0 && pieces[0]![1] === words.length;
});

/** Whether a line is a title-case headline: a few words, each capitalised but function words, with a verb or a function word in capitals after the first. */
const isHeadline = keptByText((line: string): boolean => {
  const words = line.split(/\s+/u).filter((word) => /\p{L}/u.test(word));
  if (words.length < 4) return false;
  let signature = false;
  for (const [at, raw] of words.entries()) {
    const word = strip(raw);
    if (word === '') continue;
    if (/^\p{Ll}/u.test(word)) {
      if (!isFunctionWord(word) && !innerLowerWords.has(word) && word !== 'to' && word !== 'vs.' && word !== 'vs') return false;
    } else if (at > 0 && !signature && /^\p{Lu}/u.test(word) && breaks(words, at)) signature = true;
  }
  return signature;
});

/**
 * Where the line around `start`..`end` starts, if it is no longer than a headline and lies within
 * `from`..`to` (what the caller's result may read: the incremental analyser re-runs a step only as
 * far from an edit as it reads), without scanning further; -1 if not. It ends at `lineEnd`, left
 * in `lastEnd`.
 */
function lineAround(text: string, start: number, end: number, from: number, to: number): number {
  const first = Math.max(0, from, start - LONGEST_HEADLINE);
  let lineStart = start;
  while (lineStart > first && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10) return -1;
  // Past one more character than a headline holds from its start, the line is too long whatever follows.
  const last = Math.min(text.length, to, end + LONGEST_HEADLINE, lineStart + LONGEST_HEADLINE + 1);
  let lineEnd = end;
  while (lineEnd < last && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  if (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10) return -1;
  lastEnd = lineEnd;
  return lineEnd - lineStart > LONGEST_HEADLINE ? -1 : lineStart;
}

let lastEnd = 0;

/**
 * The last line `lineAround` found (where it was, its text) and whether it is a headline: the
 * runs of a line ask one after another. It is found again where the text still holds it.
 */
let lastLine: {start: number; end: number; line: string; headline: boolean} | undefined;

/** Whether the name at `start`..`end` sits in a title-case headline held within `from`..`to`. */
function inHeadline(text: string, start: number, end: number, from = 0, to = text.length): boolean {
  const known = lastLine;
  if (known && known.start <= start && end <= known.end && known.end <= text.length && text.startsWith(known.line, known.start)) {
    const {start: lineStart, end: lineEnd} = known;
    if ((lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) && (lineEnd === text.length || text.charCodeAt(lineEnd) === 10)) {
      // The line around the name as lineAround finds it, unless its scan back stops short of the
      // line's start (at `from`, or a headline's length before the name) or its scan on short of
      // the line's end (at `to`, or a headline's length after the name: the line is no longer).
      const back = lineStart >= Math.max(0, from, start - LONGEST_HEADLINE) || lineStart === start;
      const on = lineEnd <= Math.min(text.length, to, end + LONGEST_HEADLINE) || lineEnd === end;
      return back && on && known.headline;
    }
  }
  const lineStart = lineAround(text, start, end, from, to);
  if (lineStart < 0) return false;
  const line = text.slice(lineStart, lastEnd);
  const headline = isHeadline(line.trim());
  // Detached: a slice would keep the whole document alive.
  lastLine = {start: lineStart, end: lastEnd, line: detached(line), headline};
  return headline;
}

/** Whether a name found at `start`..`end` runs over what a title-case headline would cut ("Tweet Sums Up The Absurd Double Standard Clinton"). */
export function crossesHeadline(text: string, start: number, end: number): boolean {
  return !wholeInHeadline(text.slice(start, end)) && inHeadline(text, start, end);
}

/** A capitalised run as a title-case headline leaves it: the run itself elsewhere, its names' pieces there. */
export function headlineRuns<W extends {text: string; start: number; end: number}>(run: W[], text: string, from: number, to: number): W[][] {
  // Most runs are in no headline: the line around, a few characters read, rules them out first.
  if (run.length === 0 || !inHeadline(text, run[0]!.start, run[run.length - 1]!.end, from, to) || wholeInHeadline(run.map((word) => word.text).join(' '))) return [run];
  return headlinePieces(run.map((word) => word.text)).map(([from, to]) => run.slice(from, to));
}
