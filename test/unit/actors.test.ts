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

  it('tells namesakes apart by the title and the given name the text states', () => {
    const text = 'Hillary Clinton met Bill Clinton in Chicago. Mrs. Clinton said she was pleased.\r\nBill Clinton said he agreed.';
    assert.deepEqual(mentionsOf(text, 'Hillary Clinton'), ['Hillary Clinton', 'Clinton', 'she']);
    assert.deepEqual(mentionsOf(text, 'Bill Clinton'), ['Bill Clinton', 'Bill Clinton', 'he']);
  });

  it('gives "she" to the woman the apposition names, not to the man before her', () => {
    const text = 'Marco Rubio met Dana Quispe, the ministry spokeswoman, on Monday. She said the talks went well.';
    assert.deepEqual(mentionsOf(text, 'Dana Quispe'), ['Dana Quispe', 'She']);
    assert.deepEqual(mentionsOf(text, 'Marco Rubio'), ['Marco Rubio']);
  });

  it('resolves "the agency" to the organisation named just before', () => {
    const text = 'The World Health Organization (WHO) warned on Monday that cases rose 20%. The agency said hospitals were full.';
    const result = analyze(text);
    assert.deepEqual(mentionsOf(text, 'World Health Organization'), ['World Health Organization', 'WHO', 'The agency']);
    const quote = result.quotes.find((item) => item.text.includes('hospitals'));
    assert.equal(result.actors.find((actor) => actor.id === quote?.actor)?.name, 'World Health Organization');
  });

  it('prefers the organisation whose name holds the noun, and leaves a far or unnamed one alone', () => {
    const text = 'The Ministry of Health hired Acme Holdings in May. The ministry said the audit would go on.';
    assert.deepEqual(mentionsOf(text, 'Ministry of Health'), ['Ministry of Health', 'The ministry']);
    const alone = analyze('The agency said hospitals were full.');
    assert.deepEqual(alone.actors, []);
  });

  it('groups an organisation\'s head word with the organisation named last under it', () => {
    const text = 'European Commission officials met on Monday. Zelensky thanked the Commission. Deutsche Bank and the World Bank met, and the Bank said no.';
    assert.deepEqual(mentionsOf(text, 'European Commission'), ['European Commission', 'Commission']);
    assert.deepEqual(mentionsOf(text, 'World Bank'), ['World Bank', 'Bank']);
  });

  it('resolves "the ministry" to no institute: a kind organisations name themselves by must be in the name', () => {
    const text = 'Maria Schmidt works at the Kiel Institute for the World Economy. Crime fell by 12 percent last year, the ministry said.';
    assert.deepEqual(mentionsOf(text, 'Kiel Institute for the World Economy'), ['Kiel Institute for the World Economy']);
  });
});
