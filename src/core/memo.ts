/**
 * What the incremental analyser keeps of the layers' per-sentence work between versions of a
 * document. The line cache (incremental.ts) keeps each line's layout with offsets from the
 * line's start and places a shifted copy of it in every version; the memo is keyed by that kept
 * copy (the sentence's origin), so a result is found again wherever the line moved, and it is
 * dropped with the line when a version no longer has it (a WeakMap by kept line: memory follows
 * the document). Each version hands the memo its sentences with their origins' stores in order,
 * so a layer's question costs an index and an identity check.
 *
 * Every entry stores offsets from its sentence's start and is shifted when reused, and stores
 * whatever the sentence's result read outside the sentence, checked before reuse: a result is
 * reused only when recomputing it would give the same, so the output equals `analyze`'s.
 */
import type {EntityType, Span} from './model.js';
import type {EntityMention} from './data-map.js';
import type {SentenceRules} from './ner/rule-mentions.js';
import {capitalWords, type CapitalWords, type ParagraphSpan, type SentenceSpan} from './text/sentences.js';
import {tagDocument, tagNested, type DocumentContext, type NerModel, type TaggedName, type TaggingInput} from './ner/tagger.js';
import {CAPITAL, ContextTracker, LOWER, RULE} from './ner/context.js';
import {CapitalCounts, type CapitalCount} from './ner/common-capitals.js';
import {detached} from './text/kept-by-text.js';
import {shiftSpan} from './text/changes.js';

/** Context lookups, flat: which set (0 lowerSeen, 1 capitalSeen, 2 ruleTypes), key, answer, … (a tuple each took a third of the memo's memory). */
type Lookups = Array<number | string | boolean | undefined>;

interface TaggedEntry {
  model: NerModel;
  lookups: Lookups;
  /** The tracked context's version these lookups were last known to hold in (-1: none). */
  checked: number;
  /** The keys looked up, with the bits of the parts asked (context.ts), built when first needed. */
  reads?: Map<string, number>;
  /** Offsets from the sentence's start. */
  names: ReadonlyArray<Omit<TaggedName, 'sentence'>>;
}

/**
 * What a kept result depends on besides its line: a string, or a list of numbers and strings
 * (compared item by item, which spares turning offsets into text and comparing long strings).
 */
export type Key = string | ReadonlyArray<string | number | boolean | null>;

function sameKey(a: Key, b: Key): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * Whether `text` has `part` at `at`. A slice and a comparison: startsWith was several times
 * slower on an edited document (a string made of pieces), and most parts are empty.
 */
function sameText(text: string, at: number, part: string): boolean {
  return part.length === 0 || text.slice(at, at + part.length) === part;
}

/** A `windowed` key: the lengths before and after the sentence, the text outside its line before and after it, the caller's key. */
type WindowKey = [number, number, string, string, string];

/** A result kept for one line and layer: its key, and the last version that used it. */
interface Entry {
  key: Key;
  value: unknown;
  used: number;
}

/**
 * What the memo keeps for one kept sentence or paragraph (an origin): the layers' results for it.
 * Looked up by the placed unit's index in the current version (`use`), not by a WeakMap per
 * placed object: a version places most of its sentences anew, and every layer asks for them.
 */
export interface Store {
  readonly origin: SentenceSpan | ParagraphSpan;
  /** Layers' own results, by layer (`layerId`); see `local`. */
  locals: Entry[][] | undefined;
  /** The tagger's kept taggings: the outer layer's, then the inner's (as `local` keeps them). */
  taggings: [Entry[], Entry[]] | undefined;
}

/**
 * A layer's `windowed` answers in one version, by sentence index: the store asked of, where the
 * sentence started, the caller's key, and the value. Flat arrays, read in order: the next
 * version finds a sentence's answer here without touching its store.
 */
interface WindowedAnswers {
  version: number;
  stores: Store[];
  starts: number[];
  extras: string[];
  values: unknown[];
}

function noAnswers(version: number): WindowedAnswers {
  return {version, stores: [], starts: [], extras: [], values: []};
}

/** `answers` made the answers of `version`, none given yet: no store matches, no value is held. */
function emptied(answers: WindowedAnswers, version: number): WindowedAnswers {
  answers.version = version;
  (answers.stores as Array<Store | undefined>).fill(undefined);
  answers.values.fill(undefined);
  return answers;
}

/**
 * How the current version differs from the one before: the text before `prefix` is the same at
 * the same offsets, and the text from `changeEnd` on is the same moved by `delta`. Nothing is
 * shared before the first version (`changeEnd` past the end).
 */
export interface Change {
  prefix: number;
  changeEnd: number;
  delta: number;
  /** How many more sentences the current version has. */
  sentenceDelta: number;
}

/** The rules' findings placed in one version, by sentence index, with that version's sentences. */
interface PlacedRules {
  version: number;
  sentences: readonly SentenceSpan[];
  results: SentenceRules[];
}

/** The stores of one kept line: its paragraph's and its sentences', in order. */
export interface LineStores {
  paragraph: Store;
  sentences: Store[];
  /** `capitalWords` of each of its sentences: a kept line's, the same wherever it is placed. */
  capitals: ReadonlyArray<CapitalWords>;
}

/** Layers' names, numbered as first met: the positions of their results in a store. */
const layerIds = new Map<string, number>();

function layerId(layer: string): number {
  let id = layerIds.get(layer);
  if (id === undefined) layerIds.set(layer, (id = layerIds.size));
  return id;
}

function newStore(origin: SentenceSpan | ParagraphSpan): Store {
  return {origin, locals: undefined, taggings: undefined};
}

export class AnalysisMemo {
  /** Stores by kept line layout: dropped with the line (a WeakMap: memory follows the document). */
  private readonly lineStores = new WeakMap<ParagraphSpan, LineStores>();
  /** The current version's sentences and paragraphs, and the store of each (same positions). */
  private sentences: readonly SentenceSpan[] = [];
  private paragraphs: readonly ParagraphSpan[] = [];
  private sentenceStores: readonly Store[] = [];
  private paragraphStores: readonly Store[] = [];
  private version = 0;
  private change: Change = {prefix: 0, changeEnd: Infinity, delta: 0, sentenceDelta: 0};

  /** The stores of a kept line layout (offsets from the line's start), made when first asked for. */
  storesOf(kept: ParagraphSpan): LineStores {
    let stores = this.lineStores.get(kept);
    if (!stores) {
      stores = {paragraph: newStore(kept), sentences: kept.sentences.map(newStore), capitals: kept.sentences.map(capitalWords)};
      this.lineStores.set(kept, stores);
    }
    return stores;
  }

  /**
   * Makes `sentences` and `paragraphs` (the current version's layout) the placed units, each the
   * origin of the store at its position shifted into this version.
   */
  use(sentences: readonly SentenceSpan[], paragraphs: readonly ParagraphSpan[], sentenceStores: readonly Store[], paragraphStores: readonly Store[], change: Change): void {
    this.change = change;
    this.sentences = sentences;
    this.paragraphs = paragraphs;
    this.sentenceStores = sentenceStores;
    this.paragraphStores = paragraphStores;
  }

  /** The store of a unit of the current version; none for one from elsewhere. */
  private storeOf(unit: ParagraphSpan | SentenceSpan): Store | undefined {
    if ('words' in unit) return this.sentences[unit.index] === unit ? this.sentenceStores[unit.index] : undefined;
    return this.paragraphs[unit.index] === unit ? this.paragraphStores[unit.index] : undefined;
  }

  /**
   * Like `local`, for a result that reads the text from `before` characters before the sentence
   * to `after` characters after it, and `extra` (the caller's own key). The sentence's own line
   * is its origin's, so the key holds only the window's lengths and the text it covers outside
   * the line. Nothing is built for the comparison: a key is made only for a result kept.
   * `compute` is given the sentence and text, so that a caller needs no closure per sentence.
   */
  windowed<T>(layer: string, sentence: SentenceSpan, text: string, before: number, after: number, extra: string, compute: (sentence: SentenceSpan, text: string) => T): T {
    const store = this.storeOf(sentence);
    if (!store) return compute(sentence, text);
    const id = layerId(layer);
    let answers = this.windowedNow[id];
    if (!answers || answers.version !== this.version) {
      // The answers of two versions ago are read no more: their arrays serve again, emptied
      // (four arrays of thousands, a layer and a version each, otherwise made anew).
      const spare = this.windowedBefore[id];
      this.windowedBefore[id] = answers;
      this.windowedNow[id] = answers = spare ? emptied(spare, this.version) : noAnswers(this.version);
    }
    const index = sentence.index;
    // The answer the version before gave the same kept sentence when the whole window lies
    // where the text did not change (before the edit, at the same place; after it, moved by the
    // edit's length): the same window then reads the same text (the line itself is the store's
    // origin), so the same key would match. Found by position in flat arrays, sparing the walk
    // to every sentence's store.
    const last = this.windowedBefore[id];
    if (last && last.version === this.version - 1) {
      const {prefix, changeEnd, delta, sentenceDelta} = this.change;
      const unmoved = sentence.end + after <= prefix;
      const at = unmoved ? index : sentence.start - before >= changeEnd ? index - sentenceDelta : -1;
      if (at >= 0 && last.stores[at] === store && last.starts[at] === sentence.start - (unmoved ? 0 : delta) && last.extras[at] === extra) {
        return this.answered(answers, index, store, sentence.start, extra, last.values[at] as T);
      }
    }
    const line = this.paragraphs[sentence.paragraph]!;
    const from = Math.max(0, sentence.start - before);
    const to = Math.min(text.length, sentence.end + after);
    const beforeLength = from < line.start ? line.start - from : 0;
    const afterFrom = Math.max(from, line.end);
    const afterLength = to > line.end ? to - afterFrom : 0;
    const entries = this.entries(store, layer);
    for (let at = 0; at < entries.length; at++) {
      const entry = entries[at]!;
      const key = entry.key as WindowKey;
      if (key[0] !== sentence.start - from || key[1] !== to - sentence.end || key[4] !== extra) continue;
      if (key[2].length !== beforeLength || key[3].length !== afterLength || !sameText(text, from, key[2]) || !sameText(text, afterFrom, key[3])) continue;
      entry.used = this.version;
      return this.answered(answers, index, store, sentence.start, extra, entry.value as T);
    }
    const value = compute(sentence, text);
    // Detached: a key cut from the document would keep the whole version alive.
    const key: WindowKey = [sentence.start - from, to - sentence.end, detached(text.slice(from, from + beforeLength)), detached(text.slice(afterFrom, afterFrom + afterLength)), detached(extra)];
    this.store(entries, key, value);
    return this.answered(answers, index, store, sentence.start, extra, value);
  }

  /** Records a `windowed` answer for the next version, and gives it. */
  private answered<T>(answers: WindowedAnswers, index: number, store: Store, start: number, extra: string, value: T): T {
    answers.stores[index] = store;
    answers.starts[index] = start;
    answers.extras[index] = extra;
    answers.values[index] = value;
    return value;
  }

  /** By layer: `windowed`'s answers in this version and in the one before. */
  private readonly windowedNow: Array<WindowedAnswers | undefined> = [];
  private readonly windowedBefore: Array<WindowedAnswers | undefined> = [];

  /**
   * A layer's result for one paragraph or sentence, computed once per kept line and `key` (what
   * else the result depends on, spelt out by the layer). The result must not depend on where the
   * line sits: offsets in it are from the paragraph's or sentence's start, shifted by the caller.
   */
  local<T>(layer: string, unit: ParagraphSpan | SentenceSpan, key: Key, compute: () => T): T {
    const store = this.storeOf(unit);
    if (!store) return compute();
    const entries = this.entries(store, layer);
    for (let at = 0; at < entries.length; at++) {
      const entry = entries[at]!;
      if (!sameKey(entry.key, key)) continue;
      entry.used = this.version;
      return entry.value as T;
    }
    const value = compute();
    this.store(entries, key, value);
    return value;
  }

  /** Starts a new version: what neither it nor the version before uses is dropped as it is met. */
  nextVersion(): void {
    this.version++;
  }

  /** Document-level state a layer kept from the last version it analysed, by layer name. */
  private readonly documentStates = new Map<string, unknown>();

  /**
   * What `layer` kept with `keep` when it last ran (on whatever version that was: the state holds
   * that version's text, so the layer can tell what changed since).
   */
  previous<T>(layer: string): T | undefined {
    return this.documentStates.get(layer) as T | undefined;
  }

  /** Keeps `state` for `layer`'s next run, replacing what it kept before (one version only). */
  keep(layer: string, state: unknown): void {
    this.documentStates.set(layer, state);
  }

  /**
   * The results kept for one line and layer. A line repeated in an article (a byline, a refrain)
   * has one origin but a key per place, so several are kept: those the current version and the
   * one before used, no more, so memory follows the document.
   */
  private entries(store: Store, layer: string): Entry[] {
    // By position, not in a Map per store: a store's Map was a hash lookup in memory far from
    // the last one, for every layer, sentence and version.
    const byLayer = (store.locals ??= []);
    return (byLayer[layerId(layer)] ??= []);
  }

  private store(entries: Entry[], key: Key, value: unknown): void {
    const fresh = entries.filter((entry) => !sameKey(entry.key, key) && entry.used >= this.version - 1);
    fresh.push({key, value, used: this.version});
    entries.length = 0;
    entries.push(...fresh);
  }

  /**
   * The entity rules' findings in a sentence (`sentenceRules`), which read the text 60 characters
   * before the sentence and 80 after it, and the first non-space character after it. Mentions
   * the rules typed by a last resort are in `guessed`, copies included.
   */
  rules(sentence: SentenceSpan, text: string, guessed: WeakSet<EntityMention>, compute: () => SentenceRules): SentenceRules {
    let next = sentence.end;
    while (next < text.length && /\s/u.test(text[next]!)) next++;
    if (this.placedRules.version !== this.version) {
      this.previousRules = this.placedRules;
      this.placedRules = {version: this.version, sentences: this.sentences, results: []};
    }
    // A sentence of the version before, unmoved (the same placed object), whose window lies
    // before the edit: the findings placed for it then are its findings now, objects and all
    // (the layers copy what they change, and the entity layer hands out copies).
    const last = this.previousRules;
    if (last.version === this.version - 1 && last.sentences[sentence.index] === sentence && sentence.end + 80 <= this.change.prefix && next < this.change.prefix) {
      const found = last.results[sentence.index];
      if (found) return (this.placedRules.results[sentence.index] = found);
    }
    return (this.placedRules.results[sentence.index] = this.rulesPlaced(sentence, text, next, guessed, compute));
  }

  /** The rules' findings placed in this version and in the one before, by sentence index. */
  private placedRules: PlacedRules = {version: -1, sentences: [], results: []};
  private previousRules: PlacedRules = {version: -1, sentences: [], results: []};

  private rulesPlaced(sentence: SentenceSpan, text: string, next: number, guessed: WeakSet<EntityMention>, compute: () => SentenceRules): SentenceRules {
    const base = sentence.start;
    const kept = this.windowed('entity-rules', sentence, text, 60, 80, text[next] ?? '', () => {
      const found = compute();
      return {
        mentions: found.mentions.map((mention) => ({mention: {...mention, start: mention.start - base, end: mention.end - base, text: detached(mention.text), role: keptSpan(mention.role, -base)}, guessed: guessed.has(mention)})),
        demonyms: found.demonyms.map((demonym) => ({...demonym, start: demonym.start - base, end: demonym.end - base, text: detached(demonym.text)})),
        pending: found.pending.map(({word, initial}) => ({word: {...word, start: word.start - base, end: word.end - base, text: detached(word.text), before: detached(word.before)}, initial})),
      };
    });
    return {
      mentions: kept.mentions.map(({mention, guessed: wasGuessed}) => {
        const copy: EntityMention = {...mention, start: mention.start + base, end: mention.end + base, role: shiftSpan(mention.role, base), sentence: sentence.index};
        if (wasGuessed) guessed.add(copy);
        return copy;
      }),
      demonyms: kept.demonyms.map((demonym) => ({...demonym, start: demonym.start + base, end: demonym.end + base})),
      pending: kept.pending.map(({word, initial}) => ({word: {...word, start: word.start + base, end: word.end + base}, initial})),
    };
  }

  /** The tagger's document context, kept from version to version (ner/context.ts). */
  private readonly taggerContext = new ContextTracker();

  /** Each sentence's origin (its kept line's), by position: asked by several layers a version. */
  private originsOf(sentences: readonly SentenceSpan[]): ReadonlyArray<SentenceSpan | undefined> {
    if (this.placedOrigins.version !== this.version || this.placedOrigins.sentences !== sentences) {
      this.placedOrigins = {version: this.version, sentences, origins: sentences.map((sentence) => this.storeOf(sentence)?.origin as SentenceSpan | undefined)};
    }
    return this.placedOrigins.origins;
  }

  private placedOrigins: {version: number; sentences: readonly SentenceSpan[]; origins: ReadonlyArray<SentenceSpan | undefined>} = {version: -1, sentences: [], origins: []};

  /** The article's capitalised words' counts (ner/common-capitals.ts), kept from version to version. */
  private readonly capitals = new CapitalCounts();

  /** `CapitalCounts` for this version's `sentences`. */
  capitalCounts(sentences: readonly SentenceSpan[]): ReadonlyMap<string, CapitalCount> {
    return this.capitals.update(sentences, this.originsOf(sentences));
  }

  /**
   * Provides `input`'s document context, computed from the last version's; `contextChanged`
   * then says which of its answers changed.
   */
  tagContext(sentences: readonly SentenceSpan[], input: TaggingInput): void {
    input.context = this.taggerContext.update(sentences, input.rules, this.originsOf(sentences));
  }

  /**
   * The keys of the document context that the last `tagContext` changed, with the bits of the
   * parts changed (context.ts; none when the log cannot say), and the tracked version it made.
   */
  contextChanged(): ContextChange | undefined {
    const tracker = this.taggerContext;
    const current = tracker.current;
    if (!current) return undefined;
    const from = tracker.changesAfter(current.generation - 1);
    if (from < 0) return {generation: current.generation, keys: undefined};
    const keys = new Map<string, number>();
    for (let at = from; at < tracker.changeCount; at++) keys.set(tracker.changedKey(at), (keys.get(tracker.changedKey(at)) ?? 0) | tracker.changedBit(at));
    return {generation: current.generation, keys};
  }

  /**
   * The same names as ner's `tagDocument` with `input` gives in sentences `from` to `to` (the
   * context provided by `tagContext`), reusing each sentence's tagging when nothing it read changed.
   */
  tagSentences(model: NerModel, sentences: readonly SentenceSpan[], input: TaggingInput, from: number, to: number, note?: TaggingNote): TaggedName[] {
    const names: TaggedName[] = [];
    for (let at = from; at < to; at++) this.tagged(model, sentences, sentences[at]!, this.storeOf(sentences[at]!), undefined, input, names, note);
    return names;
  }

  /** Same as ner's `tagNested` with `input`, sentence by sentence (the outer names sorted by start). */
  tagNested(model: NerModel, sentences: readonly SentenceSpan[], outer: ReadonlyArray<{start: number; end: number; type: EntityType; sentence: number}>, input: TaggingInput, note?: TaggingNote): TaggedName[] {
    const names: TaggedName[] = [];
    // Consecutive names of one sentence are tagged together; tagNested reads each name's sentence only.
    for (let from = 0; from < outer.length; ) {
      const index = outer[from]!.sentence;
      let to = from + 1;
      while (to < outer.length && outer[to]!.sentence === index) to++;
      const group = outer.slice(from, to);
      from = to;
      const sentence = sentences[index];
      if (!sentence) continue;
      this.tagged(model, sentences, sentence, this.storeOf(sentence), group, input, names, note);
    }
    return names;
  }

  /**
   * One sentence's tagging in one layer (the outer one; with `group`, its names', the inner one),
   * reused when its key (`taggingKey`) and its context answers hold.
   */
  private tagged(model: NerModel, sentences: readonly SentenceSpan[], sentence: SentenceSpan, store: Store | undefined, group: NestedGroup | undefined, input: TaggingInput, into: TaggedName[], note: TaggingNote | undefined): void {
    let entries: Entry[] | undefined;
    let entry: TaggedEntry | undefined;
    if (store) {
      entries = (store.taggings ??= [[], []])[group ? 1 : 0];
      for (const item of entries) {
        if (!isTaggingKey(item.key, input, sentence, group)) continue;
        item.used = this.version;
        entry = item.value as TaggedEntry;
        break;
      }
    }
    // The document's context is the part of the input the key does not hold: checked here.
    if (!entry || entry.model !== model || !this.stillHolds(entry, input.context)) {
      const lookups: Lookups = [];
      const context = input.context;
      const tracked = input.withContext(tracking(context, lookups));
      const found = group ? tagNested(model, sentences, group, [], tracked) : tagDocument(model, [sentence], [], tracked);
      const checked = context === this.taggerContext.current ? this.taggerContext.current.generation : -1;
      entry = {model, lookups, checked, names: found.map((name) => ({start: name.start - sentence.start, end: name.end - sentence.start, type: name.type, nested: name.nested}))};
      if (entries) this.store(entries, taggingKey(input, sentence, group), entry);
    }
    for (const name of entry.names) into.push({start: name.start + sentence.start, end: name.end + sentence.start, type: name.type, nested: name.nested, sentence: sentence.index});
    note?.(sentence.index, entry);
  }

  /**
   * Whether `context` still gives every answer the tagging of `entry` got. With the tracked
   * context, only the keys changed since the entry was last checked are looked for among its
   * questions (most versions change none that it asked); with any other, every question is asked.
   */
  private stillHolds(entry: TaggedEntry, context: DocumentContext): boolean {
    const tracker = this.taggerContext;
    const current = tracker.current;
    if (context !== current) return stillAnswers(entry.lookups, context);
    if (entry.checked === current.generation) return true;
    const from = entry.checked < 0 ? -1 : tracker.changesAfter(entry.checked);
    if (from >= 0) {
      const reads = (entry.reads ??= readsOf(entry.lookups));
      let touched = false;
      for (let at = from; at < tracker.changeCount && !touched; at++) touched = ((reads.get(tracker.changedKey(at)) ?? 0) & tracker.changedBit(at)) !== 0;
      if (!touched) {
        entry.checked = current.generation;
        return true;
      }
    }
    if (!stillAnswers(entry.lookups, context)) return false;
    entry.checked = current.generation;
    return true;
  }
}

/** What the tagger's run of a sentence hands its caller of what it read: its tagging (`readsChanged` tells). */
export type TaggingNote = (sentence: number, tagging: unknown) => void;

/** The document context's keys one version changed, with their parts' bits (context.ts), and that version's number in the tracker. */
export interface ContextChange {
  generation: number;
  keys: ReadonlyMap<string, number> | undefined;
}

/**
 * Whether a sentence's tagging (as noted by `TaggingNote`; none: no tagging) asked about any of
 * `keys` in the parts changed (`bits`, item by item). Arrays, not the map: asked of every sentence.
 */
export function readsChanged(tagging: unknown, keys: readonly string[], bits: readonly number[]): boolean {
  if (tagging === undefined) return false;
  const entry = tagging as TaggedEntry;
  const reads = (entry.reads ??= readsOf(entry.lookups));
  for (let at = 0; at < keys.length; at++) if (((reads.get(keys[at]!) ?? 0) & bits[at]!) !== 0) return true;
  return false;
}



/** A span kept for later versions: offsets moved by `delta`, text detached from the document. */
export function keptSpan(span: Span | null, delta: number): Span | null {
  // A base of 0 negated is -0, which would make every offset a heap number, and with them
  // every span's and name's offsets, whose objects share the map ({start, end, …}).
  const shift = delta || 0;
  return span && {start: span.start + shift, end: span.end + shift, text: detached(span.text)};
}

/** The outer names of one sentence whose nested names are tagged together. */
type NestedGroup = ReadonlyArray<{start: number; end: number; type: EntityType; sentence: number}>;

/**
 * What the rules' marks of a sentence are made from besides its words (its line's): the rules
 * `ruleMarks` is given, with offsets from the sentence's start; for nested names, the outer
 * names too (after a null). Cheaper to build and compare than the marks, which are then
 * computed only for the sentences re-tagged.
 */
function taggingKey(input: TaggingInput, sentence: SentenceSpan, group: NestedGroup | undefined): Array<string | number | null> {
  const key: Array<string | number | null> = [];
  const base = sentence.start;
  for (const rule of input.rulesOf(sentence.index)) key.push(rule.start - base, rule.end - base, rule.type, rule.role ? rule.role.start - base : null, rule.role ? rule.role.end - base : null);
  if (group) {
    key.push(null);
    for (const name of group) key.push(name.start - base, name.end - base, name.type);
  }
  return key;
}

/** Whether `key` equals what `taggingKey` would build now, item by item, without building it: every sentence of every version asks. */
function isTaggingKey(key: Key, input: TaggingInput, sentence: SentenceSpan, group: NestedGroup | undefined): boolean {
  if (typeof key === 'string') return false;
  const base = sentence.start;
  let at = 0;
  for (const rule of input.rulesOf(sentence.index)) {
    if (key[at] !== rule.start - base || key[at + 1] !== rule.end - base || key[at + 2] !== rule.type) return false;
    if (key[at + 3] !== (rule.role ? rule.role.start - base : null) || key[at + 4] !== (rule.role ? rule.role.end - base : null)) return false;
    at += 5;
  }
  if (group) {
    if (key[at] !== null) return false;
    at++;
    for (const name of group) {
      if (key[at] !== name.start - base || key[at + 1] !== name.end - base || key[at + 2] !== name.type) return false;
      at += 3;
    }
  }
  return at === key.length;
}

/** The keys of a tagging's lookups, with the bits of the parts of the context each was asked of. */
function readsOf(lookups: Lookups): Map<string, number> {
  const reads = new Map<string, number>();
  const bits = [LOWER, CAPITAL, RULE];
  for (let at = 0; at < lookups.length; at += 3) {
    const key = lookups[at + 1] as string;
    reads.set(key, (reads.get(key) ?? 0) | bits[lookups[at] as number]!);
  }
  return reads;
}

/** Whether the document's context still gives every answer a tagging got from it. */
function stillAnswers(lookups: Lookups, context: DocumentContext): boolean {
  for (let at = 0; at < lookups.length; at += 3) {
    const set = lookups[at];
    const key = lookups[at + 1] as string;
    const answer = lookups[at + 2];
    const now = set === 0 ? context.lowerSeen.has(key) : set === 1 ? context.capitalSeen.has(key) : context.ruleTypes.get(key);
    if (now !== answer) return false;
  }
  return true;
}

/**
 * The context as the tagger reads it (membership and lookup), recording each question and its
 * answer: the document-wide part of what a sentence's tagging depends on.
 */
function tracking(context: DocumentContext, lookups: Lookups): DocumentContext {
  const lowerSeen = {
    has(key: string): boolean {
      const answer = context.lowerSeen.has(key);
      lookups.push(0, key, answer);
      return answer;
    },
  };
  const capitalSeen = {
    has(key: string): boolean {
      const answer = context.capitalSeen.has(key);
      lookups.push(1, key, answer);
      return answer;
    },
  };
  const ruleTypes = {
    get(key: string): string | undefined {
      const answer = context.ruleTypes.get(key);
      lookups.push(2, key, answer);
      return answer;
    },
  };
  // The tagger only asks these questions of its context (ner/scoring.ts, ner/features.ts).
  return {lowerSeen, capitalSeen, ruleTypes} as unknown as DocumentContext;
}
