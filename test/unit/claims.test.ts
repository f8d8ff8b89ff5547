import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {assertSpansIndexText} from '../support/spans.js';

function claims(text: string) {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  const names = new Map(result.actors.map((actor) => [actor.id, actor.name]));
  return result.claims.map((claim) => ({text: claim.text, kind: claim.kind, actor: claim.actor ? names.get(claim.actor) : null, numbers: claim.numbers.map((number) => number.text), score: claim.score}));
}

describe('claims layer', () => {
  it('finds statistics asserted by the article and reports them unattributed', () => {
    const text = 'The government has arrested over 80,000 individuals since 2022.';
    const result = analyze(text);
    assert.equal(result.claims.length, 1);
    assert.equal(result.claims[0]!.kind, 'statistic');
    assert.equal(result.claims[0]!.actor, null);
    assert.deepEqual(result.claims[0]!.numbers.map((number) => number.text), ['80,000', '2022']);
    assert.deepEqual(result.findings.map((finding) => finding.code), ['unattributed-claim']);
  });

  it('attributes a claim in reported speech to its speaker and does not flag it', () => {
    const text = 'Marco Rubio praised the program. He said it achieved a 90% reduction in migration.';
    const reduction = claims(text).find((claim) => claim.text.includes('90%'));
    assert.equal(reduction?.actor, 'Marco Rubio');
    assert.deepEqual(reduction?.numbers, ['90%']);
    assert.deepEqual(analyze(text).findings, []);
  });

  it('credits a claim to the speaker whose attribution follows it, a participle after that or not', () => {
    const text = 'Crime has fallen 12% since 2019, Mayor Lisa Chen said, crediting a new community policing program.';
    assert.equal(claims(text)[0]?.actor, 'Lisa Chen');
    assert.deepEqual(analyze(text).findings, []);
    // Attributions in a last clause, or of a content that is no claim, leave the sentence the article's.
    assert.equal(claims('The accord still needs approval from Congress in Lima, where Elena Quispe-Ramos said she expected a vote before June.')[0]?.actor, null);
  });

  it('reads amounts and shares as numbers', () => {
    const found = claims('Exports could fall by $3.4 million, about two-thirds of last year, the ministry said.');
    assert.deepEqual(found[0]?.numbers, ['$3.4 million', 'two-thirds']);
  });

  it('types a causal statement and credits the place acting as government', () => {
    const found = claims('Washington attributes the drop in illegal migrants to the policies enforced by Bukele.');
    assert.equal(found[0]?.kind, 'causal');
    assert.equal(found[0]?.actor, 'U.S. government');
  });

  it('leaves opinions, predictions and questions out', () => {
    assert.deepEqual(claims('We should be proud of this beautiful city. Will the mayor run again? The council will probably vote next month.'), []);
  });

  it('ranks a sentence with figures above a plain event', () => {
    const [withFigure] = claims('Ridership rose 12 percent last year to 4.1 million trips.');
    assert.ok(withFigure && withFigure.score > 0.8, `score ${withFigure?.score}`);
  });
});
