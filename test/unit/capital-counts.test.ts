/**
 * The capitalised words' counts kept in step with the lines (ner/common-capitals.ts
 * `CapitalCounts`) must give `commonCapitals` the answer it finds by reading every sentence,
 * after every edit: a line changed, added, dropped, moved or repeated, with sentences the
 * counter cannot place now and then.
 */
import assert from 'node:assert/strict';
import {CapitalCounts, commonCapitals} from '../../src/core/ner/common-capitals.js';
import type {EntityMention} from '../../src/core/data-map.js';
import type {Layout, SentenceSpan} from '../../src/core/text/sentences.js';
import {random} from '../support/corpus.js';
import {lineSentence, placed} from '../support/line-sentences.js';


// Determiners, titles, speech, storms' words and epithets around capitalised words that may be people.
const vocabulary = ['the', 'a', '100', 'President', 'Hurricane', 'said', 'sapiens', 'Polaroid', 'Polaroids', 'Bush', 'Discovery', 'Pride', 'Atlantis', 'Homo', 'Rice', 'Rice’s', 'walked', 'Ana'];
const people = ['Polaroid', 'Bush', 'Discovery', 'Pride', 'Atlantis', 'Homo', 'Rice', 'George Bush', 'Warhol Polaroids', 'Ana Rice'];

function randomLine(next: () => number): SentenceSpan {
  const length = 2 + Math.floor(next() * 7);
  return lineSentence(Array.from({length}, () => vocabulary[Math.floor(next() * vocabulary.length)]!).join(' '));
}

describe('common capitals: the article’s counts kept in step', () => {
  it('give commonCapitals the answer it finds reading every sentence, after every edit', () => {
    const next = random(5);
    let lines = Array.from({length: 25}, () => randomLine(next));
    const counter = new CapitalCounts();
    let differed = 0;
    for (let version = 0; version < 300; version++) {
      if (version > 0) {
        const at = Math.floor(next() * lines.length);
        const kind = next();
        lines = lines.slice();
        if (kind < 0.4) lines[at] = randomLine(next);
        else if (kind < 0.6) lines.splice(at, 0, randomLine(next));
        else if (kind < 0.75 && lines.length > 2) lines.splice(at, 1);
        else if (kind < 0.9) lines.push(lines[at]!);
        else lines = lines.slice(1).concat(lines.slice(0, 1));
      }
      let offset = 0;
      const sentences = lines.map((origin, index) => {
        const sentence = placed(origin, offset, index);
        offset += origin.end + 1;
        return sentence;
      });
      const unplaced = next() < 0.05 ? 0 : -1;
      const counts = counter.update(sentences, lines.map((line, index) => (index === unplaced ? undefined : line)));
      const mentions: EntityMention[] = people.filter(() => next() < 0.5).map((text, index) => ({start: index * 10, end: index * 10 + text.length, text, type: 'person', role: null, sentence: 0, actor: null}));
      const layout: Layout = {text: '', paragraphs: [], sentences};
      const fresh = commonCapitals(mentions, layout);
      const kept = commonCapitals(mentions, layout, counts);
      assert.deepEqual(kept && [...kept].sort(), fresh && [...fresh].sort(), `version ${version}`);
      if (fresh && fresh.size > 0) differed++;
    }
    // The answers were not all empty: the counts were put to the test.
    assert.ok(differed > 100, `${differed}`);
  });
});
