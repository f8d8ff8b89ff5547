/**
 * Re-analysis that reuses the work of the previous call: an article being edited changes one
 * paragraph at a time, and everything before the layers depends on a paragraph alone. Each
 * analyser keeps, per line of the version it saw last (keyed by the line's text, so moved or
 * repeated paragraphs are found too), that line's part of the flat layout the layers read:
 * parsed as parse-english parses it (FastParseEnglish), tagged as retext-pos tags it, offsets
 * from the line's start. A new version parses and tags only new lines and places the kept ones
 * at their offsets.
 *
 * The layers' own per-sentence and per-paragraph work (the entity rules and tagger, quotation
 * marks, reported speech, role phrases, claim scores) is kept in an `AnalysisMemo` keyed by the
 * kept line layouts and by what else each result read (memo.ts), so it is redone only where an
 * edit can change it. The quotes layer also keeps its previous version's reported speech and
 * attributions of quotations in marks and reuses them where nothing they read changed (the
 * dirty ranges of text/changes.ts, found in one pass over the mentions, entities and marks).
 * What crosses paragraphs otherwise (actors, pairing the attributions of a quotation over
 * paragraphs, claims' sourcing, findings) still runs over the whole document from those
 * results, so the result is exactly that of `analyze`.
 *
 * `analyzeAsync` prepares new lines in slices of a few milliseconds and yields to the event
 * loop between them, for callers on a thread that must stay responsive.
 */
import {analyzeWith, type AnalyzeOptions} from './index.js';
import {isBreak, lineRanges, trimLine} from './parse/line-paragraphs.js';
import {lineLayout} from './parse/fast-layout.js';
import {setCapitalTable, shiftParagraph, type CapitalWords, type Layout, type ParagraphSpan, type SentenceSpan} from './text/sentences.js';
import type {Annotations} from './model.js';
import {AnalysisMemo, type LineStores, type Store} from './memo.js';
import {detached} from './text/kept-by-text.js';
import {textChange} from './text/changes.js';
import {readingText, withSourceTexts} from './text/reading-text.js';

export interface Analyzer {
  /** Same result as `analyze(text, options)`, reusing the lines the previous call parsed. */
  analyze(text: string, options?: AnalyzeOptions): Annotations;
  /**
   * Same result again; parses new lines in slices of about `sliceMs` and yields between them.
   * Rejects with an AbortError when `signal` aborts (a newer version superseded this one).
   */
  analyzeAsync(text: string, options?: AnalyzeOptions, control?: {signal?: AbortSignal; sliceMs?: number}): Promise<Annotations>;
}

const lineBreak = /\r\n|\r|\n/;

/** A line of the previous version: where it was, its kept layout, and the copy placed there. */
interface Placed {
  start: number;
  end: number;
  /** The line's text: its key in the line cache. */
  line: string;
  kept: ParagraphSpan;
  firstSentence: number;
  paragraph: ParagraphSpan;
  /** The memo's stores of `kept`. */
  stores: LineStores;
}

/** What a version's lines make of the flat lists the layers and the memo read, in line order. */
interface FlatLists {
  paragraphs: readonly ParagraphSpan[];
  sentences: readonly SentenceSpan[];
  paragraphStores: readonly Store[];
  sentenceStores: readonly Store[];
  capitals: readonly CapitalWords[];
}

const noFlatLists: FlatLists = {paragraphs: [], sentences: [], paragraphStores: [], sentenceStores: [], capitals: []};

/** A kept line layout and how many lines of the current version have that text. */
interface Cached {
  paragraph: ParagraphSpan;
  count: number;
}

export function createAnalyzer(): Analyzer {
  /**
   * Layouts of the current version's lines by text, offsets from the line's start; never mutated.
   * Counted, so that a line is dropped when the last line with its text goes: an edit touches the
   * cache only for the lines it changed, and memory still follows the document.
   */
  let cache = new Map<string, Cached>();
  /** Lines analyseAsync prepared for the next call that the cache does not have yet. */
  let prepared = new Map<string, ParagraphSpan>();
  /** The previous version and its lines in order; undefined before the first (or after a failure). */
  let previousText: string | undefined;
  let previousLines: Placed[] = [];
  /** The previous version's flat lists, in line order: the layout's, the memo's and the capitals. */
  let previousFlat: FlatLists = noFlatLists;
  /** The layers' per-sentence results, keyed by the kept layouts above (so dropped with them). */
  const memo = new AnalysisMemo();

  /** What the pipeline's parser and tagger make of a line parsed on its own, as layout. */
  // The engine's processor registers no parser extensions, so parse-english's own rules apply.
  const layoutLine = (line: string): ParagraphSpan => lineLayout(line, 0, line.length, 0, 0);

  /** Counts a line of the new version in, laying it out if no line had its text. */
  const take = (line: string): ParagraphSpan => {
    const cached = cache.get(line);
    if (cached) {
      cached.count++;
      return cached.paragraph;
    }
    const paragraph = prepared.get(line) ?? layoutLine(line);
    // Detached: a key sliced from the document would keep the whole version alive.
    cache.set(detached(line), {paragraph, count: 1});
    return paragraph;
  };

  /** Counts a line of the previous version out, dropping its layout with its last line. */
  const release = (line: string): void => {
    const cached = cache.get(line);
    if (cached && --cached.count === 0) cache.delete(line);
  };

  /**
   * The layout of `text`. Only the lines between the last line break of the part it shares with
   * the previous version at the start and the first line break of the part shared at the end
   * can differ: lines before are the previous version's objects, lines after are its kept
   * layouts placed further on, and neither is sliced out or looked up again.
   */
  const layoutOfText = (text: string): Layout => {
    const before = previousText ?? '';
    const lines = previousText === undefined ? [] : previousLines;
    // The layers ask textChange about the same pair of versions again: computed once.
    const {prefix, suffixStart, delta} = textChange(before, text);
    const suffix = text.length - suffixStart;
    // Lines ending by the last break in the shared start are unchanged (-1: none are).
    let from = prefix - 1;
    while (from >= 0 && !isBreak(text.charCodeAt(from))) from--;
    // Lines starting after the first break in the shared end are unchanged, moved by `delta`.
    let to = text.length - suffix;
    while (to < text.length && !isBreak(text.charCodeAt(to))) to++;
    if (previousText === undefined) {
      from = -1;
      to = text.length;
    }

    let keptBefore = 0;
    while (keptBefore < lines.length && lines[keptBefore]!.end <= from) keptBefore++;
    let keptAfter = lines.length;
    while (keptAfter > keptBefore && lines[keptAfter - 1]!.start + delta > to) keptAfter--;

    // The lines before the change are the previous version's, and so is their part of each flat
    // list: copied whole (lines.slice), not pushed again line by line.
    const sentencesBefore = keptBefore < lines.length ? lines[keptBefore]!.firstSentence : previousFlat.sentences.length;
    const placedLines: Placed[] = lines.slice(0, keptBefore);
    const paragraphs: ParagraphSpan[] = previousFlat.paragraphs.slice(0, keptBefore);
    const sentences: SentenceSpan[] = previousFlat.sentences.slice(0, sentencesBefore);
    // The lines after it are placed anew, but their stores and capitals are the previous
    // version's in the same order: copied whole too, after those of the changed lines.
    const sentencesAfter = keptAfter < lines.length ? lines[keptAfter]!.firstSentence : previousFlat.sentences.length;
    const changedParagraphStores: Store[] = [];
    const changedSentenceStores: Store[] = [];
    const changedCapitals: CapitalWords[] = [];
    const add = (paragraph: ParagraphSpan) => {
      paragraphs.push(paragraph);
      for (const sentence of paragraph.sentences) sentences.push(sentence);
    };
    /** A line of this version from the changed text, its layout kept at `kept`. */
    const place = (start: number, end: number, line: string, kept: ParagraphSpan) => {
      const firstSentence = sentences.length;
      const paragraph = shiftParagraph(kept, start, paragraphs.length, firstSentence);
      const stores = memo.storesOf(kept);
      placedLines.push({start, end, line, kept, firstSentence, paragraph, stores});
      add(paragraph);
      changedParagraphStores.push(stores.paragraph);
      for (const store of stores.sentences) changedSentenceStores.push(store);
      for (const indices of stores.capitals) changedCapitals.push(indices);
    };
    /**
     * A line of the previous version after the change, placed `delta` further: its record is
     * updated in place (only `previousLines` holds it, and it is replaced below).
     */
    const move = (old: Placed) => {
      const index = paragraphs.length;
      const firstSentence = sentences.length;
      // Unmoved and numbered alike, the previous version's objects serve again (layers only read them).
      if (delta !== 0 || old.paragraph.index !== index || old.firstSentence !== firstSentence) {
        old.start += delta;
        old.end += delta;
        old.paragraph = shiftParagraph(old.kept, old.start, index, firstSentence);
        old.firstSentence = firstSentence;
      }
      placedLines.push(old);
      add(old.paragraph);
    };
    // The changed lines: counted in before the old ones are counted out, so a line that only
    // moved within them keeps its layout.
    const base = from + 1;
    for (const {start, end} of lineRanges(text.slice(base, to))) {
      const line = text.slice(base + start, base + end);
      place(base + start, base + end, line, take(line));
    }
    for (let at = keptBefore; at < keptAfter; at++) release(lines[at]!.line);
    for (let at = keptAfter; at < lines.length; at++) move(lines[at]!);
    const flat = previousFlat;
    const paragraphStores = flat.paragraphStores.slice(0, keptBefore).concat(changedParagraphStores, flat.paragraphStores.slice(keptAfter));
    const sentenceStores = flat.sentenceStores.slice(0, sentencesBefore).concat(changedSentenceStores, flat.sentenceStores.slice(sentencesAfter));
    const capitals = flat.capitals.slice(0, sentencesBefore).concat(changedCapitals, flat.capitals.slice(sentencesAfter));
    const sentenceDelta = sentences.length - flat.sentences.length;
    const change = previousText === undefined ? {prefix: 0, changeEnd: Infinity, delta: 0, sentenceDelta: 0} : {prefix, changeEnd: text.length - suffix, delta, sentenceDelta};
    previousText = text;
    previousLines = placedLines;
    previousFlat = {paragraphs, sentences, paragraphStores, sentenceStores, capitals};
    memo.use(sentences, paragraphs, sentenceStores, paragraphStores, change);
    const layout = {text, paragraphs, sentences};
    setCapitalTable(layout, capitals);
    return layout;
  };

  const run = (text: string, options: AnalyzeOptions): Annotations => {
    memo.nextVersion();
    let layout: Layout;
    try {
      layout = layoutOfText(text);
    } catch (error) {
      // Half-counted lines: start again from nothing.
      cache = new Map();
      previousText = undefined;
      previousLines = [];
      previousFlat = noFlatLists;
      throw error;
    } finally {
      prepared = new Map();
    }
    return analyzeWith(text, options, {layout, memo});
  };

  return {
    analyze(source, options = {}) {
      const text = readingText(source, options.markdown === true);
      return withSourceTexts(run(text, options), text, source);
    },

    async analyzeAsync(source, options = {}, control = {}) {
      const text = readingText(source, options.markdown === true);
      const sliceMs = control.sliceMs ?? 10;
      let sliceStart = performance.now();
      for (const raw of text.split(lineBreak)) {
        const line = trimLine(raw);
        if (line !== '' && !cache.has(line) && !prepared.has(line)) prepared.set(line, layoutLine(line));
        if (performance.now() - sliceStart >= sliceMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          control.signal?.throwIfAborted();
          sliceStart = performance.now();
        }
      }
      control.signal?.throwIfAborted();
      return withSourceTexts(run(text, options), text, source);
    },
  };
}
