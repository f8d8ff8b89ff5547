/**
 * A name's type from its own words: gazetteers (known organisations and places), heads
 * ("Council", "Airport"), given names, particles and the shape of its words; 'later' for a
 * lone word the rest of the article must type. Apart from the run's context (classify-run.ts).
 */
import type {EntityType} from '../model.js';
import {countryByDemonym} from '../data/countries.js';
import {firstNames, isGivenName, isRomanisedName, surnameParticles} from '../data/first-names.js';
import {isNationalBody, knownOrganizations, organizationWords, partyNames, teamNicknames} from '../data/organizations.js';
import {facilityHeads, isRegionOfKnownPlace, knownPlaces, placeHeads, placeOpeners} from '../data/places.js';
import {isCommonWord} from '../data/lexicon.js';
import {personParticles, connectors} from './name-words.js';

/** First words that make "… Hall" a building, not a person ("Carnegie Hall"; not "Stuart Hall"). */
const hallOwners = new Set(['City', 'Town', 'Memorial', 'Concert', 'Music', 'Carnegie', 'Independence', 'Festival', 'Union', 'Faneuil']);
/** What a centre studies or works for, before its "Center" ("Tax Policy Center"). */
const studyWords = new Set(['Policy', 'Research', 'Studies', 'Progress', 'Politics', 'Innovation', 'Strategic', 'Analysis', 'Law', 'Justice', 'Rights', 'Democracy', 'Freedom', 'Integrity', 'Security', 'Action', 'Advocacy', 'Priorities', 'Ethics', 'Affairs', 'Economics']);
/** Given names that are also ordinary words or titles of things: no one by themselves. */
const ordinaryGivenNames = new Set('Bill Marine Christian Will Rose Grace Hope Faith Joy Art Rex Major'.split(' '));
/** Heads of places that no organisation's name ends with. */
const builtPlaceHeads = new Set(['Airport', 'Station', 'Square', 'Street', 'Avenue', 'Boulevard', 'Bridge', 'Stadium', 'Arena', 'Plaza', 'Palace', 'Castle', 'Cathedral', 'Mosque', 'Temple', 'Abbey']);
const webAddress = /^\p{Lu}[\p{L}\d-]*\.(?:com|org|net|gov|edu|co\.uk|uk|ca|us|au|de|fr|eu|io|info|news)$/u;

export function classifyName(whole: string, text: string, start: number): EntityType | 'later' | null {
  const lower = whole.toLowerCase();
  const words = whole.split(/\s+/);
  const last = words[words.length - 1]!;
  if (knownOrganizations.has(lower)) return 'organization';
  if (isNationalBody(whole)) return 'organization';
  // "the U.S wouldn't consider that": a dotted abbreviation that lost its last dot.
  if (knownPlaces.has(lower) || isRegionOfKnownPlace(whole) || (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(whole) && knownPlaces.has(`${lower}.`))) return 'place';
  // "Tax Policy Center", "Pew Research Center": a centre of study is a body, not a building.
  if (words.length > 1 && /^Cent(?:er|re)$/u.test(last) && studyWords.has(words[words.length - 2]!)) return 'organization';
  if (words.length > 1 && facilityHeads.has(last)) return 'place';
  if (words.length > 1 && placeOpeners.has(words[0]!)) return 'place';
  // "Chiang Kai Shek Memorial Hall", "Carnegie Hall"; not "Stuart Hall".
  if (last === 'Hall' && words.length > 1 && !opensWithGivenName(words) && (words.length > 2 || hallOwners.has(words[0]!))) return 'place';
  // "Washington Dulles International Airport", "Union Station", "Times Square": a street's, a
  // square's or a terminal's head ends a place whatever organisation's word is inside it.
  if (words.length > 1 && builtPlaceHeads.has(last)) return 'place';
  if (words.some((word) => organizationWords.has(word))) return 'organization';
  if (words.length > 1 && placeHeads.has(last)) return 'place';
  // "Museum of Flight", "State of Texas", "Gulf of Mexico": a place's head before its "of";
  // a centre *for* something is a research body ("Centre for Social Evolution").
  const connector = words.findIndex((word) => connectors.has(word));
  if (connector > 0 && placeHeads.has(words[connector - 1]!)) return /^Cent(?:er|re)$/u.test(words[connector - 1]!) && words[connector] === 'for' ? 'organization' : 'place';
  // "Procter & Gamble", "AT&T", "Texas A&M": an ampersand writes a firm's or a school's name; two
  // letters around it are an abbreviation ("R&D", "Q&A", "S&M") unless known ("H&M").
  if (whole.includes('&') && !/^\p{Lu}&\p{Lu}$/u.test(whole)) return 'organization';
  // "Carolina Panthers", "Minnesota Vikings": a plural after a place's name is its team.
  if (words.length > 1 && /^\p{Lu}\p{Ll}+s$/u.test(last) && !placeHeads.has(last) && stripPlural(last) === last && knownPlaces.has(words.slice(0, -1).join(' ').toLowerCase())) return 'organization';
  // "Carolina Panthers", "Boston Red Sox": a league team's nickname after its home's name.
  // Not "Republican Senators", "Roman Catholic Cardinals": a party or a people is no team's home.
  if (words.length > 1 && (teamNicknames.has(last) || (words.length > 2 && teamNicknames.has(words.slice(-2).join(' ')))) && !partyNames.has(words[0]!) && !countryByDemonym.has(words[0]!.toLowerCase())) return 'organization';
  if (words.length > 1 && opensWithGivenName(words)) return 'person';
  if (words.length === 1 && /^(?:\p{Lu}\.?){2,6}$/u.test(whole)) return 'organization';
  // "CBC.ca", "Salon.com": a site's address names the outlet that runs it.
  if (words.length === 1 && webAddress.test(whole)) return 'organization';
  // "PlayStation VR", "YouTube Music": a company's or a product's word opens the name.
  if (isCamelCase(words[0]!)) return 'organization';
  // "my name is John": a given name of the rules' own list names someone, unless it is also an
  // ordinary word ("Frank", "Bill") or follows "a" ("a Christian denomination").
  if (words.length === 1 && firstNames.has(whole) && !ordinaryGivenNames.has(whole) && !/\b(?:a|an)\s+$/u.test(text.slice(Math.max(0, start - 4), start))) return 'person';
  // "Von der Leyen", "De la Cruz": a surname's particles, the first capitalised where it opens a sentence.
  if (words.length > 2 && surnameParticles.has(words[0]!.toLowerCase()) && words.slice(1, -1).every((word) => surnameParticles.has(word)) && !knownPlaces.has(lower)) return 'person';
  if (words.length > 1) {
    // "Osama bin Laden", "Ludwig van Beethoven": only a surname's particles join the words.
    if (words.some((word) => connectors.has(word) && !personParticles.has(word))) return 'organization';
    return 'person';
  }
  return 'later';
}

/**
 * "Luca Pastorino", "Khaled Al-Maeena": a given name opens a person's name. The rules' own short
 * list is trusted as it is; the long list of English given names also holds words that open
 * places and titles ("Washington D.C.", "Chapel Hill"), so a name it alone knows must be
 * followed by no ordinary word ("Andy Warhol Photographic Legacy Program").
 */
export function opensWithGivenName(words: readonly string[]): boolean {
  const first = words[0]!;
  if (firstNames.has(first)) return true;
  return isGivenName(first) && !knownPlaces.has(first.toLowerCase()) && words.slice(1).every((word) => !isCommonWord(word));
}

/**
 * "LibriVox", "PayPal", "MicroMega": a capital inside a word, after lower-case letters, writes a
 * company's or a product's name; surnames written so open with a particle ("McGuire", "DeSantis",
 * "LaGuardia", "DiCaprio", "O'Reilly").
 */
function isCamelCase(word: string): boolean {
  return /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(word) && /\p{Lu}\p{Ll}/u.test(word.slice(1)) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Ben|Abu|Al|El)\p{Lu}/u.test(word);
}

/** Whether classifyName typed a multi-word name by its last resort (no gazetteer, no cue). */
export function isGuess(whole: string): boolean {
  const lower = whole.toLowerCase();
  const words = whole.split(/\s+/);
  return (
    words.length > 1 &&
    !knownOrganizations.has(lower) &&
    !knownPlaces.has(lower) &&
    !isRegionOfKnownPlace(whole) &&
    !isNationalBody(whole) &&
    !words.some((word) => organizationWords.has(word)) &&
    !placeHeads.has(words[words.length - 1]!) &&
    // "Museum of Flight", "Gulf of Mexico": a place's head before its "of" types it as surely.
    !placeHeads.has(words[words.findIndex((word) => connectors.has(word)) - 1] ?? '') &&
    !opensWithGivenName(words) &&
    !isRomanisedName(whole) &&
    // "Osama bin Laden": a surname's particle is evidence.
    !words.some((word) => personParticles.has(word))
  );
}

export function stripPlural(value: string): string {
  return value.endsWith('s') && countryByDemonym.has(value.slice(0, -1).toLowerCase()) ? value.slice(0, -1) : value;
}
