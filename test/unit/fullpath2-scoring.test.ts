import assert from 'node:assert/strict';
import {shippedModel} from '../../src/core/ner/model.js';
import {holdsCapital, wordEntries, wordsNearCapitals} from '../../src/core/ner/scoring.js';
import {compile} from '../../src/core/ner/weights.js';
import type {Word} from '../../src/core/text/sentences.js';

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/\S+/gu)].map((match, index) => ({text: match[0], start: match.index, end: match.index + match[0].length, pos: 'NN', index, before: ' '}));
}

describe('name tagger: the words worth looking up', () => {
  it('finds a capital letter as /\\p{Lu}/u does', () => {
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [char, `ab${char}`, `${char}Z`, `é${char}`, `x${char}y`]) assert.equal(holdsCapital(text), /\p{Lu}/u.test(text), JSON.stringify(text));
    }
    assert.equal(holdsCapital('a\u{1D400}'), true, 'a capital beyond UTF-16 unit');
    assert.equal(holdsCapital(''), false);
  });

  it('looks up the words within two of a capital only, the same entries as all', () => {
    const layer = compile(shippedModel!).outer;
    const words = wordsOf('the harbour was quiet that morning when Elena met the fishermen of the northern coast again today');
    const needed = wordsNearCapitals(words)!;
    assert.deepEqual([...needed].map((flag, index) => (flag ? words[index]!.text : '')).filter(Boolean), ['morning', 'when', 'Elena', 'met', 'the']);
    const all = wordEntries(layer, words);
    const some = wordEntries(layer, words, needed);
    words.forEach((word, index) => {
      const near = needed.slice(Math.max(0, index - 2), index + 3).some(Boolean);
      assert.equal(some[index], near ? all[index] : undefined, word.text);
    });
    assert.equal(wordsNearCapitals(wordsOf('no capitals here at all')), null);
  });
});
