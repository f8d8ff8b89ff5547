/**
 * The shipped tagger model, trained by scripts/train-ner.mjs on the GUM corpus (Zeldes,
 * CC-BY). Bundled into the engine; no file is read at run time. The file is packed (two long
 * strings per layer), so loading the bundle costs little; the weights are decoded when the
 * tagger first runs (weights.ts `compile`).
 */
import data from '../data/ner-model.json';
import type {NerModel} from './weights.js';

export const shippedModel: NerModel | null = (data as {version?: number}).version === 2 ? (data as unknown as NerModel) : null;
