/**
 * The engine's public face: text in, the FORMAT.md annotation model out. No editor, no I/O.
 */
import {VFile} from 'vfile';
import {createProcessor, type LayerSwitches, type ProcessorOptions} from './processor.js';
import {toAnnotations} from './to-annotations.js';
import type {Annotations, EntityType} from './model.js';
import {setLayout, type Layout} from './text/sentences.js';
import {layoutByLine} from './parse/layout-by-line.js';
import {readingText, withSourceTexts} from './text/reading-text.js';
import type {Root} from 'nlcst';
import type {NerModel} from './ner/tagger.js';
import type {AnalysisMemo} from './memo.js';

export type {NerModel} from './ner/tagger.js';

export * from './model.js';
export type {LayerSwitches} from './processor.js';

export {createAnalyzer, type Analyzer} from './incremental.js';
export {isMarkdownName} from './text/reading-text.js';

export interface AnalyzeOptions {
  /** The document's URI, copied to `document.uri`. */
  uri?: string;
  /** Layers to report; all are on by default. */
  layers?: Partial<LayerSwitches>;
  /** Names the user added, found wherever they occur. */
  names?: ReadonlyArray<{text: string; type: EntityType}>;
  /** Names never to report. */
  ignore?: readonly string[];
  /** The entity tagger's model: `null` for the rules alone; the shipped model by default. */
  entityModel?: NerModel | null;
  /** Minimum check-worthiness of a reported claim (0–1, default 0.5). */
  claimThreshold?: number;
  /**
   * The text is Markdown: its syntax (front matter, code, link targets, markers) is read as
   * blank and a paragraph's lines as one. Spans still index the text as given.
   */
  markdown?: boolean;
}

/**
 * Annotates one document. The result's spans all index `text` exactly as given; the layers read
 * it as text/reading-text.ts says (a hard-wrapped paragraph's lines as one, Markdown's syntax
 * blanked).
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotations {
  const reading = readingText(text, options.markdown === true);
  return withSourceTexts(analyzeWith(reading, options, {layout: layoutByLine(reading)}), reading, text);
}

/**
 * The pipeline with engine-internal choices added. Without a layout, the whole document is
 * parsed into one nlcst tree and tagged by the processor's plugins (with `reference`, by
 * retext-pos itself): the reference the equivalence tests compare the fast paths with.
 */
export function analyzeWith(
  text: string,
  options: AnalyzeOptions,
  internal: Pick<ProcessorOptions, 'reference'> & {
    /**
     * The document's flat layout, already made (the incremental analyser assembles it from the
     * lines it kept). The layers read nothing of the tree but its layout, so parsing and tagging
     * are skipped and they get an empty root with this layout registered.
     */
    layout?: Layout;
    /** The incremental analyser's memo of per-sentence results, placed for `layout`'s sentences. */
    memo?: AnalysisMemo;
  },
): Annotations {
  const layers: LayerSwitches = {entities: true, quotes: true, claims: true, ...options.layers};
  const processor = createProcessor({
    reference: internal.reference,
    layers,
    entities: {names: options.names ?? [], ignore: options.ignore ?? [], ...(options.entityModel === undefined ? {} : {model: options.entityModel})},
    claims: options.claimThreshold === undefined ? {} : {threshold: options.claimThreshold},
  });
  const file = new VFile({value: text});
  if (internal.memo) file.data.memo = internal.memo;
  let tree: Root;
  if (internal.layout) {
    tree = {type: 'RootNode', children: []};
    setLayout(tree, internal.layout);
  } else {
    tree = processor.parse(file);
  }
  processor.runSync(tree, file);
  return toAnnotations(text, file, options.uri ?? '', layers);
}
