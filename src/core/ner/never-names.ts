/**
 * Capitalised words and names that are never entities, whatever finds them (the rules or the
 * tagger): days, months and abbreviations, laws and prizes, religions, programmes, roman
 * numerals, other names ("World Cup"), handles and currencies. Apart from the recognisers
 * because both ask it, and the last step of the entity layer asks it again of every name.
 */
import {knownOrganizations, organizationWords} from '../data/organizations.js';
import {knownPlaces} from '../data/places.js';
import {roleNouns, titleComplements} from '../data/titles.js';
import {isCommonWord, isFunctionWord} from '../data/lexicon.js';
import {startsUpper} from './letters.js';
import {keptByText} from '../text/kept-by-text.js';
import {notNames, connectors} from './name-words.js';

const romanNumeral = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

/** The word right before `at` on its line ('' when none), and right after. */
function wordBefore(text: string, at: number): string {
  return /(\S+)[ \t]+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? '';
}
function wordAfter(text: string, at: number): string {
  return /^[ \t]+(\S+)/u.exec(text.slice(at, at + 40))?.[1] ?? '';
}

/** Capitalised names that are neither people, organisations nor places. */
export const otherNames = new Set(['Bill of Rights', 'Declaration of Independence', 'El Niño', 'El Nino', 'La Niña', 'La Nina', 'Internet', 'Parliament Street', 'Olympics', 'Paralympics', 'Olympic Games', 'Paralympic Games', 'World Cup', 'Super Bowl']);
/** Public programmes named alone ("go after Social Security and Medicare"); their agencies are named in full. */
const programmes = new Set(['Social Security', 'Medicare', 'Medicaid', 'Obamacare', 'Pell Grants', 'Pell Grant', 'Food Stamps']);
/**
 * "the Clean Air Act", "the Second Amendment": a law, no organisation; "the Nobel Peace Prize",
 * "a Booker Prize-winner": a prize, no one.
 */
const lawName = /\s(?:Act|Amendment|Prize|Award|Medal|Agreement|Treaty|Accords?|Pact|Bill|Plan|Doctrine)(?:-\p{Ll}+)?$/u;
/** "the North American Free Trade Agreement", "the Paris Agreement": capitalised words running into a treaty's name are part of it. */
const treatyAfter = /^(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]*)*[ \t\u00a0]+(?:Agreement|Treaty|Accords?|Pact)\b/u;
/** A byline's job title ("By Ana Reyes, Staff Writer"): a post, no one's name. */
const bylineTitle = /^(?:(?:Senior|Staff|Contributing|Special|Foreign|Chief|Associated Press|Reuters|AP|AFP)\s+)+(?:Writer|Writers|Reporter|Reporters|Correspondent|Correspondents|Editor|Photographer|Columnist)$|^(?:Correspondent|Columnist)$/u;
/** Religions are no organisation, and no one ("at Islam's most holy site"). */
const religions = new Set('Islam Christianity Judaism Hinduism Buddhism Sikhism Jainism Taoism Confucianism Zoroastrianism Catholicism Protestantism Shinto Shintoism Paganism'.split(' '));
const longestOtherName = Math.max(...[...otherNames].map((name) => name.length));
/** The other names in one pattern: one scan of a name's window instead of one per name. */
const otherNamePattern = new RegExp([...otherNames].map((name) => name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'), 'gu');

/** What `isNeverName` asks of a name's own text: a name never, in capitals a function word, a common word of letters. */
const NEVER = 1;
const CAPITAL_FUNCTION_WORD = 2;
const LETTERS_COMMON_WORD = 4;
/** Words of an office's portfolio alone ("Foreign Affairs"): before "minister" they name no one. */
const PORTFOLIO = 8;

/**
 * The answers of `isNeverName` that read the name's text alone, kept by text: it is asked of
 * every name twice an edit, and the names repeat.
 */
const valueFlags = keptByText((value: string): number => {
  let flags = 0;
  // "part XVII"; "an Oath to ALL of our people", "high quality AND comprehensive": numbers and
  // emphasis in capitals, unless a gazetteer knows the word ("the WHO said").
  if (notNames.has(value) || religions.has(value) || bylineTitle.test(value) || programmes.has(value) || isFunctionWord(value) || lawName.test(value) || (romanNumeral.test(value) && (value.includes('I') || (value.length > 2 && /[VX]/u.test(value))))) flags |= NEVER;
  if (/^\p{Lu}{2,}$/u.test(value) && isFunctionWord(value.toLowerCase()) && !knownOrganizations.has(value.toLowerCase()) && !knownPlaces.has(value.toLowerCase())) flags |= CAPITAL_FUNCTION_WORD;
  if (/^\p{L}+$/u.test(value) && isCommonWord(value)) flags |= LETTERS_COMMON_WORD;
  // "resigned as Foreign Affairs minister"; not "Home Office minister", an organisation's.
  const words = value.split(/\s+/u);
  if (words.every((word) => titleComplements.has(word) && !connectors.has(word) && word !== 'the' && !organizationWords.has(word))) flags |= PORTFOLIO;
  return flags;
});

/** Capitalised words and names that are never entities, whatever finds them. */
export function isNeverName(text: string, start: number, end: number): boolean {
  const flags = valueFlags(text.slice(start, end));
  if (flags & NEVER) return true;
  if (treatyAfter.test(text.slice(end, end + 80)) && !knownPlaces.has(text.slice(start, end).toLowerCase())) return true;
  if (flags & CAPITAL_FUNCTION_WORD && !startsUpper.test(wordBefore(text, start)) && !startsUpper.test(wordAfter(text, end))) return true;
  // A caption's label ("Image: Nick Moreau", "Video: …"): an ordinary word before a colon.
  if (flags & LETTERS_COMMON_WORD && text[end] === ':') return true;
  if (flags & PORTFOLIO && roleNouns.has(wordAfter(text, end).replace(/\P{L}+$/u, ''))) return true;
  // "@POTUS", "#IStandWithAhmed": a handle or a hashtag is no name in the text's own words.
  if (text[start - 1] === '@' || text[start - 1] === '#') return true;
  // "US$ 10 billion", "NZ $26 million": a country's letters before a dollar sign write its currency.
  if (/^\p{Lu}{1,3}$/u.test(text.slice(start, end)) && /^ ?\$/u.test(text.slice(end, end + 2))) return true;
  // Only the window around the name can hold one of the other names overlapping it.
  const around = text.slice(Math.max(0, start - longestOtherName), end + longestOtherName);
  const offset = Math.max(0, start - longestOtherName);
  otherNamePattern.lastIndex = 0;
  for (let match = otherNamePattern.exec(around); match; match = otherNamePattern.exec(around)) {
    if (offset + match.index < end && start < offset + match.index + match[0].length) return true;
    // Overlapping occurrences ("El Nino" inside a longer other name) start one character on.
    otherNamePattern.lastIndex = match.index + 1;
  }
  return false;
}
