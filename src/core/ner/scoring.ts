/**
 * Fast scoring: the same sums as looking up every string of `staticFeatures` (features.ts),
 * without building most of those strings. A perceptron is linear, so the features that do not
 * depend on the tags already chosen add up to one fixed vector per word, computed once before
 * decoding. Most of them depend on one word alone (its text, shape, affixes, gazetteer classes,
 * and the same word seen as a neighbour), so their sums are memoised per distinct word and
 * layer; part-of-speech and punctuation features per tag and per gap. Only the features that
 * pair two words or read the document are looked up as strings, per occurrence.
 */
import type {EntityType} from '../model.js';
import type {Word} from '../text/sentences.js';
import {bare, gap, opensUpper, phraseMarks, phraseOpening, shape, wordClasses, type DocumentContext} from './features.js';
import type {CompiledLayer} from './weights.js';
import {hasUpper, possessive, startsUpper} from './letters.js';

/** A word's sums: as itself, as the previous and next word, as the word two before and after. */
const SELF = 0;
const LEFT1 = 1;
const RIGHT1 = 2;
const LEFT2 = 3;
const RIGHT2 = 4;

export interface WordEntry {
  lower: string;
  /** The word without a possessive (`bare`): what the document context is asked about. */
  bare: string;
  shape: string;
  /** The shape's number in the layer's memo, for the shape-pair table. */
  shapeId: number;
  /** Starts with a capital (`startsUpper`); holds one anywhere (`hasUpper`). */
  capital: boolean;
  upper: boolean;
  /** `phraseOpening` of the word. */
  phraseLength: number | undefined;
  /** Offset in the memo's arena of five sums of `width` weights each, in the order SELF … RIGHT2. */
  sums: number;
  /** Offset of `i=0|shape`, then `i=1|shape` + `il=lower` (the word not opening / opening a clause). */
  position: number;
  /** The words that follow (`ww+1=`) or precede (`w-1w=`) this one in the model's pair features. */
  pairsNext: Set<string> | undefined;
  pairsPrevious: Set<string> | undefined;
  /**
   * The offsets of those pair features' weights by the other word's entry (or '$', '^' at the
   * sentence's edges), -1 for a pair the model lacks; built on first use. Building the feature's string
   * and looking it up per occurrence cost more than the rest of the word, and the sets above
   * compare strings where an entry is found by identity.
   */
  pairNextVectors: Map<WordEntry | string, number> | undefined;
  pairPreviousVectors: Map<WordEntry | string, number> | undefined;
  /** `h1w=label|lower` by previous label index + 1, built on first use; null: none in the model. */
  history: number[] | null;
  /** Whether the model has `ot|l=…|lower` features for this word. */
  outerType: boolean;
  /** Offset of `rw=O|shape` (no rule's mark, as most words), -1 until first used. */
  ruleShapeO: number;
  /** The part-of-speech tag the word had last, and its vector (`tagEntry`). */
  pos: string | undefined;
  posTag: number;
}

/** Words that occur in a layer's word-pair features: the rest need no string built. */
interface Vocabulary {
  /** `ww+1=a|b`: a → the b's. */
  next: Map<string, Set<string>>;
  /** `w-1w=a|b`: b → the a's. */
  previous: Map<string, Set<string>>;
  history: Set<string>;
  outerType: Set<string>;
}

interface GapEntry {
  /** Whether a word after this gap opens a clause as a sentence does (after a quote mark, a dash). */
  opens: boolean;
  /** Offset of `g=…` and `g+=…`. */
  sums: number;
}

/*
 * The memo's vectors (all but decoding's) are offsets into one arena, the Float32Array
 * `arena`: summing a word's twenty-odd vectors then reads one array, not twenty objects and
 * their stores. -1 stands for no vector (nothing to add).
 */
interface LayerMemo {
  arena: Float32Array;
  /** The arena's length in use; vectors are appended, zeroed. */
  used: number;
  vocabulary: Vocabulary;
  words: Map<string, WordEntry>;
  /** Shape numbers, and the shape pairs: `s-1s=a|b` then `ss+1=a|b`, by a's number then b's. */
  shapeIds: Map<string, number>;
  shapeNames: string[];
  shapes: Array<Array<number | undefined>>;
  /** `b`, and `b` + `tc` (a title-case sentence); the features of the missing neighbours at the sentence's edges. */
  bias: number;
  titleBias: number;
  left1: number;
  left2: number;
  right1: number;
  right2: number;
  /** The rules' marks: `r=`, `r-1=`, `r+1=`; and `rw=mark|shape` by mark then shape. */
  rules: Map<string, number>;
  ruleShapes: Map<string, Map<string, number>>;
  /** Gazetteer marks: `m=`, `m-1=`, `m+1=`. */
  gazetteer: Map<string, number>;
  /** What the document says of a capitalised word (`lowseen`, `capseen`, `doc`, `doc|r`), by seen flags, type, mark. */
  capitals: Array<Map<string, Map<string, number>>>;
  /** History features by label index + 1 (0 = none yet): `h1=` then `h2=` by both. */
  history1: number[];
  history2: number[];
  gaps: Map<string, GapEntry>;
  /** Per part-of-speech tag: `t=`, `t-1=`, `t+1=` (two widths each after the first). */
  tags: Map<string, number>;
  /** Features of a fixed string (the title-case ones, the inner layer's), by the strings. */
  fixed: Map<string, number>;
}

/** Memos grow with the vocabulary of the documents seen; cleared past this many words. */
const maxWords = 200_000;

const memos = new WeakMap<CompiledLayer, LayerMemo>();

/**
 * The layer's memo. With `mayClear`, a memo grown past `maxWords` is dropped for a new one: asked
 * only before a sentence's entries are looked up, since they hold offsets into their memo's arena.
 */
function memoOf(layer: CompiledLayer, mayClear = false): LayerMemo {
  let memo = memos.get(layer);
  if (!memo || (mayClear && memo.words.size > maxWords)) {
    memo = newMemo(layer, memo?.vocabulary ?? vocabularyOf(layer));
    memos.set(layer, memo);
  }
  return memo;
}

function newMemo(layer: CompiledLayer, vocabulary: Vocabulary): LayerMemo {
  const memo: LayerMemo = {
    arena: new Float32Array(64 * 1024),
    used: 0,
    vocabulary,
    words: new Map(),
    shapeIds: new Map(),
    shapeNames: [],
    shapes: [],
    bias: -1,
    titleBias: -1,
    left1: -1,
    left2: -1,
    right1: -1,
    right2: -1,
    rules: new Map(),
    ruleShapes: new Map(),
    gazetteer: new Map(),
    capitals: [],
    history1: [],
    history2: [],
    gaps: new Map(),
    tags: new Map(),
    fixed: new Map(),
  };
  memo.bias = fixedEntry(layer, memo, ['b']);
  memo.titleBias = fixedEntry(layer, memo, ['b', 'tc']);
  memo.left1 = fixedEntry(layer, memo, ['w-1=^', 's-1=^', 't-1=^']);
  memo.left2 = fixedEntry(layer, memo, ['w-2=^']);
  memo.right1 = fixedEntry(layer, memo, ['w+1=$', 's+1=$', 't+1=$', 'g+=$']);
  memo.right2 = fixedEntry(layer, memo, ['w+2=$']);
  return memo;
}

/** The offset of `size` new weights (zero) in the memo's arena, grown as needed. */
function allocate(memo: LayerMemo, size: number): number {
  if (memo.used + size > memo.arena.length) {
    const grown = new Float32Array(Math.max(2 * memo.arena.length, memo.used + size));
    grown.set(memo.arena);
    memo.arena = grown;
  }
  const at = memo.used;
  memo.used += size;
  return at;
}

/** A new vector of `size` weights holding the sums of `features`, each added at its part (`parts[i]` widths in). */
function vectorOf(layer: CompiledLayer, memo: LayerMemo, size: number, features: readonly string[], parts: readonly number[]): number {
  const at = allocate(memo, size);
  for (let index = 0; index < features.length; index++) addFeature(layer, layer.width, features[index]!, memo.arena, at + parts[index]! * layer.width);
  return at;
}

function vocabularyOf(layer: CompiledLayer): Vocabulary {
  const vocabulary: Vocabulary = {next: new Map(), previous: new Map(), history: new Set(), outerType: new Set()};
  const pair = (map: Map<string, Set<string>>, key: string, value: string) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(value);
  };
  // Every split at a '|' is kept, so a word that holds a '|' itself is never missed.
  const splits = (rest: string, use: (first: string, second: string) => void) => {
    for (let at = rest.indexOf('|'); at >= 0; at = rest.indexOf('|', at + 1)) use(rest.slice(0, at), rest.slice(at + 1));
  };
  for (const feature of layer.index.keys()) {
    if (feature.startsWith('ww+1=')) splits(feature.slice(5), (first, second) => pair(vocabulary.next, first, second));
    else if (feature.startsWith('w-1w=')) splits(feature.slice(5), (first, second) => pair(vocabulary.previous, second, first));
    else if (feature.startsWith('h1w=')) splits(feature.slice(4), (_, second) => vocabulary.history.add(second));
    else if (feature.startsWith('ot|l=')) splits(feature.slice(5), (_, second) => vocabulary.outerType.add(second));
  }
  return vocabulary;
}

/** The map under `first` in `memo`, made when first asked. */
function subMap(memo: Map<string, Map<string, number>>, first: string): Map<string, number> {
  let found = memo.get(first);
  if (!found) {
    found = new Map();
    memo.set(first, found);
  }
  return found;
}

// The two lookups below run for most scored words: written out, with no closure made per word.

/** `lowseen`, `capseen`, `doc` and `doc|r` of a capitalised word, by seen flags (`seen`: lower, capital, opens), type and mark. */
function capitalEntry(layer: CompiledLayer, memo: LayerMemo, seen: number, known: string, rule: string): number {
  const byRule = subMap((memo.capitals[seen] ??= new Map()), known);
  let entry = byRule.get(rule);
  if (entry === undefined) {
    const opens = seen >> 2;
    entry = vectorOf(layer, memo, layer.width, [`lowseen=${seen & 1}|${opens}`, `capseen=${(seen >> 1) & 1}|${opens}`, `doc=${known}`, `doc|r=${known}|${rule}`], [0, 0, 0, 0]);
    byRule.set(rule, entry);
  }
  return entry;
}

/** `rw=mark|shape`. */
function ruleShapeEntry(layer: CompiledLayer, memo: LayerMemo, rule: string, wordShape: string): number {
  const byShape = subMap(memo.ruleShapes, rule);
  let entry = byShape.get(wordShape);
  if (entry === undefined) {
    entry = vectorOf(layer, memo, layer.width, [`rw=${rule}|${wordShape}`], [0]);
    byShape.set(wordShape, entry);
  }
  return entry;
}

/** Adds the weights of `feature` (if the layer knows it) to `into` at `at`. */
function addFeature(layer: CompiledLayer, width: number, feature: string, into: Float32Array | Float64Array, at: number): void {
  const row = layer.index.get(feature);
  if (row === undefined) return;
  const weights = layer.weights;
  for (let label = 0; label < width; label++) into[at + label]! += weights[row + label]!;
}

/*
 * A word's static score is the sum of some twenty vectors. Their offsets are gathered in the
 * order they are added (`addTerm`), then summed label by label (`sumTerms`): each label's sum
 * takes the same additions in the same order as adding vector after vector into the scores did,
 * so the scores are the same to the bit, without a call per vector nor a store and a load of
 * each partial sum.
 */
const termOffsets = new Int32Array(256);
let termCount = 0;

/** Adds the vector at offset `at` of the arena to the word's terms; -1 adds nothing. */
function addTerm(at: number): void {
  if (at < 0) return;
  termOffsets[termCount++] = at;
}

/** Writes the sums of the gathered terms to `into` at `at` and starts the next word's. */
function sumTerms(arena: Float32Array, into: Float64Array, at: number, width: number): void {
  if (width === 7) {
    // The shipped model's width (O and B, I of three types), its sums kept in registers.
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let term = 0; term < termCount; term++) {
      const from = termOffsets[term]!;
      s0 += arena[from]!;
      s1 += arena[from + 1]!;
      s2 += arena[from + 2]!;
      s3 += arena[from + 3]!;
      s4 += arena[from + 4]!;
      s5 += arena[from + 5]!;
      s6 += arena[from + 6]!;
    }
    into[at] = s0;
    into[at + 1] = s1;
    into[at + 2] = s2;
    into[at + 3] = s3;
    into[at + 4] = s4;
    into[at + 5] = s5;
    into[at + 6] = s6;
  } else {
    for (let label = 0; label < width; label++) {
      let sum = 0;
      for (let term = 0; term < termCount; term++) sum += arena[termOffsets[term]! + label]!;
      into[at + label] = sum;
    }
  }
  termCount = 0;
}

function wordEntry(layer: CompiledLayer, width: number, memo: LayerMemo, text: string): WordEntry {
  let entry = memo.words.get(text);
  if (entry) return entry;
  const lower = text.toLowerCase();
  const wordShape = shape(text);
  const classes = wordClasses(text);
  const sums = allocate(memo, 5 * width);
  const add = (feature: string, part: number) => addFeature(layer, width, feature, memo.arena, sums + part * width);
  add(`w=${text}`, SELF);
  add(`l=${lower}`, SELF);
  add(`s=${wordShape}`, SELF);
  add(`p3=${lower.slice(0, 3)}`, SELF);
  add(`x3=${lower.slice(-3)}`, SELF);
  add(`x2=${lower.slice(-2)}`, SELF);
  if (possessive.test(text) && text.length > 2) add('poss', SELF);
  for (const item of classes) {
    add(`c=${item}`, SELF);
    add(`c-1=${item}`, LEFT1);
    add(`c+1=${item}`, RIGHT1);
  }
  add(`w-1=${lower}`, LEFT1);
  add(`s-1=${wordShape}`, LEFT1);
  add(`w+1=${lower}`, RIGHT1);
  add(`s+1=${wordShape}`, RIGHT1);
  add(`w-2=${lower}`, LEFT2);
  add(`w+2=${lower}`, RIGHT2);
  const position = vectorOf(layer, memo, 2 * width, [`i=0|${wordShape}`, `i=1|${wordShape}`, `il=${lower}`], [0, 1, 1]);
  const vocabulary = memo.vocabulary;
  let shapeId = memo.shapeIds.get(wordShape);
  if (shapeId === undefined) shapeId = shapeNumber(memo, wordShape);
  entry = {
    lower,
    bare: bare(text),
    shape: wordShape,
    shapeId,
    capital: startsUpper.test(text),
    upper: hasUpper.test(text),
    phraseLength: phraseOpening(lower),
    sums,
    position,
    pairsNext: vocabulary.next.get(lower),
    pairsPrevious: vocabulary.previous.get(lower),
    pairNextVectors: undefined,
    pairPreviousVectors: undefined,
    history: vocabulary.history.has(lower) ? [] : null,
    outerType: vocabulary.outerType.has(lower),
    ruleShapeO: -1,
    pos: undefined,
    posTag: -1,
  };
  memo.words.set(text, entry);
  return entry;
}

const opening = /[“"‘«(:]\s*$|\s[-–—]\s+$/u;

function gapEntry(layer: CompiledLayer, width: number, memo: LayerMemo, before: string): GapEntry {
  let entry = memo.gaps.get(before);
  if (entry) return entry;
  const simple = gap(before);
  entry = {opens: opening.test(before), sums: vectorOf(layer, memo, 2 * width, [`g=${simple}`, `g+=${simple}`], [0, 1])};
  memo.gaps.set(before, entry);
  return entry;
}

function tagEntry(layer: CompiledLayer, memo: LayerMemo, tag: string): number {
  let entry = memo.tags.get(tag);
  if (entry === undefined) {
    entry = vectorOf(layer, memo, 3 * layer.width, [`t=${tag}`, `t-1=${tag}`, `t+1=${tag}`], [0, 1, 2]);
    memo.tags.set(tag, entry);
  }
  return entry;
}

/**
 * The sum of the weights of a set of fixed features, memoised by a key; -1 when all are zero
 * (adding zeros changes no score: a sum from +0 is never -0).
 */
function fixedEntry(layer: CompiledLayer, memo: LayerMemo, features: readonly string[]): number {
  const key = features.length === 1 ? features[0]! : features.join('\u0000');
  let entry = memo.fixed.get(key);
  if (entry !== undefined) return entry;
  const width = layer.width;
  entry = vectorOf(layer, memo, width, features, features.map(() => 0));
  let zero = true;
  for (let label = 0; label < width; label++) if (memo.arena[entry + label] !== 0) zero = false;
  if (zero) {
    // The last vector made: given back.
    memo.used = entry;
    entry = -1;
  }
  memo.fixed.set(key, entry);
  return entry;
}

/** `ww+1=word|next` of a word entry (the same weights `addFeature` would add), -1 when the model has no such pair. */
function pairNext(layer: CompiledLayer, memo: LayerMemo, entry: WordEntry, next: WordEntry | string): number {
  const vectors = (entry.pairNextVectors ??= new Map());
  let vector = vectors.get(next);
  if (vector === undefined) {
    const lower = typeof next === 'string' ? next : next.lower;
    vector = entry.pairsNext!.has(lower) ? vectorOf(layer, memo, layer.width, [`ww+1=${entry.lower}|${lower}`], [0]) : -1;
    vectors.set(next, vector);
  }
  return vector;
}

/** `w-1w=previous|word` of a word entry, -1 when the model has no such pair. */
function pairPrevious(layer: CompiledLayer, memo: LayerMemo, entry: WordEntry, previous: WordEntry | string): number {
  const vectors = (entry.pairPreviousVectors ??= new Map());
  let vector = vectors.get(previous);
  if (vector === undefined) {
    const lower = typeof previous === 'string' ? previous : previous.lower;
    vector = entry.pairsPrevious!.has(lower) ? vectorOf(layer, memo, layer.width, [`w-1w=${lower}|${entry.lower}`], [0]) : -1;
    vectors.set(previous, vector);
  }
  return vector;
}

/** A shape's number in the memo ('^' and '$', the edges, are numbers 0 and 1). */
function shapeNumber(memo: LayerMemo, name: string): number {
  if (memo.shapeNames.length === 0) {
    for (const edge of ['^', '$']) {
      memo.shapeIds.set(edge, memo.shapeNames.length);
      memo.shapeNames.push(edge);
    }
  }
  let id = memo.shapeIds.get(name);
  if (id === undefined) {
    id = memo.shapeNames.length;
    memo.shapeIds.set(name, id);
    memo.shapeNames.push(name);
  }
  return id;
}

const BEFORE = 0;
const AFTER = 1;

/** `s-1s=a|b` then `ss+1=a|b` for the shapes numbered `first` and `second`. */
function shapePair(layer: CompiledLayer, memo: LayerMemo, first: number, second: number): number {
  const row = (memo.shapes[first] ??= []);
  let vector = row[second];
  if (vector === undefined) {
    const a = memo.shapeNames[first]!;
    const b = memo.shapeNames[second]!;
    vector = vectorOf(layer, memo, 2 * layer.width, [`s-1s=${a}|${b}`, `ss+1=${a}|${b}`], [0, 1]);
    row[second] = vector;
  }
  return vector;
}

/** `p=mark`, `p-1=mark`, `p+1=mark` for the prefix `p` (`r` rule marks, `m` gazetteer marks), memoised in `memo`. */
function markEntry(layer: CompiledLayer, memo: LayerMemo, prefix: 'r' | 'm', mark: string): number {
  const marks = prefix === 'r' ? memo.rules : memo.gazetteer;
  let entry = marks.get(mark);
  if (entry === undefined) {
    entry = vectorOf(layer, memo, 3 * layer.width, [`${prefix}=${mark}`, `${prefix}-1=${mark}`, `${prefix}+1=${mark}`], [0, 1, 2]);
    marks.set(mark, entry);
  }
  return entry;
}

/** The inner layer's extra features: the outer name's type, the word's place in it. */
export interface InnerContext {
  type: EntityType;
  length: number;
}

/**
 * The memoised entries of every word of `words` under `layer`; with `needed`, of the words
 * `staticScores` reads for those (each needed word and two on either side), the rest left out.
 */
export function wordEntries(layer: CompiledLayer, words: readonly Word[], needed?: Uint8Array): WordEntry[] {
  const memo = memoOf(layer, true);
  const count = words.length;
  const entries = new Array<WordEntry>(count);
  for (let index = 0; index < count; index++) {
    if (needed && !needed[index] && !(index > 0 && needed[index - 1]) && !(index + 1 < count && needed[index + 1]) && !(index > 1 && needed[index - 2]) && !(index + 2 < count && needed[index + 2])) continue;
    entries[index] = wordEntry(layer, layer.width, memo, words[index]!.text);
  }
  return entries;
}

/**
 * For every word, the sum of the weights of its static features (`staticFeatures`, plus
 * `innerFeatures` when `inner` is given): `width` scores per word, word after word. With
 * `needed`, only those words are scored (the rest stay 0). `entries`: `wordEntries` of the
 * words, when the caller has them; `into`: an array to fill instead of a new one (at least
 * `words.length * width` long), for callers that score sentence after sentence.
 *
 * The sums are added in one fixed order, the same for every word: floating-point addition is not
 * associative, and the names must not change when this code is rearranged.
 */
export function staticScores(layer: CompiledLayer, width: number, words: readonly Word[], context: DocumentContext, marks: readonly string[], inner?: InnerContext, needed?: Uint8Array, entries?: readonly WordEntry[], into?: Float64Array): Float64Array {
  // Entries given were made in the memo as it is: it is not cleared under them.
  const memo = memoOf(layer, !entries);
  const count = words.length;
  const scores = into ? into.fill(0, 0, count * width) : new Float64Array(count * width);
  // Only the words scored and their neighbours are looked up (all of them when `entries` is given).
  if (!entries) {
    const found = new Array<WordEntry>(count);
    for (let index = 0; index < count; index++) {
      if (needed && !needed[index] && !needed[index - 1] && !needed[index + 1] && !needed[index - 2] && !needed[index + 2]) continue;
      found[index] = wordEntry(layer, width, memo, words[index]!.text);
    }
    entries = found;
  }
  const gaps = new Array<GapEntry>(count);
  const tags = new Array<number>(count);
  let capitals = 0;
  let lastBefore: string | undefined;
  let lastGap: GapEntry | undefined;
  for (let index = 0; index < count; index++) {
    const text = words[index]!.text;
    if (entries[index] ? entries[index]!.capital : opensUpper(text)) capitals++;
    if (!entries[index]) continue;
    // A word's gap and tag are read when it or a neighbour is scored.
    if (needed && !needed[index] && !(index > 0 && needed[index - 1]) && !(index + 1 < count && needed[index + 1])) continue;
    const word = words[index]!;
    // Most gaps are one space and tags repeat: the last of each is kept (strings compared first by identity).
    const before = word.before;
    if (before !== lastBefore) {
      lastBefore = before;
      lastGap = gapEntry(layer, width, memo, before);
    }
    gaps[index] = lastGap!;
    // A word is mostly given one tag: its entry keeps the last.
    const entry = entries[index]!;
    const pos = word.pos;
    if (pos !== entry.pos) {
      entry.pos = pos;
      entry.posTag = tagEntry(layer, memo, pos);
    }
    tags[index] = entry.posTag;
  }
  const titleCase = count >= 4 && capitals / count > 0.6;
  const known = entries;
  const gazetteer = phraseMarks(
    words,
    (index) => (known[index] ? known[index]!.phraseLength : phraseOpening(words[index]!.text.toLowerCase())),
    (index) => (known[index] ? known[index]!.lower : words[index]!.text.toLowerCase()),
  );
  const bias = titleCase ? memo.titleBias : memo.bias;
  const noMark = markEntry(layer, memo, 'm', '-');
  termCount = 0;
  // Most words carry no rule's mark, and neighbours share theirs: the last mark's entry is kept.
  let lastRule: string | undefined;
  let lastRuleEntry = -1;
  // The inner layer's features of the outer name and of the word's place in it, asked once.
  const outerType = inner ? fixedEntry(layer, memo, [`ot=${inner.type}`]) : -1;
  const placeFirst = inner ? fixedEntry(layer, memo, ['op=first']) : -1;
  const placeMid = inner ? fixedEntry(layer, memo, ['op=mid']) : -1;
  const placeLast = inner ? fixedEntry(layer, memo, ['op=last']) : -1;
  for (let index = 0; index < count; index++) {
    if (needed && !needed[index]) continue;
    const at = index * width;
    const self = entries[index]!;
    // Index -1 is no array index: reading it sends the element load down V8's slow generic path,
    // for every word after, so the first word's neighbours are read guarded.
    const previous = index > 0 ? entries[index - 1] : undefined;
    const next = entries[index + 1];
    addTerm(bias);
    addTerm(self.sums + SELF * width);
    addTerm(tags[index]!);
    addTerm(gaps[index]!.sums);
    if (previous) {
      addTerm(previous.sums + LEFT1 * width);
      addTerm(tags[index - 1]! + width);
    } else addTerm(memo.left1);
    if (next) {
      addTerm(next.sums + RIGHT1 * width);
      addTerm(tags[index + 1]! + 2 * width);
      addTerm(gaps[index + 1]!.sums + width);
    } else addTerm(memo.right1);
    if (index >= 2) addTerm(entries[index - 2]!.sums + LEFT2 * width);
    else addTerm(memo.left2);
    if (index + 2 < count) addTerm(entries[index + 2]!.sums + RIGHT2 * width);
    else addTerm(memo.right2);

    const initial = index === 0 || gaps[index]!.opens;
    addTerm(shapePair(layer, memo, previous ? previous.shapeId : BEFORE, self.shapeId));
    addTerm(shapePair(layer, memo, self.shapeId, next ? next.shapeId : AFTER) + width);
    if (self.pairsNext) addTerm(pairNext(layer, memo, self, next ?? '$'));
    if (self.pairsPrevious) addTerm(pairPrevious(layer, memo, self, previous ?? '^'));
    addTerm(self.position + (initial ? width : 0));
    const mark = gazetteer[index];
    addTerm(mark ? markEntry(layer, memo, 'm', mark) : noMark);
    const rule = marks[index] ?? 'O';
    if (self.capital) {
      const word = self.bare;
      const known = context.ruleTypes.get(word) ?? '-';
      const opens = initial ? 1 : 0;
      const seen = (context.lowerSeen.has(self.lower) ? 1 : 0) + (context.capitalSeen.has(word) ? 2 : 0) + opens * 4;
      addTerm(capitalEntry(layer, memo, seen, known, rule));
      if (titleCase) addTerm(fixedEntry(layer, memo, [`tc|s=${self.shape}`, `tc|r=${rule}`]));
    }
    if (index > 0 && gazetteer[index - 1]) addTerm(markEntry(layer, memo, 'm', gazetteer[index - 1]!) + width);
    if (rule !== lastRule) {
      lastRule = rule;
      lastRuleEntry = markEntry(layer, memo, 'r', rule);
    }
    addTerm(lastRuleEntry);
    const left = (index > 0 ? marks[index - 1] : undefined) ?? '^';
    addTerm((left === lastRule ? lastRuleEntry : markEntry(layer, memo, 'r', left)) + width);
    const right = marks[index + 1] ?? '$';
    addTerm((right === lastRule ? lastRuleEntry : markEntry(layer, memo, 'r', right)) + 2 * width);
    if (rule !== 'O') addTerm(ruleShapeEntry(layer, memo, rule, self.shape));
    else {
      if (self.ruleShapeO < 0) self.ruleShapeO = ruleShapeEntry(layer, memo, rule, self.shape);
      addTerm(self.ruleShapeO);
    }
    if (gazetteer[index + 1]) addTerm(markEntry(layer, memo, 'm', gazetteer[index + 1]!) + 2 * width);
    if (inner) {
      addTerm(outerType);
      addTerm(index === 0 ? placeFirst : index === inner.length - 1 ? placeLast : placeMid);
      if (self.outerType) addTerm(fixedEntry(layer, memo, [`ot|l=${inner.type}|${self.lower}`]));
    }
    sumTerms(memo.arena, scores, at, width);
  }
  return scores;
}

/** `hasUpper.test(text)`, read letter by letter while the letters are ASCII (most words hold none in capitals). */
export function holdsCapital(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 128) return hasUpper.test(text);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/**
 * The words worth scoring: those with a capitalised word at most two words away. Names have
 * capitals, and the engine drops the tagger's names without one, so the words far from any
 * capital are tagged O unscored (on GUM, cross-validated, this changes no score; most words of
 * a news article are such words). `entries`: `wordEntries` of the words, when the caller has them.
 */
export function wordsNearCapitals(words: readonly Word[], entries?: readonly WordEntry[]): Uint8Array | null {
  const count = words.length;
  const needed = new Uint8Array(count);
  let any = false;
  for (let index = 0; index < count; index++) {
    if (!(entries ? entries[index]!.upper : holdsCapital(words[index]!.text))) continue;
    any = true;
    for (let near = Math.max(0, index - 2); near <= Math.min(count - 1, index + 2); near++) needed[near] = 1;
  }
  return any ? needed : null;
}

/**
 * The best labels for a sentence under the layer's weights, by a beam of `beamWidth` hypotheses
 * (the width the model was trained with: a structured perceptron's weights score whole label
 * sequences only under its own search; 1 is greedy). Each step adds the history features of a
 * hypothesis's last two labels (`historyFeatures`) to the word's static scores and keeps the
 * best extensions BIO allows. Returns label indices.
 *
 * Decoding runs once per word of every sentence, so it allocates nothing per word: a hypothesis
 * is a slot of the beam at its word, holding its label and the slot it extends (back-pointers in
 * typed arrays); the best extensions are kept by insertion into a list of `beamWidth`, in the
 * order a stable sort by descending score gives (ties: earlier hypothesis, then lower label),
 * which is the order the trained search used.
 */
export function decodeScores(layer: CompiledLayer, labels: readonly string[], words: readonly Word[], scores: Float64Array, needed: Uint8Array | undefined, beamWidth: number, entries?: readonly WordEntry[]): number[] {
  const width = labels.length;
  const memo = memoOf(layer);
  const {labels: followerLabels, counts: followerCounts} = allowedAfter(labels);
  const count = words.length;
  const slots = Math.max(1, beamWidth);
  const buffers = decodeBuffers(count * slots, slots, width);
  const {label: slotLabel, parent: slotParent, score, nextScore, nextLabel, nextParent, current, histories} = buffers;
  // Before the first word, one empty hypothesis.
  let size = 1;
  score[0] = 0;
  for (let index = 0; index < count; index++) {
    const row = index * slots;
    if (needed && !needed[index]) {
      // An unscored word is O in every hypothesis; the scores stay.
      for (let slot = 0; slot < size; slot++) {
        slotLabel[row + slot] = 0;
        slotParent[row + slot] = slot;
      }
      continue;
    }
    const word = words[index]!.text;
    const entry = entries ? entries[index] : memo.words.get(word);
    const scoresAt = index * width;
    let filled = 0;
    for (let slot = 0; slot < size; slot++) {
      // Label indices + 1 of the hypothesis's last two labels, 0 for none (sentence start).
      let last = 0;
      let beforeLast = 0;
      if (index > 0) {
        const lastRow = row - slots;
        last = slotLabel[lastRow + slot]! + 1;
        if (index > 1) beforeLast = slotLabel[lastRow - slots + slotParent[lastRow + slot]!]! + 1;
      }
      // A hypothesis's scores for the word depend on its last two labels only: hypotheses that
      // share them (often, in a beam of four) share the sums, computed once.
      const history = beforeLast * (width + 1) + last;
      histories[slot] = history;
      // Only the labels BIO allows after the last are summed and read; hypotheses that share
      // the history share the last label, so a shared sum holds the labels read.
      const followersRow = (last > 0 ? last - 1 : 0) * width;
      const followerCount = followerCounts[last > 0 ? last - 1 : 0]!;
      let at = slot * width;
      let earlier = 0;
      while (earlier < slot && histories[earlier] !== history) earlier++;
      if (earlier < slot) at = earlier * width;
      else {
        // The static scores, then h1, then h2, added in that order in one pass.
        const first = (memo.history1[last] ??= vectorOf(layer, memo, width, [`h1=${labelName(labels, last)}`], [0]));
        const second = (memo.history2[history] ??= vectorOf(layer, memo, width, [`h2=${labelName(labels, beforeLast)}|${labelName(labels, last)}`], [0]));
        const third = entry?.history ? (entry.history[last] ??= vectorOf(layer, memo, width, [`h1w=${labelName(labels, last)}|${entry.lower}`], [0])) : -1;
        // Read after the vectors above are made: making one may grow the arena.
        const arena = memo.arena;
        if (third < 0) {
          for (let follower = 0; follower < followerCount; follower++) {
            const label = followerLabels[followersRow + follower]!;
            current[at + label] = scores[scoresAt + label]! + arena[first + label]! + arena[second + label]!;
          }
        } else {
          for (let follower = 0; follower < followerCount; follower++) {
            const label = followerLabels[followersRow + follower]!;
            current[at + label] = scores[scoresAt + label]! + arena[first + label]! + arena[second + label]! + arena[third + label]!;
          }
        }
        if (!entry) addFeature(layer, width, `h1w=${labelName(labels, last)}|${word.toLowerCase()}`, current, at);
      }
      const base = score[slot]!;
      for (let follower = 0; follower < followerCount; follower++) {
        const label = followerLabels[followersRow + follower]!;
        const candidate = base + current[at + label]!;
        // A full beam keeps an extension only above its last (what the insertion below finds).
        if (filled === slots && !(nextScore[slots - 1]! < candidate)) continue;
        // Insert after every kept extension scoring at least as much (a stable sort's order).
        let place = filled;
        while (place > 0 && nextScore[place - 1]! < candidate) place--;
        if (place >= slots) continue;
        for (let move = Math.min(filled, slots - 1); move > place; move--) {
          nextScore[move] = nextScore[move - 1]!;
          nextLabel[move] = nextLabel[move - 1]!;
          nextParent[move] = nextParent[move - 1]!;
        }
        nextScore[place] = candidate;
        nextLabel[place] = label;
        nextParent[place] = slot;
        if (filled < slots) filled++;
      }
    }
    size = filled;
    for (let slot = 0; slot < size; slot++) {
      score[slot] = nextScore[slot]!;
      slotLabel[row + slot] = nextLabel[slot]!;
      slotParent[row + slot] = nextParent[slot]!;
    }
  }
  // The best hypothesis is in slot 0; its labels are read back along the back-pointers.
  const chosen = new Array<number>(count);
  for (let index = count - 1, slot = 0; index >= 0; index--) {
    const at = index * slots + slot;
    chosen[index] = slotLabel[at]!;
    slot = slotParent[at]!;
  }
  return chosen;
}

/** A label's name from its index + 1, '^' for none (before the sentence). */
function labelName(labels: readonly string[], plusOne: number): string {
  return plusOne === 0 ? '^' : labels[plusOne - 1]!;
}

interface DecodeBuffers {
  /** Per word and slot: the label, and the slot of the previous word it extends. */
  label: Int32Array;
  parent: Int32Array;
  /** Per slot: the current beam's scores; the next beam's scores, labels and parents. */
  score: Float64Array;
  nextScore: Float64Array;
  nextLabel: Int32Array;
  nextParent: Int32Array;
  /** Per slot: the hypothesis's scores for each label of the current word, and its last two labels (as a history2 index). */
  current: Float64Array;
  histories: Int32Array;
}

let buffers: DecodeBuffers | undefined;

/** Scratch arrays for decoding, grown as needed and reused (decoding never nests). */
function decodeBuffers(cells: number, slots: number, width: number): DecodeBuffers {
  if (!buffers || buffers.label.length < cells || buffers.score.length < slots || buffers.current.length < slots * width) {
    const size = Math.max(cells, buffers?.label.length ?? 0, 1024);
    const slotCount = Math.max(slots, buffers?.score.length ?? 0);
    buffers = {
      label: new Int32Array(size),
      parent: new Int32Array(size),
      score: new Float64Array(slotCount),
      nextScore: new Float64Array(slotCount),
      nextLabel: new Int32Array(slotCount),
      nextParent: new Int32Array(slotCount),
      current: new Float64Array(Math.max(slots * width, buffers?.current.length ?? 0)),
      histories: new Int32Array(slotCount),
    };
  }
  return buffers;
}

/** Per previous label (row, `width` slots): the labels BIO allows after it, in order; and how many. */
interface Followers {
  labels: Int32Array;
  counts: Int32Array;
}

const allowedTables = new WeakMap<readonly string[], Followers>();

/** For each previous label, the labels that may follow it: I-type only continues that type. */
function allowedAfter(labels: readonly string[]): Followers {
  let table = allowedTables.get(labels);
  if (!table) {
    const width = labels.length;
    const followers: Followers = {labels: new Int32Array(width * width), counts: new Int32Array(width)};
    labels.forEach((previous, row) =>
      labels.forEach((label, column) => {
        if (label.startsWith('I-') && (previous === 'O' || previous.slice(2) !== label.slice(2))) return;
        followers.labels[row * width + followers.counts[row]!++] = column;
      }),
    );
    allowedTables.set(labels, (table = followers));
  }
  return table;
}
