/**
 * The incremental analyser places a kept line's layout further into the document by copying it
 * (text/sentences.ts `shiftParagraph`); a sentence's words are copied only when first read, and
 * `placedWords` reads them in place before that.
 */
import assert from 'node:assert/strict';
import {lineLayout} from '../../src/core/parse/fast-layout.js';
import {placedWords, shiftParagraph} from '../../src/core/text/sentences.js';

describe('placed sentences', () => {
  const line = 'Zoë Łukasz met the minister. She said “no”.';
  const kept = lineLayout(line, 0, line.length, 0, 0);

  it('are the kept layout moved: offsets, numbering and words, read in place or copied', () => {
    const placed = shiftParagraph(kept, 100, 3, 7);
    assert.equal(placed.start, 100);
    assert.equal(placed.index, 3);
    assert.deepEqual(placed.sentences.map((sentence) => [sentence.start, sentence.end, sentence.paragraph, sentence.index]), kept.sentences.map((sentence, at) => [sentence.start + 100, sentence.end + 100, 3, 7 + at]));
    const second = placed.sentences[1]!;
    // Before any layer reads the words: the kept ones, with the distance to move them.
    const inPlace = placedWords(second);
    assert.equal(inPlace.words, kept.sentences[1]!.words);
    assert.equal(inPlace.shift, 100);
    // Read once, they are copied, moved, and the same copy is read again.
    const words = second.words;
    assert.deepEqual(words.map((word) => [word.text, word.start, word.end, word.index, word.before]), kept.sentences[1]!.words.map((word) => [word.text, word.start + 100, word.end + 100, word.index, word.before]));
    assert.equal(second.words, words);
    assert.deepEqual(placedWords(second), {words, shift: 0});
    // The kept layout is left as it was.
    assert.equal(kept.sentences[1]!.words[0]!.start, line.indexOf('She'));
    assert.equal(line.slice(words[0]!.start - 100, words[0]!.end - 100), 'She');
  });

  it('a layout not placed reads its own words', () => {
    assert.deepEqual(placedWords(kept.sentences[0]!), {words: kept.sentences[0]!.words, shift: 0});
  });
});
