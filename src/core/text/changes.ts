/**
 * What changed between the version of a document a layer last saw and this one, as a few dirty
 * ranges of this version's offsets. A layer keeps its per-sentence or per-quotation results of
 * the previous version and reuses one (moved by the edit's length) when the region it read is
 * clean: the same text, in unchanged lines, with the same mentions, entities and quotation marks.
 * Finding the ranges costs one pass over those lists, not a key built for every sentence.
 */
import type {Span} from '../model.js';
import type {ParagraphSpan} from './sentences.js';

/** Characters compared at once while looking for where two versions start to differ. */
const BLOCK = 1024;

interface Positioned {
  start: number;
  end: number;
}

export class Changes {
  /** Dirty ranges [start, end], inclusive, this version's offsets; sorted and merged by `seal`. */
  private ranges: number[] = [];
  private sealed = true;

  /**
   * @param prefix Length of the text both versions start with.
   * @param suffixStart Where the text both versions end with starts in this version.
   * @param delta How far text after the edit moved (this version's length minus the previous one's).
   */
  private constructor(
    private readonly prefix: number,
    private readonly suffixStart: number,
    private readonly delta: number,
  ) {}

  /**
   * The changes from `before` to `text`: the edited region widened to whole paragraphs, since a
   * paragraph's sentences and tags come from its whole line. `paragraphs` are this version's.
   */
  static between(before: string, text: string, paragraphs: readonly ParagraphSpan[]): Changes {
    const {prefix, suffixStart, delta} = textChange(before, text);
    const changes = new Changes(prefix, suffixStart, delta);
    if (delta === 0 && prefix === text.length) return changes;
    // The paragraph at or before the edit's start, and the one at or after its end, are dirty whole.
    const first = lastStartingAtOrBefore(paragraphs, prefix);
    let last = Math.max(first, 0);
    while (last + 1 < paragraphs.length && paragraphs[last]!.end < changes.suffixStart) last++;
    const from = first >= 0 ? Math.min(paragraphs[first]!.start, prefix) : 0;
    const to = paragraphs[last] ? Math.max(paragraphs[last]!.end, changes.suffixStart) : changes.suffixStart;
    changes.add(from, to);
    return changes;
  }

  /** Marks [start, end] of this version dirty. */
  add(start: number, end: number): void {
    this.ranges.push(start, end);
    this.sealed = false;
  }

  /**
   * Compares the previous version's `before` with this version's `after` (both sorted by start
   * for the comparison to stay short; unsorted lists only make more of the text dirty): every item
   * not found again, at its moved offsets and with `same` true, makes its span dirty.
   */
  compare<T extends Positioned, U extends Positioned>(before: readonly T[], after: readonly U[], same: (a: T, b: U) => boolean): void {
    let i = 0;
    let j = 0;
    while (i < before.length || j < after.length) {
      const old = before[i];
      const now = after[j];
      if (old && !this.movable(old)) {
        this.addOld(old);
        i++;
        continue;
      }
      if (!old) {
        this.add(now!.start, now!.end);
        j++;
        continue;
      }
      const start = this.toNew(old.start);
      const end = this.toNew(old.end);
      if (!now) {
        this.add(start, end);
        i++;
        continue;
      }
      if (start === now.start && end === now.end && same(old, now)) {
        i++;
        j++;
      } else if (start <= now.start) {
        this.add(start, end);
        i++;
      } else {
        this.add(now.start, now.end);
        j++;
      }
    }
  }

  /** Whether [start, end] of this version touches no dirty range. */
  clean(start: number, end: number): boolean {
    this.seal();
    const ranges = this.ranges;
    // The first range ending at or after `start`; ranges are merged, so ends increase.
    let low = 0;
    let high = ranges.length / 2;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (ranges[middle * 2 + 1]! < start) low = middle + 1;
      else high = middle;
    }
    return low * 2 >= ranges.length || ranges[low * 2]! > end;
  }

  /**
   * The first and the last offset of [0, `length`] that lie in a dirty range: `first` Infinity
   * and `last` -1 when none does.
   */
  extent(length: number): {first: number; last: number} {
    this.seal();
    const ranges = this.ranges;
    if (ranges.length === 0 || ranges[0]! > length) return {first: Infinity, last: -1};
    // Merged ranges: starts and ends both increase.
    let last = ranges.length - 2;
    while (ranges[last]! > length) last -= 2;
    return {first: Math.max(0, ranges[0]!), last: Math.min(length, ranges[last + 1]!)};
  }

  /** The previous version's offset of this version's `offset`, which must lie outside the edit. */
  toOld(offset: number): number {
    return offset < this.prefix ? offset : offset - this.delta;
  }

  /** How far a clean region at `offset` moved since the previous version. */
  shiftAt(offset: number): number {
    return offset < this.prefix ? 0 : this.delta;
  }

  private toNew(offset: number): number {
    return offset < this.prefix ? offset : offset + this.delta;
  }

  /** Whether an item of the previous version lies wholly outside the edited text. */
  private movable(item: Positioned): boolean {
    return item.end < this.prefix || item.start >= this.suffixStart - this.delta;
  }

  /** An item of the previous version that overlapped the edit: dirty over where it lay, moved. */
  private addOld(item: Positioned): void {
    const start = item.start < this.prefix ? item.start : this.prefix;
    const end = item.end >= this.suffixStart - this.delta ? item.end + this.delta : this.suffixStart;
    this.add(Math.min(start, end), Math.max(start, end, this.suffixStart));
  }

  private seal(): void {
    if (this.sealed) return;
    const pairs: Array<[number, number]> = [];
    for (let at = 0; at < this.ranges.length; at += 2) pairs.push([this.ranges[at]!, this.ranges[at + 1]!]);
    pairs.sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [start, end] of pairs) {
      const last = merged.length - 1;
      if (last > 0 && start <= merged[last]! + 1) merged[last] = Math.max(merged[last]!, end);
      else merged.push(start, end);
    }
    this.ranges = merged;
    this.sealed = true;
  }
}

/**
 * Where two versions of a document differ: they share `prefix` characters at the start, and
 * this version's text from `suffixStart` on is the previous one's moved by `delta` (this
 * version's length minus the previous one's).
 */
export interface TextChange {
  prefix: number;
  suffixStart: number;
  delta: number;
}

/** The last pair `textChange` compared: the layers after one edit ask about the same pair. */
let lastChange: {before: string; text: string; change: TextChange} | undefined;

/** How `text` differs from `before`, as the shared start and end; see `TextChange`. */
export function textChange(before: string, text: string): TextChange {
  if (lastChange && lastChange.before === before && lastChange.text === text) return lastChange.change;
  const shorter = Math.min(before.length, text.length);
  const prefix = sharedLength(before, text, shorter, false);
  const suffix = sharedLength(before, text, shorter - prefix, true);
  const change = {prefix, suffixStart: text.length - suffix, delta: text.length - before.length};
  lastChange = {before, text, change};
  return change;
}

/**
 * How many characters, at most `limit`, `a` and `b` share at their start (at their end, `fromEnd`).
 * Blocks first: comparing two slices is a memory comparison, while a loop of charCodeAt over a
 * string built by concatenation (an edited document) reads through its pieces. The blocks double
 * while they match, then halve around the first difference: a few dozen slices for a long
 * document, not two for every kilobyte of it.
 */
function sharedLength(a: string, b: string, limit: number, fromEnd: boolean): number {
  const same = fromEnd
    ? (from: number, to: number) => a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from)
    : (from: number, to: number) => a.slice(from, to) === b.slice(from, to);
  let shared = 0;
  let span = BLOCK;
  while (shared + span <= limit && same(shared, shared + span)) {
    shared += span;
    span *= 2;
  }
  // The first difference (or the limit) lies within `span` characters of `shared`.
  for (span /= 2; span >= BLOCK; span /= 2) if (shared + span <= limit && same(shared, shared + span)) shared += span;
  if (fromEnd) while (shared < limit && a.charCodeAt(a.length - 1 - shared) === b.charCodeAt(b.length - 1 - shared)) shared++;
  else while (shared < limit && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  return shared;
}

/** Position of the last paragraph starting at or before `offset` (-1 when none). */
function lastStartingAtOrBefore(paragraphs: readonly ParagraphSpan[], offset: number): number {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (paragraphs[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** A span (a role, a speaker, a cue) moved `delta` units, or none. */
export function shiftSpan(span: Span | null, delta: number): Span | null {
  return span && {start: span.start + delta, end: span.end + delta, text: span.text};
}
