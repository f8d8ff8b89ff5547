import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {shippedModel} from '../../src/core/ner/model.js';
import {labels, tagDocument} from '../../src/core/ner/tagger.js';
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
    assert.ok(Object.keys(shippedModel.outer).length > 1000);
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
});
