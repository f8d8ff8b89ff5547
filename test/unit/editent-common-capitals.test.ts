/**
 * `commonCapitals` reads each name's text through answers kept by text (a storm's last word, a
 * single's last word, a full name's surname, a lone ordinary word): the same answers, asked of
 * a few hundred texts rather than thousands of names.
 */
import assert from 'node:assert/strict';
import type {EntityMention} from '../../src/core/data-map.js';
import type {Layout} from '../../src/core/text/sentences.js';
import {commonCapitals, type CapitalCount} from '../../src/core/ner/common-capitals.js';

const name = (text: string, type: EntityMention['type'] = 'person'): EntityMention => ({start: 0, end: text.length, text, type, role: null, sentence: 0, actor: null});
const count = (all: number, determined: number): CapitalCount => ({all, determined, notName: 0, vouched: 0});
/** With the counts given, the layout is not read. */
const layout = {text: '', sentences: []} as unknown as Layout;

describe('editent: common capitals read from names kept by text', () => {
  it('a single word, or the last of a name opening with no given name, most often after a determiner is no one (and its plural)', () => {
    const found = commonCapitals([name('Polaroid'), name('Warhol Polaroids'), name('Polaroid')], layout, new Map([['Polaroid', count(3, 2)]]));
    assert.ok(found?.has('Polaroid') && found.has('Polaroids'));
    // "Warhol Polaroids" alone: its last word, and that word's singular, are counted.
    assert.ok(commonCapitals([name('Warhol Polaroids')], layout, new Map([['Polaroid', count(3, 2)]]))?.has('Polaroid'));
  });

  it('the last word of a name opening with a given name is no single', () => {
    assert.equal(commonCapitals([name('Andy Warhol')], layout, new Map([['Warhol', count(3, 2)]])), null);
  });

  it('a surname of someone named in full stays a name', () => {
    const counts = new Map([['Santorum', count(3, 2)]]);
    assert.ok(commonCapitals([name('Santorum'), name('Meyer')], layout, counts)?.has('Santorum'));
    assert.ok(!commonCapitals([name('Santorum'), name('Rick Santorum')], layout, counts)?.has('Santorum'));
  });

  it('a storm’s name, whatever its type, and a lone ordinary word no full name holds', () => {
    const found = commonCapitals([name('Meyer'), name('Cyclone Phailin', 'place'), name('Discovery'), name('Pride'), name('Pride Smith')], layout, new Map());
    assert.ok(found);
    assert.ok(found.has('Phailin'));
    assert.ok(found.has('Discovery'));
    assert.ok(!found.has('Pride') && !found.has('Meyer'));
  });
});
