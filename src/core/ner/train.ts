/**
 * Training of the name tagger (used by scripts/train-ner.mjs, never by the extension): aligns
 * gold spans with the engine's own words, then trains both layers as averaged perceptrons.
 * Pure functions; the script does the file I/O.
 */
import {unified} from 'unified';
import retextEnglish from 'retext-english';
import retextPos from 'retext-pos';
import type {Root} from 'nlcst';
import {VFile} from 'vfile';
import retextLineParagraphs from '../parse/line-paragraphs.js';
import {layoutOf, type Layout, type SentenceSpan} from '../text/sentences.js';
import type {EntityMention} from '../data-map.js';
import type {EntityType} from '../model.js';
import {ruleMentions} from './rule-mentions.js';
import {allowed, best, ruleMarks, documentContext, tagDocument, tagNested, type TaggedName, historyFeatures, innerFeatures, labels, staticFeatures, tagsOf, type LayerWeights, type NerModel, type TrainedModel} from './tagger.js';

export {analyze} from '../index.js';
export {pack} from './weights.js';

export interface GoldEntity {
  start: number;
  end: number;
  type: string;
  nested?: boolean;
}

interface Sequence {
  words: SentenceSpan['words'];
  features: string[][];
  tags: string[];
}

export interface PreparedDocument {
  name: string;
  outer: Sequence[];
  inner: Sequence[];
  /** Gold spans that do not fall on the engine's word boundaries. */
  misaligned: number;
  gold: number;
}

const types = new Set(['person', 'organization', 'place']);

/** Splits a document into words the way the engine does and labels them with the gold spans. */
export function prepareDocument(name: string, text: string, gold: readonly GoldEntity[]): PreparedDocument {
  const {layout, rules} = layoutWithRules(text);
  const context = documentContext(layout.sentences, rules);
  const prepared: PreparedDocument = {name, outer: [], inner: [], misaligned: 0, gold: 0};
  const entities = gold.filter((entity) => types.has(entity.type));
  prepared.gold = entities.length;
  let aligned = 0;
  for (const sentence of layout.sentences) {
    const words = sentence.words;
    if (words.length === 0) continue;
    const spans: Array<{from: number; to: number; type: EntityType; nested: boolean}> = [];
    for (const entity of entities) {
      if (entity.start < sentence.start || entity.start >= sentence.end) continue;
      const from = words.findIndex((word) => word.start === entity.start);
      const last = words.findIndex((word) => word.end === entity.end || word.start + bareLength(word.text) === entity.end);
      if (from < 0 || last < from) continue;
      spans.push({from, to: last + 1, type: entity.type as EntityType, nested: Boolean(entity.nested)});
    }
    aligned += spans.length;
    const outer = nonOverlapping(spans.filter((span) => !span.nested), 'longest');
    const marks = ruleMarks(words, rules);
    const features = staticFeatures(words, context, marks);
    prepared.outer.push({words, features, tags: tagsOf(words.length, outer)});
    for (const span of outer) {
      if (span.to - span.from < 2) continue;
      const inside = spans.filter((item) => item.nested && item.from >= span.from && item.to <= span.to && item.to - item.from < span.to - span.from);
      const slice = words.slice(span.from, span.to);
      const local = nonOverlapping(inside, 'shortest').map((item) => ({...item, from: item.from - span.from, to: item.to - span.from}));
      prepared.inner.push({words: slice, features: innerFeatures(staticFeatures(slice, context, marks.slice(span.from, span.to)), span.type, span.from, span.to), tags: tagsOf(slice.length, local)});
    }
  }
  prepared.misaligned = entities.length - aligned;
  return prepared;
}

function bareLength(text: string): number {
  return text.length > 2 && /\p{L}['’]s?$/u.test(text) ? text.replace(/['’]s?$/u, '').length : text.length;
}

function nonOverlapping<T extends {from: number; to: number}>(spans: T[], prefer: 'longest' | 'shortest'): T[] {
  const sorted = [...spans].sort((a, b) => (prefer === 'longest' ? b.to - b.from - (a.to - a.from) : a.to - a.from - (b.to - b.from)) || a.from - b.from);
  const chosen: T[] = [];
  for (const span of sorted) if (!chosen.some((item) => item.from < span.to && span.from < item.to)) chosen.push(span);
  return chosen.sort((a, b) => a.from - b.from);
}

/** An averaged perceptron over string features and the BILOU labels. */
class Perceptron {
  private readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private instances = 0;
  passes = 1;

  readonly score = (features: readonly string[], scores: Float64Array): void => {
    scores.fill(0);
    for (const feature of features) {
      const row = this.weights.get(feature);
      if (!row) continue;
      for (let index = 0; index < row.length; index++) scores[index]! += row[index]!;
    }
  };

  tick(): void {
    this.instances++;
  }

  update(truth: number, guess: number, features: readonly string[]): void {
    if (truth === guess) return;
    this.adjust(truth, 1, features);
    this.adjust(guess, -1, features);
  }

  adjust(label: number, change: number, features: readonly string[]): void {
    for (const feature of features) {
      let row = this.weights.get(feature);
      if (!row) {
        row = new Float64Array(labels.length);
        this.weights.set(feature, row);
        this.totals.set(feature, new Float64Array(labels.length));
        this.stamps.set(feature, new Float64Array(labels.length));
      }
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      totals[label]! += (this.instances - stamps[label]!) * row[label]!;
      stamps[label] = this.instances;
      row[label]! += change;
    }
  }

  /** The averaged weights, pruned below `threshold` and rounded to 3 decimals. */
  averaged(threshold: number): LayerWeights {
    const result: LayerWeights = {};
    for (const [feature, row] of this.weights) {
      const totals = this.totals.get(feature)!;
      const stamps = this.stamps.get(feature)!;
      const pairs: number[] = [];
      for (let label = 0; label < row.length; label++) {
        const total = totals[label]! + (this.instances - stamps[label]!) * row[label]!;
        // Averages scaled by the number of passes, so weights stay near the size of an update.
        const value = Math.round((total / Math.max(1, this.instances)) * this.passes * 1000) / 1000;
        if (Math.abs(value) >= threshold) pairs.push(label, value);
      }
      if (pairs.length > 0) result[feature] = pairs;
    }
    return result;
  }
}

/** A small deterministic random generator (mulberry32) for shuffling. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function trainLayer(sequences: readonly Sequence[], iterations: number, threshold: number, seed: number, beamWidth = 1): LayerWeights {
  const perceptron = new Perceptron();
  const next = random(seed);
  const order = sequences.map((_, index) => index);
  const labelIndex = new Map(labels.map((label, index) => [label, index]));
  perceptron.passes = iterations;
  for (let iteration = 0; iteration < iterations; iteration++) {
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    for (const position of order) {
      const sequence = sequences[position]!;
      if (beamWidth > 1) {
        trainWithBeam(perceptron, sequence, beamWidth, labelIndex);
        continue;
      }
      // Greedy decoding on the predicted history, updating word by word (the inference path).
      const tags: string[] = [];
      const scores = new Float64Array(labels.length);
      for (let index = 0; index < sequence.words.length; index++) {
        const previous = tags[index - 1] ?? '^';
        const features = [...sequence.features[index]!, ...historyFeatures(previous, tags[index - 2] ?? '^', sequence.words[index]!)];
        perceptron.score(features, scores);
        const guess = best(scores, previous === '^' ? 'O' : previous);
        perceptron.tick();
        perceptron.update(labelIndex.get(sequence.tags[index]!)!, labelIndex.get(guess)!, features);
        tags.push(guess);
      }
    }
  }
  return perceptron.averaged(threshold);
}

export interface TrainOptions {
  iterations?: number;
  /** Averaged weights below this magnitude are dropped. */
  threshold?: number;
  seed?: number;
  /**
   * Models trained on different orders of the sentences, their weights averaged into one. A
   * perceptron's weights depend on the order it saw the data in; on a corpus this small, one
   * order's model flips names that another gets right, and the average keeps what they share.
   */
  orders?: number;
  /** Hypotheses kept per word: 1 for greedy training, more for a structured perceptron with early update. */
  beam?: number;
}

export function trainModel(documents: readonly PreparedDocument[], options: TrainOptions = {}): TrainedModel {
  const iterations = options.iterations ?? 12;
  const threshold = options.threshold ?? 0.02;
  const seed = options.seed ?? 7;
  return {
    version: 1,
    labels,
    ...((options.beam ?? 1) > 1 ? {beam: options.beam} : {}),
    outer: trainLayers(documents.flatMap((document) => document.outer), iterations, threshold, seed, options.beam ?? 1, options.orders ?? 1),
    inner: trainLayers(documents.flatMap((document) => document.inner), iterations, threshold, seed + 1, options.beam ?? 1, options.orders ?? 1),
  };
}

/** `orders` layers from differently shuffled sentences, averaged (weights below `threshold` dropped after). */
function trainLayers(sequences: readonly Sequence[], iterations: number, threshold: number, seed: number, beamWidth: number, orders: number): LayerWeights {
  if (orders <= 1) return trainLayer(sequences, iterations, threshold, seed, beamWidth);
  const sums = new Map<string, Map<number, number>>();
  for (let order = 0; order < orders; order++) {
    // Seeds apart from the other layer's (seed + 1).
    for (const [feature, pairs] of Object.entries(trainLayer(sequences, iterations, 0, seed + 1000 * order, beamWidth))) {
      let sum = sums.get(feature);
      if (!sum) sums.set(feature, (sum = new Map()));
      for (let at = 0; at < pairs.length; at += 2) sum.set(pairs[at]!, (sum.get(pairs[at]!) ?? 0) + pairs[at + 1]!);
    }
  }
  const result: LayerWeights = {};
  for (const [feature, sum] of sums) {
    const pairs: number[] = [];
    for (const [label, total] of [...sum].sort((a, b) => a[0] - b[0])) {
      const value = Math.round((total / orders) * 1000) / 1000;
      if (Math.abs(value) >= threshold) pairs.push(label, value);
    }
    if (pairs.length > 0) result[feature] = pairs;
  }
  return result;
}

/**
 * A text parsed, laid out and tagged as the engine does it, and the rules' names the tagger
 * reads as features: what training, the tagger's tests and its bench all start from.
 */
export function layoutWithRules(text: string): {layout: Layout; rules: EntityMention[]} {
  const processor = unified().use(retextEnglish).use(retextLineParagraphs).use(retextPos);
  const file = new VFile({value: text});
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const layout = layoutOf(tree, text);
  return {layout, rules: ruleMentions(layout, text).mentions};
}

/** Tags a text with a model (the tagger with the rules' names as features, as the engine runs it). */
export function tagText(model: NerModel, text: string): TaggedName[] {
  const {layout, rules} = layoutWithRules(text);
  const outer = tagDocument(model, layout.sentences, rules);
  return [...outer, ...tagNested(model, layout.sentences, outer, rules)];
}


interface TrainHypothesis {
  tag: string;
  features: string[];
  score: number;
  previous: TrainHypothesis | null;
  length: number;
}

const tagAt = (hypothesis: TrainHypothesis | null, back: number): string => {
  let at = hypothesis;
  for (let step = 0; step < back && at; step++) at = at.previous;
  return at?.tag ?? '^';
};

/** A structured perceptron step with beam search and early update (Collins and Roark, 2004). */
function trainWithBeam(perceptron: Perceptron, sequence: Sequence, width: number, labelIndex: ReadonlyMap<string, number>): void {
  let beam: Array<TrainHypothesis | null> = [null];
  const scores = new Float64Array(labels.length);
  const goldFeatures: string[][] = [];
  for (let index = 0; index < sequence.words.length; index++) {
    const next: TrainHypothesis[] = [];
    for (const hypothesis of beam) {
      const previous = tagAt(hypothesis, 0);
      const features = [...sequence.features[index]!, ...historyFeatures(previous, tagAt(hypothesis, 1), sequence.words[index]!)];
      perceptron.score(features, scores);
      for (let label = 0; label < labels.length; label++) {
        if (!allowed(previous === '^' ? 'O' : previous, labels[label]!)) continue;
        next.push({tag: labels[label]!, features, score: (hypothesis?.score ?? 0) + scores[label]!, previous: hypothesis, length: index + 1});
      }
    }
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, width);
    const goldPrevious = sequence.tags[index - 1] ?? '^';
    goldFeatures.push([...sequence.features[index]!, ...historyFeatures(goldPrevious, sequence.tags[index - 2] ?? '^', sequence.words[index]!)]);
    const goldKept = beam.some((hypothesis) => isGoldPrefix(hypothesis!, sequence.tags));
    if (!goldKept || index === sequence.words.length - 1) {
      const predicted = beam[0]!;
      perceptron.tick();
      if (!isGoldPrefix(predicted, sequence.tags)) {
        for (let at: TrainHypothesis | null = predicted, position = index; at; at = at.previous, position--) {
          perceptron.adjust(labelIndex.get(sequence.tags[position]!)!, 1, goldFeatures[position]!);
          perceptron.adjust(labelIndex.get(at.tag)!, -1, at.features);
        }
      }
      if (!goldKept) return;
    }
  }
}

function isGoldPrefix(hypothesis: TrainHypothesis, gold: readonly string[]): boolean {
  for (let at: TrainHypothesis | null = hypothesis, position = hypothesis.length - 1; at; at = at.previous, position--) if (at.tag !== gold[position]) return false;
  return true;
}
