/**
 * Re-analysis that reuses the work of the previous call: an article being edited changes one
 * paragraph at a time, and tokenising is the costliest step of the pipeline that depends on a
 * paragraph alone. Each analyser keeps the parsed lines of the version it saw last (keyed by
 * the line's text, so moved or repeated paragraphs are found too) and parses only new lines.
 * The layers that read across paragraphs (actors, quotations over paragraphs, a claim's
 * sourcing in its paragraph) then run over the whole document as before, so the result is
 * exactly that of `analyze`.
 *
 * `analyzeAsync` tokenises new lines in slices of a few milliseconds and yields to the event
 * loop between them, for callers on a thread that must stay responsive.
 */
import {ParseEnglish} from 'parse-english';
import type {Paragraph} from 'nlcst';
import {analyzeWith, type AnalyzeOptions} from './index.js';
import {trimLine} from './parse/line-paragraphs.js';
import type {Annotations} from './model.js';

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

export function createAnalyzer(): Analyzer {
  /** Lines of the previous version, parsed with positions from offset 0 and never mutated. */
  let previous = new Map<string, Paragraph>();
  /** Lines of the version being analysed: what the next call may reuse. */
  let current = new Map<string, Paragraph>();
  // The engine's processor registers no parser extensions, so a plain parser tokenises alike.
  const parser = new ParseEnglish();

  const lookup = (line: string): Paragraph | undefined => {
    let paragraph = current.get(line);
    if (!paragraph) {
      paragraph = previous.get(line);
      if (paragraph) current.set(line, paragraph);
    }
    return paragraph;
  };

  const run = (text: string, options: AnalyzeOptions): Annotations => {
    try {
      return analyzeWith(text, options, {
        tokenizeLine: (line, lineParser) => {
          let paragraph = lookup(line);
          if (!paragraph) {
            paragraph = lineParser.tokenizeParagraph(line);
            current.set(line, paragraph);
          }
          // Kept for the next version: the document gets a copy in its own coordinates.
          return {paragraph, owned: false};
        },
      });
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
        if (line !== '' && !lookup(line)) current.set(line, parser.tokenizeParagraph(line));
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
