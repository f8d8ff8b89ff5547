import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {assertSpansIndexText} from '../support/spans.js';

function entities(text: string): string[] {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  return result.entities.map((entity) => `${entity.text}/${entity.type}`);
}

describe('entities layer', () => {
  it('keeps titles out of the name and as roles', () => {
    const text = 'U.S. Secretary of State Marco Rubio met Panamanian President José Raúl Mulino on Monday.';
    assert.deepEqual(entities(text), ['U.S./place', 'Marco Rubio/person', 'José Raúl Mulino/person']);
    const result = analyze(text);
    assert.deepEqual(result.actors.find((actor) => actor.name === 'José Raúl Mulino')?.roles, ['Panamanian President']);
    assert.deepEqual(result.actors.find((actor) => actor.name === 'Marco Rubio')?.roles, ['U.S. Secretary of State']);
  });

  it('splits a possessive place from the title it owns', () => {
    const text = "Rubio will meet El Salvador's President Nayib Bukele.";
    assert.deepEqual(entities(text).slice(1), ['El Salvador/place', 'Nayib Bukele/person']);
    assert.deepEqual(analyze(text).actors.find((actor) => actor.name === 'Nayib Bukele')?.roles, ["El Salvador's President"]);
  });

  it('reads the all-caps dateline as a place and the agency as an organisation', () => {
    assert.deepEqual(entities('SAN SALVADOR, Feb 3 (Reuters) - The talks ended.'), ['SAN SALVADOR/place', 'Reuters/organization']);
    // An agency no gazetteer knows, whatever the tagger makes of it.
    assert.deepEqual(entities('LIMA, March 12 (Newswire) - The talks ended.'), ['LIMA/place', 'Newswire/organization']);
  });

  it('finds multi-word places and leaves "the" and the possessive out', () => {
    const list = entities("Migrants cross the Darien Gap before they reach the Panama Canal and Panama's capital.");
    assert.deepEqual(list, ['Darien Gap/place', 'Panama Canal/place', 'Panama/place']);
  });

  it('keeps organisations with of, for and de whole', () => {
    const list = entities('Officials from the Organization of American States and the International Organization for Migration met staff of the Banco de México.');
    assert.deepEqual(list, ['Organization of American States/organization', 'International Organization for Migration/organization', 'Banco de México/organization']);
  });

  it('takes no Roman numeral and no function word in capitals for emphasis for a name, but keeps a known acronym', () => {
    const found = entities('He swore an Oath to ALL of our people. The guide needs to be high quality AND comprehensive. It was part XVII of the series. The WHO said so.');
    assert.ok(!found.some((item) => /^(?:ALL|AND|XVII)\//u.test(item)), found.join(', '));
    assert.ok(found.includes('WHO/organization'), found.join(', '));
  });

  it('does not take sentence-initial capitals or demonyms for names', () => {
    assert.deepEqual(entities('Additionally, Salvadoran officials said nothing. Regarding the plan, Colombian migrants waited.'), []);
  });

  it('takes a word opening its sentence for a name when an apposition names its kind or office', () => {
    assert.deepEqual(entities('Ecopetrol, the state oil company, said its pipeline was not damaged.'), ['Ecopetrol/organization']);
    assert.deepEqual(entities('Mulino, the Panamanian president, said the canal would stay.'), ['Mulino/person']);
    assert.deepEqual(entities('However, the company said its pipeline was not damaged.'), []);
    assert.deepEqual(entities('Meanwhile, the minister said the canal would stay.'), []);
  });

  it("takes no byline's job title for a name", () => {
    assert.deepEqual(entities('By Ana Reyes, Staff Writer\n\nThe mayor spoke.'), ['Ana Reyes/person']);
  });

  it('reads a place named in another language ("Calle Ocho", "Casa de Nariño") and a part of a known place ("Little Havana") as places', () => {
    assert.deepEqual(entities('She has run the bakery on Calle Ocho for 31 years. These businesses make Little Havana.'), ['Calle Ocho/place', 'Little Havana/place']);
    assert.deepEqual(entities('Petro spoke at the Casa de Nariño in Bogotá.'), ['Petro/person', 'Casa de Nariño/place', 'Bogotá/place']);
  });

  it("keeps an organisation named with its \"of\" before an office, opening the sentence or not", () => {
    assert.deepEqual(entities('Bank of England Governor Andrew Bailey said inflation was easing.'), ['Bank of England/organization', 'England/place', 'Andrew Bailey/person']);
    assert.deepEqual(analyze('Bank of England Governor Andrew Bailey said so.').actors.find((actor) => actor.name === 'Andrew Bailey')?.roles, ['Bank of England Governor']);
  });

  it('keeps hyphenated and accented names whole, and splits joined places', () => {
    const text = 'Foreign Minister Elena Quispe-Ramos crossed the Colombia-Panama border on a U.S.-funded flight.';
    assert.deepEqual(entities(text), ['Elena Quispe-Ramos/person', 'Colombia/place', 'Panama/place', 'U.S./place']);
  });

  it('names a government by its leader: the Trump administration', () => {
    assert.deepEqual(entities('The Trump administration views Bukele as an ally.').slice(0, 1), ['Trump administration/organization']);
  });

  it('types a lone surname by the full name used elsewhere, even opening a sentence', () => {
    const text = 'Tomás Undurraga spoke first.\nUndurraga dismissed the warning.';
    assert.deepEqual(entities(text), ['Tomás Undurraga/person', 'Undurraga/person']);
  });

  it('lets users add and silence names', () => {
    const result = analyze('The Zorblax Collective met Reuters.', {names: [{text: 'Zorblax Collective', type: 'organization'}], ignore: ['Reuters']});
    assert.deepEqual(result.entities.map((entity) => `${entity.text}/${entity.type}`), ['Zorblax Collective/organization']);
  });

  it('keeps a known name that opens with a demonym whole, and former countries as places', () => {
    const list = entities('Talks between the Dominican Republic and the former Soviet Union stalled.');
    assert.deepEqual(list, ['Dominican Republic/place', 'Soviet Union/place']);
  });

  it("keeps an elided particle in a surname: d'Ettorre", () => {
    const text = "The study was led by Patrizia d'Ettorre in Copenhagen.";
    const rules = analyze(text, {entityModel: null}).entities.map((entity) => `${entity.text}/${entity.type}`);
    assert.ok(rules.includes("Patrizia d'Ettorre/person"), rules.join(', '));
  });

  it('keeps "for the" inside an organisation\'s name', () => {
    assert.ok(entities('Works went to the Andy Warhol Foundation for the Visual Arts.').includes('Andy Warhol Foundation for the Visual Arts/organization'));
  });

  it('reads buildings and towns with place words as places', () => {
    const list = entities('Pilgrims prayed at the Grand Mosque. Others stayed in Eureka Springs, Arkansas.');
    assert.ok(list.includes('Grand Mosque/place'), list.join(', '));
    assert.ok(list.includes('Eureka Springs, Arkansas/place'), list.join(', '));
  });

  it('leaves a capitalised "The" out of a name inside a sentence, also one the gazetteer knows with it', () => {
    const list = entities('It was first reported in The Huffington Post, then by The Guardian.');
    assert.ok(list.includes('Huffington Post/organization'), list.join(', '));
    assert.ok(list.includes('Guardian/organization'), list.join(', '));
  });
});
