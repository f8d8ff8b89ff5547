/**
 * What the incremental analyser keeps of the layers' per-sentence work between versions of a
 * document. The line cache (incremental.ts) keeps each line's layout with offsets from the
 * line's start and places a shifted copy of it in every version; the memo is keyed by that kept
 * copy (the sentence's origin), so a result is found again wherever the line moved, and it is
 * dropped with the line when a version no longer has it (WeakMaps: memory follows the document).
 *
 * Every entry stores offsets from its sentence's start and is shifted when reused, and stores
 * whatever the sentence's result read outside the sentence, checked before reuse: a result is
 * reused only when recomputing it would give the same, so the output equals `analyze`'s.
 */
import type {EntityType, Span} from './model.js';
import type {EntityMention} from './data-map.js';
import type {SentenceRules} from './plugins/entities.js';
import type {ParagraphSpan, SentenceSpan} from './text/sentences.js';
import {tagDocument, tagNested, type DocumentContext, type NerModel, type TaggedName, type TaggingInput} from './ner/tagger.js';

/** A context lookup a tagging made: which set, which key, what it answered. */
/** Context lookups, flat: which set (0 lowerSeen, 1 capitalSeen, 2 ruleTypes), key, answer, … (a tuple each took a third of the memo's memory). */
type Lookups = Array<number | string | boolean | undefined>;

interface TaggedEntry {
  model: NerModel;
  lookups: Lookups;
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

/** A result kept for one line and layer: its key, and the last version that used it. */
interface Entry {
  key: Key;
  value: unknown;
  used: number;
}

/** A claim candidate's score and the features raising it: the sentence's text and words decide both. */
export interface SentenceScore {
  score: number;
  raised: readonly string[];
}

export class AnalysisMemo {
  private readonly origins = new WeakMap<SentenceSpan, SentenceSpan>();
  /** The paragraph (line) each placed sentence is in. */
  private readonly lines = new WeakMap<SentenceSpan, ParagraphSpan>();
  private readonly paragraphOrigins = new WeakMap<ParagraphSpan, ParagraphSpan>();
  /** Layers' own per-paragraph and per-sentence results, by layer name; see `local`. */
  private readonly locals = new WeakMap<ParagraphSpan | SentenceSpan, Map<string, Entry[]>>();
  private version = 0;
  private readonly scores = new WeakMap<SentenceSpan, SentenceScore>();

  /** Records that `placed`, in `paragraph`, is `origin` (offsets from its line's start) shifted into this version. */
  place(placed: SentenceSpan, origin: SentenceSpan, paragraph: ParagraphSpan): void {
    this.origins.set(placed, origin);
    this.lines.set(placed, paragraph);
  }

  /**
   * A key part for a result that reads the text from `before` characters before the sentence to
   * `after` characters after it. The sentence's own line is its origin's (the memo's key
   * already), so only the window's lengths and what lies outside the line are spelt out.
   */
  window(sentence: SentenceSpan, text: string, before: number, after: number): string {
    const from = Math.max(0, sentence.start - before);
    const to = Math.min(text.length, sentence.end + after);
    const line = this.lines.get(sentence) ?? {start: sentence.start, end: sentence.end};
    const outsideBefore = from < line.start ? text.slice(from, line.start) : '';
    const outsideAfter = to > line.end ? text.slice(Math.max(from, line.end), to) : '';
    // Joined, not concatenated: a concatenation would keep its parts, views into the document.
    return [sentence.start - from, ':', to - sentence.end, ':', outsideBefore.length, ':', outsideBefore, outsideAfter].join('');
  }

  /** Records that paragraph `placed` is `origin` shifted into this version. */
  placeParagraph(placed: ParagraphSpan, origin: ParagraphSpan): void {
    this.paragraphOrigins.set(placed, origin);
  }

  /**
   * A layer's result for one paragraph or sentence, computed once per kept line and `key` (what
   * else the result depends on, spelt out by the layer). The result must not depend on where the
   * line sits: offsets in it are from the paragraph's or sentence's start, shifted by the caller.
   */
  local<T>(layer: string, unit: ParagraphSpan | SentenceSpan, key: Key, compute: () => T): T {
    const origin = 'words' in unit ? this.origins.get(unit) : this.paragraphOrigins.get(unit);
    if (!origin) return compute();
    const entries = this.entries(origin, layer);
    for (const entry of entries) {
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
  private entries(origin: ParagraphSpan | SentenceSpan, layer: string): Entry[] {
    let byLayer = this.locals.get(origin);
    if (!byLayer) this.locals.set(origin, (byLayer = new Map()));
    let entries = byLayer.get(layer);
    if (!entries) byLayer.set(layer, (entries = []));
    return entries;
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
    const key = `${this.window(sentence, text, 60, 80)}\u0000${text[next] ?? ''}`;
    const base = sentence.start;
    const kept = this.local('entity-rules', sentence, key, () => {
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

  /** The claims layer's score of a sentence, computed once per kept sentence. */
  score(sentence: SentenceSpan, compute: () => SentenceScore): SentenceScore {
    const origin = this.origins.get(sentence);
    if (!origin) return compute();
    let found = this.scores.get(origin);
    if (!found) {
      found = compute();
      this.scores.set(origin, found);
    }
    return found;
  }

  /** Same as ner's `tagDocument` with `input`, reusing each sentence's tagging when nothing it read changed. */
  tagDocument(model: NerModel, sentences: readonly SentenceSpan[], input: TaggingInput): TaggedName[] {
    const names: TaggedName[] = [];
    for (const sentence of sentences) {
      const key = marksKey(input, sentence);
      this.tagged('tagger-outer', model, sentence, key, input, names, (tracked) => tagDocument(model, [sentence], [], tracked));
    }
    return names;
  }

  /** Same as ner's `tagNested` with `input`, sentence by sentence (the outer names sorted by start). */
  tagNested(model: NerModel, sentences: readonly SentenceSpan[], outer: ReadonlyArray<{start: number; end: number; type: EntityType; sentence: number}>, input: TaggingInput): TaggedName[] {
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
      const key: Array<string | number | null> = [...marksKey(input, sentence), null];
      for (const name of group) key.push(name.start - sentence.start, name.end - sentence.start, name.type);
      this.tagged('tagger-inner', model, sentence, key, input, names, (tracked) => tagNested(model, sentences, group, [], tracked));
    }
    return names;
  }

  private tagged(layer: string, model: NerModel, sentence: SentenceSpan, key: Key, input: TaggingInput, into: TaggedName[], compute: (tracked: TaggingInput) => TaggedName[]): void {
    const tag = (): TaggedEntry => {
      const lookups: Lookups = [];
      const found = compute({context: tracking(input.context, lookups), marks: input.marks});
      return {model, lookups, names: found.map((name) => ({start: name.start - sentence.start, end: name.end - sentence.start, type: name.type, nested: name.nested}))};
    };
    let entry = this.local(layer, sentence, key, tag);
    // The document's context is the part of the input the key does not hold: checked here.
    if (entry.model !== model || !stillAnswers(entry.lookups, input.context)) {
      entry = tag();
      this.replace(layer, sentence, key, entry);
    }
    for (const name of entry.names) into.push({start: name.start + sentence.start, end: name.end + sentence.start, type: name.type, nested: name.nested, sentence: sentence.index});
  }

  private replace(layer: string, sentence: SentenceSpan, key: Key, value: unknown): void {
    const origin = this.origins.get(sentence);
    if (origin) this.store(this.entries(origin, layer), key, value);
  }
}

function shiftSpan(span: Span | null, delta: number): Span | null {
  return span && {start: span.start + delta, end: span.end + delta, text: span.text};
}

/**
 * A copy of `value` that does not hold on to the string it was cut from. V8 keeps a longer
 * `slice` as a view into its source, so a kept span's text would keep its whole version of the
 * document alive, one more for every edit. (' ' + value) is a new string; a slice of it views
 * only that.
 */
export function detached(value: string): string {
  return (' ' + value).slice(1);
}

/** A span kept for later versions: offsets moved by `delta`, text detached from the document. */
export function keptSpan(span: Span | null, delta: number): Span | null {
  return span && {start: span.start + delta, end: span.end + delta, text: detached(span.text)};
}

/** The rules' marks of a sentence's words (one string per word, never null). */
function marksKey(input: TaggingInput, sentence: SentenceSpan): readonly string[] {
  return input.marks[sentence.index] ?? [];
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
