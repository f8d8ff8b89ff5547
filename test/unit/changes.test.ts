/**
 * The dirty ranges between two versions (text/changes.ts): a layer reuses a result only where
 * they say nothing changed, so they must cover every difference.
 */
import assert from 'node:assert/strict';
import {Changes, textChange} from '../../src/core/text/changes.js';
import type {ParagraphSpan} from '../../src/core/text/sentences.js';

/** Paragraphs of a text whose lines are separated by blank lines. */
function paragraphsOf(text: string): ParagraphSpan[] {
  const found: ParagraphSpan[] = [];
  for (const match of text.matchAll(/[^\n]+/g)) found.push({start: match.index, end: match.index + match[0].length, index: found.length, sentences: []});
  return found;
}

describe('changes between versions', () => {
  const before = 'First paragraph here.\n\nSecond one, edited.\n\nThird stays.';

  it('widens an edit to its whole paragraph and maps offsets around it', () => {
    const after = before.replace('edited', 'edited again');
    const changes = Changes.between(before, after, paragraphsOf(after));
    const second = after.indexOf('Second');
    const third = after.indexOf('Third');
    assert.equal(changes.clean(0, second - 3), true);
    assert.equal(changes.clean(second, second + 2), false);
    assert.equal(changes.clean(third - 2, after.length), false, 'the paragraph end touches the range');
    assert.equal(changes.clean(third, after.length), true);
    assert.equal(changes.toOld(third), before.indexOf('Third'));
    assert.equal(changes.toOld(3), 3);
  });

  it('makes dirty the items that changed, moved or disappeared, not those that moved with the text', () => {
    const after = 'New. ' + before;
    const changes = Changes.between(before, after, paragraphsOf(after));
    const shift = 5;
    const old = [{start: 23, end: 29, kind: 'name'}, {start: 44, end: 49, kind: 'name'}, {start: 50, end: 55, kind: 'role'}];
    const now = [{start: 23 + shift, end: 29 + shift, kind: 'name'}, {start: 44 + shift, end: 49 + shift, kind: 'pronoun'}];
    changes.compare(old, now, (a, b) => a.kind === b.kind);
    assert.equal(changes.clean(23 + shift, 29 + shift), true);
    assert.equal(changes.clean(44 + shift, 44 + shift), false, 'kind changed');
    assert.equal(changes.clean(52 + shift, 53 + shift), false, 'item gone');
  });

  it('an unchanged text is clean everywhere', () => {
    const changes = Changes.between(before, before, paragraphsOf(before));
    assert.equal(changes.clean(0, before.length), true);
    assert.deepEqual(changes.extent(before.length), {first: Infinity, last: -1});
  });

  it('gives the first and last dirty offsets that `clean` implies', () => {
    const after = 'New. ' + before.replace('Third', 'Thirds');
    const changes = Changes.between(before, after, paragraphsOf(after));
    changes.add(40, 41);
    for (const length of [0, 10, 30, after.length]) {
      let first = Infinity;
      let last = -1;
      for (let at = 0; at <= length; at++) {
        if (first === Infinity && !changes.clean(0, at)) first = at;
        if (!changes.clean(at, length)) last = at;
      }
      assert.deepEqual(changes.extent(length), {first, last}, `length ${length}`);
    }
  });

  it('finds the shared start and end of two versions as a character-by-character comparison does', () => {
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
    const words = ['Rubio ', 'said ', 'the ', 'aaaa', '\n', 'é ', 'x'];
    let long = '';
    while (long.length < 40000) long += words[Math.floor(next() * words.length)];
    for (const base of [long, 'a'.repeat(9000), 'abc', '']) {
      for (let round = 0; round < 60; round++) {
        const at = Math.floor(next() * (base.length + 1));
        const removed = Math.floor(next() * next() * 5000);
        const edited = base.slice(0, at) + 'a'.repeat(Math.floor(next() * 3)) + base.slice(at + removed);
        for (const [before, text] of [[base, edited], [edited, base]] as const) {
          const shorter = Math.min(before.length, text.length);
          let prefix = 0;
          while (prefix < shorter && before[prefix] === text[prefix]) prefix++;
          let suffix = 0;
          while (suffix < shorter - prefix && before[before.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
          assert.deepEqual(textChange(before, text), {prefix, suffixStart: text.length - suffix, delta: text.length - before.length}, `${before.length} ${text.length} at ${at}`);
        }
      }
    }
  });
});
