/**
 * One name, one reading per article: a name found once is the same name where it comes back
 * ("Scientology" tagged in one sentence and missed in the next), so its other bare occurrences
 * are added with the type the document gives it most. The tagger decides word by word from a
 * small context and misses repeats a reader never would; the article itself is the evidence.
 */
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {capitalTable, type CapitalWords, type Layout, type Word} from '../text/sentences.js';
import {isCommonWord} from '../data/lexicon.js';
import {lowerBound} from '../text/span-index.js';
import {possessive, startsUpper, withoutPossessive, wordsOf} from './letters.js';
import {surnameParticles} from '../data/first-names.js';
import {keptByText} from '../text/kept-by-text.js';

const types: readonly EntityType[] = ['person', 'organization', 'place'];

export interface Known {
  words: readonly string[];
  type: EntityType;
}

/** What the pass reads of the whole article: its names, with their majority type. */
export interface RepeatedNames {
  byFirstWord: Map<string, Known[]>;
  typeOf: Map<string, EntityType>;
}

/**
 * `facts` are what it reads of the whole article (`repeatedNames(given)`, the default); the
 * sentences looked for repeats are those from `from` to `to` (all by default), `given` the names
 * in and around them (near-edit.ts passes only those near an edit).
 */
export function withRepeatedNames(given: readonly EntityMention[], layout: Layout, facts: RepeatedNames = repeatedNames(given), from = 0, to = layout.sentences.length): EntityMention[] {
  const {byFirstWord, typeOf} = facts;
  if (byFirstWord.size === 0) return [...given];
  // A reading against the article's majority is the odd one out: "Scientology" twice an
  // organisation and once a person is an organisation.
  const retyped = given.map((item) => {
    const type = typeOf.get(item.text);
    return type && type !== item.type ? {...item, type} : item;
  });
  // A person's name nested at the head of an organisation named after them ("Hofstra" in
  // "Hofstra University"), read as that organisation's short form, is the organisation itself.
  const organizationStarts = new Map<number, number>();
  for (const item of retyped) if (item.type === 'organization') organizationStarts.set(item.start, Math.max(organizationStarts.get(item.start) ?? 0, item.end));
  const mentions = retyped.filter((item, index) => !(item !== given[index] && item.type === 'organization' && (organizationStarts.get(item.start) ?? 0) > item.end));
  // Mentions sorted by start, with the furthest end so far: an occurrence overlapping any
  // mention is already read (or read otherwise) and is left alone.
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  let furthest = -1;
  for (const item of sorted) reach.push((furthest = Math.max(furthest, item.end)));
  const taken = (start: number, end: number) => {
    const after = lowerBound(sorted, end);
    return after > 0 && reach[after - 1]! > start;
  };

  const added: EntityMention[] = [];
  const capitals = capitalTable(layout);
  for (let at = from; at < to; at++) {
    const sentence = layout.sentences[at]!;
    const words = sentence.words;
    // A name found ends where the next may start: the capitals it took are passed over.
    let passed = -1;
    const {indices, bare} = capitals[at]!;
    for (let capital = 0; capital < indices.length; capital++) {
      const index = indices[capital]!;
      if (index <= passed) continue;
      const candidates = byFirstWord.get(bare[capital]!);
      if (!candidates) continue;
      for (const known of candidates) {
        const last = index + known.words.length - 1;
        if (last >= words.length || !matches(words, index, known.words)) continue;
        // Part of a longer capitalised name ("Warhol Factory", "Andy Warhol") or of a
        // hyphenated word: another name, not this one.
        if (continuesName(words[last + 1], words[last]!) || continuesNameBefore(words[index - 1], words[index]!)) break;
        const start = words[index]!.start;
        const end = start + layout.text.slice(start, words[last]!.end).replace(possessive, '').length;
        if (taken(start, end)) break;
        added.push({start, end, text: layout.text.slice(start, end), type: known.type, role: null, sentence: sentence.index, actor: null});
        passed = last;
        break;
      }
    }
  }
  if (added.length === 0) return [...mentions];
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Whether two articles' names come out the same for the pass. In order: which of two names
 * with the same words under one first word is tried first follows the order they were met.
 */
export function sameRepeatedNames(a: RepeatedNames, b: RepeatedNames): boolean {
  if (a.typeOf.size !== b.typeOf.size) return false;
  const other = b.typeOf.entries();
  for (const [text, type] of a.typeOf) {
    const [otherText, otherType] = other.next().value!;
    if (text !== otherText || type !== otherType) return false;
  }
  return true;
}

/**
 * What differs between two articles' names for the pass: the texts whose majority type differs
 * (or that one has and the other not), which retype their readings, and under each first word
 * whose names (or their order) differ, the names of either version that differ (all of them
 * when only the order does): repeats are looked for again only where one of those may be found.
 */
export function repeatedNamesChanged(a: RepeatedNames, b: RepeatedNames): {texts: Set<string>; names: Map<string, Known[]>} {
  const texts = new Set<string>();
  for (const [text, type] of a.typeOf) if (b.typeOf.get(text) !== type) texts.add(text);
  for (const text of b.typeOf.keys()) if (!a.typeOf.has(text)) texts.add(text);
  const names = new Map<string, Known[]>();
  const same = (one: Known, other: Known) => one.type === other.type && one.words.length === other.words.length && one.words.every((word, at) => word === other.words[at]);
  const compare = (word: string, one: readonly Known[], other: readonly Known[]) => {
    if (one.length === other.length && one.every((known, index) => same(known, other[index]!))) return;
    const gone = one.filter((known) => !other.some((item) => same(known, item)));
    const added = other.filter((known) => !one.some((item) => same(known, item)));
    // The names in both, tried in another order: any of them may be found where another was.
    const kept = one.filter((known) => !gone.includes(known));
    const keptNow = other.filter((known) => !added.includes(known));
    // A name listed twice on one side and once on the other counts as reordered too.
    const reordered = kept.length !== keptNow.length || kept.some((known, index) => !same(known, keptNow[index]!));
    names.set(word, reordered ? [...one, ...added] : [...gone, ...added]);
  };
  for (const [word, list] of a.byFirstWord) compare(word, list, b.byFirstWord.get(word) ?? []);
  for (const [word, list] of b.byFirstWord) if (!a.byFirstWord.has(word)) compare(word, [], list);
  return {texts, names};
}

/**
 * Whether one of `names` (`repeatedNamesChanged`) may be found in the sentence: its words follow
 * one another there, the last possibly with a possessive. (What `matches` asks, less the spacing.)
 */
export function mayHoldName(words: readonly Word[], capitals: CapitalWords, names: ReadonlyMap<string, readonly Known[]>): boolean {
  for (let capital = 0; capital < capitals.indices.length; capital++) {
    const candidates = names.get(capitals.bare[capital]!);
    if (!candidates) continue;
    const index = capitals.indices[capital]!;
    for (const known of candidates) {
      let found = index + known.words.length <= words.length;
      for (let offset = 1; found && offset < known.words.length; offset++) {
        const text = words[index + offset]!.text;
        found = offset === known.words.length - 1 ? text.startsWith(known.words[offset]!) : text === known.words[offset];
      }
      if (found) return true;
    }
  }
  return false;
}

/** The document's names, longest first under each first word, with their majority type. */
export function repeatedNames(mentions: readonly EntityMention[]): RepeatedNames {
  // Counts by type, in `types` order: one small array per name, not a Map.
  const counts = new Map<string, number[]>();
  const firms = new FirmWords();
  for (const item of mentions) {
    firms.add(item);
    if (!mayRepeat(item.text)) continue;
    let byType = counts.get(item.text);
    if (!byType) counts.set(item.text, (byType = [0, 0, 0]));
    byType[types.indexOf(item.type)]!++;
  }
  const byFirstWord = new Map<string, Known[]>();
  const typeOf = new Map<string, EntityType>();
  const firmWords = firms.words();
  for (const [text, byType] of counts) {
    // A tie between two readings ("Washington" the place, the person) decides nothing.
    const most = Math.max(byType[0]!, byType[1]!, byType[2]!);
    if (Number(byType[0] === most) + Number(byType[1] === most) + Number(byType[2] === most) > 1) continue;
    let type = types[byType.indexOf(most)]!;
    // "Hofstra" after "Hofstra University", "Peabody" after "Peabody Energy": the short form of an
    // organisation the article names, when no one in it bears the word as a name.
    if (type === 'person' && firmWords.has(text)) type = 'organization';
    typeOf.set(text, type);
    const words = wordsOf(text);
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({words, type});
    byFirstWord.set(words[0]!, list);
    // "von der Leyen" opens a sentence as "Von der Leyen".
    if (words.length > 1 && surnameParticles.has(words[0]!)) {
      const opening = [words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1), ...words.slice(1)];
      byFirstWord.set(opening[0]!, [...(byFirstWord.get(opening[0]!) ?? []), {words: opening, type}]);
    }
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {byFirstWord, typeOf};
}

/**
 * The first words of the article's organisations of two words or more that stand alone as
 * mentions nowhere given a title, and that no person's name in the article holds. Not for an
 * administration's or a campaign's person ("Obama administration" and "Obama"). Gathered in the
 * same pass over the names as their counts.
 */
class FirmWords {
  private readonly firms = new Set<string>();
  private readonly personWords = new Set<string>();
  private readonly titled = new Set<string>();

  add(item: EntityMention): void {
    if (item.type === 'place') return;
    const words = wordsOf(item.text);
    if (item.type === 'person') {
      if (words.length > 1) for (const word of words) this.personWords.add(word);
      else if (item.role) this.titled.add(item.text);
    } else if (words.length > 1 && startsUpper.test(words[0]!) && !words.slice(1).some((word) => personalBodies.test(word))) {
      this.firms.add(words[0]!);
    }
  }

  words(): Set<string> {
    for (const word of this.firms) if (this.personWords.has(word) || this.titled.has(word)) this.firms.delete(word);
    return this.firms;
  }
}

/** What a person's name heads without naming a firm: "Obama administration", "Clinton Foundation". */
const personalBodies = /^(?:[Aa]dministration|[Gg]overnment|[Cc]ampaign|[Cc]abinet|[Rr]egime|[Ff]oundation|[Ff]amily|[Ll]ibrary|[Cc]enter|[Cc]entre|[Ii]nstitute|[Dd]octrine|[Ee]ra|[Tt]eam|[Ss]how)$/u;

/**
 * Whether a name's text may be found again: it opens with a capital or a surname's particle, and
 * is no lone common word ("Image", "Party"), which gets no second life from one mistaken
 * reading. Kept by text: the article's thousands of names are a few hundred texts.
 */
const mayRepeat = keptByText((text: string): boolean => {
  const words = wordsOf(text);
  return (startsUpper.test(text) || (words.length > 1 && surnameParticles.has(words[0]!))) && !(words.length === 1 && isCommonWord(text));
});

function matches(words: readonly Word[], from: number, name: readonly string[]): boolean {
  for (let offset = 0; offset < name.length; offset++) {
    const word = words[from + offset]!;
    const text = offset === name.length - 1 ? withoutPossessive(word.text) : word.text;
    if (text !== name[offset]) return false;
    if (offset > 0 && word.before !== ' ') return false;
  }
  return true;
}

function continuesName(next: Word | undefined, last: Word): boolean {
  if (!next || last.text.match(possessive)) return false;
  return (next.before === ' ' && startsUpper.test(next.text)) || next.before === '-';
}

function continuesNameBefore(previous: Word | undefined, first: Word): boolean {
  if (!previous) return false;
  return (first.before === ' ' && startsUpper.test(previous.text) && previous.index > 0) || first.before === '-';
}
