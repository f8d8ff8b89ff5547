import assert from 'node:assert/strict';
import {resolve} from 'node:path';
import * as cues from '../../src/core/data/claim-cues.js';
import {LeadWords, patternLeads} from '../../src/core/text/lead-words.js';
import {generateArticle} from '../support/corpus.js';
import {examplesDir} from '../support/paths.js';

function leadNames(pattern: RegExp): string[] | 'any' {
  const leads = patternLeads(pattern);
  return leads === 'any' ? leads : [...new Set(leads.map((lead) => ('char' in lead ? `char ${String.fromCodePoint(lead.char)}` : lead.exact ? lead.word : `${lead.word}…`)))];
}

/** How `may` answers for every pattern and text, in one list. */
function answers(leads: LeadWords, count: number, texts: readonly string[]): boolean[] {
  const found: boolean[] = [];
  for (const text of texts) for (let index = 0; index < count; index++) found.push(leads.may(index, text));
  return found;
}

/** Sentences of a generated article, and the same in capitals and with other white space. */
function texts(): string[] {
  const sentences = generateArticle(resolve(examplesDir), 20_000, 5).split(/(?<=[.!?])\s+|\n+/);
  return [...sentences, ...sentences.map((sentence) => sentence.toUpperCase()), ...sentences.map((sentence) => sentence.replace(/ /g, '\u2003')), 'He has\tnot voted. She never said so.', 'it wasn\u2019t, they didn\u00a0t'];
}

describe('lead words: white space before a word, and masks of two numbers', () => {
  it('reads what follows white space as a word start', () => {
    assert.deepEqual(leadNames(/\s(?:never|has(?:n't|\s+not))/), ['never…', 'hasn', 'has not…']);
    assert.deepEqual(leadNames(/\s+sa[iy]/), ['sa…']);
    // After white space the next character may be a mark: it is needed then.
    assert.deepEqual(leadNames(/\s[$£]\d/), ['char $', 'char £']);
    // Still unreadable: what follows is any letter, or nothing.
    assert.equal(patternLeads(/\s\p{Lu}/u), 'any');
    assert.equal(patternLeads(/\s/), 'any');
    // A class of marks that is not white space says nothing of what follows it.
    assert.equal(patternLeads(/[^\w\s]never/), 'any');
  });

  it('never skips a match of the claims cues that open with white space', () => {
    const leads = new LeadWords();
    const deny = leads.add(cues.mayDenyAct);
    const report = leads.add(cues.mayReportPosition);
    let skipped = 0;
    for (const text of texts()) {
      for (const [index, pattern] of [[deny, cues.mayDenyAct], [report, cues.mayReportPosition]] as const) {
        const may = leads.may(index, text);
        if (pattern.test(text)) assert.ok(may, `${pattern.source} matches but was skipped: ${JSON.stringify(text)}`);
        if (!may) skipped++;
      }
    }
    assert.ok(skipped > 0, 'some texts are skipped');
    assert.equal(leads.may(deny, 'Ministers have\u00a0not replied.'), true);
    assert.equal(leads.may(deny, 'Ministers have replied, not once.'), false);
    assert.equal(leads.may(report, 'The mayor said so.'), true);
    assert.equal(leads.may(report, 'The mayor, unsaid.'), false);
  });

  it('answers alike with one, two and three numbers of pattern bits', () => {
    const patterns = Object.values(cues);
    const sample = texts();
    const single = new LeadWords();
    for (const pattern of patterns) single.add(pattern);
    const expected = answers(single, patterns.length, sample);
    // The same patterns placed among others, so that their bits fall in a second and a third number.
    for (const before of [32, 64]) {
      const wide = new LeadWords();
      for (let index = 0; index < before; index++) wide.add(/\bpadding\b/);
      for (const pattern of patterns) wide.add(pattern);
      const found: boolean[] = [];
      for (const text of sample) for (let index = 0; index < patterns.length; index++) found.push(wide.may(before + index, text));
      assert.deepEqual(found, expected, `${before} patterns before`);
    }
  });
});
