import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {cityNames} from '../../src/core/data/cities.js';
import {countryByCapital, countryByDemonym, countryByName} from '../../src/core/data/countries.js';
import {knownPlaces} from '../../src/core/data/places.js';
import {assertSpansIndexText} from '../support/spans.js';

function places(text: string): string[] {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  return result.entities.filter((entity) => entity.type === 'place').map((entity) => entity.text);
}

describe('place gazetteers', () => {
  it('knows every country, with its other names, demonyms and capital', () => {
    assert.equal(countryByName.get('eritrea')?.name, 'Eritrea');
    assert.equal(countryByName.get("côte d'ivoire")?.name, 'Ivory Coast');
    assert.equal(countryByName.get('burma')?.name, 'Myanmar');
    assert.equal(countryByName.get('great britain')?.name, 'United Kingdom');
    assert.equal(countryByName.get('united states of america')?.name, 'United States');
    assert.equal(countryByDemonym.get('eritrean')?.name, 'Eritrea');
    assert.equal(countryByCapital.get('asmara')?.name, 'Eritrea');
    for (const name of ['kosovo', 'western sahara', 'greenland', 'puerto rico', 'taiwan', 'palestine', 'south sudan', 'tuvalu']) assert.ok(knownPlaces.has(name), name);
  });

  it('finds a newly covered country and a region in a sentence', () => {
    assert.deepEqual(places('Refugees came from Eritrea and Tuscany.'), ['Eritrea', 'Tuscany']);
  });

  it('finds a world city from GeoNames', () => {
    assert.ok(cityNames.includes('Christchurch'));
    assert.deepEqual(places('The attack happened in Christchurch on May 16.'), ['Christchurch']);
    // Written without its accents, as English copy often does.
    assert.ok(knownPlaces.has('sao luis'));
  });

  it('leaves out towns named like English words or people', () => {
    for (const name of ['reading', 'mobile', 'nice', 'jackson', 'lincoln', 'we', 'batman']) {
      assert.ok(!cityNames.some((city) => city.toLowerCase() === name), name);
    }
    assert.deepEqual(places('Reading the report, she found it too mobile.'), []);
    assert.deepEqual(places('The Mobile app was updated on Monday.'), []);
  });
});
