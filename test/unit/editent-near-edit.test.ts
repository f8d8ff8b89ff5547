/**
 * near-edit.ts hands on a pass's names after the edit without looking each up: a name the pass
 * handed on from one of its inputs as it was is that input's name now, found by walking the
 * previous input alongside (`InputWalk`); a name the pass made is moved once (`move`); a list
 * said to end with the previous version's names moved (`movedAfter`) is not compared again.
 */
import assert from 'node:assert/strict';
import type {EntityMention} from '../../src/core/data-map.js';
import type {SentenceSpan} from '../../src/core/text/sentences.js';
import {NearEdit, sameMention, type PassesState} from '../../src/core/ner/near-edit.js';

/** Sentences of a text whose sentences each end with ". " (offsets only: all near-edit.ts reads). */
function sentencesOf(text: string): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  for (const match of text.matchAll(/[^.]+\.\s*/gu)) sentences.push({start: match.index, end: match.index + match[0].trimEnd().length, paragraph: 0, index: sentences.length, words: []});
  return sentences;
}

/** The capitalised words of a text as people, in order; fresh objects every call. */
function namesOf(text: string, sentences: readonly SentenceSpan[]): EntityMention[] {
  return [...text.matchAll(/[A-Z][a-z]+/gu)].map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0], type: 'person', role: null, sentence: sentences.findIndex((sentence) => sentence.end > match.index), actor: null}));
}

/** A pass that hands its names on, but makes "Zed" a place (a name of its own making). */
const retype = ([names]: readonly [readonly EntityMention[]]): EntityMention[] => names.map((item) => (item.text === 'Zed' ? {...item, type: 'place'} : item));

/** One version's pass; `read` gets the names each run of the pass is given. */
function version(before: PassesState | undefined, text: string, input?: (near: NearEdit, sentences: SentenceSpan[]) => EntityMention[], read?: EntityMention[]) {
  const sentences = sentencesOf(text);
  const near = new NearEdit(before, text, sentences);
  const names = input ? input(near, sentences) : namesOf(text, sentences);
  const output = near.pass('retype', [names] as const, [sameMention], () => null, () => true, (inputs) => {
    read?.push(...inputs[0]);
    return retype(inputs);
  });
  return {near, names, output, state: near.state()};
}

// Forty sentences (well past the 200 characters a pass may read around an edit), "Zed" last.
const sentence = (at: number) => `Ann met Bob at the mill by the river, ${'abcdefghijklmnopqrstuvwxyzabcdefghijklmn'[at]}. `;
const text = `${Array.from({length: 40}, (_, at) => sentence(at)).join('')}Zed ran.`;

describe('editent: names handed on after an edit', () => {
  it('a name handed on from the input is the input’s name now, the same object; one the pass made is a moved copy', () => {
    const first = version(undefined, text);
    assert.notEqual(first.output.at(-1), first.names.at(-1), 'the last name is the pass’s own');
    const edited = `Ax${text.slice(1)}`;
    const second = version(first.state, edited);
    assert.deepEqual(second.output, retype([namesOf(edited, sentencesOf(edited))]));
    // Far from the edit, the names the pass handed on are the input's objects, not copies.
    const far = second.output.filter((item) => item.start > 600 && item.text !== 'Zed');
    assert.ok(far.length > 20);
    for (const item of far) assert.ok(second.names.includes(item), `${item.text} at ${item.start} is the input's`);
    assert.ok(!second.names.includes(second.output.at(-1)!));
  });

  it('after a deletion before them too, and again after a second edit (the names handed on the first time are met again)', () => {
    const first = version(undefined, text);
    let edited = `A${text.slice(2)}`;
    const second = version(first.state, edited);
    assert.deepEqual(second.output, retype([namesOf(edited, sentencesOf(edited))]));
    edited = `${edited.slice(0, 30)}Zed ${edited.slice(30)}`;
    const third = version(second.state, edited);
    assert.deepEqual(third.output, retype([namesOf(edited, sentencesOf(edited))]));
    const far = third.output.filter((item) => item.start > 600 && item.text !== 'Zed');
    for (const item of far) assert.ok(third.names.includes(item));
  });

  it('a list said to end with the previous names moved is read without comparing them', () => {
    const first = version(undefined, text);
    const edited = `Ax${text.slice(1)}`;
    // A far name changed type: compared, it is read again; claimed as the previous one moved, it is not.
    const changed = (sentences: SentenceSpan[]) => namesOf(edited, sentences).map((item, index) => (index === 60 ? {...item, type: 'organization' as const} : item));
    const compared: EntityMention[] = [];
    version(first.state, edited, (_near, sentences) => changed(sentences), compared);
    assert.ok(compared.some((item) => item.type === 'organization'));
    const claimed: EntityMention[] = [];
    version(first.state, edited, (near, sentences) => {
      const names = changed(sentences);
      near.movedAfter(names, first.names, 300);
      return names;
    }, claimed);
    assert.ok(claimed.length > 0 && claimed.every((item) => item.start < 600));
  });
});
