/**
 * The tagger's output on a fixed corpus, pinned: decoding and scoring are rewritten for speed
 * from time to time, and with the shipped model and the rules unchanged the names they give must not change
 * at all. The digest was first recorded with the object-based beam of commit 05711e9, and
 * recorded again each time the model was retrained (the object-based code of 1dacf78 and the
 * typed-array code give the same one), and when the rules' names it reads as features changed
 * (the generated article's "Marta van Dijk", an organisation to the rules until a surname's
 * particles joined a person's names); a change here means the tagger's arithmetic or search
 * changed, not only its speed
 * (`node .bench/tagger.cjs --dump` lists the names for a diff).
 */
import assert from 'node:assert/strict';
import {createHash} from 'node:crypto';
import {shippedModel} from '../../src/core/ner/model.js';
import {tagText} from '../../src/core/ner/train.js';
import {exampleArticles, generateArticle} from '../support/corpus.js';
import {examplesDir} from '../support/paths.js';

function taggedNames(text: string): string[] {
  return tagText(shippedModel!, text).map((name) => `${name.start}-${name.end} ${name.type}${name.nested ? ' nested' : ''}`);
}

describe('name tagger: output pinned', () => {
  it('tags the examples and a generated article exactly as before', () => {
    const texts = [
      ...exampleArticles(examplesDir).map((paragraphs) => paragraphs.join('\n\n')),
      generateArticle(examplesDir, 120 * 1024, 5),
      'THE HEADLINE IN Capitals: A Title Case Line For The Tagger\n\nA reporter, said Mr. Jones of the United Nations Development Programme in New York, met Dr. Ana de la Cruz.\n',
    ];
    const names = texts.map(taggedNames);
    const digest = createHash('sha256').update(JSON.stringify(names)).digest('hex').slice(0, 16);
    assert.equal(names.flat().length, EXPECTED_COUNT);
    assert.equal(digest, EXPECTED_DIGEST);
  });
});

const EXPECTED_COUNT = 1020;
const EXPECTED_DIGEST = 'feb8c35a386a850b';
