import assert from 'node:assert/strict';
import type {EntityMention} from '../../src/core/data-map.js';
import {finalNearEdit} from '../../src/core/ner/final-near-edit.js';
import {analyze, createAnalyzer} from '../../src/core/index.js';

/** The names of `text` written in capitals, as people. */
function namesOf(text: string): EntityMention[] {
  return [...text.matchAll(/[A-Z][a-z]+(?: [A-Z][a-z]+)*/gu)].map((match) => ({start: match.index, end: match.index + match[0].length, text: match[0], type: 'person', role: null, sentence: 0, actor: null}));
}

const reach = {before: 10, after: 10};
/** A step that drops "Drop", cuts "Mr " off and asks about the text after a name; counts its calls. */
function counting(text: string): {step: (item: EntityMention) => EntityMention | null; calls: string[]} {
  const calls: string[] = [];
  const step = (item: EntityMention): EntityMention | null => {
    calls.push(item.text);
    if (item.text === 'Drop') return null;
    if (item.text.startsWith('Mr ')) return {...item, start: item.start + 3, text: item.text.slice(3)};
    return text.slice(item.end, item.end + 5).includes('!') ? {...item, type: 'place'} : item;
  };
  return {step, calls};
}

const show = (items: readonly EntityMention[]) => items.map((item) => `${item.start}-${item.end}:${item.text}:${item.type}`).join(' ');

describe('the entity layer\'s last step near an edit', () => {
  const first = 'Anna met Mr Bo Lee and Drop there, then Carl went home to Dora! And Ed came, with Fay Gold, to see Mr Hal at noon.';

  it('works out again only the names within reach of the edit, and gives what a fresh run gives', () => {
    const once = counting(first);
    const before = finalNearEdit(undefined, namesOf(first), first, reach, once.step);
    assert.equal(once.calls.length, namesOf(first).length);
    for (const edited of [first.replace('then', 'and then'), first.replace('home', 'hom'), first.replace('to Dora!', 'to Dora.'), first.replace('Ed', 'Ned'), first.replace('see', 'sea')]) {
      const again = counting(edited);
      const near = finalNearEdit(before.state, namesOf(edited), edited, reach, again.step);
      const fresh = finalNearEdit(undefined, namesOf(edited), edited, reach, counting(edited).step);
      assert.equal(show(near.mentions), show(fresh.mentions), edited);
      assert.ok(again.calls.length < namesOf(edited).length, `${again.calls.length} calls for ${edited}`);
    }
  });

  it('hands out new objects every time (the actors layer writes into them)', () => {
    const mentions = namesOf(first);
    const before = finalNearEdit(undefined, mentions, first, reach, counting(first).step);
    const after = finalNearEdit(before.state, mentions, first, reach, counting(first).step);
    assert.equal(show(after.mentions), show(before.mentions));
    for (const item of after.mentions) assert.ok(!before.mentions.includes(item) && !mentions.includes(item));
  });

  it('leaves the incremental analyser\'s entities as analyze finds them', () => {
    const text = 'The Home Secretary, Yvette Cooper, said so. Image: Nick Moreau. The Clean Air Act passed.\n\nMarco Rubio met Nayib Bukele in San Salvador. Rubio said the @POTUS was there.';
    const analyzer = createAnalyzer();
    analyzer.analyze(text, {ignore: ['Nayib Bukele']});
    for (const edited of [text.replace('Salvador', 'Salvadorr'), text.replace('said so', 'said'), text.replace('Yvette', 'Yvete')]) {
      assert.deepEqual(analyzer.analyze(edited, {ignore: ['Nayib Bukele']}).entities, analyze(edited, {ignore: ['Nayib Bukele']}).entities);
    }
    // Another list of names to ignore: nothing kept is reused.
    assert.deepEqual(analyzer.analyze(text).entities, analyze(text).entities);
  });
});
