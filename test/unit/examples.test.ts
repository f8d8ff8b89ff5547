/** The project's own example articles: what the README and the editor tests rely on. */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {analyze} from '../../src/core/index.js';
import {examplesDir} from '../support/paths.js';
import {actorNamed, assertSpansIndexText} from '../support/spans.js';

const read = (name: string) => readFileSync(join(examplesDir, name), 'utf8');

describe('example articles', () => {
  for (const name of readdirSync(examplesDir).filter((file) => /\.(txt|md)$/.test(file))) {
    it(`${name}: every span equals its slice, and a second run gives the same result`, () => {
      const text = read(name);
      const result = analyze(text);
      assertSpansIndexText(result, text);
      assert.deepEqual(analyze(text), result);
    });
  }

  it('fisheries-accord.txt: titles, surnames, a role phrase, lost marks and statistics', () => {
    const result = analyze(read('fisheries-accord.txt'));
    const quispe = actorNamed(result, 'Elena Quispe-Ramos');
    assert.deepEqual(quispe?.roles, ['Peruvian Foreign Minister']);
    assert.ok(quispe?.mentions.some((mention) => mention.text === 'The Peruvian minister'));
    const unmarked = result.quotes.find((quote) => quote.kind === 'unmarked');
    assert.equal(unmarked?.cue?.text, 'stating');
    assert.equal(result.actors.find((actor) => actor.id === unmarked?.actor)?.name, 'Tomás Undurraga');
    assert.deepEqual(result.findings.map((finding) => finding.code), ['unattributed-claim']);
  });

  it('transit-budget.md: a quotation over paragraphs and an unbalanced mark', () => {
    const result = analyze(read('transit-budget.md'));
    const okafor = actorNamed(result, 'Helen Okafor');
    assert.equal(result.quotes.filter((quote) => quote.actor === okafor?.id && quote.kind === 'direct').length, 3);
    assert.deepEqual(result.findings.map((finding) => finding.code), ['unattributed-claim', 'unbalanced-quote', 'quote-without-speaker']);
  });
});
