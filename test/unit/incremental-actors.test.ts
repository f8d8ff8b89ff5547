/**
 * The actors layer reuses its previous result, moved past the edit, when nothing it reads
 * changed (plugins/actors.ts `moved`). Each edit here keeps every entity but changes one thing
 * the layer reads besides them, so the reuse must be refused; the result must stay `analyze`'s.
 */
import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {sameAsAnalyze, typing} from '../support/same-as-analyze.js';

const roleOf = (text: string, name: string) => analyze(text).actors.find((actor) => actor.name === name)?.roles ?? [];

describe('incremental analysis: the actors layer’s reused result', () => {
  it('an apposition after a name edited (the text after an entity)', () => {
    const text = 'Maria Lopez, the finance minister, arrived on Monday.\n\nThe minister said talks would resume.';
    const edited = text.replace('minister, arrived', 'minister arrived');
    assert.notDeepEqual(roleOf(text, 'Maria Lopez'), roleOf(edited, 'Maria Lopez'));
    sameAsAnalyze([text, edited, text, ...typing(text, text.indexOf(' minister,'), ' of state')]);
  });

  it('an apposition before a name edited (the text before an entity)', () => {
    const text = 'Talks went on.\n\nThe finance minister, Maria Lopez, arrived on Monday.\n\nThe minister said talks would resume.';
    const edited = text.replace('The finance minister,', 'The finance minister');
    assert.notDeepEqual(roleOf(text, 'Maria Lopez'), roleOf(edited, 'Maria Lopez'));
    sameAsAnalyze([text, edited, text, ...typing(text, text.indexOf(' minister,'), ' of state'), ...typing(text, text.indexOf('Maria'), 'x')]);
  });

  it('a verb after a place edited (a place acting as its government)', () => {
    const text = 'Officials met in Lima. Washington said the deal was off.\n\nThe World Health Organization agreed.';
    sameAsAnalyze([text, ...typing(text, text.indexOf('said the deal'), 'x')]);
  });

  it('an acronym pushed out of reach of the name it abbreviates', () => {
    const text = 'Doctors Without Borders (MSF) opened a clinic.\n\nMSF said it would stay.';
    const actors = (version: string) => analyze(version).actors.length;
    assert.notEqual(actors(text), actors(text.replace('Borders', 'Borders         ')));
    sameAsAnalyze(typing(text, text.indexOf(' (MSF)'), '         '));
  });

  it('an organisation phrase whose reach crosses the edit', () => {
    const opening = 'The International Organization for Migration published figures.';
    const filler = 'it rained all day and nobody came out to watch it. ';
    const closing = 'The agency said the numbers doubled.';
    const named = analyze(opening).entities[0]!;
    // The phrase exactly as far from the organisation's name as the layer reaches (800), then one more.
    const gap = 800 - (opening.length - named.end) - 1;
    const text = `${opening} ${filler.repeat(Math.ceil(gap / filler.length)).slice(0, gap - 1)} ${closing}`;
    const farther = text.replace('watch it', 'watch itx');
    const resolved = (version: string) => analyze(version).actors.some((actor) => actor.mentions.some((mention) => mention.text === 'The agency'));
    assert.notEqual(resolved(text), resolved(farther));
    sameAsAnalyze([text, farther, text, text.replace('watch it', 'watch t'), text]);
  });

  it('words added before the subject of the sentence before a pronoun', () => {
    // "He" is the subject of the sentence before, among two men: the first named, while among its first words.
    const text = 'On Monday Carlos Ruiz met Marco Rubio in the city.\n\nHe said the talks went well.';
    sameAsAnalyze([text, ...typing(text, text.indexOf(' Carlos'), ' as it rained hard in the old town,'), text]);
  });

  it('a pronoun and a role phrase typed and deleted', () => {
    const text = 'Marco Rubio, the secretary, met Ana Ruiz on Monday.\n\nTalks went well, officials said.';
    sameAsAnalyze([text, text.replace('officials', 'she'), text, text.replace('Talks', 'She'), text, ...typing(text, text.indexOf('officials'), 'the secretary and ')]);
  });
});
