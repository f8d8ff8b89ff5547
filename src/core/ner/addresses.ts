/**
 * A town and its region written with a comma ("Irving, Texas"), told apart from two items of a
 * list ("the swing states of Ohio, Florida, and Nevada", "from Tennessee and North Carolina,
 * Georgia", "in December, Mexico in January", "Governments - Federal, State and Local").
 */
import {countryByName} from '../data/countries.js';
import {isOrdinaryWord} from '../data/lexicon.js';
import {largeRegions} from '../data/places.js';

const months = new Set('January February March April May June July August September October November December'.split(' '));

/** Whether the place `town` at `start`, a comma and the region ending at `regionEnd` write one address. */
export function isTownAndRegion(town: string, start: number, regionEnd: number, text: string): boolean {
  if (months.has(town) || (!town.includes(' ') && /^\p{Lu}\p{Ll}/u.test(town) && isOrdinaryWord(town))) return false;
  const lower = town.toLowerCase();
  if (!largeRegions.has(lower) && !countryByName.has(lower)) return true;
  // A state or a country is an item of a list that goes on after the second item, or that it
  // follows after "and" ("Preston, Victoria, Australia" chains a town, a state and a country).
  return !/^,\s*(?:(?:and|or)\s+)?\p{Lu}/u.test(text.slice(regionEnd, regionEnd + 8)) && !/\b(?:and|or)\s+$/u.test(text.slice(Math.max(0, start - 6), start));
}
