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

  it('takes a lawmaker\'s party and state set off after the name as a role', () => {
    const result = analyze('The bill was backed by Senator Ann Grover, Republican of Iowa, who leads the panel.');
    assert.deepEqual(actorNamed(result, 'Ann Grover')?.roles, ['Senator', 'Republican of Iowa']);
  });

  it('makes no government of a town that acts, but of a seat of government', () => {
    const result = analyze('A study by the University of California at Berkeley found gaps. The White House said it would act.');
    assert.deepEqual(result.actors.filter((actor) => actor.name.endsWith(' government')).map((actor) => actor.name), ['U.S. government']);
  });

  it('makes no government of a place that ends another name ("The Bank of England said")', () => {
    const result = analyze('The Bank of England said inflation was easing. The University of Texas said it would appeal. England said no.');
    assert.deepEqual(result.actors.map((actor) => `${actor.name} ${actor.mentions.length}`).sort(), ['Bank of England 1', 'English government 1', 'University of Texas 1']);
  });

  it("names a government by its country's demonym, one actor for the country, its capital and its seat", () => {
    const result = analyze('Beijing rejected the tariffs. The Kremlin said it would respond. Moscow denied the report. Hungary urged calm. The Pentagon said it was ready.');
    const governments = result.actors.filter((actor) => actor.type === 'organization').map((actor) => `${actor.name} ${actor.mentions.length}`);
    assert.deepEqual(governments.sort(), ['Chinese government 1', 'Hungarian government 1', 'Pentagon 1', 'Russian government 2']);
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

  it('collects an apposition that opens the sentence before a name set off by commas', () => {
    const text = 'The Salvadoran president, Nayib Bukele, said the plan worked. Panama\'s foreign minister, Javier Martínez-Acha, agreed.\nOfficials said President Ana Ruiz, who flew in, was pleased.';
    const roles = (name: string) => actorNamed(analyze(text), name)?.roles;
    assert.deepEqual(roles('Nayib Bukele'), ['Salvadoran president']);
    assert.deepEqual(roles('Javier Martínez-Acha'), ["Panama's foreign minister"]);
    // No apposition: the words before the name do not open its sentence.
    assert.deepEqual(roles('Ana Ruiz'), ['President']);
  });

  it("collects an organisation's office written in lower case before a name, and a possessor of several words", () => {
    const text = "Human Rights Watch director Juanita Goebertus said so. Amnesty's secretary general Agnès Callamard agreed.\nTesla chief executive Elon Musk said nothing. Amnesty International's secretary general, Ana Ruiz, said so.\nMeanwhile president Joe Biden left.";
    const roles = (name: string) => actorNamed(analyze(text), name)?.roles;
    assert.deepEqual(roles('Juanita Goebertus'), ['Human Rights Watch director']);
    assert.deepEqual(roles('Agnès Callamard'), ["Amnesty's secretary general"]);
    assert.deepEqual(roles('Elon Musk'), ['Tesla chief executive']);
    assert.deepEqual(roles('Ana Ruiz'), ["Amnesty International's secretary general"]);
    // An ordinary word opening the sentence owns no office.
    assert.deepEqual(roles('Joe Biden'), []);
  });

  it('resolves "the Mexican leader" to whoever holds that country\'s highest office', () => {
    const text = "Ms. Sheinbaum, Mexico's first female president, spoke on Monday. The Mexican leader added that talks would continue.";
    assert.deepEqual(mentionsOf(text, 'Sheinbaum'), ['Sheinbaum', 'The Mexican leader']);
    // Without a country, "the leader" may be any leader: it needs one whose roles say so.
    assert.deepEqual(mentionsOf('Ms. Sheinbaum, the president, spoke on Monday. The leader added that talks would continue.', 'Sheinbaum'), ['Sheinbaum', 'the president']);
  });

  it('groups a surname whose particle opens a sentence with the full name ("Von der Leyen", "De Niro")', () => {
    assert.deepEqual(mentionsOf('Ursula von der Leyen spoke. Von der Leyen added that aid would come.', 'Ursula von der Leyen'), ['Ursula von der Leyen', 'Von der Leyen']);
    assert.deepEqual(mentionsOf('Robert De Niro arrived. De Niro said he was tired.', 'Robert De Niro'), ['Robert De Niro', 'De Niro', 'he']);
  });

  it('collects an office of a body set off with no article ("head of the Republican People\'s Party")', () => {
    const text = "Opposition leader Özgür Özel, head of the Republican People's Party (CHP), called the speech reckless. Jane Doe, director of the Kiel Institute, said prices rose.";
    const roles = (name: string) => actorNamed(analyze(text), name)?.roles;
    assert.deepEqual(roles('Özgür Özel'), ["head of the Republican People's Party (CHP)"]);
    assert.deepEqual(roles('Jane Doe'), ['director of the Kiel Institute']);
    // An apposition may close the sentence.
    assert.deepEqual(actorNamed(analyze('"The ruling respects the constitution," said Justice Norma Piña, the court\'s president.'), 'Norma Piña')?.roles, ['Justice', "court's president"]);
  });

  it('groups a given name alone with the one person known by it', () => {
    const text = 'Nayib Bukele met Karim Bukele on Monday. Karim Bukele said Nayib was tired.\n\nAna Ruiz and Ana Soto arrived. Ana said nothing.';
    assert.deepEqual(mentionsOf(text, 'Nayib Bukele'), ['Nayib Bukele', 'Nayib']);
    // Two people known by that given name: the name alone is neither.
    assert.deepEqual(mentionsOf(text, 'Ana Ruiz'), ['Ana Ruiz']);
    assert.deepEqual(mentionsOf(text, 'Ana Soto'), ['Ana Soto']);
  });

  it('groups an organisation\'s first word alone with it, before or after its full name, but not an administration\'s person', () => {
    const text = 'The debate at Hofstra drew crowds. Hofstra University hosted it, and Hofstra paid for it. Peabody Energy filed for bankruptcy, and Peabody sold its mines.';
    assert.deepEqual(mentionsOf(text, 'Hofstra University'), ['Hofstra', 'Hofstra University', 'Hofstra']);
    assert.deepEqual(mentionsOf(text, 'Peabody Energy'), ['Peabody Energy', 'Peabody']);
    const administration = analyze('President Obama spoke. The Obama administration agreed, and Obama left.');
    assert.ok(administration.actors.some((actor) => actor.type === 'person' && actor.mentions.some((mention) => mention.text === 'Obama')));
  });

  it('groups a given name used before the one full name that opens with it', () => {
    const text = 'Cruz thanked his wife, Heidi, for her support. Later Heidi Cruz spoke to the delegates, and Heidi waved.';
    assert.deepEqual(mentionsOf(text, 'Heidi Cruz'), ['Heidi', 'Heidi Cruz', 'Heidi']);
    // A Korean name opens with the surname, even one that is an ordinary word.
    assert.deepEqual(mentionsOf('Secretary-General Ban Ki-moon arrived. Ban said the talks would go on.', 'Ban Ki-moon'), ['Ban Ki-moon', 'Ban']);
    // Two full names open with it: the given name alone stays apart.
    const two = analyze('Ana waved. Ana Ruiz and Ana Soto arrived.');
    assert.deepEqual(two.actors.map((actor) => actor.name), ['Ana', 'Ana Ruiz', 'Ana Soto']);
  });

  it('keeps a namesake called by the given name out of the surname\'s recency, and a headline\'s verb out of a given name', () => {
    const text = 'Melania Trump and Donald Trump arrived. Melania waved to the crowd. Trump said the event was great.';
    assert.deepEqual(mentionsOf(text, 'Melania Trump'), ['Melania Trump', 'Melania']);
    assert.deepEqual(mentionsOf(text, 'Donald Trump'), ['Donald Trump', 'Trump']);
    const headline = 'Kerem Sees\n\nThe minister left on Monday. Kerem told reporters he was proud.';
    // The rules alone read the headline as a person's name, as the tagger does in some articles.
    const result = analyze(headline, {entityModel: null});
    assert.ok(result.entities.some((entity) => entity.text === 'Kerem Sees'));
    const kerem = result.actors.find((actor) => actor.mentions.some((mention) => mention.text === 'Kerem'));
    assert.ok(kerem && kerem.name === 'Kerem', result.actors.map((actor) => `${actor.name}: ${actor.mentions.map((mention) => mention.text).join(', ')}`).join('; '));
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

  it('knows a kind named in another language ("the central bank" after Banco de México)', () => {
    const text = 'Banco de México cut its benchmark rate on Thursday. The central bank said inflation was easing.';
    assert.deepEqual(mentionsOf(text, 'Banco de México'), ['Banco de México', 'The central bank']);
    const other = 'Universidad de Chile hired Acme Holdings in May. The bank said the audit would go on.';
    assert.deepEqual(mentionsOf(other, 'Universidad de Chile'), ['Universidad de Chile']);
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
    // A head word that is no organisation's word of its own ("Guard", "Post"), but not a body known by itself.
    const other = 'National Guard troops arrived, and the Guard stayed. The Washington Post reported it; the Post said so. Senate Democrats objected, and Democrats walked out.';
    assert.deepEqual(mentionsOf(other, 'National Guard'), ['National Guard', 'Guard']);
    assert.deepEqual(mentionsOf(other, 'Washington Post'), ['Washington Post', 'Post']);
    assert.deepEqual(mentionsOf(other, 'Senate Democrats'), ['Senate Democrats']);
  });

  it('gives a pronoun to the subject, not to a possessor before it, and knows more given names\' genders', () => {
    const text = "Republicans seethed after Clinton's lawyer Cheryl Mills was granted protection for turning over the laptop she used.";
    assert.deepEqual(mentionsOf(text, 'Cheryl Mills'), ['Cheryl Mills', 'she']);
    // "Lindsey" names men too: no gender from it, so "him" may be Graham.
    const graham = 'Sen. Lindsey Graham spoke on Monday. Gloria Lopez said the speech made him a target.';
    assert.deepEqual(mentionsOf(graham, 'Lindsey Graham'), ['Lindsey Graham', 'him']);
  });

  it('takes an apposition naming a lawyer, an adviser or an analyst as a role', () => {
    const result = analyze('Kevin Barrett, a lawyer at Bailey & Glasser, said the suit would go on. Minyon Moore, a senior adviser to the campaign, agreed.');
    assert.deepEqual(actorNamed(result, 'Kevin Barrett')?.roles, ['lawyer at Bailey & Glasser']);
    assert.deepEqual(actorNamed(result, 'Minyon Moore')?.roles, ['senior adviser to the campaign']);
  });

  it('takes an apposition opened by a possessor as a role, and no clause set off by commas', () => {
    const result = analyze("Kent Walker, Google's general counsel, said the company would appeal. Bob Rubin, the former secretary is here, laughed.");
    assert.deepEqual(actorNamed(result, 'Kent Walker')?.roles, ["Google's general counsel"]);
    assert.deepEqual(actorNamed(result, 'Bob Rubin')?.roles, []);
  });

  it('resolves "the government" only to a government or an administration', () => {
    const text = 'The Refugee Council published figures on Monday. The government must speed up decisions, it said.';
    assert.deepEqual(mentionsOf(text, 'Refugee Council'), ['Refugee Council']);
    const acting = 'The Trump administration cut funding. The Small Business Administration objected. The government said the cuts would stand.';
    assert.deepEqual(mentionsOf(acting, 'Trump administration'), ['Trump administration', 'The government']);
    assert.deepEqual(mentionsOf(acting, 'Small Business Administration'), ['Small Business Administration']);
  });

  it('resolves "the ministry" to no institute: a kind organisations name themselves by must be in the name', () => {
    const text = 'Maria Schmidt works at the Kiel Institute for the World Economy. Crime fell by 12 percent last year, the ministry said.';
    assert.deepEqual(mentionsOf(text, 'Kiel Institute for the World Economy'), ['Kiel Institute for the World Economy']);
  });
});
