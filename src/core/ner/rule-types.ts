/**
 * The rules' part of the tagger's document context (context.ts `ruleTypesOf`) kept up to date
 * from one version of a document to the next. Recomputing it read the words under every rule's
 * name on every keystroke; here each rule's words are kept with the rule, and a version takes
 * away the words of the rules it lost and adds those of the rules it gained. A rule is the same
 * as before where it lies, with its type, in sentences the edit left as they were (same kept
 * layout, same place, or moved by the edit's length after it), and reads no word of a rule before
 * it (which may have changed): its words are then the same.
 */
import {placedWords, type SentenceSpan} from '../text/sentences.js';
import {bare, type RuleSpan} from './features.js';
import {lowerBound} from '../text/span-index.js';

/** A word's count under rules of each type; the answer is the one type, or 'mixed'. */
interface Counts {
  types: string[];
  counts: number[];
}

/** What one version kept: its sentences and their origins, its rules and each rule's words. */
interface Kept {
  sentences: readonly SentenceSpan[];
  origins: ReadonlyArray<SentenceSpan | undefined>;
  rules: readonly RuleSpan[];
  words: ReadonlyArray<readonly string[]>;
}

export class RuleTypes {
  private readonly counts = new Map<string, Counts>();
  /** The answers, kept in step with the counts: the map the context hands out. */
  readonly types = new Map<string, string>();
  private kept: Kept | undefined;

  /**
   * The rules' part for a new version (`types`, changed in place), calling `changed` with each
   * word whose answer changed. `origins` gives each sentence's kept layout (undefined: none).
   */
  update(sentences: readonly SentenceSpan[], origins: ReadonlyArray<SentenceSpan | undefined>, rules: readonly RuleSpan[], changed: (word: string) => void): void {
    const kept = this.kept;
    const words: Array<readonly string[]> = [];
    let head = 0;
    let tail = 0;
    if (kept) {
      ({head, tail} = sameRules(kept, sentences, origins, rules));
      for (let at = head; at < kept.rules.length - tail; at++) this.count(kept.words[at]!, kept.rules[at]!.type, -1, changed);
    } else {
      for (const word of this.types.keys()) changed(word);
      this.counts.clear();
      this.types.clear();
    }
    for (let at = 0; at < head; at++) words.push(kept!.words[at]!);
    let reach = -Infinity;
    for (let at = 0; at < head; at++) reach = Math.max(reach, rules[at]!.end);
    for (let at = head; at < rules.length - tail; at++) {
      const rule = rules[at]!;
      const read = wordsRead(sentences, rule, reach);
      reach = Math.max(reach, rule.end);
      this.count(read, rule.type, 1, changed);
      words.push(read);
    }
    for (let at = kept ? kept.rules.length - tail : 0; kept && at < kept.rules.length; at++) words.push(kept.words[at]!);
    this.kept = {sentences, origins: origins.slice(), rules, words};
  }

  /** Forgets what was kept: the next version is counted afresh. */
  reset(): void {
    this.kept = undefined;
  }

  private count(words: readonly string[], type: string, times: number, changed: (word: string) => void): void {
    for (const word of words) {
      let counts = this.counts.get(word);
      if (!counts) this.counts.set(word, (counts = {types: [], counts: []}));
      let index = counts.types.indexOf(type);
      if (index < 0) {
        index = counts.types.length;
        counts.types.push(type);
        counts.counts.push(0);
      }
      counts.counts[index]! += times;
      if (counts.counts[index] === 0) {
        counts.types.splice(index, 1);
        counts.counts.splice(index, 1);
      }
      const answer = counts.types.length === 0 ? undefined : counts.types.length === 1 ? counts.types[0] : 'mixed';
      if (answer === undefined) this.counts.delete(word);
      if (this.types.get(word) === answer) continue;
      if (answer === undefined) this.types.delete(word);
      else this.types.set(word, answer);
      changed(word);
    }
  }
}

/**
 * How many of the rules at the start and at the end are the kept version's, reading the same
 * words: at the start, the same rules in sentences the same at the same place; at the end, the
 * same rules moved alike in sentences moved alike, the first of them reading from its own start.
 */
function sameRules(kept: Kept, sentences: readonly SentenceSpan[], origins: ReadonlyArray<SentenceSpan | undefined>, rules: readonly RuleSpan[]): {head: number; tail: number} {
  const old = kept.sentences;
  const shorter = Math.min(old.length, sentences.length);
  // The sentences unchanged at the start (same layout, same place) and at the end (moved alike).
  let first = 0;
  while (first < shorter && origins[first] !== undefined && origins[first] === kept.origins[first] && sentences[first]!.start === old[first]!.start) first++;
  const delta = sentences.length > 0 && old.length > 0 ? sentences[sentences.length - 1]!.start - old[old.length - 1]!.start : 0;
  let last = 0;
  while (last < shorter - first) {
    const now = sentences.length - 1 - last;
    const then = old.length - 1 - last;
    if (origins[now] === undefined || origins[now] !== kept.origins[then] || sentences[now]!.start !== old[then]!.start + delta) break;
    last++;
  }
  const headEnd = first < sentences.length ? sentences[first]!.start : Infinity;
  const tailStart = last > 0 ? sentences[sentences.length - last]!.start : Infinity;

  const before = kept.rules;
  const fewer = Math.min(before.length, rules.length);
  let head = 0;
  while (head < fewer && before[head]!.start === rules[head]!.start && before[head]!.end === rules[head]!.end && before[head]!.type === rules[head]!.type && rules[head]!.end < headEnd) head++;
  let tail = 0;
  while (tail < fewer - head) {
    const then = before[before.length - 1 - tail]!;
    const now = rules[rules.length - 1 - tail]!;
    if (now.start < tailStart || now.start !== then.start + delta || now.end !== then.end + delta || now.type !== then.type) break;
    tail++;
  }
  // The first rule of the end reads from its own start in both versions, so each after it reads
  // as it did (the rules before it, which may have changed, reach no further than it starts).
  // (Rules overlap rarely: after a few tries, the end is counted afresh.)
  for (let tries = 0; tail > 0; tries++, tail--) {
    if (tries === 4) return {head, tail: 0};
    if (reachBefore(before, before.length - tail) <= before[before.length - tail]!.start && reachBefore(rules, rules.length - tail) <= rules[rules.length - tail]!.start) break;
  }
  return {head, tail};
}

/** How far the rules before `index` reach. */
function reachBefore(rules: readonly RuleSpan[], index: number): number {
  let reach = -Infinity;
  for (let at = 0; at < index; at++) if (rules[at]!.end > reach) reach = rules[at]!.end;
  return reach;
}

/**
 * The words `ruleTypesOf` types by `rule` when the rules before it reach `reach`: those from the
 * rule's start (or that reach, if later) to its end, to two characters past it for a possessive.
 */
function wordsRead(sentences: readonly SentenceSpan[], rule: RuleSpan, reach: number): string[] {
  const read: string[] = [];
  const from = Math.max(rule.start, reach);
  if (from >= rule.end) return read;
  words: for (let at = sentenceAt(sentences, from); at < sentences.length; at++) {
    const {words, shift} = placedWords(sentences[at]!);
    for (let index = lowerBound(words, from - shift); index < words.length; index++) {
      const word = words[index]!;
      if (word.start + shift >= rule.end) break words;
      if (word.end + shift > rule.end + 2) continue;
      read.push(bare(word.text));
    }
  }
  return read;
}

/** The last sentence starting at or before `offset` (0 if none): no earlier sentence has a word from there. */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.start <= offset) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
