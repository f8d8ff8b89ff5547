/**
 * The actors layer's name pass near an edit (plugins/actors-near-edit.ts): only the components
 * of entities an edit reaches are passed again, the others keep the previous version's actors,
 * and ids are numbered again in creation order. Each edit here changes a name whose effect
 * reaches entities elsewhere in the text through one of the keys of `resolutionKeys` (a given
 * name before a full name, a surname, an acronym, an organisation's head word or first word, a
 * place acting as its government); people named around them in other components are reused.
 * Every version must equal a fresh `analyze`.
 */
import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {sameAsAnalyze, typing} from '../support/same-as-analyze.js';

/** Unrelated people before and after, so that most of the pass is reused. */
const around = (middle: string) => `Marco Rubio met Ana Torres on Monday.\n\n${middle}\n\nRubio said Torres agreed. Later Gloria Mendez arrived, and Mendez spoke.`;

const actorOf = (text: string, mention: string, from = 0) => {
  const at = text.indexOf(mention, from);
  return analyze(text).actors.find((actor) => actor.mentions.some((item) => item.start === at))?.name;
};

describe('incremental analysis: the actors layer’s name pass near an edit', () => {
  it('a given name before the full name it stands for, the full name edited', () => {
    const text = around('Heidi spoke first. Then Heidi Cruz said the plan would work.');
    const edited = text.replace('Heidi Cruz', 'Heidix Cruz');
    assert.equal(actorOf(text, 'Heidi spoke'), 'Heidi Cruz');
    assert.notEqual(actorOf(edited, 'Heidi spoke'), 'Heidi Cruz');
    sameAsAnalyze([text, edited, text, ...typing(text, text.indexOf(' Cruz'), 'x'), ...typing(text, text.indexOf('Heidi spoke') + 5, 'y')]);
  });

  it('a surname named before and after the full name, one of them edited', () => {
    const text = around('Bukele arrived. Nayib Bukele said the talks went well. Bukele left.');
    sameAsAnalyze([text, ...typing(text, text.indexOf('Nayib Bukele') + 12, 'z'), ...typing(text, text.indexOf('Bukele left') + 6, 'z'), text.replace('Nayib Bukele', 'Nayib Rubio'), text]);
  });

  it('an acronym after an organisation’s name edited', () => {
    const text = around('Doctors Without Borders (MSF) opened a clinic. MSF said it would stay.');
    const edited = text.replace('(MSF)', '(MSX)');
    assert.notEqual(analyze(text).actors.length, analyze(edited).actors.length);
    sameAsAnalyze([text, edited, text, ...typing(text, text.indexOf('MSF)') + 1, 'q')]);
    // The acronym pushed out of reach: the name it follows changes what it reads, not its text.
    sameAsAnalyze(typing(text, text.indexOf(' (MSF)'), '         '));
  });

  it('an organisation’s head word and first word', () => {
    const text = around('The European Commission proposed a cap. The Commission said Hofstra and Hofstra University agreed.');
    sameAsAnalyze([text, ...typing(text, text.indexOf(' Commission proposed'), 'x'), ...typing(text, text.indexOf(' University'), 's'), text]);
  });

  it('the organisation named last under a head word, its head edited', () => {
    const text = around('The European Commission proposed a cap. The Trade Commission objected. The Commission said no.');
    const edited = text.replace('Trade Commission', 'Trade Commissionx');
    assert.notEqual(actorOf(text, 'Commission said'), actorOf(edited, 'Commission said'));
    sameAsAnalyze([text, edited, text, ...typing(text, text.indexOf(' objected'), 'er')]);
  });

  it('a given name joined to its full name, a namesake of the full name edited', () => {
    // "Heidi" is joined to "Heidi Cruz" by the given name alone; the edit reaches "Heidi Cruz" through "Cruz".
    const text = around('Heidi spoke first. Then Heidi Cruz said the plan would work, and Ted Cruz agreed.');
    sameAsAnalyze([text, ...typing(text, text.indexOf(' agreed'), 'x'), ...typing(text, text.indexOf('Ted'), 'Fred '), text]);
  });

  it('a place acting as its government, and a name typed and deleted letter by letter', () => {
    const text = around('Washington said the deal was off. Peru rejected it, and Lima said talks were over.');
    sameAsAnalyze([text, ...typing(text, text.indexOf(' said the deal'), ' today'), ...typing(text, text.indexOf('Peru'), 'Pedro Castillo of ')]);
  });

  it('a new person made by an edit numbers the actors after it again', () => {
    const text = around('The Peruvian minister spoke. Ana Torres nodded.');
    const edited = text.replace('The Peruvian', 'Thex Peruvian');
    assert.notDeepEqual(
      analyze(text).actors.map((actor) => actor.id),
      analyze(edited).actors.map((actor) => actor.id),
    );
    sameAsAnalyze([text, edited, text, edited]);
  });
});
