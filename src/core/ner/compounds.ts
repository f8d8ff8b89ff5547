/**
 * Names written against each other, which the tagger (trained on GUM, whose spans run over
 * such phrases) reads as one name or types by the wrong half. FORMAT.md keeps each name to
 * itself, and an editor's list of actors needs the person apart from the party:
 * - "Mountain View, California": a name followed by a comma and a known state, region or
 *   country is a town, whatever a person-like first word suggested. The town and its region
 *   make one place, as the tagger learnt from GUM ("Taipei, Taiwan"), the region a place
 *   nested in it.
 * - "Gary Chan of DAB and Eunice Yung of New People's Party": people named with their
 *   affiliations are people and organisations ("Tanya Chan of the Civic Party").
 * - "Washington Chris Gregoire" (left of a title the rules took out): a known place run into
 *   a person's name is a place and a person.
 * - "a New York Democrat", "Republican leader Mitch McConnell": a party's member or adjective
 *   names no one; the state in it is a place.
 * - "von der Leyen": a surname the article wrote with its particles ("Ursula von der Leyen")
 *   keeps them when it comes back alone, though a name found by its capitals starts later.
 */
import type {EntityMention} from '../data-map.js';
import {isTownAndRegion} from './addresses.js';
import type {EntityType} from '../model.js';
import {knownPlaces} from '../data/places.js';
import {countryByName} from '../data/countries.js';
import {organizationWords} from '../data/organizations.js';
import {isGivenName, isRomanisedName, surnameParticles} from '../data/first-names.js';
import {titleWords} from '../data/titles.js';
import {findOverlapping} from '../text/span-index.js';
import {distinctMentions} from './combine.js';

/**
 * The first half: party members, affiliations and places run into people split. `people` is
 * what it reads of the whole article (`peopleNamed`, the default).
 */
export function splitCompounds(mentions: readonly EntityMention[], text: string, people: ReadonlySet<string> = peopleNamed(mentions)): EntityMention[] {
  // A loop, not flatMap: most mentions stay whole, and an array for each was most of the cost.
  const split: EntityMention[] = [];
  for (const item of mentions) {
    const parts = partyMember(item, text) ?? affiliations(item, text, people) ?? placeBeforePerson(item, text);
    if (parts) for (const part of parts) split.push(part);
    else split.push(item);
  }
  return split;
}

/** The texts of the article's people. */
export function peopleNamed(mentions: readonly EntityMention[]): Set<string> {
  return new Set(mentions.filter((item) => item.type === 'person').map((item) => item.text));
}

/**
 * The second half: surnames given their particles, towns paired with their regions, each span
 * and type once. `particles` is what it reads of the whole article (`surnameParticlesOf`, the default).
 */
export function withPlacesAndParticles(mentions: readonly EntityMention[], text: string, particles: ReadonlyMap<string, string> = surnameParticlesOf(mentions)): EntityMention[] {
  return distinctMentions(withLocalities(withSurnameParticles(mentions, text, particles), text));
}

/** The comma and space between a town and its region. */
const commaGap = /^,[ \t]+/u;
/**
 * What may follow "Irving, Texas" when the pair names a place: not a noun ("Rick Perry, Texas
 * governor"), nor "and" ("Eastern Europe, Poland and Czechoslovakia" is a list).
 */
const afterLocality = /^(?:[ \t]*(?:[.,;:!?)\]"”’]|\r?\n|$)|\s+(?:on|in|at|to|for|where|which|who|was|were|is|are|has|had|have|with|near|after|before|when|last|this|until|since|from|by|during|earlier|later)\b)/u;
/** A town's name right before "…, Texas", after a word that introduces a place. */
const townBefore = /(?:^|[\s(])(?:in|from|at|near|outside|to|of)\s+(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}),[ \t]+$/u;

function isKnownPlace(value: string): boolean {
  return knownPlaces.has(value.toLowerCase());
}

/** "Rick Perry": two or more words, the first a given name. A town is rarely named so. */
function looksLikePersonName(value: string): boolean {
  const words = value.split(/\s+/u);
  return words.length >= 2 && isGivenName(words[0]!);
}

/** Members of the parties whose names news uses as nouns and adjectives for their politicians. */
const partyWords = /^(?:(.+?)\s+)?(?:Democrat|Republican|Democrats|Republicans|Democratic)$/u;

/** "a Louisiana Republican" → the place; "Republican leader" → nothing; "Republican party" → the party; null for other names. */
function partyMember(item: EntityMention, text: string): EntityMention[] | null {
  // Both expressions are tried on every mention of the article: a substring each needs first.
  if (item.type === 'place' || !(item.text.includes('Democrat') || item.text.includes('Republican'))) return null;
  const match = partyWords.exec(item.text);
  if (!match) return null;
  // "the Republican party": the party itself, its noun in lower case.
  const party = /^\s+party\b/u.exec(text.slice(item.end, item.end + 7));
  if (party && match[1] === undefined && !item.text.endsWith('s')) {
    const end = item.end + party[0].length;
    return [{...item, end, text: text.slice(item.start, end), type: 'organization', role: null}];
  }
  const place = match[1];
  if (place !== undefined) return isKnownPlace(place) ? [{...item, end: item.start + place.length, text: place, type: 'place', role: null}] : null;
  // The bare word is an adjective ("Republican leader") or one member, no name; the plural is
  // the party's people, a group GUM marks as a name.
  return item.text.endsWith('s') ? null : [];
}

/** "Name of|from (the) Organisation", once or joined by "and". */
const affiliated = /^(\p{Lu}[^\s,]*(?:\s+\p{Lu}[^\s,]*){1,3})\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}.*?),?(?:\s+and\s+(\p{Lu}[^\s,]*(?:\s+\p{Lu}[^\s,]*){1,3})\s+(?:of|from)\s+(?:the\s+)?(\p{Lu}.*))?$/u;

/** People named with their affiliations; null when the name is no such phrase. */
function affiliations(item: EntityMention, text: string, people: ReadonlySet<string>): EntityMention[] | null {
  if (item.type === 'place' || !(item.text.includes('of') || item.text.includes('from'))) return null;
  const match = affiliated.exec(item.text);
  if (!match) return null;
  // A name the tagger typed person needs no more evidence; one it typed organisation does
  // ("Bank of America" is no person with an affiliation).
  const isPerson = (name: string) =>
    (item.type === 'person' || people.has(name) || isGivenName(name.split(/\s+/u)[0]!) || isRomanisedName(name)) && !organizationWords.has(name.split(/\s+/u).pop()!);
  if (!isPerson(match[1]!) || (match[3] !== undefined && !isPerson(match[3]))) return null;
  const result: EntityMention[] = [];
  let from = item.start;
  const add = (value: string, type: EntityType, role: EntityMention['role']) => {
    const start = text.indexOf(value, from);
    from = start + value.length;
    result.push({...item, start, end: from, text: value, type, role});
  };
  add(match[1]!, 'person', item.role);
  // "Lam of the Democratic Party and …": the organisation stops before the next person.
  add(match[2]!, isKnownPlace(match[2]!) ? 'place' : 'organization', null);
  if (match[3] !== undefined) {
    add(match[3], 'person', null);
    add(match[4]!, isKnownPlace(match[4]!) ? 'place' : 'organization', null);
  }
  return result;
}

/** "Washington Chris Gregoire": a known place (one or two words), then a given name and more. */
function placeBeforePerson(item: EntityMention, text: string): EntityMention[] | null {
  if (item.type !== 'person') return null;
  const words = item.text.split(/\s+/u);
  for (let cut = 1; cut <= 2 && cut <= words.length - 2; cut++) {
    const place = words.slice(0, cut).join(' ');
    if (!isKnownPlace(place) || !isGivenName(words[cut]!) || titleWords.has(words[cut]!)) continue;
    const personStart = item.start + item.text.indexOf(words[cut]!, place.length);
    return [
      {...item, end: item.start + place.length, text: place, type: 'place', role: null},
      {...item, start: personStart, text: text.slice(personStart, item.end)},
    ];
  }
  return null;
}

/**
 * "Mountain View, California" and "in Irving, Texas": the town before the region is a place,
 * and the pair one place, the region nested in it.
 */
function withLocalities(mentions: readonly EntityMention[], text: string): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const byStart = new Map<number, EntityMention>();
  for (const item of sorted) if (!byStart.has(item.start)) byStart.set(item.start, item);
  /** Where each place's own locality ends ("Trento" → the end of "Trento, Italy"). */
  const reach = new Map<EntityMention, number>();
  const result: EntityMention[] = [];
  const pair = (town: EntityMention, end: number): EntityMention => ({...town, end, text: text.slice(town.start, end), type: 'place', role: null});
  // From the end: "Levico Terme, Trento, Italy" pairs Trento with Italy, then Levico Terme with both.
  for (let index = sorted.length - 1; index >= 0; index--) {
    const item = sorted[index]!;
    const gap = commaGap.exec(text.slice(item.end, item.end + 4));
    const region = gap ? byStart.get(item.end + gap[0].length) : undefined;
    if (region && region.type === 'place' && !countryByName.has(item.text.toLowerCase()) && (isKnownPlace(region.text.slice(region.text.lastIndexOf(',') + 1).trim()) || reach.has(region)) && !item.role && !looksLikePersonName(item.text) && afterLocality.test(text.slice(region.end, region.end + 12)) && isTownAndRegion(item.text, item.start, region.end, text)) {
      // The town alone is no name of its own here; the pair is.
      const town = pair(item, reach.get(region) ?? region.end);
      reach.set(item, town.end);
      result.push(town);
      continue;
    }
    result.push(item);
    if (item.type !== 'place' || !isKnownPlace(item.text) || !afterLocality.test(text.slice(item.end, item.end + 12))) continue;
    const found = townBefore.exec(text.slice(Math.max(0, item.start - 60), item.start));
    if (!found) continue;
    const start = item.start - /,[ \t]+$/u.exec(found[0])![0].length - found[1]!.length;
    if (findOverlapping(sorted, start, start + found[1]!.length) || looksLikePersonName(found[1]!)) continue;
    result.push(pair({start, end: start, text: '', type: 'place', role: null, sentence: item.sentence, actor: null}, reach.get(item) ?? item.end));
  }
  return result;
}

/** The lower-case particles of a surname, before its capitalised last word. */
const particlesAndSurname = new RegExp(`\\s((?:(?:${[...surnameParticles].join('|')})\\s+)+)(\\p{Lu}[^\\s]*)$`, 'u');

/** The particles the article writes before each surname ("von der " before "Leyen"). */
export function surnameParticlesOf(mentions: readonly EntityMention[]): Map<string, string> {
  const bySurname = new Map<string, string>();
  for (const item of mentions) {
    const match = item.type === 'person' ? particlesAndSurname.exec(item.text) : null;
    // The longest particles: "Von der Leyen" opening a sentence holds only "der" after a space.
    if (match && match[1]!.length > (bySurname.get(match[2]!)?.length ?? 0)) bySurname.set(match[2]!, match[1]!);
  }
  return bySurname;
}

function withSurnameParticles(mentions: readonly EntityMention[], text: string, bySurname: ReadonlyMap<string, string>): readonly EntityMention[] {
  if (bySurname.size === 0) return mentions;
  return mentions.map((item) => {
    const surname = item.text.slice(item.text.lastIndexOf(' ') + 1);
    const words = bySurname.get(surname);
    const full = `${words}${surname}`;
    // The whole surname, or its tail ("der Leyen" as the tagger may read it).
    if (item.type !== 'person' || words === undefined || item.text.length >= full.length || !full.endsWith(item.text)) return item;
    const start = item.end - full.length;
    if (start < 0 || text.slice(start, item.end).toLowerCase() !== full.toLowerCase()) return item;
    // "Von der Leyen said" opens a sentence with a capital; within a name the particles are another's.
    if (start > 0 && !/[\s"“(]/u.test(text[start - 1]!)) return item;
    return {...item, start, text: text.slice(start, item.end)};
  });
}
