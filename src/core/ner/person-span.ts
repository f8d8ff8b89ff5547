/**
 * A person's span as FORMAT.md writes it, whichever step found it: the tagger learned from
 * GUM, which keeps titles, descriptors and whole noun phrases inside person spans, and title-case
 * headlines read as one long name. What opens the span before the name (words in lower case, a
 * title, a party, a possessor) and a headline's verb after it are cut off; a people's plural or
 * a party alone is no person.
 */
import type {EntityMention} from '../data-map.js';
import {countryByDemonym} from '../data/countries.js';
import {isGivenName, surnameParticles} from '../data/first-names.js';
import {firstReading, isCommonWord, isFunctionWord, isOrdinaryWord} from '../data/lexicon.js';
import {organizationWords, partyMembers, partyNames} from '../data/organizations.js';
import {honorifics, titleWords} from '../data/titles.js';

/** Plural titles that open a list of people ("Senators Charles E. Grassley and …"). */
const pluralTitles = new Set(['Senators', 'Sens.', 'Representatives', 'Reps.', 'Governors', 'Presidents', 'Ministers', 'Judges', 'Justices', 'Messrs.']);

/** Offices an honorific addresses ("Mr. President", "Madam Speaker"). */
const addressedOffices = new Set(['President', 'Speaker', 'Chairman', 'Chairwoman', 'Secretary', 'Justice', 'Governor', 'Senator', 'Mayor', 'Ambassador', 'Minister', 'Chancellor', 'Commissioner', 'Director', 'Premier', 'Leader', 'Chief']);

const programmeHeads = new Set(['Show', 'Podcast', 'Hour', 'Programme', 'Program', 'Now', 'Live', 'Tonight']);
const mountain = /^(?:Mt\.|Mount)$/u;
/** Heads that end a place's name and no one's ("Park" and "Hill" are surnames too). */
const placeEnds = new Set(['Island', 'Islands', 'Road', 'Street', 'Avenue', 'Boulevard', 'Monument', 'Bridge', 'Canal', 'River', 'Mountains', 'Valley', 'County', 'Square', 'Airport', 'Station', 'Stadium']);


/** Particles that may open a surname in lower case ("al-Assad", "de Blasio"). */
const lowerParticle = /^(?:al|el|ad|bin|ibn|de|van|von|da|di|du|la|le|del|della|dos|ter|ten)(?:-|$)/u;

interface Piece {
  text: string;
  start: number;
}

/** The mention with its span cut to the person's name, the mention itself, or null for no person. */
export function personSpan(item: EntityMention): EntityMention | null {
  if (item.type !== 'person') return item;
  if (!/\s/u.test(item.text)) return oneWord(item);
  const pieces = piecesOf(item.text);
  let from = 0;
  // "all Americans", "middle-class Americans": a descriptor in lower case.
  // "Forty-four Democrats": a number, too.
  while (from < pieces.length - 1 && ((/^\p{Ll}/u.test(pieces[from]!.text) && !lowerParticle.test(pieces[from]!.text)) || numberWord.test(pieces[from]!.text))) from++;
  // "Miss Universe", "Miss Housekeeping": a pageant's title or a nickname, no one's surname.
  if (pieces.length - from === 2 && pieces[from]!.text === 'Miss' && isOrdinaryWord(pieces[from + 1]!.text)) return null;
  // An office alone ("Mr. President", "Governor" in a debate) stays as it was: it stands for
  // the person addressed, as GUM marks it. After an honorific, a title that is no office is a
  // surname ("Mr. King").
  if (pieces.slice(from).every((piece) => isTitle(piece.text)) && !(isHonorific(pieces[from]!.text) && pieces.length - from === 2 && !addressedOffices.has(pieces[from + 1]!.text))) return from === 0 ? item : null;
  // "Mr. King", "Senators Charles E. Grassley", "Democrat Hillary Clinton", "Youngspiration's
  // Baggio Leung": a title, a party or a possessor before the name.
  while (from < pieces.length - 1 && (isTitle(pieces[from]!.text) || pluralTitles.has(pieces[from]!.text) || ((partyNames.has(pieces[from]!.text) || /['’]s$/u.test(pieces[from]!.text)) && pieces.length - from > 2))) from++;
  let to = pieces.length;
  // "Hillary Clinton Was Headed", "Lindsey Graham Says": a title-case headline's verb ends the name.
  if (pieces.length - from >= 3) {
    const cut = pieces.findIndex((piece, index) => index > from && endsName(piece.text));
    if (cut > from) to = cut;
  }
  // "The Laura Ingraham Show", "Steve Harvey Morning Show": the programme is no person, its host is.
  if (programmeHeads.has(pieces[to - 1]!.text)) {
    to--;
    // "Morning" goes, "King" after "Larry" stays: a surname after a given name.
    while (to > from && isCommonWord(pieces[to - 1]!.text) && !(to - 2 === from && isGivenName(pieces[from]!.text))) to--;
    if (to - from < 2) return null;
  }
  // "Mt. Everest", "Fort Pierce", "Easter Island", "Washington Monument": a place; "Dow Chemical", "Lenox Healthcare": a company.
  if (from === 0 && (mountain.test(pieces[0]!.text) || pieces[0]!.text === 'Fort' || placeEnds.has(pieces[pieces.length - 1]!.text))) return {...item, type: 'place'};
  if (from === 0 && organizationWords.has(pieces[pieces.length - 1]!.text)) return {...item, type: 'organization'};
  const kept = pieces.slice(from, to);
  // "Americans", "Libertarian": a people or a party's member, no one named ("Green" may be a surname).
  if (kept.length === 1 && (isPeoplePlural(kept[0]!.text) || partyMembers.has(kept[0]!.text) || partyMembers.has(kept[0]!.text.replace(/s$/u, '')))) return null;
  // "Public Affairs", "Petty Officers": an ordinary word before a common plural names a thing or a group.
  if (kept.length === 2 && isOrdinaryWord(kept[0]!.text) && !isGivenName(kept[0]!.text) && firstReading(kept[1]!.text) === 'NNS') return null;
  if (from === 0 && to === pieces.length) return item;
  const first = kept[0]!;
  const last = kept[kept.length - 1]!;
  const text = item.text.slice(first.start, last.start + last.text.length);
  return {...item, start: item.start + first.start, end: item.start + first.start + text.length, text};
}

/**
 * One word read as a person: a people's plural or a party's member ("Americans", "Libertarian"),
 * an honorific alone ("Mr."), a contraction ("There've") or a number ("Twenty-seven") names no
 * one; letters with digits name a company or a product ("Ener1", "Future45").
 */
function oneWord(item: EntityMention): EntityMention | null {
  const word = item.text;
  // "PACs", "CEOs": a kind of body or office in capitals, several of them, no one named.
  if (isPeoplePlural(word) || partyMembers.has(word) || isHonorific(word) || contraction.test(word) || numberWord.test(word) || /^\p{Lu}{2,}s$/u.test(word)) return null;
  if (/\d/u.test(word) && /\p{L}/u.test(word)) return {...item, type: 'organization'};
  return item;
}

const contraction = /['’](?:ve|t|ll|re|d|m)$/iu;
const numberWord = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds?|Thousands?|Millions?|Billions?|Dozens?)(?:-\p{L}+)?$/u;

function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(/\S+/gu)) pieces.push({text: match[0], start: match.index});
  return pieces;
}

function isTitle(word: string): boolean {
  return titleWords.has(word) || isHonorific(word);
}

function isHonorific(word: string): boolean {
  return honorifics.has(word) || word === 'Mr' || word === 'Mrs' || word === 'Ms';
}

/** "Americans", "Palestinians": a people named by its country, which FORMAT.md leaves out. */
function isPeoplePlural(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith('s') && countryByDemonym.has(lower.slice(0, -1));
}

/** A verb in the third person or the past ("Says", "Was", "Hid"), or a function word: no part of a name. */
function endsName(word: string): boolean {
  if (surnameParticles.has(word.toLowerCase()) || !/^\p{Lu}/u.test(word)) return false;
  const reading = firstReading(word);
  return reading === 'VBZ' || reading === 'VBD' || isFunctionWord(word);
}
