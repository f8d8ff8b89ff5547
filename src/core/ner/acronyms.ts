/**
 * An acronym is what the article defines it as: "the Kennedy Space Center (KSC)" makes every
 * "KSC" a place, as the full name is; "ROS (Reactive Oxygen Species)" makes "ROS" no name at
 * all, since the words it stands for are ordinary ones and name nothing. Capitals alone read
 * an acronym as an organisation; the definition, where there is one, knows better.
 */
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {isCommonWord} from '../data/lexicon.js';
import {findOverlapping} from '../text/span-index.js';

const acronym = /^\p{Lu}{2,6}$/u;
/** An acronym right before a bracket, "ACR (…)". */
const acronymBefore = /(\p{Lu}{2,6}) $/u;
/** Small words an expansion may hold that give no letter to its acronym. */
const skipped = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'del', 'la', 'des', 'du', 'to', 'at', '&']);

interface Definition {
  start: number;
  end: number;
  words: string[];
}

/**
 * `types` is what the pass reads of the whole article (`definedAcronyms`, the default): the type
 * each acronym the article defines takes, null for no name.
 */
export function withDefinedAcronyms(mentions: readonly EntityMention[], text: string, types: ReadonlyMap<string, EntityType | null> = definedAcronyms(mentions, text)): EntityMention[] {
  if (types.size === 0) return [...mentions];
  const result: EntityMention[] = [];
  for (const item of mentions) {
    const type = types.get(item.text);
    if (type === undefined) result.push(item);
    else if (type !== null) result.push(type === item.type ? item : {...item, type});
  }
  return result;
}

/**
 * What `definedAcronyms` reads of a stretch of sentences and its names (near-edit.ts
 * `Contributions`): the acronyms among the names and, for each bracket whose definition may read
 * the stretch, what it defines (whatever the acronyms) and the stretch's names it overlaps, placed
 * from the bracket. Where these are the same, the facts are: other brackets read other text.
 */
export function acronymKeys(mentions: readonly EntityMention[], sentences: readonly {start: number; end: number}[], emit: (key: string) => void, text: string): void {
  for (const item of mentions) if (acronym.test(item.text)) emit(item.text);
  if (sentences.length === 0) return;
  const openings = openingsOf(text);
  const to = sentences[sentences.length - 1]!.end + READS_BEFORE;
  for (let open = openings(Math.max(0, sentences[0]!.start - READS_AFTER)); open >= 0 && open < to; open = openings(open + 1)) {
    const at = bracketAt(text, open);
    if (!at) continue;
    for (const [value, definition] of [at.inside, at.before]) {
      if (value === undefined) continue;
      emit(`\u0000${value}\u0000${definition ? `${definition.start - open}\u0000${definition.end - open}\u0000${definition.words.join(' ')}` : ''}`);
      if (!definition) continue;
      for (const item of mentions) if (item.end > definition.start - 4 && item.start < definition.end) emit(`\u0001${item.type}\u0001${item.text}\u0001${item.start - open}\u0001${item.end - open}`);
    }
  }
}

/**
 * How far a bracket's definition may read before it (up to 14 words, each looked for in 40
 * characters) and after it (an expansion of up to 100 characters), with room to spare.
 */
const READS_BEFORE = 620;
const READS_AFTER = 120;

/** What a bracket may define, whatever the acronyms: the acronym in it, the one before it ("ACR (…)"), each with its definition or null. */
interface BracketDefinitions {
  inside: [string | undefined, Definition | null];
  before: [string | undefined, Definition | null];
}

/** What the bracket at `open` may define; null when it is never closed. */
function bracketAt(text: string, open: number): BracketDefinitions | null {
  const close = text.indexOf(text[open] === '(' ? ')' : ']', open);
  if (close < 0) return null;
  const found: BracketDefinitions = {inside: [undefined, null], before: [undefined, null]};
  // "Words Of Expansion (ACR)"
  const inside = text.slice(open + 1, close);
  if (acronym.test(inside)) found.inside = [inside, text[open - 1] === ' ' ? wordsBefore(text, open - 1, inside) : null];
  // "ACR (Words Of Expansion)", "ACR [Words Of Expansion, what they are]"
  const before = acronymBefore.exec(text.slice(Math.max(0, open - 8), open));
  if (before) {
    const expansion = /^[^,;:]{1,100}/u.exec(inside)?.[0].trimEnd() ?? '';
    const words = expansion.split(/\s+/u).filter(Boolean);
    found.before = [before[1]!, spells(words, before[1]!) ? {start: open + 1, end: open + 1 + expansion.length, words} : null];
  }
  return found;
}

/** The type each acronym the article defines takes (null: no name). */
export function definedAcronyms(mentions: readonly EntityMention[], text: string): Map<string, EntityType | null> {
  const types = new Map<string, EntityType | null>();
  const acronyms = new Set<string>();
  for (const item of mentions) if (acronym.test(item.text)) acronyms.add(item.text);
  if (acronyms.size === 0) return types;
  for (const [value, definition] of definitions(acronyms, text)) {
    // Looked up by offset (span-index.ts): a long article defines many acronyms among thousands of names.
    const named = findOverlapping(mentions, definition.start - 4, definition.end, (item) => !acronym.test(item.text) && item.end === definition.end && item.start >= definition.start - 4 && item.start <= definition.start + 4);
    if (named) types.set(value, named.type);
    else if (!findOverlapping(mentions, definition.start, definition.end) && mostlyOrdinary(definition.words)) types.set(value, null);
  }
  return types;
}

/**
 * Each acronym's first definition, "Words Of Expansion (ACR)" or "ACR (Words Of Expansion)" (or in brackets),
 * whose initials spell it. One walk over the parentheses of the text, not a search per acronym:
 * a long article names many.
 */
function definitions(acronyms: ReadonlySet<string>, text: string): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const openings = openingsOf(text);
  for (let open = openings(0); open >= 0; open = openings(open + 1)) {
    const at = bracketAt(text, open);
    if (!at) continue;
    for (const [value, definition] of [at.inside, at.before]) if (value !== undefined && definition && acronyms.has(value) && !found.has(value)) found.set(value, definition);
  }
  return found;
}

/** The next "(" or "[" from `from`, -1 when none. */
/**
 * The next '(' or '[' from an offset on, for offsets asked in increasing order. Each bracket's
 * next place is kept until passed: an article with no '[' would otherwise be read to its end
 * for every '('.
 */
function openingsOf(text: string): (from: number) => number {
  let round = -2;
  let square = -2;
  return (from) => {
    if (round !== -1 && round < from) round = text.indexOf('(', from);
    if (square !== -1 && square < from) square = text.indexOf('[', from);
    return round < 0 ? square : square < 0 ? round : Math.min(round, square);
  };
}

/** The words right before `end` whose initials spell `value`, if any. */
function wordsBefore(text: string, end: number, value: string): Definition | null {
  const letters = value.length;
  const found: Array<{word: string; start: number}> = [];
  const pattern = /[^\s()]+\s*$/u;
  let at = end;
  let counted = 0;
  while (counted < letters && found.length < letters * 2 + 2) {
    const match = pattern.exec(text.slice(Math.max(0, at - 40), at));
    if (!match) return null;
    const start = at - match[0].length;
    const word = match[0].trimEnd();
    found.unshift({word, start});
    if (!skipped.has(word.toLowerCase())) counted++;
    at = start;
  }
  const words = found.map((item) => item.word);
  if (!spells(words, value)) return null;
  return {start: found[0]!.start, end, words};
}

/** Most of the lettered words are English words ("Reactive Oxygen Species"), not names ("Movimento 5 Stelle"). */
function mostlyOrdinary(words: readonly string[]): boolean {
  const lettered = words.filter((word) => !skipped.has(word.toLowerCase()));
  return lettered.filter((word) => isCommonWord(word)).length * 2 > lettered.length;
}

function spells(words: readonly string[], value: string): boolean {
  const letters = words.filter((word) => !skipped.has(word.toLowerCase())).map((word) => word.charAt(0).toUpperCase()).join('');
  return letters === value;
}
