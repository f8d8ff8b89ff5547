import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {shippedModel} from '../../src/core/ner/model.js';
import {labels, tagDocument, taggingInput, innerFeatures, staticFeatures} from '../../src/core/ner/tagger.js';
import {staticScores} from '../../src/core/ner/scoring.js';
import {compile, pack, type CompiledLayer, type TrainedModel} from '../../src/core/ner/weights.js';
import {layoutWithRules} from '../../src/core/ner/train.js';
import {readFileSync} from 'node:fs';
import {layoutOf} from '../../src/core/text/sentences.js';
import {unified} from 'unified';
import retextEnglish from 'retext-english';
import retextPos from 'retext-pos';
import type {Root} from 'nlcst';
import {VFile} from 'vfile';
import {assertSpansIndexText} from '../support/spans.js';

function entities(text: string): string[] {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  return result.entities.map((entity) => `${entity.text}/${entity.type}`);
}

describe('name tagger', () => {
  it('ships a model that loads and tags a short text on its own', () => {
    assert.ok(shippedModel, 'src/core/data/ner-model.json holds no model');
    assert.deepEqual(shippedModel.labels, labels);
    assert.ok(compile(shippedModel).outer.index.size > 1000);
    const text = 'Angela Merkel met officials of the European Union in Brussels on Monday.';
    const processor = unified().use(retextEnglish).use(retextPos);
    const file = new VFile({value: text});
    const tree = processor.runSync(processor.parse(file), file) as Root;
    const names = tagDocument(shippedModel, layoutOf(tree, text).sentences);
    const found = names.map((name) => `${text.slice(name.start, name.end)}/${name.type}`);
    assert.ok(found.includes('Angela Merkel/person'), found.join(', '));
    assert.ok(names.every((name) => name.start < name.end && name.end <= text.length));
  });

  it('runs with the rules alone when asked', () => {
    const result = analyze('Tomás Undurraga spoke in Lima.', {entityModel: null});
    assert.deepEqual(result.entities.map((entity) => `${entity.text}/${entity.type}`), ['Tomás Undurraga/person', 'Lima/place']);
  });

  it('finds an acronym introduced in parentheses when it is used alone later', () => {
    const text = 'The International Organization for Migration (IOM) counted the arrivals. Staff of the IOM said the numbers rose.';
    const list = entities(text);
    assert.ok(list.includes('International Organization for Migration/organization'), list.join(', '));
    assert.equal(list.filter((item) => item === 'IOM/organization').length, 2, list.join(', '));
    const result = analyze(text);
    const organizations = result.actors.filter((actor) => actor.type === 'organization');
    assert.equal(organizations.length, 1, organizations.map((actor) => actor.name).join(', '));
  });

  it('keeps multi-word places whole', () => {
    const list = entities('The convoy left San Salvador for the Darien Gap and the Panama Canal.');
    assert.deepEqual(list, ['San Salvador/place', 'Darien Gap/place', 'Panama Canal/place']);
  });

  it('leaves the possessive out of people, organisations and places', () => {
    const list = entities("Mexico's president met Reuters' editors and Angela Merkel's adviser.");
    assert.ok(list.includes('Mexico/place'), list.join(', '));
    assert.ok(list.includes('Angela Merkel/person'), list.join(', '));
    assert.ok(list.every((item) => !/['’]/.test(item)), list.join(', '));
  });

  it('keeps two people who share a surname apart when the text names them apart', () => {
    const text = 'Hillary Clinton spoke in Ohio on Monday. Chelsea Clinton spoke in Iowa on Tuesday. Hillary Clinton later flew home.';
    const result = analyze(text);
    assertSpansIndexText(result, text);
    const people = result.actors.filter((actor) => actor.type === 'person');
    assert.deepEqual(people.map((actor) => actor.name), ['Hillary Clinton', 'Chelsea Clinton']);
    assert.deepEqual(people[0]!.mentions.map((mention) => mention.text), ['Hillary Clinton', 'Hillary Clinton']);
  });

  it('scores every word as the sum of its string features (the fast path equals the reference)', () => {
    const text = readFileSync('examples/fisheries-accord.txt', 'utf8') + '\n\n' + readFileSync('examples/transit-budget.md', 'utf8') + '\n\nTHE HEADLINE IN Capitals: A Title Case Line For The Tagger\n';
    const {layout, rules} = layoutWithRules(text);
    const input = taggingInput(layout.sentences, rules);
    const model = compile(shippedModel!);
    const width = labels.length;
    const reference = (layer: CompiledLayer, features: readonly string[]) => {
      const sums = new Float64Array(width);
      for (const feature of features) {
        const row = layer.index.get(feature);
        if (row !== undefined) for (let label = 0; label < width; label++) sums[label]! += layer.weights[row + label]!;
      }
      return sums;
    };
    let words = 0;
    for (const sentence of layout.sentences) {
      const marks = input.marks[sentence.index]!;
      const fast = staticScores(model.outer, width, sentence.words, input.context, marks);
      staticFeatures(sentence.words, input.context, marks).forEach((features, index) => {
        const expected = reference(model.outer, features);
        for (let label = 0; label < width; label++) assert.ok(Math.abs(fast[index * width + label]! - expected[label]!) < 1e-3, `${sentence.words[index]!.text} label ${label}`);
        words++;
      });
      if (sentence.words.length >= 3) {
        const slice = sentence.words.slice(1, 3);
        const inner = staticScores(model.inner, width, slice, input.context, marks.slice(1, 3), {type: 'organization', length: 2});
        innerFeatures(staticFeatures(slice, input.context, marks.slice(1, 3)), 'organization', 1, 3).forEach((features, index) => {
          const expected = reference(model.inner, features);
          for (let label = 0; label < width; label++) assert.ok(Math.abs(inner[index * width + label]! - expected[label]!) < 1e-3, `inner ${slice[index]!.text} label ${label}`);
        });
      }
    }
    assert.ok(words > 300, String(words));
  });

  it('scores a layer of any width label by label as the shipped width is scored', () => {
    // The shipped layer cut to its first three labels: each label's sum is the same additions.
    const text = readFileSync('examples/fisheries-accord.txt', 'utf8');
    const {layout, rules} = layoutWithRules(text);
    const input = taggingInput(layout.sentences, rules);
    const full = compile(shippedModel!).outer;
    const narrow: CompiledLayer = {index: new Map([...full.index].map(([feature, row]) => [feature, (row / full.width) * 3])), weights: new Float32Array((full.weights.length / full.width) * 3), width: 3};
    for (let row = 0; row < full.weights.length / full.width; row++) for (let label = 0; label < 3; label++) narrow.weights[row * 3 + label] = full.weights[row * full.width + label]!;
    let compared = 0;
    for (const sentence of layout.sentences) {
      const marks = input.marks[sentence.index]!;
      const wide = staticScores(full, full.width, sentence.words, input.context, marks);
      const cut = staticScores(narrow, 3, sentence.words, input.context, marks);
      sentence.words.forEach((word, index) => {
        for (let label = 0; label < 3; label++) assert.equal(cut[index * 3 + label], wide[index * full.width + label], `${word.text} label ${label}`);
        compared++;
      });
    }
    assert.ok(compared > 150, String(compared));
  });

  it('packs a trained model into the shipped format without changing its weights', () => {
    const trained: TrainedModel = {version: 1, labels, outer: {'w=Lima': [0, -1.5, 6, 2.25], b: [0, 3]}, inner: {'l=of': [2, 0.5]}};
    const packed = pack(trained);
    const compiled = compile(packed);
    const row = compiled.outer.index.get('w=Lima')!;
    assert.ok(Math.abs(compiled.outer.weights[row]! + 1.5) < 1e-3 && Math.abs(compiled.outer.weights[row + 6]! - 2.25) < 1e-3);
    assert.equal(compiled.outer.weights[row + 1], 0);
    assert.ok(Math.abs(compiled.inner.weights[compiled.inner.index.get('l=of')! + 2]! - 0.5) < 1e-3);
    // Pruning drops small weights, and a feature left with none.
    assert.equal(compile(pack(trained, 1)).inner.index.size, 0);
  });
});

describe('name tagger: beam decoding', () => {
  it('decodes with the beam the shipped model was trained with, carried through packing', () => {
    assert.equal(compile(shippedModel!).beam, 4);
    const trained: TrainedModel = {version: 1, labels, beam: 3, outer: {}, inner: {}};
    assert.equal(compile(pack(trained)).beam, 3);
    assert.equal(compile(pack({...trained, beam: undefined})).beam, 1);
  });

  it('keeps a lone sentence-opening name no English word could be', () => {
    const result = analyze('Bukele, the Salvadoran president, said the plan worked.');
    assert.deepEqual(result.entities.map((entity) => `${entity.text}/${entity.type}`), ['Bukele/person']);
  });
});
