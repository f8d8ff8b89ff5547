/**
 * Names in a list share a kind: in "Ubisoft, Microsoft, and Sony" or "Zeus, Hera, Poseidon and
 * Athena", a capitalised item the tagger left out is of the type its neighbours have. Only lists
 * of three items or more, whose named items all agree, lend their type: two names joined by
 * "and" ("Bush and Congress") are as often of two kinds. A lone word read as a person among
 * names of one other kind takes their kind.
 */
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {capitalTable, type Layout, type Word} from '../text/sentences.js';
import {isCommonWord, isFunctionWord} from '../data/lexicon.js';
import {findOverlapping} from '../text/span-index.js';
import {mayOpenName, possessive} from './letters.js';
import {keptByText} from '../text/kept-by-text.js';

/** What may stand between two items of one list. */
const separator = /^(?:,\s|,?\s(?:and|or)\s|\s?\/\s)$/u;

interface Item {
  start: number;
  end: number;
  /** How many words it has. */
  count: number;
}

/**
 * `known` is what the pass reads of the whole article (`listSurnames`, by default asked only
 * when needed); the sentences read for lists are those from `from` to `to` (all by default),
 * `mentions` the names in and around them (near-edit.ts passes only those near an edit).
 */
export function withListMembers(mentions: readonly EntityMention[], layout: Layout, known?: ReadonlySet<string>, from = 0, to = layout.sentences.length): EntityMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const added: EntityMention[] = [];
  const retyped = new Map<EntityMention, EntityType>();
  let surnames = known;
  const capitals = capitalTable(layout);
  for (let at = from; at < to; at++) {
    const sentence = layout.sentences[at]!;
    // A list has three items, each opening with a capital.
    const own = capitals[at]!.indices;
    if (own.length < 3) continue;
    for (const list of listsOf(sentence.words, own, layout.text)) {
      const types = new Set<EntityType>();
      // An item a name only partly covers was read otherwise: the list lends nothing.
      let partly = false;
      const free: Item[] = [];
      for (const item of list) {
        const exact = findOverlapping(sorted, item.start, item.end, (mention) => mention.start === item.start && mention.end === item.end);
        if (exact) types.add(exact.type);
        else if (findOverlapping(sorted, item.start, item.end)) partly = true;
        else free.push(item);
      }
      const named = list.length - free.length;
      if (!partly && types.size === 2 && types.has('person')) {
        // "Google, Bing, and Yahoo!": one lone word read as a person among two names or more of
        // one other kind is of their kind, unless the text names someone so in full.
        surnames ??= listSurnames(mentions);
        const people = list.map((item) => findOverlapping(sorted, item.start, item.end, (mention) => mention.start === item.start && mention.end === item.end && mention.type === 'person')).filter((item) => item !== undefined);
        const other = [...types].find((type) => type !== 'person')!;
        if (people.length === 1 && named - 1 >= 2 && !/\s/u.test(people[0]!.text) && !surnames.has(people[0]!.text)) retyped.set(people[0]!, other);
        continue;
      }
      if (partly || types.size !== 1 || named < 2 || free.length === 0) continue;
      const [type] = types;
      for (const item of free) {
        const value = layout.text.slice(item.start, item.end);
        if (item.count === 1 && (isCommonWord(value) || isFunctionWord(value))) continue;
        added.push({start: item.start, end: item.end, text: value, type: type!, role: null, sentence: sentence.index, actor: null});
      }
    }
  }
  const result = retyped.size === 0 ? [...mentions] : mentions.map((item) => (retyped.has(item) ? {...item, type: retyped.get(item)!} : item));
  if (added.length === 0) return result;
  return [...result, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The surnames of the people the article names in full. */
export function listSurnames(mentions: readonly EntityMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const item of mentions) {
    if (item.type !== 'person') continue;
    const surname = surnameOf(item.text);
    if (surname !== null) surnames.add(surname);
  }
  return surnames;
}

/** A name of more than one word: what follows its last space (null for a single word). Kept by text: names repeat. */
const surnameOf = keptByText((text: string): string | null => (/\s/u.test(text) ? text.slice(text.lastIndexOf(' ') + 1) : null));

/** Runs of capitalised words joined by list separators, three items or more. */
function listsOf(words: readonly Word[], capitals: readonly number[], text: string): Item[][] {
  const items: Item[] = [];
  // Capitals a run took are passed over.
  let passed = -1;
  for (const first of capitals) {
    if (first <= passed) continue;
    // The run's words are words[first..index]: no array is built for them.
    let index = first;
    while (index + 1 < words.length && words[index + 1]!.before === ' ' && mayOpenName(words[index + 1]!.text) && !possessive.test(words[index]!.text)) index++;
    passed = index;
    const last = words[index]!;
    const end = last.start + last.text.replace(possessive, '').length;
    items.push({start: words[first]!.start, end, count: index - first + 1});
  }
  const lists: Item[][] = [];
  let current: Item[] = [];
  for (const item of items) {
    const previous = current[current.length - 1];
    // A separator is six characters at most (", and "): a longer gap needs no slice.
    if (previous && item.start - previous.end <= 6 && separator.test(text.slice(previous.end, item.start))) current.push(item);
    else {
      if (current.length >= 3) lists.push(current);
      current = [item];
    }
  }
  if (current.length >= 3) lists.push(current);
  return lists;
}
