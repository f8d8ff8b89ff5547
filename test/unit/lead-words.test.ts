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

/** Whether `may` lets every match through, for each pattern and text; how many it skipped. */
function skipsNoMatch(patterns: readonly RegExp[], texts: readonly string[]): number {
  const leads = new LeadWords();
  for (const pattern of patterns) leads.add(pattern);
  let skipped = 0;
  for (const text of texts) {
    patterns.forEach((pattern, index) => {
      pattern.lastIndex = 0;
      const matches = pattern.test(text);
      const may = leads.may(index, text);
      if (matches) assert.ok(may, `${pattern.source.slice(0, 60)} matches but was skipped: ${JSON.stringify(text)}`);
      if (!may) skipped++;
    });
  }
  return skipped;
}

describe('lead words: the prefilter of word patterns', () => {
  it('reads the words a match starts with, whole where the pattern ends them', () => {
    assert.deepEqual(leadNames(/\b(?:foo|bar)s?\b/i), ['foo', 'foos', 'bar', 'bars']);
    assert.deepEqual(leadNames(/\bincreas(?:e|ing)|\bfuel\w*/i), ['increase…', 'increasing…', 'fuel…']);
    // Over white space to the next word (two words at most).
    assert.deepEqual(leadNames(/(?<!\w)the (?:red|blue)\s+car(?!\w)/iu), ['the red …', 'the blue …']);
    assert.deepEqual(leadNames(/\bin (?:the|a)\b/i), ['in the', 'in a']);
    // A class of word characters spelt out at a word's start only.
    assert.deepEqual(leadNames(/\b\d\d%/), ['0…', '1…', '2…', '3…', '4…', '5…', '6…', '7…', '8…', '9…']);
    assert.deepEqual(leadNames(/%|[$£]\s?\d/), ['char %', 'char $', 'char £']);
  });

  it('leaves a pattern it cannot read always run', () => {
    assert.equal(patternLeads(/\b\p{Lu}\p{L}+ said\b/u), 'any');
    assert.equal(patternLeads(/per ?cent/i), 'any', 'a word not preceded by a boundary may start inside a word');
    assert.equal(patternLeads(/\b(?:a|)/), 'any', 'an empty match');
    assert.equal(patternLeads(/\b\x41/), 'any');
    assert.equal(patternLeads(/\u{1F600}!/u), 'any', 'a character beyond UTF-16 unit');
    const leads = new LeadWords();
    leads.add(/\b\p{Lu}\p{L}+ said\b/u);
    assert.ok(leads.may(0, ''));
  });

  it('skips patterns whose words the text lacks', () => {
    const leads = new LeadWords();
    const policy = leads.add(cues.policy);
    const appeal = leads.add(cues.appeal);
    assert.equal(leads.may(policy, 'The harbour was quiet that morning.'), false);
    assert.equal(leads.may(policy, 'Taxes rose.'), true);
    assert.equal(leads.may(appeal, 'the people of the town'), false);
    assert.equal(leads.may(appeal, 'The \u00a0American\n people know it'), true, 'any run of white space between the words');
  });

  it('reads as white space what \\s matches', () => {
    const leads = new LeadWords();
    const pair = leads.add(/\bthe\s+sun\b/i);
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      assert.equal(leads.may(pair, `the${char}sun`), /\s/.test(char), `U+${code.toString(16)}`);
    }
  });

  it('never skips a match of the claims cues or of the number pattern', () => {
    const texts = cueTexts();
    const skipped = skipsNoMatch(cuePatterns, texts);
    assert.ok(skipped > texts.length * 10, `the prefilter skips most patterns (${skipped})`);
  });

  it('reads a text alike for more than 32 patterns (masks of several numbers)', () => {
    // The engine's patterns fit one number's bits, read by its own loop; past 32 the general one reads.
    const texts = cueTexts();
    assert.ok(cuePatterns.length <= 32);
    assert.equal(skipsNoMatch([...cuePatterns, ...cuePatterns], texts), 2 * skipsNoMatch(cuePatterns, texts));
  });
});

const cuePatterns: readonly RegExp[] = [...Object.values(cues), /\b(?:1[89]|20)\d\d\b|\b\d[\d,]*(?:\.\d+)?|[$€£¥]\s?\d|\b(?:one|two|half)(?:-(?:one|two|third))?\b/gi];

/** Sentences of a generated article, varied (capitals, other white space, cut), and hard cases. */
function cueTexts(): string[] {
  const texts: string[] = [];
  const sentences = generateArticle(resolve(examplesDir), 40_000, 3).split(/(?<=[.!?])\s+|\n+/);
  let state = 11;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
  for (const sentence of sentences) {
    const a = Math.floor(next() * sentence.length);
    const b = Math.floor(next() * sentence.length);
    texts.push(sentence, sentence.toUpperCase(), sentence.replace(/ /g, '\u00a0'), sentence.replace(/ /g, ' \n '), sentence.slice(Math.min(a, b), Math.max(a, b)), sentence.slice(a));
  }
  texts.push(
    'He said he has never voted for it.',
    'I think we should, you know, act.',
    'The worst drought since 1930 hit the state; it was the first in our history.',
    'We will cut $5 billion; the rate fell by more than a third in the last decade.',
    'If we cut taxes, unemployment would balloon.',
    // U+017F and U+212A fold to s and k under the flags `iu`.
    'the larger numbers were the highe\u017Ft since 2001',
    'the \u212Aenyan people',
  );
  return texts;
}
