import assert from 'node:assert/strict';
import {crossesHeadline, headlinePieces} from '../../src/core/ner/headline.js';
import {entitiesOf as entities} from '../support/spans.js';

function pieces(line: string): string[] {
  const words = line.split(' ');
  return headlinePieces(words).map(([from, to]) => words.slice(from, to).join(' '));
}

describe('title-case headlines', () => {
  it('cuts a run at its verbs and function words, and drops the ordinary words around each name', () => {
    assert.deepEqual(pieces('Black Voters Abandon Republican Party for Hillary Clinton'), ['Republican Party', 'Hillary Clinton']);
    assert.deepEqual(pieces('Washington Post Hit Piece Exploits Trump Supporter Who Was'), ['Washington Post', 'Trump']);
    assert.deepEqual(pieces('One Tweet Sums Up The Absurd Double Standard Clinton And Trump Face'), ['Tweet', 'Clinton', 'Trump']);
    // A verb the lexicon knows only without its "s"; an office after the name.
    assert.deepEqual(pieces('Elizabeth Warren Hammers Wells Fargo CEO'), ['Elizabeth Warren', 'Wells Fargo']);
  });

  it('keeps a known name, a given name before a surname and an organisation\'s words whole', () => {
    assert.deepEqual(pieces('United States of America'), ['United States of America']);
    assert.deepEqual(pieces('Bill Clinton Says Mexico Will Pay'), ['Bill Clinton', 'Mexico']);
    assert.deepEqual(pieces('Congressional Black Caucus Foundation'), ['Congressional Black Caucus Foundation']);
  });

  it('reads only a short line of its own in title case as a headline', () => {
    const headline = 'Wealthy Voters Abandon Republican Party for Hillary Clinton.\nThe poll was released on Monday.';
    assert.equal(crossesHeadline(headline, 6, 59), true);
    // The same words in a sentence with ordinary words in lower case are left to the other steps.
    const sentence = 'The wealthy said Wealthy Voters Abandon Republican Party was a fine headline for them.';
    assert.equal(crossesHeadline(sentence, 18, 56), false);
    // "States" reads as a verb, but the line is a known name's sentence.
    assert.deepEqual(entities('God bless us.\nWe\'re the United States of America.\nThank you.', null), ['United States of America/place']);
  });

  it('finds the people and organisations of a headline, with CRLF line ends and accented names', () => {
    for (const model of [null, undefined]) {
      const text = 'Wealthy Voters Abandon Republican Party for Hillary Clinton.\r\n\r\nAndrés Manuel López Obrador Says Mexico Will Not Pay.\r\n\r\nThe poll of voters was released on Monday by Hillary Clinton\'s campaign.\r\n';
      const found = entities(text, model);
      assert.ok(found.includes('Republican Party/organization') && found.includes('Hillary Clinton/person'), found.join(', '));
      assert.ok(found.includes('Andrés Manuel López Obrador/person') && found.includes('Mexico/place'), found.join(', '));
      assert.ok(!found.some((item) => /Wealthy|Voters|Abandon|Says|Will/u.test(item)), found.join(', '));
    }
  });
});
