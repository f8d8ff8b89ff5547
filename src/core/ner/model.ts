/**
 * The shipped tagger model, trained by scripts/train-ner.mjs on the GUM corpus (Zeldes,
 * CC-BY). Bundled into the engine; no file is read at run time.
 */
import data from '../data/ner-model.json';
import type {NerModel} from './tagger.js';

export const shippedModel: NerModel | null = (data as {version?: number}).version === 1 ? (data as unknown as NerModel) : null;
