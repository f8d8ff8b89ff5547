/**
 * The tagger's names and the rules' names made one list. The rules' names stand (on GUM news,
 * cross-validated, rules first scored better than tagger first: .521 against .503 strict F1),
 * except their last-resort guesses, which the tagger confirms, retypes or drops; the tagger
 * adds the names the rules miss and the names nested in longer names. The rules
 * also keep the project's span conventions where they differ from the corpus the tagger
 * learnt from:
 * - a person after a title: the title is a role, outside the span (FORMAT.md), where GUM keeps
 *   "Professor Chomsky" whole;
 * - names the user declared, all-caps datelines, "the Trump administration";
 * - demonyms used as adjectives ("Salvadoran officials") are never entities.
 */
import type {Demonym, EntityMention} from '../data-map.js';
import type {EntityType, Span} from '../model.js';
import {honorifics, titleComplements, titleWords} from '../data/titles.js';
import {compassWords, isRegionOfKnownPlace, knownPlaces} from '../data/places.js';
import {isNationalBody, knownOrganizations, organizationWords} from '../data/organizations.js';
import {countryByDemonym, languageNames} from '../data/countries.js';
import {firstNames, isGivenName} from '../data/first-names.js';
import {isCommonWord, isInLexicon} from '../data/lexicon.js';
import type {TaggedName} from './tagger.js';
import {findOverlapping, overlapping} from '../text/span-index.js';
import {hasUpper, possessive, startsUpper} from './letters.js';
import {keptByText} from '../text/kept-by-text.js';

/** A demonym used as an adjective: a lower-case word follows. */
const adjectiveAfter = /^[ \t]+\p{Ll}/u;
const notInName = /["“”„«»‹›()[\]{}\r\n;:!?]/u;

export function combine(
  taggedNames: readonly TaggedName[],
  rules: {mentions: readonly EntityMention[]; demonyms: readonly Demonym[]},
  text: string,
  guessed: WeakSet<EntityMention> = new WeakSet(),
): EntityMention[] {
  // No name runs over a quotation mark, a bracket or a line break ("Nada cambia,” Zoë Łukasz"):
  // such a tagged name neither stands nor overrules the rules.
  const tagged = taggedNames.filter((name) => !notInName.test(text.slice(name.start, name.end)));
  // Lookups go through sorted-span indexes: a 1 MB article has ten thousand names.
  const roles = rules.mentions.filter((mention) => mention.role).map((mention) => mention.role!);
  const adjectives = new Set(rules.demonyms.filter((demonym) => adjectiveAfter.test(text.slice(demonym.end, demonym.end + 3))).map((demonym) => `${demonym.start}:${demonym.end}`));

  // A rule's last-resort guess (a capitalised run typed person by default) gives way to a
  // tagged name over it.
  const overruled = new Set<EntityMention>();
  // Most tagged names lie over a rule's name that is no guess, or over none: both asked by
  // lookup, and a list built only for the names that overrule.
  const notGuessed = (item: EntityMention) => !guessed.has(item);
  for (const name of tagged) {
    if (name.nested || !hasUpper.test(text.slice(name.start, name.end))) continue;
    if (!findOverlapping(rules.mentions, name.start, name.end) || findOverlapping(rules.mentions, name.start, name.end, notGuessed)) continue;
    for (const item of overlapping(rules.mentions, name.start, name.end)) overruled.add(item);
  }
  // A guess the tagger does not confirm at all is dropped ("Cyclone Phailin" typed person).
  // (A tagged name over a quotation mark still says the tagger saw a name there.)
  // A lone word no English reading knows ("Rubio will meet…") stays: there is no common word it
  // could be; so do words none of which English knows ("Maxime Bernier", "Aner Shalev").
  for (const item of rules.mentions) {
    if (!guessed.has(item) || findOverlapping(taggedNames, item.start, item.end, (name) => !name.nested)) continue;
    if (item.text.split(/\s+/u).every((word) => !isInLexicon(word))) continue;
    overruled.add(item);
  }
  const kept = rules.mentions.filter((item) => !overruled.has(item));
  const result: EntityMention[] = [...kept];
  const guesses = rules.mentions.filter((item) => overruled.has(item));
  // Whether a kept name over the current one keeps it out: any does, unless it is nested and
  // every such name is a longer one of another type and no role's.
  let current: TaggedName | undefined;
  const keepsOut = (item: EntityMention) => !current!.nested || !(item.start <= current!.start && current!.end <= item.end && item.type !== current!.type && !item.role);
  for (const original of tagged) {
    const name = withoutLowerCaseEnd(withRunToItsEnd(original, guesses, text), text);
    // A name has a capital somewhere ("wikiHow"); the tagger's lower-case guesses are noise.
    if (!hasUpper.test(text.slice(name.start, name.end))) continue;
    current = name;
    if (findOverlapping(kept, name.start, name.end, keepsOut)) continue;
    // Nothing inside a title the rules turned into a role ("Secretary of State").
    if (findOverlapping(roles, name.start, name.end)) continue;
    if (adjectives.has(`${name.start}:${name.end}`)) continue;
    // A demonym or a language standing alone ("in German, Hebrew and Japanese") is no entity
    // either; a plural names people ("the Palestinians") and is left to the tagger.
    if (!name.nested && isDemonymOrLanguage(text.slice(name.start, name.end))) continue;
    if (name.type === 'person' && (isOfficeOfPlaceBefore(name, text) || isOfficeOfAnyone(name, text))) continue;
    if (isComplementOfOffice(name, text)) continue;
    const found = withTitleAsRole(name, text);
    if (isDatelineAgency(text, name.start, name.end, name.sentence)) found.type = 'organization';
    result.push(found);
  }
  return withoutWorksOfPeople(distinctMentions(result), text);
}

const possessiveBefore = /['’]s?\s+$/u;

/**
 * "Joseph Conrad's Secret Agent", "Lawrence Lessig's Free Culture": ordinary words in capitals
 * after a person's possessive are the title of their work, not another person.
 */
function withoutWorksOfPeople(mentions: EntityMention[], text: string): EntityMention[] {
  return mentions.filter((item) => {
    if (item.type !== 'person' || item.role) return true;
    const before = possessiveBefore.exec(text.slice(Math.max(0, item.start - 4), item.start));
    if (!before) return true;
    const ownerEnd = item.start - before[0].length;
    const owner = findOverlapping(mentions, ownerEnd - 1, ownerEnd, (other) => other.end === ownerEnd && other.type === 'person');
    return !owner || !item.text.split(/\s+/u).every((word) => isCommonWord(word));
  });
}

const capitalisedWordsOnly = /^(?:[ \t]+(?!The\b)\p{Lu}[\p{L}'’.-]*)+$/u;

/**
 * "Raymond Chan of People Power": a tagged name that stops on an ordinary word inside an
 * overruled guess, where only capitalised words were left of it ("People" before " Power"),
 * takes them: the tagger cut the name in the middle of its capitals.
 */
function withRunToItsEnd(name: TaggedName, guesses: readonly EntityMention[], text: string): TaggedName {
  if (name.nested || guesses.length === 0) return name;
  // Most tagged names lie in no overruled guess: that lookup first, the text's tests after.
  const guess = findOverlapping(guesses, name.start, name.end, (item) => item.start <= name.start && name.end < item.end);
  if (!guess || !capitalisedWordsOnly.test(text.slice(name.end, guess.end)) || !isCommonWord(/\S+$/u.exec(text.slice(name.start, name.end))![0])) return name;
  return {...name, end: guess.end};
}

const lowerWordAtEnd = /\s+\p{Ll}[\p{L}'’-]*$/u;

/**
 * "all [Muslims who physically] can": lower-case words after a name's last capitalised word are
 * no part of it. (Words before it may be: "a Libertarian", "all Americans" name a group.)
 */
function withoutLowerCaseEnd(name: TaggedName, text: string): TaggedName {
  let end = name.end;
  for (let tail = lowerWordAtEnd.exec(text.slice(name.start, end)); tail; tail = lowerWordAtEnd.exec(text.slice(name.start, end))) end -= tail[0].length;
  return end === name.end ? name : {...name, end};
}

function isDemonymOrLanguage(value: string): boolean {
  return countryByDemonym.has(value.toLowerCase()) || languageNames.has(value);
}

/** The agency of a wire dateline, in the first sentence: "LIMA, March 12 (Newswire) -". */
export function isDatelineAgency(text: string, start: number, end: number, sentence: number): boolean {
  return sentence === 0 && text[start - 1] === '(' && /^\)\s*[-–—]/u.test(text.slice(end, end + 3));
}

/** Mentions sorted by start (longest first), each span and type once. */
export function distinctMentions(mentions: EntityMention[]): EntityMention[] {
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  // Sorted, the mentions of one span are side by side: the types met are those of the current
  // span alone, and no key string is built per mention (every edit of a long article calls this).
  const result: EntityMention[] = [];
  let start = -1;
  let end = -1;
  let types = 0;
  for (const item of mentions) {
    const bit = typeBits[item.type];
    if (item.start !== start || item.end !== end) {
      start = item.start;
      end = item.end;
      types = 0;
    } else if (types & bit) continue;
    types |= bit;
    result.push(item);
  }
  return result;
}

const typeBits: Record<EntityMention['type'], number> = {person: 1, organization: 2, place: 4};

/** "the Secretary of State": the office's complement names no one of its own. */
function isComplementOfOffice(name: TaggedName, text: string): boolean {
  if (!titleComplements.has(text.slice(name.start, name.end))) return false;
  const before = /(\S+)\s+(?:of|for)\s+$/u.exec(text.slice(Math.max(0, name.start - 40), name.start));
  return before !== null && titleWords.has(before[1]!);
}

/** "my service as an Officer": an office after "a" or "an" is no one in particular. */
function isOfficeOfAnyone(name: TaggedName, text: string): boolean {
  return /(?:^|\s)(?:a|an|An|A)\s+$/u.test(text.slice(Math.max(0, name.start - 4), name.start)) && text.slice(name.start, name.end).split(/\s+/u).every((word) => titleWords.has(word) || titleComplements.has(word));
}

/** "Virginia Governor" read as two names: the office after its place is no one. */
function isOfficeOfPlaceBefore(name: TaggedName, text: string): boolean {
  if (!titleWords.has(text.slice(name.start, name.end))) return false;
  const before = /(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)\s+$/u.exec(text.slice(Math.max(0, name.start - 40), name.start));
  return before !== null && (knownPlaces.has(before[1]!.toLowerCase()) || knownPlaces.has(before[1]!.split(/\s+/u).pop()!.toLowerCase()));
}

const weekdayAtEnd = /\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** "Professor Burrows" → person "Burrows" with the role "Professor". */
function withTitleAsRole(name: TaggedName, text: string): EntityMention {
  let start = name.start;
  let role: Span | null = null;
  // "The Huffington Post" → "Huffington Post": the article is not part of the name (FORMAT.md,
  // and GUM agrees), unless the place gazetteer knows the name with it ("The Hague").
  const value = text.slice(name.start, name.end);
  if (/^(?:The|A)\s+\S/u.test(value) && !knownPlaces.has(value.toLowerCase())) start += /^(?:The|A)\s+/u.exec(value)![0].length;
  const nameStart = start;
  // "Governor of Virginia Saturday, October 19": a heading's date is no part of the name.
  const day = weekdayAtEnd.exec(text.slice(start, name.end));
  if (day && day.index > 0) name = {...name, end: start + day.index};
  if (name.type === 'person') {
    const pattern = /^(\p{L}[\p{L}.]*)(\s+)/u;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text.slice(start, name.end))) && (titleWords.has(match[1]!) || honorifics.has(match[1]!))) start += match[0].length;
    // "Prime Minister" with no name after it: the office is the mention, whole.
    if (start > nameStart && titleWords.has(text.slice(start, name.end))) start = nameStart;
    // "Governor of Virginia": the title's complement is a place of its own, no person's name.
    const complement = start > nameStart ? /^(?:of|for)\s+/u.exec(text.slice(start, name.end)) : null;
    if (complement) {
      start += complement[0].length;
      const rest = text.slice(start, name.end);
      if (knownPlaces.has(rest.toLowerCase())) return {start, end: name.end, text: rest, type: 'place', role: null, sentence: name.sentence, actor: null};
    }
    // "Virginia Governor": an office of a place after it, no one's name.
    const office = /\s+(\p{L}[\p{L}.]*)$/u.exec(text.slice(start, name.end));
    if (office && titleWords.has(office[1]!) && knownPlaces.has(text.slice(start, name.end - office[0].length).toLowerCase())) {
      const end = name.end - office[0].length;
      return {start, end, text: text.slice(start, end), type: 'place', role: null, sentence: name.sentence, actor: null};
    }
    if (start > nameStart) {
      const roleEnd = start - (/\s+$/u.exec(text.slice(nameStart, start))?.[0].length ?? 0);
      role = {start: nameStart, end: roleEnd, text: text.slice(nameStart, roleEnd)};
    }
  }
  return {start, end: name.end, text: text.slice(start, name.end), type: name.type, role, sentence: name.sentence, actor: null};
}

/** Adds the names the inner layer found inside longer names, unless already there. */
export function withNested(mentions: readonly EntityMention[], nested: readonly TaggedName[], text: string, texts: ReadonlySet<string> = nameTexts(mentions)): EntityMention[] {
  const result = [...mentions];
  const spans = new Set(mentions.map((item) => `${item.start}:${item.end}`));
  const roles = mentions.filter((item) => item.role).map((item) => item.role!);
  for (const name of nested) {
    if (spans.has(`${name.start}:${name.end}`) || !startsUpper.test(text.slice(name.start, name.end))) continue;
    if (findOverlapping(roles, name.start, name.end)) continue;
    // A name of the same type inside another stands apart only in a list or an address
    // ("Evansville, Indiana"), not as a modifier ("Darien Gap").
    const container = findOverlapping(mentions, name.start, name.end, (item) => item.start <= name.start && name.end <= item.end);
    if (container && container.type === name.type && !/(?:,\s*|\s(?:and|of|in|at)\s+)$/u.test(text.slice(container.start, name.start)) && !/^\s*,/u.test(text.slice(name.end, container.end))) continue;
    // A name of another type nested in a longer one needs support: a gazetteer, or the same
    // name standing alone elsewhere in the text ("University of Helsinki" → "Helsinki").
    const value = text.slice(name.start, name.end);
    if (!known(value) && !texts.has(value)) continue;
    // "General Court of the European Union": a demonym inside a name is no place (nor anything).
    if (countryByDemonym.has(value.toLowerCase()) && !knownPlaces.has(value.toLowerCase())) continue;
    // "Fannie Mae", "Wells Fargo": a known firm's words name no one and nowhere the article does not name alone.
    if (container?.type === 'organization' && !texts.has(value) && knownOrganizations.has(container.text.toLowerCase()) && !knownOrganizations.has(value.toLowerCase())) continue;
    if (container && (opensPersonName(container, name.start, value) || endsPersonName(container, name.start, name.end, text) || (container.type === 'organization' && isNationalBody(container.text)))) continue;
    spans.add(`${name.start}:${name.end}`);
    result.push({start: name.start, end: name.end, text: text.slice(name.start, name.end), type: knownType(value) ?? name.type, role: null, sentence: name.sentence, actor: null});
  }
  return result.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The texts the article names: what `withNested` reads of the whole article. */
export function nameTexts(mentions: readonly EntityMention[]): Set<string> {
  return new Set(mentions.map((item) => item.text));
}

/**
 * "Rep. Alexandria Ocasio-Cortez", "Georgia Meloni": a town's name opening a person's name is
 * their given name, when it is one or a title vouches for the person. (Any place opening a
 * person's name is too much: the tagger's "persons" hold "Connecticut Yankee" and the like.)
 */
function opensPersonName(container: EntityMention, start: number, value: string): boolean {
  const rest = container.text.slice(value.length);
  return container.type === 'person' && container.start === start && /^\s/u.test(rest) && (container.role !== null || isGivenName(value.split(/\s/u, 1)[0]!));
}

/**
 * "Frank Messina", "Alia Salem": a town's name that ends a person's name right after another
 * capitalised word is their surname. (A place inside a person's span comes after "of" or a
 * comma, "Governor of Virginia", and is no part of the name.)
 */
function endsPersonName(container: EntityMention, start: number, end: number, text: string): boolean {
  return container.type === 'person' && end === container.end && start > container.start && /\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(container.start, start));
}

/** "Wells Fargo", "Lockheed Martin": a known firm's last word after another name's word is no town of its own (unless the article names it alone: "Air Panama" and Panama). */
function endsKnownFirm(container: EntityMention, start: number, end: number, text: string): boolean {
  return container.type === 'organization' && end === container.end && knownOrganizations.has(container.text.toLowerCase()) && /\p{Lu}[\p{L}.'’-]*[ \t]+$/u.test(text.slice(container.start, start));
}

function isFirmName(container: EntityMention): boolean {
  return container.type === 'organization' && knownOrganizations.has(container.text.toLowerCase()) && !organizationWords.has(container.text.slice(container.text.lastIndexOf(' ') + 1));
}

/** The gazetteers' type for a name they know as one kind only ("United Nations" inside a longer name is no place). */
function knownType(value: string): EntityType | undefined {
  const lower = value.toLowerCase();
  const organization = knownOrganizations.has(lower);
  if (organization === knownPlaces.has(lower)) return undefined;
  return organization ? 'organization' : 'place';
}

function known(value: string): boolean {
  const lower = value.toLowerCase();
  return knownPlaces.has(lower) || knownOrganizations.has(lower) || countryByDemonym.has(lower) || firstNames.has(value.split(/\s+/)[0]!);
}

const wordInName = /[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu;

/**
 * Names written inside longer names: "Andy Warhol Foundation" holds the person the text names
 * elsewhere, "University of Southern Indiana" a known place. Annotated corpora (GUM) mark these
 * too, and a reader searching an actor's mentions expects them. A part counts when the same
 * words stand alone as a name elsewhere in the document, or when the place gazetteer knows them;
 * the longest such part wins, and shorter parts inside it are not added again.
 */
export function withKnownInside(mentions: readonly EntityMention[], text: string, facts: NamesStandingAlone = namesStandingAlone(mentions)): EntityMention[] {
  const {standalone, firstWords, surnames, surnameStarts} = facts;
  // Numeric keys: offsets stay far below 2^26, so start·2^26 + end is exact.
  const spanKey = (start: number, end: number) => start * 67108864 + end;
  const spans = new Set(mentions.map((item) => spanKey(item.start, item.end)));
  const result = [...mentions];
  for (const container of mentions) {
    // One word holds no part; "Environment Canada" holds no place.
    if (!container.text.includes(' ') || (container.type === 'organization' && isNationalBody(container.text))) continue;
    // Offsets from the container's start, read in place: no object per word and container.
    const words = wordsInName(container.text);
    if (words.length < 2) continue;
    const base = container.start;
    let covered = -1;
    for (let from = 0; from < words.length; from++) {
      // Most words open no name of the article and no known place: no part to build there.
      const opening = firstWordOf(text.slice(base + words[from]![0], base + words[from]![1]));
      if (!firstWords.has(opening) && !placeStarts().has(opening) && !surnameStarts.has(opening)) continue;
      for (let to = words.length; to > from; to--) {
        if (to - from === words.length || base + words[from]![0] < covered) continue;
        const start = base + words[from]![0];
        let end = base + words[to - 1]![1];
        const value = text.slice(start, end).replace(possessive, '').replace(/\.$/u, (dot) => (standalone.has(text.slice(start, end)) ? dot : ''));
        end = start + value.length;
        if (!startsUpper.test(value) || !startsUpper.test(text.slice(base + words[to - 1]![0], base + words[to - 1]![1]))) continue;
        const type = standalone.has(value) ? standalone.get(value) : knownPlaces.has(value.toLowerCase()) || isRegionOfKnownPlace(value) ? ('place' as const) : surnames.has(value) ? ('person' as const) : null;
        // A surname inside its own full name, or "Korea" inside "North Korea", is the same
        // name, not a nested one; a lone common word ("Party", "Church") is no name by itself.
        // A part already named ("New York" inside "New York Democrat") covers its own parts ("York").
        if (spans.has(spanKey(start, end)) && type) {
          covered = end;
          break;
        }
        if (!type || type === container.type || (to - from === 1 && isCommonWord(value) && !(type === 'person' && surnames.has(value)))) continue;
        // A person heads what is named after them ("Andy Warhol Foundation"); a person's name
        // ending a longer name ("Church of Scientology") is more often a mistyped word.
        // A known firm's founders' names are its own ("Hogan Lovells", "Fannie Mae"), no one named
        // here; a foundation's or an institute's name still holds its person ("Clinton Foundation").
        if (type === 'person' && (from > 0 || isFirmName(container))) continue;
        if (opensPersonName(container, start, value) || endsPersonName(container, start, end, text) || (!standalone.has(value) && endsKnownFirm(container, start, end, text))) continue;
        spans.add(spanKey(start, end));
        covered = end;
        result.push({start, end, text: value, type, role: null, sentence: container.sentence, actor: null});
        break;
      }
    }
  }
  return result.length === mentions.length ? result : result.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** What `withKnownInside` reads of the whole article: the names standing alone and the surnames of the people named in full. */
export interface NamesStandingAlone {
  /** Each name standing alone, with its type (null: two types, which decides nothing). */
  standalone: ReadonlyMap<string, EntityMention['type'] | null>;
  surnames: ReadonlySet<string>;
  /** The first words of both, lower case, derived from them. */
  firstWords: ReadonlySet<string>;
  surnameStarts: ReadonlySet<string>;
}

export function namesStandingAlone(mentions: readonly EntityMention[]): NamesStandingAlone {
  // A text standing alone with two types ("Washington" the place and the person) decides nothing.
  const standalone = new Map<string, EntityMention['type'] | null>();
  // Sorted by start, longest first: a mention is inside a longer one exactly when a mention of
  // another span before it reaches as far.
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  for (let index = 0; index < sorted.length; ) {
    const {start, end} = sorted[index]!;
    const inside = reach >= end;
    for (; index < sorted.length && sorted[index]!.start === start && sorted[index]!.end === end; index++) {
      const item = sorted[index]!;
      if (inside) continue;
      const known = standalone.get(item.text);
      standalone.set(item.text, known !== undefined && known !== item.type ? null : item.type);
    }
    reach = Math.max(reach, end);
  }
  const firstWords = new Set([...standalone.keys()].map(firstWordOf));
  // Surnames of the people the article names in full: "Bush" stays the person inside "the Bush
  // administration" though "bush" is also a common word.
  const surnames = new Set(mentions.filter((item) => item.type === 'person' && item.text.includes(' ')).map((item) => item.text.slice(item.text.lastIndexOf(' ') + 1)));
  const surnameStarts = new Set([...surnames].map(firstWordOf));
  return {standalone, firstWords, surnames, surnameStarts};
}

/**
 * The words of a name, offsets from its start. Kept by name: an article names the same few
 * hundred names again and again, and every edit asks for all of them.
 */
const wordsInName = keptByText((name): ReadonlyArray<readonly [number, number]> => [...name.matchAll(wordInName)].map((match) => [match.index, match.index + match[0].length] as const));

/** A name's first word, lower case, without a possessive or a final dot; kept by name like `wordsInName`. */
const firstWordOf = keptByText(firstWordOfUncached);

function firstWordOfUncached(value: string): string {
  return value.split(/\s/u, 1)[0]!.replace(/['’]s?$|\.$/u, '').toLowerCase();
}

let knownPlaceStarts: Set<string> | undefined;

function placeStarts(): Set<string> {
  knownPlaceStarts ??= new Set([...[...knownPlaces].map(firstWordOfUncached), ...compassWords]);
  return knownPlaceStarts;
}
