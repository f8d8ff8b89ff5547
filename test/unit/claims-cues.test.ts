import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {findNumbers} from '../../src/core/text/numbers.js';
import {assertSpansIndexText} from '../support/spans.js';

/** Every sentence of `text` with its score, kind and raising features, the threshold set to 0. */
function scored(text: string) {
  const result = analyze(text, {claimThreshold: 0});
  assertSpansIndexText(result, text);
  return result.claims.map((claim) => ({text: claim.text, kind: claim.kind, score: claim.score, features: claim.features}));
}

function one(sentence: string) {
  const [found] = scored(sentence);
  assert.ok(found, `no sentence scored in ${sentence}`);
  return found;
}

/** Whether the default threshold reports `sentence` as a claim. */
function isClaim(sentence: string): boolean {
  return analyze(sentence).claims.length > 0;
}

describe('claims layer: numbers as news writes them', () => {
  it('reads counts, shares, amounts, fractions and multipliers as one span each', () => {
    assert.deepEqual(
      findNumbers('80,000; over 80,000; 90%; $3.4 million; two-thirds; doubled').map((number) => number.text),
      ['80,000', '80,000', '90%', '$3.4 million', 'two-thirds', 'doubled'],
    );
  });

  it('marks days and years as dates, which do not count as figures', () => {
    const found = findNumbers('On March 12, 2024, the port handled 1,200 ships.');
    assert.deepEqual(found.map((number) => [number.text, number.date]), [['March 12', true], ['2024', true], ['1,200', false]]);
    assert.ok(!one('The port reopened on March 12, 2024, after repairs.').features.includes('figure'));
  });

  it('counts "over 80,000" as scale, but not "over the harbour"', () => {
    assert.ok(one('Police arrested over 80,000 people in March.').features.includes('change or scale'));
    assert.ok(!one('Gulls circled over the harbour in March.').features.includes('change or scale'));
  });

  it('weighs two figures above one', () => {
    assert.ok(one('The tax rate fell from 35 percent to 25 percent.').score > one('The tax rate is 35 percent.').score);
  });
});

describe('claims layer: kinds', () => {
  it('types a share written in words as a statistic', () => {
    assert.equal(one('Two-thirds of the defense budget pays for salaries and pensions.').kind, 'statistic');
  });

  it('types an amount of money as a quantity and a percentage as a statistic', () => {
    assert.equal(one('The ministry spent $3.4 million on the bridge.').kind, 'quantity');
    assert.equal(one('Rents rose 90% in the capital last year.').kind, 'statistic');
  });

  it('types a record ("the worst … since") as a comparison, not a judgement', () => {
    const drought = one('It was the worst drought since 1930.');
    assert.equal(drought.kind, 'comparison');
    assert.ok(drought.score >= 0.5, `score ${drought.score}`);
  });

  it('types a change with its reason as causal', () => {
    assert.equal(one('Crime fell because the city hired more police officers.').kind, 'causal');
    assert.equal(one('The storm caused flooding in three provinces.').kind, 'causal');
  });

  it('types a multiplier as a comparison', () => {
    assert.equal(one('Unemployment doubled between 2008 and 2010.').kind, 'comparison');
  });
});

describe('claims layer: what is not a claim', () => {
  it('leaves out the speaker\'s stance, plans and duties', () => {
    assert.ok(!isClaim('I think we should be proud of our schools.'));
    assert.ok(!isClaim('We are going to make this country safe again.'));
    assert.ok(!isClaim('Let us build a better future for our children.'));
  });

  it('ranks a promised figure below the same figure as a past fact', () => {
    assert.ok(one('We will hire 100,000 new teachers.').score < one('The state hired 100,000 new teachers in 2019.').score);
  });

  it('leaves out personal anecdotes and scene-setting', () => {
    assert.ok(!isClaim('I met a teacher in Ohio last week.'));
    assert.ok(!isClaim('The sun rose over the quiet harbour as fishermen mended their nets.'));
  });

  it('reads transcripts without their hesitations', () => {
    assert.deepEqual(scored('Well, you know, I uh - think that\'s just wrong.').filter((item) => item.score >= 0.5), []);
  });
});

describe('claims layer: what someone else did or said', () => {
  it('reports another person\'s record and denied acts', () => {
    assert.ok(isClaim('Senator Ruiz voted against the budget three times.'));
    assert.ok(isClaim('Senator Ruiz has never voted for a budget that cut taxes.'));
  });

  it('raises a stated position of someone else, not the speaker\'s own wish', () => {
    const theirs = one('The mayor has said he wants to build a stadium with public money.');
    const mine = one('I want to build a stadium with public money.');
    assert.ok(theirs.features.includes('reported position'));
    assert.ok(theirs.score > mine.score, `${theirs.score} vs ${mine.score}`);
  });

  it('raises a pointer to the record: a report, a study, the figures', () => {
    const found = one('According to the census, the city lost residents in the last decade.');
    assert.ok(found.features.includes('evidence') && found.features.includes('date'));
    assert.ok(found.score >= 0.5);
  });
});

describe('claims layer: talk that is not a record', () => {
  it('lowers imperatives and appeals to the nation', () => {
    assert.ok(!isClaim('Give the money back to the taxpayers.'));
    assert.ok(one('Give the money back to the taxpayers.').score < one('The state gave the money back to the taxpayers.').score);
    assert.ok(!isClaim('The American people know what is at stake in this election.'));
  });

  it('reads "I support" as the speaker\'s stance, "you voted" as a record', () => {
    assert.ok(!isClaim('I support the treaty and the senators who voted for it.'));
    assert.ok(isClaim('You voted against the farm bill in 2012.'));
  });

  it('keeps a projected cost, drops a plain forecast', () => {
    const cost = one('The senator\'s plan would cost $5 billion a year.');
    assert.equal(cost.kind, 'quantity');
    assert.ok(cost.score >= 0.5);
    assert.ok(!isClaim('The senator\'s plan will be a success for the country.'));
  });

  it('does not count the horizon of a forecast as an amount', () => {
    const forecast = one('The fleets that adapt early will be the ones still fishing in ten years.');
    assert.ok(!forecast.features.includes('counted amount'));
    assert.ok(forecast.score < 0.5);
  });

  it('types money in words as a quantity', () => {
    assert.equal(one('The program cost taxpayers two dollars a day per family.').kind, 'quantity');
  });
});
