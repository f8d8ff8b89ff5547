/**
 * Lookups by offset over lists of spans sorted by start (entity and actor mentions, quotes,
 * sentences, paragraphs). The layers used to scan whole lists for every word or quote, which
 * made a 1 MB article quadratic; these give the same answer as the scan they replace (the first
 * match in list order) in logarithmic time plus the matches' neighbourhood.
 *
 * An index is built once per list (by identity) and trusts the list not to change afterwards;
 * a list that is not sorted by start is scanned linearly, so an answer is never different.
 */
interface Positioned {
  start: number;
  end: number;
}

interface Index {
  /** The list is sorted by start: binary search applies. */
  sorted: boolean;
  /**
   * The largest end of the list's spans up to each position: the spans before the first
   * position whose largest end is past an offset all end at or before it (one long span no
   * longer widens every search after it).
   */
  maxEnds: Float64Array;
  length: number;
}

const indexes = new WeakMap<readonly Positioned[], Index>();
/** The last two lists asked about, and their indexes: a layer asks of one or two lists in turn. */
let lastList: readonly Positioned[] | undefined;
let lastIndex: Index | undefined;
let otherList: readonly Positioned[] | undefined;
let otherIndex: Index | undefined;

function indexOf(list: readonly Positioned[]): Index {
  let index: Index | undefined;
  if (list === lastList) index = lastIndex;
  else if (list === otherList) {
    index = otherIndex;
    otherList = lastList;
    otherIndex = lastIndex;
    lastList = list;
    lastIndex = index;
  } else index = indexes.get(list);
  // A list that grew since it was indexed (a layer still adding to it) is indexed again.
  if (!index || index.length !== list.length) {
    let sorted = true;
    const maxEnds = new Float64Array(list.length);
    let maxEnd = -Infinity;
    for (let at = 0; at < list.length; at++) {
      const item = list[at]!;
      if (at > 0 && item.start < list[at - 1]!.start) sorted = false;
      if (item.end > maxEnd) maxEnd = item.end;
      maxEnds[at] = maxEnd;
    }
    index = {sorted, maxEnds, length: list.length};
    indexes.set(list, index);
  }
  if (list !== lastList) {
    otherList = lastList;
    otherIndex = lastIndex;
    lastList = list;
  }
  lastIndex = index;
  return index;
}

/** The first position whose spans up to it reach past `offset` (end > offset); the list's length when none does. */
function firstEndingAfter(index: Index, offset: number): number {
  const maxEnds = index.maxEnds;
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (maxEnds[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first position whose item starts at or after `offset` (the list's length when none does); the list sorted by start. */
export function lowerBound(list: readonly Positioned[], offset: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first position in ascending `values` holding `value` or more (the length when none does). */
export function lowerBoundOfNumbers(values: readonly number[], value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Same as `list.find((item) => from <= item.start && item.start <= to && test(item))`. */
export function findStartingIn<T extends Positioned>(list: readonly T[], from: number, to: number, test: (item: T) => boolean = () => true): T | undefined {
  if (!indexOf(list).sorted) return list.find((item) => from <= item.start && item.start <= to && test(item));
  for (let at = lowerBound(list, from); at < list.length && list[at]!.start <= to; at++) {
    if (test(list[at]!)) return list[at];
  }
  return undefined;
}

/** Same as `list.filter((item) => from <= item.start && item.start <= to)`. */
export function startingIn<T extends Positioned>(list: readonly T[], from: number, to: number): T[] {
  if (!indexOf(list).sorted) return list.filter((item) => from <= item.start && item.start <= to);
  const found: T[] = [];
  for (let at = lowerBound(list, from); at < list.length && list[at]!.start <= to; at++) found.push(list[at]!);
  return found;
}

/** Same as `list.filter((item) => item.start >= start && item.end <= end)`, in list order. */
export function within<T extends Positioned>(list: readonly T[], start: number, end: number): T[] {
  return startingIn(list, start, end).filter((item) => item.end <= end);
}

/**
 * Same as `list.find((item) => item.start < end && start < item.end && test(item))`: the first
 * span overlapping [start, end).
 */
export function findOverlapping<T extends Positioned>(list: readonly T[], start: number, end: number, test: (item: T) => boolean = () => true): T | undefined {
  const index = indexOf(list);
  if (!index.sorted) return list.find((item) => item.start < end && start < item.end && test(item));
  for (let at = firstEndingAfter(index, start); at < list.length && list[at]!.start < end; at++) {
    const item = list[at]!;
    if (start < item.end && test(item)) return item;
  }
  return undefined;
}

/** Same as `list.filter((item) => item.start < end && start < item.end)`, in list order. */
export function overlapping<T extends Positioned>(list: readonly T[], start: number, end: number): T[] {
  const index = indexOf(list);
  if (!index.sorted) return list.filter((item) => item.start < end && start < item.end);
  const found: T[] = [];
  for (let at = firstEndingAfter(index, start); at < list.length && list[at]!.start < end; at++) {
    if (start < list[at]!.end) found.push(list[at]!);
  }
  return found;
}

/** Same as `list.find((item) => item.start <= offset && offset < item.end && test(item))`. */
export function findContaining<T extends Positioned>(list: readonly T[], offset: number, test: (item: T) => boolean = () => true): T | undefined {
  const index = indexOf(list);
  if (!index.sorted) return list.find((item) => item.start <= offset && offset < item.end && test(item));
  for (let at = firstEndingAfter(index, offset); at < list.length && list[at]!.start <= offset; at++) {
    const item = list[at]!;
    if (offset < item.end && test(item)) return item;
  }
  return undefined;
}

/** Same as `list.findIndex((item) => item.start <= offset && offset < item.end)`. */
export function indexContaining(list: readonly Positioned[], offset: number): number {
  const index = indexOf(list);
  if (!index.sorted) return list.findIndex((item) => item.start <= offset && offset < item.end);
  for (let at = firstEndingAfter(index, offset); at < list.length && list[at]!.start <= offset; at++) {
    if (offset < list[at]!.end) return at;
  }
  return -1;
}
