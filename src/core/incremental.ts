/**
 * Re-analysis that reuses the work of the previous call: an article being edited changes one
 * paragraph at a time, and everything before the layers depends on a paragraph alone. Each
 * analyser keeps, per line of the version it saw last (keyed by the line's text, so moved or
 * repeated paragraphs are found too), that line's part of the flat layout the layers read:
 * parsed by parse-english, tagged, offsets from the line's start. A new version parses and tags
 * only new lines and places the kept ones at their offsets.
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
import {lineRanges, trimLine} from './parse/line-paragraphs.js';
import {PositionedParseEnglish} from './parse/english.js';
import {tagSentence} from './parse/tagger.js';
import {paragraphLayout, shiftParagraph, type Layout, type ParagraphSpan, type SentenceSpan} from './text/sentences.js';
import type {Annotations} from './model.js';
import {AnalysisMemo} from './memo.js';

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

/** A line's layout where the previous version placed it, reused as it is when nothing moved. */
interface Placed {
  line: string;
  index: number;
  firstSentence: number;
  paragraph: ParagraphSpan;
}

export function createAnalyzer(): Analyzer {
  /** Layouts of the previous version's lines, offsets from the line's start; never mutated. */
  let previous = new Map<string, ParagraphSpan>();
  /** Layouts of the version being analysed: what the next call may reuse. */
  let current = new Map<string, ParagraphSpan>();
  /** The previous version's placed paragraphs by start offset. */
  let placed = new Map<number, Placed>();
  // The engine's processor registers no parser extensions, so a plain parser tokenises alike.
  const parser = new PositionedParseEnglish();
  /** The layers' per-sentence results, keyed by the kept layouts above (so dropped with them). */
  const memo = new AnalysisMemo();

  const lookup = (line: string): ParagraphSpan | undefined => {
    let paragraph = current.get(line);
    if (!paragraph) {
      paragraph = previous.get(line);
      if (paragraph) current.set(line, paragraph);
    }
    return paragraph;
  };

  /** What the pipeline's parser and tagger make of a line parsed on its own, as layout. */
  const layoutLine = (line: string): ParagraphSpan => {
    const paragraph = parser.tokenizeParagraph(line);
    for (const child of paragraph.children) if (child.type === 'SentenceNode') tagSentence(child);
    return paragraphLayout(paragraph, line, 0, 0);
  };

  const layoutOfText = (text: string): Layout => {
    const paragraphs: ParagraphSpan[] = [];
    const sentences: SentenceSpan[] = [];
    const nowPlaced = new Map<number, Placed>();
    for (const {start, end} of lineRanges(text)) {
      const line = text.slice(start, end);
      let kept = lookup(line);
      if (!kept) {
        kept = layoutLine(line);
        current.set(line, kept);
      }
      const index = paragraphs.length;
      const firstSentence = sentences.length;
      // Lines before an edit keep their place: their objects are reused, not copied. The layers
      // only read the layout, so sharing it between versions is safe.
      const before = placed.get(start);
      const paragraph =
        before && before.line === line && before.index === index && before.firstSentence === firstSentence ? before.paragraph : shiftParagraph(kept, start, index, firstSentence);
      if (paragraph !== before?.paragraph) {
        memo.placeParagraph(paragraph, kept);
        paragraph.sentences.forEach((sentence, at) => memo.place(sentence, kept.sentences[at]!, paragraph));
      }
      nowPlaced.set(start, {line, index, firstSentence, paragraph});
      paragraphs.push(paragraph);
      for (const sentence of paragraph.sentences) sentences.push(sentence);
    }
    placed = nowPlaced;
    return {text, paragraphs, sentences};
  };

  const run = (text: string, options: AnalyzeOptions): Annotations => {
    memo.nextVersion();
    try {
      return analyzeWith(text, options, {layout: layoutOfText(text), memo});
    } catch (error) {
      placed = new Map();
      throw error;
    } finally {
      // Only this version's lines are kept, so memory follows the document, not its history.
      previous = current;
      current = new Map();
    }
  };

  return {
    analyze: (text, options = {}) => run(text, options),

    async analyzeAsync(text, options = {}, control = {}) {
      const sliceMs = control.sliceMs ?? 10;
      let sliceStart = performance.now();
      for (const raw of text.split(lineBreak)) {
        const line = trimLine(raw);
        if (line !== '' && !lookup(line)) current.set(line, layoutLine(line));
        if (performance.now() - sliceStart >= sliceMs) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          control.signal?.throwIfAborted();
          sliceStart = performance.now();
        }
      }
      control.signal?.throwIfAborted();
      return run(text, options);
    },
  };
}

