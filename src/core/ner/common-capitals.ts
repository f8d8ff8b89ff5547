/**
 * Capitalised words the tagger reads as people that the article shows are no one:
 * - a word the article writes after an article, a possessive or a number most of the times it
 *   writes it ("the Polaroid camera", "100 Polaroids", "the Paralympics") is a thing, a
 *   product or an event, and its plural with it;
 * - a storm's or a vessel's name ("Cyclone Phailin", then "Phailin's winds"; "Space Shuttle
 *   Atlantis", then "Atlantis");
 * - a genus before its species ("Formica fusca", "Beauveria bassiana").
 * The article decides, not the word: "the Clintons" once among ten bare "Clinton"s stays.
 */
import type {EntityMention} from '../data-map.js';
import {capitalTable, capitalWords, placedWords, type Layout, type SentenceSpan, type Word} from '../text/sentences.js';
import {isCommonWord, isInLexicon} from '../data/lexicon.js';
import {honorifics, titleWords} from '../data/titles.js';
import {speechVerbs} from '../data/speech.js';
import {isGivenName} from '../data/first-names.js';
import {startsUpper, wordsOf} from './letters.js';
import {keptByText} from '../text/kept-by-text.js';

/** Words after which a capitalised word is a thing: articles, possessive determiners, numbers. */
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'every', 'each', 'several', 'few']);
/** Words that name a storm or a vessel before its name ("Cyclone Phailin", "Space Shuttle Atlantis", "HMS Victory"). */
const stormKinds = ['Hurricane', 'Cyclone', 'Typhoon', 'Tropical Storm', 'Storm', 'Tropical Cyclone', 'Super Typhoon', 'Space Shuttle', 'Shuttle', 'USS', 'HMS', 'HMCS', 'HMAS', 'RMS'];
const storms = new RegExp(`^(?:${stormKinds.map((kind) => kind.replace(/ /gu, '\\s+')).join('|')})$`, 'u');
const stormOpeners = new Set(stormKinds.map((kind) => kind.split(' ')[0]!));
/** Endings of Latin species epithets ("fusca", "bassiana", "coli", "rerio"). */
const speciesEnding = /^\p{Ll}+(?:a|us|um|ae|i|is|o)$/u;

/**
 * `notNames` is what the pass reads of the whole article (`commonCapitals`, the default): the
 * words that are no one; null when the article names no one a single word could be.
 */
export function withoutCommonCapitals(mentions: readonly EntityMention[], layout: Layout, notNames: ReadonlySet<string> | null = commonCapitals(mentions, layout)): EntityMention[] {
  if (notNames === null) return [...mentions];
  const kept: EntityMention[] = [];
  for (const item of mentions) {
    if (item.type !== 'person') kept.push(item);
    else if (isStorm(item) || notNames.has(item.text)) continue;
    else {
      // "Warhol Polaroids": the person before the thing.
      const words = wordsOf(item.text);
      const last = words[words.length - 1]!;
      if (words.length > 1 && notNames.has(last) && !isGivenName(words[0]!) && startsUpper.test(words[0]!)) {
        const text = item.text.slice(0, item.text.length - last.length).trimEnd();
        kept.push({...item, text, end: item.start + text.length});
      } else kept.push(item);
    }
  }
  return kept;
}

/** "Cyclone Phailin", whatever its type: the storm, and its name alone later. "the Cyclone" alone is the storm too. */
function isStorm(item: EntityMention): boolean {
  return factsOf(item.text).storm !== null;
}

/**
 * What `commonCapitals` reads of a name's text (null for none), kept by text: the article's
 * thousands of names are a few hundred texts, read again whenever an edit changes a name.
 */
interface NameFacts {
  /** A storm's or vessel's name: its last word. */
  storm: string | null;
  /** Of a person's name of one word, or whose first word is no given name: its last word ("Warhol Polaroids"). */
  single: string | null;
  /** Of a person's name in full, opening with a given name: its surname. */
  surname: string | null;
  /** Of a person's name of more than one word: true. */
  spaced: boolean;
  /** Of a person's name of one ordinary word: whether it may be a thing (`mayBeThing`). */
  thing: boolean;
}

const factsOf = keptByText((text: string): NameFacts => {
  const words = wordsOf(text);
  const last = words[words.length - 1]!;
  const spaced = /\s/u.test(text);
  // Every storm's name opens with one of the words `storms` opens with: most names need no test.
  const storm = stormOpeners.has(words[0]!) && (storms.test(text) || (words.length > 1 && storms.test(words.slice(0, -1).join(' ')))) ? last : null;
  const given = isGivenName(words[0]!);
  return {storm, single: words.length === 1 || !given ? last : null, surname: spaced && given ? last : null, spaced, thing: !spaced && mayBeThing(text)};
});

/**
 * The capitalised words the article shows are no one (see the module's comment); null when it
 * names no one a single word could be. `counts`, when given, are the article's `CapitalCounts`:
 * its sentences are then not read.
 */
export function commonCapitals(mentions: readonly EntityMention[], layout: Layout, counts?: ReadonlyMap<string, CapitalCount>): Set<string> | null {
  // Single-word people, the last word of a name that opens with no given name ("Warhol
  // Polaroids"), and their singulars.
  const singles = new Set<string>();
  // Read in the same loop: the surnames of people named in full, storms' names, lone ordinary words.
  const surnames = new Set<string>();
  const stormNames: string[] = [];
  const lone = new Set<string>();
  const spaced: string[] = [];
  for (const item of mentions) {
    const facts = factsOf(item.text);
    if (facts.storm !== null) stormNames.push(facts.storm);
    if (item.type !== 'person') continue;
    if (facts.single !== null) singles.add(facts.single);
    if (facts.surname !== null) surnames.add(facts.surname);
    if (facts.thing) lone.add(item.text);
    if (facts.spaced) spaced.push(item.text);
  }
  for (const text of [...singles]) if (text.endsWith('s')) singles.add(text.slice(0, -1));
  if (singles.size === 0) return null;
  const uses = new Map<string, {all: number; determined: number}>();
  const notNames = new Set<string>();
  // Single ordinary words read as people ("Discovery", "Pride", "Soup") that no name of the
  // article contains are things, unless a title or speech vouches for one somewhere
  // (`vouchesForName`). A surname that is also a word ("Bush", "Rice") comes with a first name,
  // a title or speech somewhere.
  if (lone.size > 0) for (const text of spaced) for (const word of wordsOf(text)) lone.delete(word);
  if (counts) {
    // The words counted are the singles and their plurals: looked up, not met.
    for (const single of singles) {
      for (const text of [single, `${single}s`]) {
        const count = counts.get(text);
        if (!count || uses.has(text)) continue;
        if (count.vouched > 0) lone.delete(text);
        uses.set(text, {all: count.all, determined: count.determined});
        if (count.notName > 0) notNames.add(text);
      }
    }
  }
  const capitals = counts ? [] : capitalTable(layout);
  for (let at = 0; at < capitals.length; at++) {
    // Texts and spacing only: the words as kept serve, unmoved.
    const {words} = placedWords(layout.sentences[at]!);
    // Only capitalised words can be counted.
    const {indices, bare: bareTexts} = capitals[at]!;
    for (let capital = 0; capital < indices.length; capital++) {
      const index = indices[capital]!;
      const text = bareTexts[capital]!;
      if (!singles.has(text) && !(text.endsWith('s') && singles.has(text.slice(0, -1)))) continue;
      if (lone.has(text) && vouchesForName(words, index)) lone.delete(text);
      const count = uses.get(text) ?? {all: 0, determined: 0};
      count.all++;
      const {determined, storm, species} = capitalFlags(words, index, text);
      if (determined) count.determined++;
      uses.set(text, count);
      if (storm || species) notNames.add(text);
    }
  }
  // A known person's surname stays one, whatever else the article names after them ("the
  // Santorum cocktail" beside "Rick Santorum"); "Warhol Polaroids" is no person's full name.
  for (const [text, count] of uses) if (count.determined * 2 > count.all && !surnames.has(text)) notNames.add(text);
  // The plural of a thing is the same thing ("Polaroid", "Polaroids").
  for (const text of [...notNames]) notNames.add(`${text}s`);
  for (const storm of stormNames) notNames.add(storm);
  for (const text of lone) notNames.add(text);
  return notNames;
}

/** What the article's capitalised words show, by text (less any possessive): `commonCapitals`'s counts. */
export interface CapitalCount {
  /** Times written. */
  all: number;
  /** Times after a determiner or a number. */
  determined: number;
  /** Times after a storm's word or before a species' epithet. */
  notName: number;
  /** Times a title or speech vouches for it. */
  vouched: number;
}

/** What one capitalised word of a sentence shows (`CapitalCount`'s parts). */
interface CapitalUse {
  text: string;
  determined: boolean;
  notName: boolean;
  vouched: boolean;
}

/**
 * The article's `CapitalCount`s kept from one version to the next (incremental analysis): a
 * sentence's part depends on its words alone, so an edit takes away the parts of the sentences
 * it lost and adds those it gained, found by the sentences' origins (their kept line layouts).
 */
export class CapitalCounts {
  readonly counts = new Map<string, CapitalCount>();
  private readonly parts = new WeakMap<SentenceSpan, readonly CapitalUse[]>();
  /** The origins of the last version's sentences, in order; null: its counts are not by origin. */
  private placed: ReadonlyArray<SentenceSpan> | null = null;

  /**
   * Counts the version with these sentences, `origins` giving each one's kept layout (undefined:
   * none). Asked every version: the lines changed since the last are few.
   */
  update(sentences: readonly SentenceSpan[], origins: ReadonlyArray<SentenceSpan | undefined>): ReadonlyMap<string, CapitalCount> {
    const placed = this.placed;
    if (!placed || origins.some((origin) => !origin)) {
      this.counts.clear();
      sentences.forEach((sentence, at) => this.apply(origins[at] ? this.partOf(origins[at]!) : capitalUsesOf(sentence), 1));
      this.placed = origins.some((origin) => !origin) ? null : (origins as SentenceSpan[]).slice();
      return this.counts;
    }
    let first = 0;
    while (first < placed.length && first < origins.length && placed[first] === origins[first]) first++;
    let end = 0;
    while (end < placed.length - first && end < origins.length - first && placed[placed.length - 1 - end] === origins[origins.length - 1 - end]) end++;
    for (let at = first; at < origins.length - end; at++) this.apply(this.partOf(origins[at]!), 1);
    for (let at = first; at < placed.length - end; at++) this.apply(this.partOf(placed[at]!), -1);
    this.placed = (origins as SentenceSpan[]).slice();
    return this.counts;
  }

  private partOf(origin: SentenceSpan): readonly CapitalUse[] {
    let part = this.parts.get(origin);
    if (!part) this.parts.set(origin, (part = capitalUsesOf(origin)));
    return part;
  }

  private apply(part: readonly CapitalUse[], times: number): void {
    for (const use of part) {
      let count = this.counts.get(use.text);
      if (!count) this.counts.set(use.text, (count = {all: 0, determined: 0, notName: 0, vouched: 0}));
      count.all += times;
      if (use.determined) count.determined += times;
      if (use.notName) count.notName += times;
      if (use.vouched) count.vouched += times;
      if (count.all === 0) this.counts.delete(use.text);
    }
  }
}

/** What each capitalised word of a sentence shows. */
function capitalUsesOf(sentence: SentenceSpan): CapitalUse[] {
  const words = sentence.words;
  const {indices, bare} = capitalWords(sentence);
  const uses: CapitalUse[] = [];
  for (let capital = 0; capital < indices.length; capital++) {
    const index = indices[capital]!;
    const text = bare[capital]!;
    const {determined, storm, species} = capitalFlags(words, index, text);
    uses.push({text, determined, notName: storm || species, vouched: vouchesForName(words, index)});
  }
  return uses;
}

/**
 * What `commonCapitals` reads of each capitalised word of a sentence, one key each (its text,
 * and whether a determiner or a storm's word comes before it, a species' epithet after it, a
 * title or speech vouches for it): where the keys of the sentences an edit touched are as they
 * were, the article's count is too (near-edit.ts).
 */
export function capitalUses(sentence: SentenceSpan, emit: (key: string) => void): void {
  // Texts and spacing only: the words as kept serve, unmoved.
  const {words} = placedWords(sentence);
  const {indices, bare} = capitalWords(sentence);
  for (let capital = 0; capital < indices.length; capital++) {
    const index = indices[capital]!;
    const text = bare[capital]!;
    const {determined, storm, species} = capitalFlags(words, index, text);
    emit(`${text}\u0001${Number(determined)}${Number(storm)}${Number(species)}${Number(vouchesForName(words, index))}`);
  }
}

/**
 * What the capitalised word at `index` (`text` less any possessive) shows of itself: a
 * determiner before it, a storm's word before it ("Hurricane Katrina"), a species' epithet after
 * it ("Homo sapiens").
 */
function capitalFlags(words: readonly Word[], index: number, text: string): {determined: boolean; storm: boolean; species: boolean} {
  const previous = words[index - 1];
  const next = words[index + 1];
  return {
    determined: previous !== undefined && isDeterminer(previous, words[index]!),
    storm: previous !== undefined && (storms.test(previous.text) || (index > 1 && storms.test(`${words[index - 2]!.text} ${previous.text}`))),
    species: next !== undefined && next.before === ' ' && text === words[index]!.text && !isGivenName(text) && speciesEnding.test(next.text) && !isInLexicon(next.text),
  };
}

/**
 * A single ordinary English word that may be a thing, a ship, a book, a product when read as a
 * person ("Discovery", "Pride", "Soup"): not a title ("the President" names whoever holds it) nor
 * a plural (a group: "Arabs").
 */
function mayBeThing(text: string): boolean {
  return !/\s/u.test(text) && !text.endsWith('s') && isCommonWord(text) && !isGivenName(text) && !titleWords.has(text) && !honorifics.has(text);
}

/** A title or honorific before the word, or a speech verb after it: "President Bush", "Rice said". */
function vouchesForName(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  const next = words[index + 1];
  return (previous !== undefined && (titleWords.has(previous.text) || honorifics.has(previous.text))) || (next !== undefined && speechVerbs.has(next.text.toLowerCase()));
}

function isDeterminer(previous: Word, word: Word): boolean {
  return word.before === ' ' && (determiners.has(previous.text.toLowerCase()) || /^\d[\d,.]*$/u.test(previous.text));
}
