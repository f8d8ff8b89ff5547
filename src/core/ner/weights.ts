/**
 * The tagger's weights in the two forms it meets them:
 * - trained (`TrainedModel`): feature string → (label, weight) pairs, what training writes and
 *   cross-validation passes around;
 * - packed (`PackedModel`): the shipped file. Each layer is one string of feature names and one
 *   base64 string of quantised weights, so the bundle holds two long string literals instead of
 *   an object literal of forty thousand keys (cheap to load, decoded on first use only).
 * Both are compiled once per model into a `CompiledModel`: feature → row of a Float32Array,
 * which is what decoding reads.
 */

/** One layer's weights: feature → flat list of (label index, weight) pairs. */
export type LayerWeights = Record<string, number[]>;

export interface TrainedModel {
  version: 1;
  labels: readonly string[];
  /** Hypotheses kept per word when decoding, as in training; 1 (greedy) when absent. */
  beam?: number;
  outer: LayerWeights;
  inner: LayerWeights;
}

export interface PackedLayer {
  /** Feature names, separated by '\n' (no feature contains a line break). */
  features: string;
  /**
   * Base64 bytes, one record per feature in order: a bit mask of the labels that have a weight
   * (bit i = label i), then each such weight as a little-endian int16 in units of `step`.
   */
  weights: string;
  step: number;
}

export interface PackedModel {
  version: 2;
  labels: readonly string[];
  /** Hypotheses kept per word when decoding, as in training; 1 (greedy) when absent. */
  beam?: number;
  outer: PackedLayer;
  inner: PackedLayer;
}

export type NerModel = TrainedModel | PackedModel;

export interface CompiledLayer {
  /** Feature → offset of its row in `weights` (row index × number of labels). */
  index: Map<string, number>;
  weights: Float32Array;
  /** Weights per row: the number of labels. */
  width: number;
}

export interface CompiledModel {
  labels: readonly string[];
  beam: number;
  outer: CompiledLayer;
  inner: CompiledLayer;
}

const compiledModels = new WeakMap<NerModel, CompiledModel>();

/** The model's compiled weights, built on the first call for that model object. */
export function compile(model: NerModel): CompiledModel {
  let compiled = compiledModels.get(model);
  if (!compiled) {
    const width = model.labels.length;
    compiled =
      model.version === 1
        ? {labels: model.labels, beam: model.beam ?? 1, outer: compileTrained(model.outer, width), inner: compileTrained(model.inner, width)}
        : {labels: model.labels, beam: model.beam ?? 1, outer: unpack(model.outer, width), inner: unpack(model.inner, width)};
    compiledModels.set(model, compiled);
  }
  return compiled;
}

function compileTrained(layer: LayerWeights, width: number): CompiledLayer {
  const names = Object.keys(layer);
  const index = new Map<string, number>();
  const weights = new Float32Array(names.length * width);
  names.forEach((name, row) => {
    index.set(name, row * width);
    const pairs = layer[name]!;
    for (let at = 0; at < pairs.length; at += 2) weights[row * width + pairs[at]!] = pairs[at + 1]!;
  });
  return {index, weights, width};
}

function unpack(layer: PackedLayer, width: number): CompiledLayer {
  const names = layer.features === '' ? [] : layer.features.split('\n');
  const bytes = fromBase64(layer.weights);
  const index = new Map<string, number>();
  const weights = new Float32Array(names.length * width);
  let at = 0;
  names.forEach((name, row) => {
    index.set(name, row * width);
    const mask = bytes[at++]!;
    for (let label = 0; label < width; label++) {
      if (!(mask & (1 << label))) continue;
      const value = (bytes[at]! | (bytes[at + 1]! << 8)) << 16 >> 16;
      at += 2;
      weights[row * width + label] = value * layer.step;
    }
  });
  return {index, weights, width};
}

/**
 * Packs a trained model: weights whose magnitude stays below `prune` are dropped (a feature
 * with none left is dropped whole), the rest quantised to 16 bits.
 */
export function pack(model: TrainedModel, prune = 0): PackedModel {
  return {version: 2, labels: model.labels, ...(model.beam && model.beam > 1 ? {beam: model.beam} : {}), outer: packLayer(model.outer, prune), inner: packLayer(model.inner, prune)};
}

function packLayer(layer: LayerWeights, prune: number): PackedLayer {
  let largest = 0;
  for (const pairs of Object.values(layer)) for (let at = 1; at < pairs.length; at += 2) largest = Math.max(largest, Math.abs(pairs[at]!));
  const step = largest > 0 ? largest / 32767 : 1;
  const names: string[] = [];
  const bytes: number[] = [];
  for (const [name, pairs] of Object.entries(layer)) {
    let mask = 0;
    const values: number[] = [];
    for (let at = 0; at < pairs.length; at += 2) {
      const quantised = Math.round(pairs[at + 1]! / step);
      if (Math.abs(pairs[at + 1]!) < prune || quantised === 0) continue;
      mask |= 1 << pairs[at]!;
      values[pairs[at]!] = quantised;
    }
    if (mask === 0) continue;
    names.push(name);
    bytes.push(mask);
    values.forEach((value) => {
      if (value !== undefined) bytes.push(value & 0xff, (value >> 8) & 0xff);
    });
  }
  return {features: names.join('\n'), weights: toBase64(Uint8Array.from(bytes)), step};
}

// Plain base64 without Buffer or atob, so the engine stays free of Node and DOM globals.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function toBase64(bytes: Uint8Array): string {
  let result = '';
  for (let at = 0; at < bytes.length; at += 3) {
    const chunk = (bytes[at]! << 16) | ((bytes[at + 1] ?? 0) << 8) | (bytes[at + 2] ?? 0);
    result += alphabet[(chunk >> 18) & 63]! + alphabet[(chunk >> 12) & 63]!;
    result += at + 1 < bytes.length ? alphabet[(chunk >> 6) & 63]! : '=';
    result += at + 2 < bytes.length ? alphabet[chunk & 63]! : '=';
  }
  return result;
}

function fromBase64(text: string): Uint8Array {
  const values = new Uint8Array(128);
  for (let at = 0; at < alphabet.length; at++) values[alphabet.charCodeAt(at)] = at;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let out = 0;
  for (let at = 0; at < text.length; at += 4) {
    const chunk = (values[text.charCodeAt(at)]! << 18) | (values[text.charCodeAt(at + 1)]! << 12) | (values[text.charCodeAt(at + 2)]! << 6) | values[text.charCodeAt(at + 3)]!;
    if (out < bytes.length) bytes[out++] = (chunk >> 16) & 0xff;
    if (out < bytes.length) bytes[out++] = (chunk >> 8) & 0xff;
    if (out < bytes.length) bytes[out++] = chunk & 0xff;
  }
  return bytes;
}
