/** The article-wide facts of the repeated-names and list passes read each name's text through answers kept by text. */
import assert from 'node:assert/strict';
import type {EntityMention} from '../../src/core/data-map.js';
import {repeatedNames} from '../../src/core/ner/repeated.js';
import {listSurnames} from '../../src/core/ner/lists.js';

const name = (text: string, type: EntityMention['type'] = 'person'): EntityMention => ({start: 0, end: text.length, text, type, role: null, sentence: 0, actor: null});

describe('editent: facts read from names kept by text', () => {
  it('repeated names: names with a capital or a surname’s particle, no lone common word', () => {
    const {typeOf} = repeatedNames([name('Scientology', 'organization'), name('von der Leyen'), name('Party', 'organization'), name('the firm', 'organization'), name('Labour Party', 'organization'), name('Scientology', 'organization')]);
    assert.deepEqual([...typeOf.keys()], ['Scientology', 'von der Leyen', 'Labour Party']);
  });

  it('list surnames: what follows the last space of people’s names of more than one word', () => {
    assert.deepEqual([...listSurnames([name('Ursula von der Leyen'), name('Smith'), name('Bank of Peru', 'organization'), name('Marco Rubio'), name('Ursula von der Leyen')])], ['Leyen', 'Rubio']);
  });
});
