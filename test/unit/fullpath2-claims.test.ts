import assert from 'node:assert/strict';
import {scoreSentence} from '../../src/core/plugins/claims.js';
import {analyze} from '../../src/core/index.js';
import type {SentenceSpan} from '../../src/core/text/sentences.js';

/** A sentence span over `value` alone, its words cut at spaces (no tags: the cues read the text). */
function sentence(value: string): SentenceSpan {
  const words = [...value.matchAll(/\S+/gu)].map((match, index) => ({text: match[0], start: match.index, end: match.index + match[0].length, pos: '', index, before: ' '}));
  return {start: 0, end: value.length, paragraph: 0, index: 0, words};
}

function raised(value: string): string[] {
  const found: string[] = [];
  scoreSentence(value, sentence(value), found);
  return found;
}

describe('claims: cues asked of one sentence after another', () => {
  it('raises the same features whatever sentence was scored before', () => {
    const values = [
      'The city cut its budget by 12 percent in 2019, officials said.',
      'He has never voted for the bill, and she said so.',
      'Two-thirds of the voters stayed at home.',
      'The harbour was quiet that morning.',
      'Ministers have\u00a0not replied to the 40 letters.',
    ];
    const alone = values.map((value) => JSON.stringify(raised(value)));
    for (let round = 0; round < 3; round++) {
      for (let index = 0; index < values.length; index++) {
        const at = (index * (round + 2)) % values.length;
        assert.equal(JSON.stringify(raised(values[at]!)), alone[at], values[at]);
      }
    }
    assert.ok(alone[0]!.includes('"figure"') && !alone[2]!.includes('"figure"') && alone[2]!.includes('"counted amount"'));
    assert.ok(alone[1]!.includes('"denied act"') && alone[1]!.includes('"reported position"'));
    assert.ok(alone[4]!.includes('"denied act"'), 'any white space before the negation');
    assert.ok(!alone[3]!.includes('"denied act"') && !alone[3]!.includes('"reported position"'));
  });

  it('finds the attributing verb of a claim, and none where its sentence has none', () => {
    const result = analyze('Washington attributes the drop in illegal migrants to the policies enforced by Bukele.\n\nThe number of migrants fell by 40 percent in 2024 after the policy.\n');
    const actors = new Map(result.actors.map((actor) => [actor.id, actor.name]));
    const sources = result.claims.map((claim) => (claim.actor ? actors.get(claim.actor) : null));
    assert.equal(sources.length, 2);
    assert.ok(sources[0], 'the subject of "attributes" asserts the first claim');
    assert.equal(sources[1], null);
  });
});
