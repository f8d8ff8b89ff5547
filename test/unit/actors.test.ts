import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {actorNamed, assertSpansIndexText} from '../support/spans.js';

function mentionsOf(text: string, name: string): string[] {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  const actor = actorNamed(result, name);
  assert.ok(actor, `no actor named ${name}; actors: ${result.actors.map((item) => item.name).join(', ')}`);
  return actor.mentions.map((mention) => mention.text);
}

describe('actors layer', () => {
  it('groups full name, surname and a role phrase of one person', () => {
    const text = "Rubio met El Salvador's President Nayib Bukele.\nThe Salvadoran president has jailed thousands. Bukele's allies cheered.";
    assert.deepEqual(mentionsOf(text, 'Nayib Bukele'), ['Nayib Bukele', 'The Salvadoran president', 'Bukele']);
  });

  it('resolves pronouns to the subject of the sentence before', () => {
    const text = 'Secretary of State Marco Rubio visited Panama. He praised the program and said his team would return.';
    assert.deepEqual(mentionsOf(text, 'Marco Rubio'), ['Marco Rubio', 'He', 'his']);
  });

  it('keeps two people who share a surname apart', () => {
    const text = 'Hillary Clinton spoke in Ohio. Chelsea Clinton spoke in Iowa.';
    const result = analyze(text);
    assert.deepEqual(result.actors.filter((actor) => actor.type === 'person').map((actor) => actor.name), ['Hillary Clinton', 'Chelsea Clinton']);
  });

  it('links an acronym to the organisation it abbreviates', () => {
    const text = 'The National Fisheries Society (SNP) objected. The SNP estimated losses.';
    const result = analyze(text);
    const organizations = result.actors.filter((actor) => actor.type === 'organization');
    assert.equal(organizations.length, 1, organizations.map((actor) => actor.name).join(', '));
    assert.deepEqual(organizations[0]!.mentions.map((mention) => mention.text), ['National Fisheries Society', 'SNP', 'SNP']);
  });

  it('makes a capital that acts into its government, still a place entity', () => {
    const text = 'Washington attributes the drop to the new policies.';
    const result = analyze(text);
    assert.equal(result.entities[0]?.type, 'place');
    const actor = result.actors.find((item) => item.id === result.entities[0]?.actor);
    assert.equal(actor?.name, 'U.S. government');
  });

  it('collects appositions as roles', () => {
    const text = 'Bukele, the Salvadoran president, said the plan worked.';
    const result = analyze(text);
    assert.deepEqual(result.actors.find((actor) => actor.type === 'person')?.roles, ['Salvadoran president']);
  });
});
