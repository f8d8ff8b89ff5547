/**
 * The engine's public face: text in, the FORMAT.md annotation model out. No editor, no I/O.
 */
import {VFile} from 'vfile';
import {createProcessor, type LayerSwitches} from './processor.js';
import {toAnnotations} from './to-annotations.js';
import type {Annotations} from './model.js';

export * from './model.js';

export interface AnalyzeOptions {
  /** The document's URI, copied to `document.uri`. */
  uri?: string;
  /** Layers to run; all are on by default. Actors always run when entities do. */
  layers?: Partial<LayerSwitches>;
}

/** Annotates one document. Never throws on odd text; the result's spans all index `text`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotations {
  const processor = createProcessor(options.layers);
  const file = new VFile({value: text, path: undefined});
  const tree = processor.parse(file);
  processor.runSync(tree, file);
  return toAnnotations(text, file, options.uri ?? '');
}
