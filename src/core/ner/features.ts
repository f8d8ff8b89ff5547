/**
 * The tagger's features, as strings: what training learns from and the reference the fast
 * scorer (scoring.ts) must equal. Word, shape, affixes, neighbours, part of speech, gazetteers,
 * sentence position, what the rules found, what the document says elsewhere about a word.
 */
import type {EntityType} from '../model.js';
import type {SentenceSpan, Word} from '../text/sentences.js';
import {countryByDemonym} from '../data/countries.js';
import {firstNames} from '../data/first-names.js';
import {givenNames} from '../data/given-names.js';
import {knownOrganizations, organizationWords, governmentNouns} from '../data/organizations.js';
import {knownPlaces, placeHeads} from '../data/places.js';
import {honorifics, roleNouns, titleComplements, titleWords} from '../data/titles.js';
import {isCommonWord} from '../data/lexicon.js';
import {digits, lowerLetters, possessive, possessiveAfterLetter, startsLower, startsUpper, upperLetters} from './letters.js';
import {lowerBound} from '../text/span-index.js';

/**
 * What a document tells the features beyond one sentence. Only asked questions (`has`, `get`):
 * a context kept across versions holds its sets as counts (context.ts).
 */
export interface DocumentContext {
  /** Lower-case words seen written in lower case somewhere in the document. */
  lowerSeen: {has(word: string): boolean};
  /** Capitalised words seen inside a sentence (not opening it). */
  capitalSeen: {has(word: string): boolean};
  /** Words inside the rules' names, with the names' types: the document's memory of a name. */
  ruleTypes: {get(word: string): string | undefined};
}

export function documentContext(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[] = []): DocumentContext {
  const lowerSeen = new Set<string>();
  const capitalSeen = new Set<string>();
  const ruleTypes = new Map<string, string>();
  let rule = 0;
  // Indexed loops: run once per document, this may run before it is optimised, and an iterator
  // there allocates a result per word.
  for (let at = 0; at < sentences.length; at++) {
    const words = sentences[at]!.words;
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!;
      if (opensLower(word.text)) lowerSeen.add(word.text);
      else if (word.index > 0 && opensUpper(word.text)) capitalSeen.add(bare(word.text));
      while (rule < rules.length && rules[rule]!.end <= word.start) rule++;
      const inside = rules[rule];
      if (inside && inside.start <= word.start && word.end <= inside.end + 2) {
        const name = bare(word.text);
        const known = ruleTypes.get(name);
        ruleTypes.set(name, known && known !== inside.type ? 'mixed' : inside.type);
      }
    }
  }
  return {lowerSeen, capitalSeen, ruleTypes};
}

/** `startsLower`, without the Unicode test when the first character is ASCII (most words). */
export function opensLower(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : startsLower.test(text);
}

/** `startsUpper`, without the Unicode test when the first character is ASCII (most words). */
export function opensUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : startsUpper.test(text);
}


/** `text` without a possessive after a letter ("Reuters'", "Mexico's"). Asked of every capitalised word: most hold no apostrophe to test for. */
export function bare(text: string): string {
  return text.length > 2 && (text.includes("'") || text.includes('’')) && possessiveAfterLetter.test(text) ? text.replace(possessive, '') : text;
}

export function shape(text: string): string {
  const mapped = text
    .replace(upperLetters, 'X')
    .replace(lowerLetters, 'x')
    .replace(digits, 'd');
  // Collapse runs longer than two: "Xxxxxx" → "Xxx".
  return mapped.replace(/(.)\1{2,}/gu, '$1$1');
}

/** Punctuation between two words, simplified: ',', '(', '"', '-', ':' … or '' for space only. */
export function gap(before: string): string {
  const trimmed = before.replace(/\s+/gu, '');
  if (!trimmed) return before.includes('\n') ? 'NL' : '';
  return trimmed.replace(/[“”„"]/gu, 'Q').replace(/[‘’']/gu, 'q').replace(/[–—]/gu, '-').slice(0, 3);
}

/** Gazetteer classes of a single word. */
export function wordClasses(text: string): string[] {
  const word = bare(text);
  const lower = word.toLowerCase();
  const classes: string[] = [];
  if (firstNames.has(word)) classes.push('first');
  if (givenNames.has(word)) classes.push('given');
  if (knownPlaces.has(lower)) classes.push('place');
  if (knownOrganizations.has(lower)) classes.push('org');
  if (organizationWords.has(word)) classes.push('orgword');
  if (placeHeads.has(word)) classes.push('placehead');
  if (titleWords.has(word) || honorifics.has(word)) classes.push('title');
  if (titleComplements.has(word)) classes.push('titlecomp');
  if (countryByDemonym.has(lower) || (lower.endsWith('s') && countryByDemonym.has(lower.slice(0, -1)))) classes.push('demonym');
  if (roleNouns.has(lower)) classes.push('role');
  if (governmentNouns.has(lower)) classes.push('govnoun');
  if (startsUpper.test(word) && isCommonWord(word)) classes.push('common');
  return classes;
}

let starts: Map<string, number> | undefined;
let seconds: Map<string, Set<string>> | undefined;

/** The first words (lower case) of the gazetteers' multi-word names, with their longest length in words. */
function phraseStarts(): Map<string, number> {
  if (!starts) {
    starts = new Map<string, number>();
    seconds = new Map<string, Set<string>>();
    for (const phrase of [...knownPlaces, ...knownOrganizations]) {
      const parts = phrase.split(' ');
      if (parts.length < 2) continue;
      starts.set(parts[0]!, Math.max(starts.get(parts[0]!) ?? 0, parts.length));
      let second = seconds.get(parts[0]!);
      if (!second) seconds.set(parts[0]!, (second = new Set()));
      second.add(parts[1]!);
    }
  }
  return starts;
}

/**
 * Whether some phrase opened by `first` (lower case) could go on with the word `next`: common
 * openers ("the", "new") open many phrases, and most of their occurrences are followed by a word
 * none of those phrases has second, so no candidate needs building.
 */
function mayContinue(first: string, next: string, lower: string): boolean {
  // A word holding a space would shift the phrase's parts: not filtered.
  if (next.includes(' ')) return true;
  phraseStarts();
  const second = seconds!.get(first);
  if (!second) return false;
  if (second.has(lower)) return true;
  // Without a possessive the word is its own bare form, asked already.
  const stripped = bare(next);
  return stripped !== next && second.has(stripped.toLowerCase());
}

/** The longest gazetteer phrase (in words) that a word, in lower case, may open; undefined: none. */
export function phraseOpening(lower: string): number | undefined {
  return phraseStarts().get(lower);
}

/**
 * Multi-word gazetteer matches (known places and organisations), as B/I marks per word.
 * `opening` gives `phraseOpening` of a word by index and `lower` its text in lower case, for
 * callers that have them memoised.
 */
export function phraseMarks(
  words: readonly Word[],
  opening: (index: number) => number | undefined = (index) => phraseOpening(words[index]!.text.toLowerCase()),
  lower: (index: number) => string = (index) => words[index]!.text.toLowerCase(),
): string[] {
  const marks = new Array<string>(words.length).fill('');
  for (let from = 0; from < words.length; from++) {
    // Most words open no known phrase: skip them without building any candidate string.
    const longest = opening(from);
    if (longest === undefined || from + 1 >= words.length || !mayContinue(lower(from), words[from + 1]!.text, lower(from + 1))) continue;
    for (let size = Math.min(5, longest, words.length - from); size >= 2; size--) {
      let phrase = '';
      for (let index = from; index < from + size - 1; index++) phrase += `${lower(index)} `;
      phrase += bare(words[from + size - 1]!.text).toLowerCase();
      const kind = knownPlaces.has(phrase) ? 'place' : knownOrganizations.has(phrase) ? 'org' : '';
      if (!kind) continue;
      for (let index = from; index < from + size; index++) marks[index] = `${index === from ? 'B' : 'I'}${kind}`;
      from += size - 1;
      break;
    }
  }
  return marks;
}

/**
 * The features of every word of a sentence that do not depend on the tags (the previous tags
 * are added while decoding). `words` may be a slice of a sentence (the inner layer).
 */
export function staticFeatures(words: readonly Word[], context: DocumentContext, marks: readonly string[] = []): string[][] {
  const ruleTags = marks;
  // A headline in title case: capitals say little there.
  const titleCase = words.length >= 4 && words.filter((word) => startsUpper.test(word.text)).length / words.length > 0.6;
  const marksOfGazetteer = phraseMarks(words);
  const info = words.map((word) => {
    const text = word.text;
    return {text, lower: text.toLowerCase(), shape: shape(text), classes: wordClasses(text), gap: gap(word.before)};
  });
  const at = (index: number) => info[index];
  return words.map((word, index) => {
    const self = info[index]!;
    const previous = at(index - 1);
    const next = at(index + 1);
    const previous2 = at(index - 2);
    const next2 = at(index + 2);
    const initial = index === 0 || /[“"‘«(:]\s*$|\s[-–—]\s+$/u.test(word.before);
    const features = [
      'b',
      `w=${self.text}`,
      `l=${self.lower}`,
      `s=${self.shape}`,
      `p3=${self.lower.slice(0, 3)}`,
      `x3=${self.lower.slice(-3)}`,
      `x2=${self.lower.slice(-2)}`,
      `t=${word.pos}`,
      `g=${self.gap}`,
      `g+=${next?.gap ?? '$'}`,
      `w-1=${previous?.lower ?? '^'}`,
      `w+1=${next?.lower ?? '$'}`,
      `w-2=${previous2?.lower ?? '^'}`,
      `w+2=${next2?.lower ?? '$'}`,
      `s-1=${previous?.shape ?? '^'}`,
      `s+1=${next?.shape ?? '$'}`,
      `t-1=${words[index - 1]?.pos ?? '^'}`,
      `t+1=${words[index + 1]?.pos ?? '$'}`,
      `s-1s=${previous?.shape ?? '^'}|${self.shape}`,
      `ss+1=${self.shape}|${next?.shape ?? '$'}`,
      `ww+1=${self.lower}|${next?.lower ?? '$'}`,
      `w-1w=${previous?.lower ?? '^'}|${self.lower}`,
      `i=${initial ? 1 : 0}|${self.shape}`,
      `m=${marksOfGazetteer[index] || '-'}`,
    ];
    if (initial) features.push(`il=${self.lower}`);
    if (startsUpper.test(self.text)) {
      features.push(`lowseen=${context.lowerSeen.has(self.lower) ? 1 : 0}|${initial ? 1 : 0}`, `capseen=${context.capitalSeen.has(bare(self.text)) ? 1 : 0}|${initial ? 1 : 0}`);
      features.push(`doc=${context.ruleTypes.get(bare(self.text)) ?? '-'}`, `doc|r=${context.ruleTypes.get(bare(self.text)) ?? '-'}|${ruleTags[index] ?? 'O'}`);
      if (titleCase) features.push(`tc|s=${self.shape}`, `tc|r=${ruleTags[index] ?? 'O'}`);
    }
    if (titleCase) features.push('tc');
    if (possessive.test(self.text) && self.text.length > 2) features.push('poss');
    for (const item of self.classes) features.push(`c=${item}`);
    for (const item of previous?.classes ?? []) features.push(`c-1=${item}`);
    for (const item of next?.classes ?? []) features.push(`c+1=${item}`);
    if (marksOfGazetteer[index - 1]) features.push(`m-1=${marksOfGazetteer[index - 1]}`);
    const rule = ruleTags[index];
    features.push(`r=${rule ?? 'O'}`, `r-1=${ruleTags[index - 1] ?? '^'}`, `r+1=${ruleTags[index + 1] ?? '$'}`, `rw=${rule ?? 'O'}|${self.shape}`);
    if (marksOfGazetteer[index + 1]) features.push(`m+1=${marksOfGazetteer[index + 1]}`);
    return features;
  });
}

/** Features of the tags already chosen (the previous two). */
export function historyFeatures(previous: string, previous2: string, word: Word): string[] {
  return [`h1=${previous}`, `h2=${previous2}|${previous}`, `h1w=${previous}|${word.text.toLowerCase()}`];
}

/** Features of the outer layer's tag for the inner layer. */
export function innerFeatures(features: string[][], outerType: EntityType, from: number, to: number): string[][] {
  return features.map((list, index) => [...list, `ot=${outerType}`, `op=${index === 0 ? 'first' : index === to - from - 1 ? 'last' : 'mid'}`, `ot|l=${outerType}|${list[2]!.slice(2)}`]);
}

/** What the rule-based recogniser found, as the tagger sees it. */
export interface RuleSpan {
  start: number;
  end: number;
  type: EntityType;
  role: {start: number; end: number} | null;
}

/** The rules' findings as one mark per word: BIO-type inside a name, 'role' inside a title. */
export function ruleMarks(words: readonly Word[], rules: readonly RuleSpan[]): string[] {
  const marks = new Array<string>(words.length).fill('O');
  if (words.length === 0) return marks;
  const from = words[0]!.start;
  const to = words[words.length - 1]!.end;
  for (const rule of rules) {
    if (rule.end <= from || rule.start >= to) continue;
    // The words starting inside the rule (words are in order): a run found by bisection.
    const first = lowerBound(words, rule.start);
    let last = first;
    while (last < words.length && words[last]!.start < rule.end) last++;
    for (let index = first; index < last; index++) {
      marks[words[index]!.index - words[0]!.index] = markName(last - first === 1 ? 'U' : index === first ? 'B' : index === last - 1 ? 'L' : 'I', rule.type);
    }
    if (rule.role) {
      for (let index = lowerBound(words, rule.role.start); index < words.length && words[index]!.start < rule.role.end; index++) {
        const at = words[index]!.index - words[0]!.index;
        if (marks[at] === 'O') marks[at] = 'role';
      }
    }
  }
  return marks;
}

/** Mark names by type, then by position ('U', 'B', 'L', 'I'). */
const markNames = new Map<string, Map<string, string>>();

/**
 * `position-type`, one string per mark: the scorer looks marks up in maps, and a string made
 * once has its hash computed once.
 */
function markName(position: string, type: string): string {
  let byPosition = markNames.get(type);
  if (!byPosition) markNames.set(type, (byPosition = new Map()));
  let name = byPosition.get(position);
  if (name === undefined) {
    name = `${position}-${type}`;
    byPosition.set(position, name);
  }
  return name;
}

