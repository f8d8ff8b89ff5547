import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import type {EntityMention} from '../../src/core/data-map.js';
import {personSpan} from '../../src/core/ner/person-span.js';

/** The span `personSpan` keeps of a person named `name` at offset 10, as "start:text", or null. */
function kept(name: string, type: EntityMention['type'] = 'person'): string | null {
  const found = personSpan({start: 10, end: 10 + name.length, text: name, type, role: null, sentence: 0, actor: null});
  return found && `${found.start}:${found.text}`;
}

describe('person spans as FORMAT.md writes them', () => {
  it('cuts a descriptor in lower case, a title, a party or a possessor before the name', () => {
    assert.equal(kept('Mr. King'), '14:King');
    assert.equal(kept('Mr Key'), '13:Key');
    assert.equal(kept('Senators Charles E. Grassley'), '19:Charles E. Grassley');
    assert.equal(kept('Democrat Hillary Clinton'), '19:Hillary Clinton');
    assert.equal(kept("Youngspiration's Baggio Leung"), '27:Baggio Leung');
    assert.equal(kept('pan-democrat Lam Cheuk-ting'), '23:Lam Cheuk-ting');
  });

  it('keeps a particle in lower case, a party word that is the surname, and an office alone', () => {
    assert.equal(kept('al-Amr'), '10:al-Amr');
    assert.equal(kept('de Blasio'), '10:de Blasio');
    assert.equal(kept('Green'), '10:Green');
    assert.equal(kept('Republican Smith'), '10:Republican Smith');
    assert.equal(kept('Mr. President'), '10:Mr. President');
    assert.equal(kept('Mr. Vice President'), '10:Mr. Vice President');
    assert.equal(kept('Governor'), '10:Governor');
  });

  it('ends a title-case headline\'s name at its verb or function word', () => {
    assert.equal(kept('Hillary Clinton Was Headed'), '10:Hillary Clinton');
    assert.equal(kept('Lindsey Graham Says'), '10:Lindsey Graham');
    assert.equal(kept('Clinton Hid Past Health Problems From Public'), '10:Clinton');
    // Two words are a name: "Edward Said".
    assert.equal(kept('Edward Said'), '10:Edward Said');
    assert.equal(kept('Ana de la Cruz'), '10:Ana de la Cruz');
  });

  it('names no one by a people\'s plural or a party alone, and leaves other types alone', () => {
    assert.equal(kept('all Americans'), null);
    assert.equal(kept('Afghans'), null);
    assert.equal(kept('a Libertarian'), null);
    assert.equal(kept('all Americans', 'organization'), '10:all Americans');
    for (const word of ['Mr.', "There've", 'Twenty-seven', 'Morning Show']) assert.equal(kept(word), null, word);
    assert.equal(kept('Steve Harvey Morning Show'), '10:Steve Harvey');
    // A number before a party's plural, and an ordinary word before a common plural: no one.
    assert.equal(kept('Forty-four Democrats'), null);
    assert.equal(kept('Public Affairs'), null);
    assert.equal(kept('Petty Officers'), null);
    // A surname that is also a common plural, after a given name, is someone.
    assert.equal(kept('Kathryn Waters'), '10:Kathryn Waters');
    // A plural in capitals is a kind of body, several of them.
    assert.equal(kept('PACs'), null);
    assert.equal(kept('PAC'), '10:PAC');
    assert.equal(personSpan({start: 0, end: 11, text: 'Mt. Everest', type: 'person', role: null, sentence: 0, actor: null})?.type, 'place');
    const company = personSpan({start: 0, end: 5, text: 'Ener1', type: 'person', role: null, sentence: 0, actor: null});
    assert.equal(company?.type, 'organization');
  });

  it('applies to what the engine finds, with offsets into the text', () => {
    const text = 'Republican Donald Trump and Democrat Hillary Clinton met. Mr. King said all Americans agreed.';
    const people = analyze(text).entities.filter((entity) => entity.type === 'person');
    for (const person of people) assert.equal(text.slice(person.start, person.end), person.text);
    assert.deepEqual(people.map((person) => person.text), ['Donald Trump', 'Hillary Clinton', 'King']);
  });
});

describe('person spans: places and companies read as persons', () => {
  it('retypes a name ending with a place\'s or a company\'s word, or opening with "Fort"', () => {
    const person = (text: string) => ({start: 0, end: text.length, text, type: 'person' as const, role: null, sentence: 0, actor: null});
    assert.equal(personSpan(person('Easter Island'))?.type, 'place');
    assert.equal(personSpan(person('Washington Monument'))?.type, 'place');
    assert.equal(personSpan(person('Fort Pierce'))?.type, 'place');
    assert.equal(personSpan(person('Dow Chemical'))?.type, 'organization');
    assert.equal(personSpan(person('Lenox Healthcare'))?.type, 'organization');
    // Surnames that are also places' words stay people.
    assert.equal(personSpan(person('Geun-hye Park'))?.type, 'person');
    assert.equal(personSpan(person('Nathan Law'))?.type, 'person');
  });
});
