/**
 * The entity layer's steps (the rules, the tagger, the passes after it), re-run only near an
 * edit. Each pass reads two things: what
 * the article as a whole says (its facts: the names it uses and their types, the surnames of
 * the people it names in full, the acronyms it defines…) and, for each name, the names and text
 * within a few dozen characters of it. When an edit leaves a pass's facts as they were, the
 * pass's names further from the edit than it reads come out as they did, moved by the edit's
 * length: only the sentences around the edit (and around any input that changed) are run again,
 * with the article's facts, and the rest of the previous version's output is reused. When the
 * facts differ, a pass that can say which stretches read what differs (`Local`) runs again
 * there too, and elsewhere reuses its output as before; any other runs over the whole article,
 * as `analyze` runs it.
 */
import type {EntityMention} from '../data-map.js';
import type {SentenceSpan} from '../text/sentences.js';
import {shiftSpan, textChange} from '../text/changes.js';
import {lowerBound} from '../text/span-index.js';
import type {TaggedName} from './tagger.js';

interface Positioned {
  start: number;
  end: number;
}

/**
 * How far a pass reads around a name, in characters, with room to spare (the furthest reach
 * is 60 characters before a region for its town, compounds.ts): the sentences within it of
 * anything that changed are run again, with as much again of context around them.
 */
const REACH = 200;

/** Whether an item of the previous version is the same as one of this version, moved by `delta` characters and `sentenceDelta` sentences. */
export type SameItem<T> = (old: T, now: T, delta: number, sentenceDelta: number) => boolean;

type Lists = ReadonlyArray<readonly Positioned[]>;

/** One pass of one version: what it read, what it found. */
interface PassRun {
  inputs: Lists;
  facts: unknown;
  output: readonly Name[];
  /** How many of the output's last names are the first input's last names (the same objects): names the pass handed on. */
  handedOn: number;
  /** What the run of each sentence noted of what it read (`Local`), by sentence; kept for local passes only. */
  notes?: unknown[];
}

/**
 * How a pass whose facts changed finds the stretches of the article that read what changed:
 * `affected(before, now, noteOf, emit)` emits the spans (this version's offsets) whose output may
 * differ because the facts went from `before` to `now`, or returns false when it cannot tell
 * (the pass then runs over the whole article). `noteOf(sentence)` gives what the pass's run noted
 * for that sentence in the version it last ran it (see `Run`); unknown near the edit, which is
 * run again anyway. The spans are run again with as much context around them as the edit gets.
 */
export interface Local<F> {
  affected(before: F, now: F, noteOf: (sentence: number) => unknown, emit: (start: number, end: number) => void): boolean;
}

/**
 * A pass's run over `inputs` with `facts`, its loops over sentences going from `from` to `to`;
 * `note(sentence, value)` keeps what a sentence's run read, for `Local.affected` in later versions.
 */
export type Run<I, F, O> = (inputs: I, facts: F, from: number, to: number, note: (sentence: number, value: unknown) => void) => O[];

/** What the passes find: names, or the tagger's names. */
type Name = EntityMention | TaggedName;

/** What the passes keep of a version for the next. */
export interface PassesState {
  text: string;
  sentences: readonly SentenceSpan[];
  runs: Map<string, PassRun>;
}

/**
 * What a pass's facts are made of in a stretch of the article (its names, the first input, and
 * its sentences), as keys in order: where the stretch an edit changed gives the same keys as it
 * did, the facts are those of the previous version, and are not gathered again. `text` is the
 * version's text, for what the sentences' words do not say.
 */
export type Contributions = (mentions: readonly EntityMention[], sentences: readonly SentenceSpan[], emit: (key: string) => void, text: string) => void;

/** The edit since the previous version (see text/changes.ts `TextChange`), and how many more sentences there are. */
interface Edit {
  prefix: number;
  suffixStart: number;
  delta: number;
  sentenceDelta: number;
}

/** The sentences run again for their output ([first, end), from `start` to `stop` in the text) and those read around them. */
export interface Window {
  /** What changed: the span the window was widened from, and whether it holds the edit. */
  from: number;
  to: number;
  edit: boolean;
  first: number;
  end: number;
  start: number;
  stop: number;
  readFirst: number;
  readEnd: number;
  readStart: number;
  readStop: number;
}

/** Of a list made after an edit: its previous version, and how many of its last items are that version's last items moved. */
interface MovedTail {
  source: readonly Name[];
  count: number;
}

/** The moved copies and moved tails made for the last pair of versions met (one edit: the same moves). */
let sharedMoves: {before: string; text: string; moved: Map<Name, Name>; tails: Map<readonly Name[], MovedTail>} | undefined;

export class NearEdit {
  private readonly runs = new Map<string, PassRun>();
  private readonly edit: Edit | undefined;
  /**
   * Moved copies of the previous version's names, one per name: passes hand most names on
   * unchanged. Shared by the steps of one edit (`sharedMoves`): the rules' names moved once are
   * then known as moved by the passes that read them.
   */
  private readonly moved: Map<Name, Name>;
  /**
   * For each list made near the edit (an output, the rules' names), its previous version and how
   * many of its last names are that version's last names moved: the next pass, whose input it
   * is, need not look at them again. Shared by the steps of one edit, as `moved` is.
   */
  private readonly movedTails: Map<readonly Name[], MovedTail>;

  /** @param before What the previous version kept (`state`), if any. */
  constructor(
    private readonly before: PassesState | undefined,
    private readonly text: string,
    private readonly sentences: readonly SentenceSpan[],
  ) {
    if (before) this.edit = {...textChange(before.text, text), sentenceDelta: sentences.length - before.sentences.length};
    if (!before || sharedMoves?.before !== before.text || sharedMoves.text !== text) sharedMoves = before && {before: before.text, text, moved: new Map(), tails: new Map()};
    this.moved = sharedMoves?.moved ?? new Map();
    this.movedTails = sharedMoves?.tails ?? new Map();
  }

  /**
   * Says that the last names of `list` are the names of `source`, the previous version's list,
   * from the first starting at `from` (its offsets) on, moved by the edit (`move`): passes that
   * read `list` take them as the same without comparing them.
   */
  movedAfter(list: readonly Name[], source: readonly Name[], from: number): void {
    this.movedTails.set(list, {source, count: source.length - lowerBound(source, from)});
  }

  /** What to keep for the next version. */
  state(): PassesState {
    return {text: this.text, sentences: this.sentences, runs: this.runs};
  }

  /**
   * Runs one pass: `run(inputs, facts, from, to)` finds its names from the given inputs (all of
   * them, or those around an edit) with the article's facts (`facts()`), its loops over sentences
   * going from `from` to `to`. `same` compares the items of each input list between versions;
   * `contributions`, when given, spares gathering the facts where an edit left them as they were.
   */
  pass<I extends Lists, F, O extends Name = EntityMention>(
    name: string,
    inputs: I,
    same: {readonly [K in keyof I]: SameItem<I[K][number]>},
    facts: () => F,
    sameFacts: (a: F, b: F) => boolean,
    run: Run<I, F, O>,
    contributions?: Contributions,
    local?: Local<F>,
  ): O[] {
    const last = this.before?.runs.get(name);
    const tails: number[] = [];
    const window = last && this.windowOf(last, inputs, same as ReadonlyArray<SameItem<Positioned>>, tails);
    let known: F;
    let output: O[] | undefined;
    let notes: unknown[] | undefined;
    if (last && window) {
      const kept = last.facts as F;
      known = contributions && this.sameContributions(last, inputs, window, contributions) ? kept : facts();
      if (local) notes = this.carriedNotes(last, window);
      let windows: Window[] | undefined;
      if (known === kept || sameFacts(kept, known)) windows = [window];
      else if (local && notes) {
        const spans: number[] = [];
        const carried = notes;
        if (local.affected(kept, known, (sentence) => carried[sentence], (start, end) => spans.push(start, end))) windows = this.withSpans(window, spans);
        // Windows over most of the article cost more than one run over all of it.
        if (windows && windows.reduce((sum, item) => sum + item.readEnd - item.readFirst, 0) * 2 > this.sentences.length) windows = undefined;
      }
      if (windows) output = this.nearEdit(last, inputs, known, windows, run, notes, tails);
    } else known = facts();
    if (!output) {
      const fresh: unknown[] | undefined = local ? [] : undefined;
      notes = fresh;
      output = run(inputs, known, 0, this.sentences.length, fresh ? (sentence, value) => void (fresh[sentence] = value) : ignoreNote);
    }
    this.runs.set(name, {inputs, facts: known, output, handedOn: handedOn(inputs[0] ?? [], output), notes});
    return output;
  }

  /**
   * The notes of the last run moved to this version's sentences, none in `window` (the edit's,
   * run again); undefined when the last run kept none.
   */
  private carriedNotes(last: PassRun, window: Window): unknown[] | undefined {
    const old = last.notes;
    if (!old) return undefined;
    const {sentenceDelta} = this.edit!;
    const notes: unknown[] = new Array(this.sentences.length);
    for (let at = 0; at < window.first; at++) notes[at] = old[at];
    for (let at = window.end; at < notes.length; at++) notes[at] = old[at - sentenceDelta];
    return notes;
  }

  /**
   * The edit's window and one for each span (`start, end` pairs), widened alike, merged where they
   * meet, in order; the window holding the edit is marked as such (`edit`).
   */
  private withSpans(window: Window, spans: readonly number[]): Window[] {
    const ranges: Array<[number, number, boolean]> = [[window.from, window.to, true]];
    for (let at = 0; at < spans.length; at += 2) ranges.push([spans[at]!, spans[at + 1]!, false]);
    ranges.sort((a, b) => a[0] - b[0]);
    const windows: Window[] = [];
    for (const [from, to, edit] of ranges) {
      let next = this.widen(from, to, edit);
      // Windows whose sentences meet are one: merged, widened again (which may reach the one before).
      while (windows.length > 0 && next.first <= windows[windows.length - 1]!.end) {
        const before = windows.pop()!;
        next = this.widen(Math.min(before.from, next.from), Math.max(before.to, next.to), before.edit || next.edit);
      }
      windows.push(next);
    }
    return windows;
  }

  /** The sentences within reach of the edited text (no inputs compared); undefined before the first version. */
  aroundEdit(): Window | undefined {
    return this.windowOf(undefined, [], [], []);
  }

  /**
   * Where the inputs changed since the previous version, widened to the sentences within reach;
   * undefined when nothing was kept. `tails` gets, for each input, how many of its last items are
   * the previous version's moved (or the same moved).
   */
  private windowOf(last: PassRun | undefined, inputs: Lists, same: ReadonlyArray<SameItem<Positioned>>, tails: number[]): Window | undefined {
    if (!this.edit) return undefined;
    const {prefix, suffixStart, delta, sentenceDelta} = this.edit;
    const oldSuffix = suffixStart - delta;
    const toNew = (offset: number) => (offset < prefix ? offset : offset >= oldSuffix ? offset + delta : prefix);
    // What changed, this version's offsets: the edited text, and the inputs not found again.
    let from = prefix;
    let to = suffixStart;
    for (let list = 0; list < inputs.length; list++) {
      const before = last!.inputs[list]!;
      const now = inputs[list]!;
      const isSame = same[list]!;
      const shorter = Math.min(before.length, now.length);
      // The passes hand on the previous version's names before the edit as they were, and moved copies after it.
      let head = 0;
      while (head < shorter && before[head]!.end <= prefix && (before[head] === now[head] || isSame(before[head]!, now[head]!, 0, 0))) head++;
      // An input made near the edit from the previous version's says how many of its last names
      // are moved ones: each would pass the test below.
      const known = this.movedTails.get(now as readonly Name[]);
      let tail = known && known.source === before ? Math.min(known.count, shorter - head) : 0;
      while (tail < shorter - head) {
        const old = before[before.length - 1 - tail]!;
        const item = now[now.length - 1 - tail]!;
        if (old.start < oldSuffix || !(this.moved.get(old as Name) === item || isSame(old, item, delta, sentenceDelta))) break;
        tail++;
      }
      tails.push(tail);
      for (let at = head; at < before.length - tail; at++) {
        from = Math.min(from, toNew(before[at]!.start));
        to = Math.max(to, toNew(before[at]!.end));
      }
      for (let at = head; at < now.length - tail; at++) {
        from = Math.min(from, now[at]!.start);
        to = Math.max(to, now[at]!.end);
      }
    }
    return this.widen(from, to, true);
  }

  /** The window of what changed from `from` to `to`: the sentences within reach, and those read around them. */
  private widen(from: number, to: number, edit: boolean): Window {
    const first = this.firstEndingAfter(from - REACH);
    const end = lowerBound(this.sentences, to + REACH);
    const start = first === 0 ? -Infinity : Math.min(this.sentences[first]!.start, from);
    const stop = end === this.sentences.length ? Infinity : Math.max(this.sentences[end]!.start, to);
    const readFirst = this.firstEndingAfter(start - REACH);
    const readEnd = lowerBound(this.sentences, stop + REACH);
    const readStart = readFirst === 0 ? -Infinity : this.sentences[readFirst]!.start;
    const readStop = readEnd === this.sentences.length ? Infinity : this.sentences[readEnd]!.start;
    return {from, to, edit, first, end, start, stop, readFirst, readEnd, readStart, readStop};
  }

  /** Whether the window's names and sentences give the keys they gave in the previous version. */
  private sameContributions(last: PassRun, inputs: Lists, window: Window, contributions: Contributions): boolean {
    const {delta, sentenceDelta} = this.edit!;
    const keys: string[] = [];
    contributions(between(inputs[0] as readonly EntityMention[], window.start, window.stop), this.sentences.slice(window.first, window.end), (key) => keys.push(key), this.text);
    let at = 0;
    let same = true;
    const oldSentences = this.before!.sentences;
    contributions(between(last.inputs[0] as readonly EntityMention[], window.start, window.stop - delta), oldSentences.slice(window.first, window.end - sentenceDelta), (key) => {
      same &&= keys[at++] === key;
    }, this.before!.text);
    return same && at === keys.length;
  }

  /**
   * The pass's output from its runs in the windows (in order, one holding the edit: those before
   * it lie before the edit, those after it after) and the previous output elsewhere; undefined
   * when the two cannot be told apart. `notes`, when kept, are overwritten in the windows.
   * `tails` says, for each input, how many of its last items are the previous version's moved.
   */
  private nearEdit<I extends Lists, F, O extends Name>(last: PassRun, inputs: I, facts: F, windows: readonly Window[], run: Run<I, F, O>, notes: unknown[] | undefined, tails: readonly number[]): O[] | undefined {
    const {delta} = this.edit!;
    const output = last.output as readonly O[];
    let result: O[] = [];
    // The next previous name not yet handed on, and whether the windows met so far passed the edit.
    let next = 0;
    let pastEdit = false;
    for (const window of windows) {
      const {start, stop, first, end, readFirst, readEnd, readStart, readStop, edit} = window;
      // The window in the previous version's offsets: before the edit the same, after it moved.
      const oldStart = pastEdit ? start - delta : start;
      const oldStop = pastEdit || edit ? stop - delta : stop;
      const kept = lowerBound(output, oldStart);
      const after = Math.max(kept, lowerBound(output, oldStop));
      if (kept < next || (kept > 0 && output[kept - 1]!.start >= oldStart) || (after < output.length && output[after]!.start < oldStop)) return undefined;
      for (let at = kept; at < after; at++) if (output[at]!.start < oldStart || output[at]!.start >= oldStop) return undefined;
      // Before the edit, the same names: copied at once (thousands, most of the time).
      if (!pastEdit && result.length === 0) result = output.slice(next, kept) as O[];
      else for (let at = next; at < kept; at++) result.push(pastEdit ? this.move(output[at]!) : output[at]!);
      next = after;
      if (edit) pastEdit = true;

      if (notes) for (let at = first; at < end; at++) notes[at] = undefined;
      const near = inputs.map((list) => between(list, readStart, readStop)) as unknown as I;
      const note = notes ? (sentence: number, value: unknown) => void (sentence >= first && sentence < end && (notes[sentence] = value)) : ignoreNote;
      const found = run(near, facts, readFirst, readEnd, note);
      for (const item of found) {
        if (item.start >= start && item.start < stop) result.push(item);
        else if (item.start >= readStart && item.start < readStop) continue;
        // A name outside what was read: the pass reaches further than this module assumes.
        else return undefined;
      }
    }
    if (!pastEdit) return undefined;
    // The last names the pass handed on from its input last time are, moved, the last names of
    // its input now: taken from there rather than looked up one by one.
    const input = inputs[0] as unknown as readonly O[];
    const fromInput = Math.max(next, output.length - Math.min(last.handedOn, tails[0] ?? 0));
    // Before those, a name handed on from an input as it was is, moved, that input's name now:
    // found by walking the previous inputs alongside rather than looked up (thousands a pass).
    const walks = inputs.map((now, list) => new InputWalk(last.inputs[list]!, now, tails[list]!, next < fromInput ? output[next]!.start : Infinity));
    for (let at = next; at < fromInput; at++) {
      const item = output[at]!;
      let now: Positioned | undefined;
      for (let list = 0; list < walks.length && now === undefined; list++) now = walks[list]!.movedOf(item);
      result.push((now as O | undefined) ?? this.move(item));
    }
    const shift = input.length - output.length;
    if (fromInput < output.length) result = result.concat(input.slice(fromInput + shift));
    this.movedTails.set(result, {source: output, count: output.length - next});
    return result;
  }

  /**
   * A name of the previous version after the edit, moved to this version (one copy per name).
   * `made(copy, item)` is called when the copy is made, once per name and edit.
   */
  move<T extends Name>(item: T, made?: (copy: T, item: T) => void): T {
    const {delta, sentenceDelta} = this.edit!;
    if (delta === 0 && sentenceDelta === 0) return item;
    let moved = this.moved.get(item);
    if (!moved) {
      // Written out, not spread: there are thousands.
      if ('nested' in item) moved = {start: item.start + delta, end: item.end + delta, type: item.type, nested: item.nested, sentence: item.sentence + sentenceDelta};
      else {
        moved = {start: item.start + delta, end: item.end + delta, text: item.text, type: item.type, role: shiftSpan(item.role, delta), sentence: item.sentence + sentenceDelta, actor: item.actor};
      }
      this.moved.set(item, moved);
      made?.(moved as T, item);
    }
    return moved as T;
  }

  /** The first sentence ending after `offset` (the count when none does). */
  private firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.sentences.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.sentences[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * One input of a pass, its previous version walked in order of start: `movedOf(item)` gives, for
 * a previous item at or after the last asked, the input's item now that is it moved, when it lies
 * among the input's last names the edit moved (`tail` of them); undefined otherwise.
 */
class InputWalk {
  private at: number;
  private readonly moved: number;
  private readonly shift: number;

  constructor(
    private readonly before: readonly Positioned[],
    private readonly now: readonly Positioned[],
    tail: number,
    from: number,
  ) {
    this.at = lowerBound(before, from);
    this.moved = before.length - tail;
    this.shift = now.length - before.length;
  }

  movedOf(item: Positioned): Positioned | undefined {
    const {before} = this;
    while (this.at < before.length && before[this.at]!.start < item.start) this.at++;
    for (let found = Math.max(this.at, this.moved); found < before.length && before[found]!.start === item.start; found++) if (before[found] === item) return this.now[found + this.shift];
    return undefined;
  }
}

/** Names the same between versions: place (moved), text, type, sentence and role. */
export function sameMention(old: EntityMention, now: EntityMention, delta: number, sentenceDelta: number): boolean {
  return (
    old.start + delta === now.start &&
    old.end + delta === now.end &&
    old.text === now.text &&
    old.type === now.type &&
    old.sentence + sentenceDelta === now.sentence &&
    (old.role === null ? now.role === null : now.role !== null && old.role.start + delta === now.role.start && old.role.end + delta === now.role.end && old.role.text === now.role.text)
  );
}

function ignoreNote(): void {}

/** How many of `output`'s last items are `input`'s last items, the same objects. */
function handedOn(input: readonly object[], output: readonly object[]): number {
  const shorter = Math.min(input.length, output.length);
  let count = 0;
  while (count < shorter && output[output.length - 1 - count] === input[input.length - 1 - count]) count++;
  return count;
}

/** The keys with another value (or none) in one map than in the other. */
export function changedKeys<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): K[] {
  const changed: K[] = [];
  for (const [key, value] of a) if (b.get(key) !== value || !b.has(key)) changed.push(key);
  for (const key of b.keys()) if (!a.has(key)) changed.push(key);
  return changed;
}

/**
 * The sentences whose text holds one of `words` (anywhere, within a longer word too), in order,
 * each once; undefined when they are more than `limit`. A few words looked for in the text, not
 * thousands of sentences read.
 */
export function sentencesHolding(sentences: readonly Positioned[], text: string, words: readonly string[], limit: number): number[] | undefined {
  const found = new Set<number>();
  for (const word of words) {
    if (word === '') return undefined;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      // The last sentence starting at or before the word (one that holds it, if any does).
      const sentence = lowerBound(sentences, at + 1) - 1;
      if (sentence >= 0 && at < sentences[sentence]!.end) found.add(sentence);
      if (found.size > limit) return undefined;
    }
  }
  return [...found].sort((a, b) => a - b);
}

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}

export function sameMap<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value || (value === undefined && !b.has(key))) return false;
  return true;
}

/** The items starting from `start` to before `stop`, of a list sorted by start sentence by sentence. */
export function between<T extends Positioned>(list: readonly T[], start: number, stop: number): T[] {
  return list.slice(lowerBound(list, start), lowerBound(list, stop));
}
