/**
 * The layout's tagger read by range (RangeTagger) gives what tagAndShare gives the same words:
 * the same tags, including the two look-back rules, and texts equal to the words, however many
 * distinct words the memo has grown by.
 */
import assert from 'node:assert/strict';
import {RangeTagger, tagAndShare, tagWords} from '../../src/core/parse/tagger.js';

/** The words of `sentence` (split at single spaces) read in place from `document` at `offset`. */
function readInPlace(document: string, offset: number, sentence: string): {texts: string[]; tags: Array<string | undefined>} {
  const tagger = new RangeTagger();
  tagger.start();
  const texts: string[] = [];
  const tags: Array<string | undefined> = [];
  let start = offset;
  for (const word of sentence.split(' ')) {
    tagger.next(document, start, start + word.length);
    texts.push(tagger.shared);
    tags.push(tagger.tag);
    start += word.length + 1;
  }
  return {texts, tags};
}

describe('the layout’s tagger read by range', () => {
  it('tags as tagWords does, after a determiner and after "would" too', () => {
    const sentences = ['The minister said the record would record the minister’s record', 'They would run the run and would not Would', 'the DT the VBD would would'];
    for (const sentence of sentences) {
      const document = `«${sentence}» and more`;
      const {texts, tags} = readInPlace(document, 1, sentence);
      assert.deepEqual(texts, sentence.split(' '));
      assert.deepEqual(tags, tagWords(sentence.split(' ')));
    }
  });

  it('starts each sentence afresh', () => {
    const tagger = new RangeTagger();
    const document = 'the run';
    tagger.start();
    tagger.next(document, 0, 3);
    tagger.next(document, 4, 7);
    const afterDeterminer = tagger.tag;
    tagger.start();
    tagger.next(document, 4, 7);
    assert.equal(afterDeterminer, tagWords(['the', 'run'])[1]);
    assert.equal(tagger.tag, tagWords(['run'])[0]);
  });

  it('finds every word again once the memo has grown past many distinct words', () => {
    const words = Array.from({length: 20_000}, (_, index) => `w${index.toString(36)}x`);
    const document = words.join(' ');
    const {texts, tags} = readInPlace(document, 0, document);
    assert.deepEqual(texts, words);
    assert.deepEqual(tags, tagWords(words));
    // tagAndShare meets the same memo: the same answers for the same words.
    const copies = words.map((word) => ` ${word}`.slice(1));
    assert.deepEqual(tagAndShare(copies), tags);
    assert.deepEqual(readInPlace(document, 0, document).texts, words);
  });
});
