/**
 * The tagger's document context (features.ts `documentContext`) kept up to date from one version
 * of a document to the next, for the incremental analyser. An edit changes a line or two, and
 * the context is what the whole document says of a word: recomputing it read every word of the
 * document on every keystroke. Here each word set is a count per word, and each version adds
 * the words of the sentences it gained and takes away those of the sentences it lost, found by
 * the sentences' origins (the kept line layouts, memo.ts). The rules' part (words inside the
 * rules' names) is recomputed from the rules alone, which are few.
 *
 * Every version that changes an answer logs the key: a tagging that read none of the keys
 * changed since it was last checked still holds without asking its questions again.
 */
import {placedWords, type SentenceSpan} from '../text/sentences.js';
import {bare, type DocumentContext, type RuleSpan} from './features.js';
import {startsLower, startsUpper} from './letters.js';
import {lowerBound} from '../text/span-index.js';
import {RuleTypes, sentenceAt} from './rule-types.js';

/** Which part of the context a key belongs to, as bits: lower case seen, capital seen, rules' type. */
export const LOWER = 1;
export const CAPITAL = 2;
export const RULE = 4;

/** A context from the tracker, for the version numbered `generation`. */
export interface TrackedContext extends DocumentContext {
  generation: number;
}

/** What one sentence adds to the word sets: its words alone decide it. */
interface Contribution {
  lower: readonly string[];
  capital: readonly string[];
}

/** Versions of changes kept; a tagging checked longer ago asks all its questions again. */
const maxLoggedVersions = 64;

export class ContextTracker {
  private readonly contributions = new WeakMap<SentenceSpan, Contribution>();
  /** The origins of the last version's sentences, in order; null: its counts are not by origin. */
  private placed: SentenceSpan[] | null = null;
  private readonly lower = new Map<string, number>();
  private readonly capital = new Map<string, number>();
  private readonly ruleTypes = new RuleTypes();
  private generation = 0;
  /** Keys whose answer may have changed, with their part's bit, flat in version order. */
  private changedKeys: string[] = [];
  private changedBits: number[] = [];
  /** Where each logged version's changes start in the log, from version `logStart` on. */
  private versionStarts: number[] = [];
  private logStart = 1;
  /** The context of the last version. */
  current: TrackedContext | undefined;

  /**
   * The context of a new version of the document: `documentContext(sentences, rules)`, computed
   * from the changes since the last version. `origins` gives each sentence's kept layout, by
   * position (undefined: none).
   */
  update(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[], origins: ReadonlyArray<SentenceSpan | undefined>): TrackedContext {
    const generation = ++this.generation;
    this.versionStarts.push(this.changedKeys.length);
    const placed = this.placed;
    // The first version, one after a rebuild, or one with a sentence not kept: counted afresh.
    if (!placed || placed.length === 0 || origins.some((origin) => !origin)) {
      this.rebuild(sentences);
      this.placed = origins.some((origin) => !origin) ? null : (origins as SentenceSpan[]).slice();
      return this.finish(sentences, rules, origins, generation);
    }
    // An edit changes a stretch of lines: what the two versions share at both ends is skipped,
    // and the sentences of the last version's stretch are taken away, the new stretch's added.
    let first = 0;
    while (first < placed.length && first < origins.length && placed[first] === origins[first]) first++;
    let end = 0;
    while (end < placed.length - first && end < origins.length - first && placed[placed.length - 1 - end] === origins[origins.length - 1 - end]) end++;
    for (let at = first; at < origins.length - end; at++) this.apply(origins[at]!, 1);
    for (let at = first; at < placed.length - end; at++) this.apply(placed[at]!, -1);
    this.placed = (origins as SentenceSpan[]).slice();
    return this.finish(sentences, rules, origins, generation);
  }

  /**
   * The first place in the change log of what changed after version `since`, to read with
   * `changedKey` up to `changeCount`; -1 when the log does not go back that far.
   */
  changesAfter(since: number): number {
    if (since + 1 < this.logStart || since > this.generation) return -1;
    return since === this.generation ? this.changedKeys.length : this.versionStarts[since + 1 - this.logStart]!;
  }

  get changeCount(): number {
    return this.changedKeys.length;
  }

  changedKey(at: number): string {
    return this.changedKeys[at]!;
  }

  changedBit(at: number): number {
    return this.changedBits[at]!;
  }

  /** Adds `times` times the words of the sentence `origin` (negative: takes them away). */
  private apply(origin: SentenceSpan, times: number): void {
    let contribution = this.contributions.get(origin);
    if (!contribution) {
      contribution = contributionOf(origin);
      this.contributions.set(origin, contribution);
    }
    for (const word of contribution.lower) this.count(this.lower, word, times, LOWER);
    for (const word of contribution.capital) this.count(this.capital, word, times, CAPITAL);
  }

  private count(counts: Map<string, number>, word: string, times: number, bit: number): void {
    const before = counts.get(word) ?? 0;
    const after = before + times;
    if (after === 0) counts.delete(word);
    else counts.set(word, after);
    if (before > 0 !== after > 0) this.logChange(word, bit);
  }

  /** Counts every sentence afresh (some sentence has no kept layout); the log cannot say what changed. */
  private rebuild(sentences: readonly SentenceSpan[]): void {
    this.lower.clear();
    this.capital.clear();
    for (const sentence of sentences) {
      const contribution = contributionOf(sentence);
      for (const word of contribution.lower) this.lower.set(word, (this.lower.get(word) ?? 0) + 1);
      for (const word of contribution.capital) this.capital.set(word, (this.capital.get(word) ?? 0) + 1);
    }
    this.changedKeys = [];
    this.changedBits = [];
    this.versionStarts = [];
    this.logStart = this.generation + 1;
  }

  /** The rules' part, recomputed, with the keys whose type changed logged; the version's context. */
  private finish(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[], origins: ReadonlyArray<SentenceSpan | undefined>, generation: number): TrackedContext {
    // Kept in step from version to version (rule-types.ts): the same as `ruleTypesOf`.
    const logged = this.logStart <= generation;
    this.ruleTypes.update(sentences, origins, rules, (word) => logged && this.logChange(word, RULE));
    const types = this.ruleTypes.types;
    this.trim();
    // The word sets are shared with earlier versions' contexts: only the current one is read.
    const context = {lowerSeen: this.lower, capitalSeen: this.capital, ruleTypes: types, generation};
    this.current = context;
    return context;
  }

  /** Keeps the log to the last `maxLoggedVersions` versions. */
  private trim(): void {
    const drop = this.versionStarts.length - maxLoggedVersions;
    if (drop <= 0) return;
    const from = this.versionStarts[drop]!;
    this.changedKeys = this.changedKeys.slice(from);
    this.changedBits = this.changedBits.slice(from);
    this.versionStarts = this.versionStarts.slice(drop).map((start) => start - from);
    this.logStart += drop;
  }

  private logChange(key: string, bit: number): void {
    this.changedKeys.push(key);
    this.changedBits.push(bit);
  }
}

/** The words a sentence adds to the sets of `documentContext`, one per occurrence. */
function contributionOf(sentence: SentenceSpan): Contribution {
  const lower: string[] = [];
  const capital: string[] = [];
  for (const word of sentence.words) {
    if (startsLower.test(word.text)) lower.push(word.text);
    else if (word.index > 0 && startsUpper.test(word.text)) capital.push(bare(word.text));
  }
  return {lower, capital};
}

/**
 * The rules' part of `documentContext`, from the rules: the words inside a rule's name (to two
 * characters past its end, for a possessive) with the name's type, 'mixed' for a word inside
 * names of two types. `documentContext` asks, for each word in document order, the first rule
 * that has not ended before it; that is rule i for the words from the start of rule i (or the
 * end of every earlier rule, if later) to its end. So each rule reads only those words.
 */
export function ruleTypesOf(sentences: readonly SentenceSpan[], rules: readonly RuleSpan[]): Map<string, string> {
  const types = new Map<string, string>();
  let reach = -Infinity;
  for (const rule of rules) {
    const from = Math.max(rule.start, reach);
    reach = Math.max(reach, rule.end);
    if (from >= rule.end) continue;
    words: for (let at = sentenceAt(sentences, from); at < sentences.length; at++) {
      // The words as kept, offsets moved by `shift`: most sentences' words are never copied.
      const {words, shift} = placedWords(sentences[at]!);
      let index = lowerBound(words, from - shift);
      for (; index < words.length; index++) {
        const word = words[index]!;
        if (word.start + shift >= rule.end) break words;
        if (word.end + shift > rule.end + 2) continue;
        const text = bare(word.text);
        const known = types.get(text);
        types.set(text, known && known !== rule.type ? 'mixed' : rule.type);
      }
    }
  }
  return types;
}
