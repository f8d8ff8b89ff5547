/**
 * The first real article the engine must handle well. It lives in ../shared (its licence is not
 * the project's), so the test skips, saying why, where that folder is absent.
 */
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {analyze, type Annotations} from '../../src/core/index.js';
import {hasShared, sharedDir} from '../support/paths.js';
import {actorNamed, assertSpansIndexText} from '../support/spans.js';

describe('the shared example rubio-bukele.txt', function () {
  let text = '';
  let result: Annotations;

  before(function () {
    if (!hasShared) {
      console.log(`    skipped: ${sharedDir} is absent, so the shared example cannot be read`);
      this.skip();
    }
    text = readFileSync(resolve(sharedDir, 'examples/rubio-bukele.txt'), 'utf8');
    result = analyze(text);
  });

  const nameOf = (id: string | null) => result.actors.find((actor) => actor.id === id)?.name ?? null;

  it('keeps every span equal to its slice of the article', () => {
    assertSpansIndexText(result, text);
  });

  it('groups Marco Rubio with his surname and gives him his role', () => {
    const rubio = actorNamed(result, 'Marco Rubio');
    assert.ok(rubio);
    assert.deepEqual(rubio.roles, ['U.S. Secretary of State']);
    assert.ok(rubio.mentions.filter((mention) => mention.text === 'Rubio').length >= 4);
  });

  it('groups Nayib Bukele with his surname and "The Salvadoran president"', () => {
    const bukele = actorNamed(result, 'Nayib Bukele');
    assert.ok(bukele);
    const mentions = bukele.mentions.map((mention) => mention.text);
    for (const expected of ['Nayib Bukele', 'Bukele', 'The Salvadoran president']) assert.ok(mentions.includes(expected), `missing ${expected}`);
  });

  it('finds the people, organisations and places', () => {
    const found = new Set(result.entities.map((entity) => `${entity.text}/${entity.type}`));
    for (const expected of ['Joe Biden/person', 'Trump administration/organization', 'Reuters/organization', 'El Salvador/place', 'Panama/place', 'Colombia/place', 'China/place', 'Panama Canal/place', 'Darien Gap/place']) {
      assert.ok(found.has(expected), `missing ${expected}`);
    }
  });

  it('finds the quotation whose marks were lost, spoken by Rubio with the cue "stating"', () => {
    const quote = result.quotes.find((item) => item.text === 'The only people who benefit from mass migration are traffickers');
    assert.ok(quote);
    assert.equal(quote.kind, 'unmarked');
    assert.equal(quote.cue?.text, 'stating');
    assert.equal(nameOf(quote.actor), 'Marco Rubio');
  });

  it('finds Rubio\'s reported speech', () => {
    const emphasized = result.quotes.find((item) => item.cue?.text === 'emphasized');
    assert.equal(emphasized?.kind, 'indirect');
    assert.ok(emphasized?.text.startsWith('the importance of'));
    assert.equal(nameOf(emphasized!.actor), 'Marco Rubio');
  });

  it('finds the claims with who asserts each', () => {
    const claim = (needle: string) => {
      const found = result.claims.find((item) => item.text.includes(needle));
      assert.ok(found, `no claim containing ${needle}`);
      return found;
    };
    const arrests = claim('80,000');
    assert.equal(arrests.actor, null, 'the article itself asserts the arrests');
    assert.equal(arrests.kind, 'statistic');
    assert.equal(claim('43 Colombian migrants').actor, null);
    const reduction = claim('90% reduction');
    assert.equal(nameOf(reduction.actor), 'Marco Rubio');
  });

  it('flags the statistics the article asserts with no source, and takes no date for a speaker', () => {
    const flagged = result.findings.filter((finding) => finding.code === 'unattributed-claim').map((finding) => text.slice(finding.start, finding.end));
    assert.ok(flagged.some((sentence) => sentence.includes('80,000')), `flagged: ${flagged.join(' | ')}`);
    assert.ok(flagged.some((sentence) => sentence.includes('43 Colombian migrants')), `flagged: ${flagged.join(' | ')}`);
    assert.ok(!result.quotes.some((quote) => quote.speaker?.text === 'On Monday'), 'a date is nobody\'s voice');
  });
});
