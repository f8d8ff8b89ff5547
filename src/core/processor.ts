/**
 * The pipeline: retext-english's parser (made line-aware), retext-pos, then one plugin per
 * layer. Each layer reads what the earlier ones left in `file.data`.
 */
import {unified, type Processor} from 'unified';
import retextEnglish from 'retext-english';
import retextPos from 'retext-pos';
import type {Root} from 'nlcst';
import retextLineParagraphs, {type LineParagraphsOptions} from './parse/line-paragraphs.js';
import retextFastPos from './parse/tagger.js';
import retextEntities, {type EntityOptions} from './plugins/entities.js';
import retextActors from './plugins/actors.js';
import retextQuotes from './plugins/quotes.js';
import retextClaims, {type ClaimOptions} from './plugins/claims.js';

export interface LayerSwitches {
  entities: boolean;
  quotes: boolean;
  claims: boolean;
}

export interface ProcessorOptions {
  layers?: Partial<LayerSwitches>;
  entities?: EntityOptions;
  claims?: ClaimOptions;
  /** How lines are tokenised (a cache of an earlier version's paragraphs, for instance). */
  tokenizeLine?: LineParagraphsOptions['tokenizeLine'];
  /**
   * Tag with retext-pos itself rather than the equivalent faster tagger: the reference the
   * equivalence tests compare with.
   */
  reference?: boolean;
}

export function createProcessor(options: ProcessorOptions = {}): Processor<Root, Root, Root> {
  const layers = {entities: true, quotes: true, claims: true, ...options.layers};
  // Quotes and claims name speakers through actors, so entities run whenever either layer does.
  const processor = unified()
    .use(retextEnglish)
    .use(retextLineParagraphs, options.tokenizeLine ? {tokenizeLine: options.tokenizeLine} : {})
    .use(options.reference ? retextPos : retextFastPos)
    .use(retextEntities, options.entities ?? {})
    .use(retextActors);
  if (layers.quotes || layers.claims) processor.use(retextQuotes);
  if (layers.claims) processor.use(retextClaims, options.claims ?? {});
  return processor as unknown as Processor<Root, Root, Root>;
}
