import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {assertSpansIndexText} from '../support/spans.js';

/** Each quote as [kind, content, speaker, cue], the spans checked against the text. */
function quotes(text: string): Array<[string, string, string | null, string | null]> {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  return result.quotes.map((quote) => [quote.kind, quote.text, quote.speaker?.text ?? null, quote.cue?.text ?? null]);
}

function codes(text: string): string[] {
  return analyze(text).findings.map((finding) => finding.code);
}

describe('quotes layer: reported speech', () => {
  it('reads no content in what opens a sentence before a speaker set off by commas', () => {
    assert.deepEqual(quotes("Panama's foreign minister, Javier Martinez, agreed."), []);
    assert.deepEqual(quotes('Two hundred years ago, Tom Paine, when the colonies were young, said, we have it in our power to begin again.'), [
      ['indirect', 'we have it in our power to begin again', 'Tom Paine', 'said'],
    ]);
  });

  it('reads what opens a sentence with no verb before a comma and a cue as its subject, not inverted content', () => {
    assert.deepEqual(quotes('In a statement, one of the family’s lawyers, Ines Barros, said the videos show Mr. Okafor calmly leaving his car.'), [
      ['indirect', 'the videos show Mr. Okafor calmly leaving his car', 'Ines Barros', 'said'],
    ]);
    // A place closing the opening phrase is no name in apposition to the role after it.
    assert.deepEqual(quotes('Mayor Helen Okafor spoke on Sunday. At a press conference in Chelsea, the mayor also said that it was too early to tell.').map((quote) => quote[2]), ['the mayor']);
    // Content with a verb before the comma is still read inverted.
    assert.deepEqual(quotes('The plan will fail, said one GOP source in the room.'), [['indirect', 'The plan will fail', 'one GOP source', 'said']]);
  });

  it('walks back over appositions, ages and party labels to the name that speaks', () => {
    assert.deepEqual(quotes('Jean-Marc Ayrault, the foreign minister of France, a permanent member of the Security Council, said the test cannot go unanswered.').map((quote) => quote[2]), ['Jean-Marc Ayrault']);
    assert.deepEqual(quotes('Donna Rawlings, 59, of Ashton, Md., who watched on a screen, said the event moved her.').map((quote) => quote[2]), ['Donna Rawlings']);
    assert.deepEqual(quotes('Rep. Greg Meeks (D-N.Y.), chairman of the Caucus Fund, said members will help him.').map((quote) => quote[2]), ['Greg Meeks']);
  });

  it('reads a share of a group as the source, but no span of time, sum or opening conjunction', () => {
    assert.deepEqual(quotes('However, 63 percent said the mayor was right.').map((quote) => quote[2]), ['63 percent']);
    assert.deepEqual(quotes('Many of his supporters believe the plan works.').map((quote) => quote[2]), ['Many of his supporters']);
    assert.deepEqual(quotes('For the past two weeks shows Clinton leading Trump.').map((quote) => quote[2]), [null]);
    assert.deepEqual(quotes('If the voters want a change, they will say so.').map((quote) => quote[2]).slice(0, 1), ['the voters']);
  });

  it('gives a partial quotation inside reported speech its source, not a cue of the speech\'s own clause', () => {
    const found = quotes('House Speaker Paul Ryan said the recent spate of police shootings and protests demands that all Americans engage in "more listening" and "more learning."');
    assert.deepEqual(found.find((quote) => quote[0] === 'partial'), ['partial', 'more listening', 'Paul Ryan', 'said']);
    // The speech stops before the full stop inside the closing mark; the quotation still lies in it.
    const closing = quotes('Defense Minister Pedro Sánchez was quoted as saying the army would respond "with full force."');
    assert.deepEqual(closing.find((quote) => quote[0] === 'partial'), ['partial', 'with full force.', 'Pedro Sánchez', 'saying']);
  });

  it("gives a participle after the main clause that clause's subject, not the dateline's agency", () => {
    const found = quotes('LONDON (Reuters) - British Prime Minister Keir Starmer said on Thursday that Britain would act, calling it "a generational moment."');
    assert.deepEqual(found.find((quote) => quote[0] === 'partial'), ['partial', 'a generational moment.', 'Keir Starmer', 'calling']);
  });

  it('reads a name after a preposition and its title inside an apposition as no speaker', () => {
    assert.deepEqual(quotes('Starmer, speaking after talks with NATO Secretary General Mark Rutte, said the decision was right.'), [['indirect', 'the decision was right', 'Starmer', 'said']]);
  });

  it('reads a quantity after the cue as content ("said at least 23 people …"), and no wish for anonymity as speech', () => {
    assert.deepEqual(quotes('The official said at least 23 people had been killed.'), [['indirect', 'at least 23 people had been killed', 'The official', 'said']]);
    assert.deepEqual(quotes('Police said up to 40 people died.'), [['indirect', 'up to 40 people died', 'Police', 'said']]);
    assert.deepEqual(quotes('He said at the meeting that prices rose.'), [['indirect', 'that prices rose', 'He', 'said']]);
    assert.deepEqual(quotes('Rubio observed at least 43 Colombian migrants.'), []);
    assert.deepEqual(quotes('A senior police official, who spoke on condition of anonymity because he was not authorized to talk to the media, said the toll rose.'), [
      ['indirect', 'the toll rose', 'A senior police official', 'said'],
    ]);
    assert.deepEqual(quotes('An aide, who asked not to be named, said the talks failed.'), [['indirect', 'the talks failed', 'An aide', 'said']]);
  });

  it("ends reported speech before the writer's comment on it (\", a claim that …\")", () => {
    assert.deepEqual(quotes('Trump said the election was rigged, an assertion that election officials have rejected.'), [['indirect', 'the election was rigged', 'Trump', 'said']]);
    assert.deepEqual(quotes('Ruto wrote that the protests had been "hijacked by criminals," a claim that Odinga rejected.')[0], ['indirect', 'that the protests had been "hijacked by criminals', 'Ruto', 'wrote']);
    assert.deepEqual(quotes('He said that a claim that the vote was rigged is false.'), [['indirect', 'that a claim that the vote was rigged is false', 'He', 'said']]);
    assert.deepEqual(quotes('The Commission proposed a ban on gas imports, a move Viktor Orbán called a declaration of war.')[0], ['indirect', 'a ban on gas imports', 'Commission', 'proposed']);
  });

  it('reads a clause after an adjunct of place or medium with no "that" ("said on Facebook his government would …")', () => {
    assert.deepEqual(quotes('The company said in a statement it would appeal.'), [['indirect', 'it would appeal', 'The company', 'said']]);
    assert.deepEqual(quotes('Robert Fico said on Facebook his government would block it.'), [['indirect', 'his government would block it', 'Robert Fico', 'said']]);
    assert.deepEqual(quotes('He spoke in Paris on Monday.'), []);
  });

  it("ends a passive's subject before its verb group (\"must be approved by\", \"is likely to be decided by\")", () => {
    assert.deepEqual(quotes('The proposal must be approved by the 27 member states.'), [['indirect', 'The proposal', 'the 27 member states', 'approved']]);
    assert.deepEqual(quotes('The legality of the rules is likely to be decided by the Supreme Court.'), [['indirect', 'The legality of the rules', 'the Supreme Court', 'decided']]);
  });

  it('reads the whole source before a cue, not what it knows about or the body it speaks for', () => {
    const speakers = (text: string) => quotes(text).map((quote) => quote[2]);
    assert.deepEqual(speakers('People familiar with the matter said the plant would employ 2,000 workers.'), ['People familiar with the matter']);
    assert.deepEqual(speakers('Sources close to the talks said a deal was near.'), ['Sources close to the talks']);
    assert.deepEqual(speakers('A person with knowledge of the plan said it would fail.'), ['A person with knowledge of the plan']);
    assert.deepEqual(speakers('The mayor of the city said it would fail.'), ['The mayor of the city']);
    assert.deepEqual(speakers('A spokesman for the ministry said it would fail.'), ['A spokesman for the ministry']);
  });

  it("gives a participle after a comma its main clause's subject, not the name before the comma", () => {
    assert.deepEqual(quotes('A coalition of farmers filed suit on Tuesday against the California Department of Water Resources, arguing that cuts violated state law.'), [
      ['indirect', 'that cuts violated state law', 'A coalition of farmers', 'arguing'],
    ]);
  });

  it('reads a vote as its infinitive, past the tally, and a relative "who" as the name it is set off from', () => {
    assert.deepEqual(quotes('The city council voted 7-2 on Tuesday to raise property taxes.'), [['indirect', 'to raise property taxes', 'The city council', 'voted']]);
    const result = analyze('Council member Tom Baker, who voted against the increase, called it a slap.');
    const vote = result.quotes.find((quote) => quote.cue?.text === 'voted');
    assert.equal(vote?.speaker?.text, 'who');
    assert.equal(result.actors.find((actor) => actor.id === vote?.actor)?.name, 'Tom Baker');
  });

  it('reads a clause after a bare time ("said Tuesday it had raised …"), and the member before the body he is of as the source', () => {
    assert.deepEqual(quotes('OpenAI said Tuesday it had raised $6.6 billion.'), [['indirect', 'it had raised $6.6 billion', 'OpenAI', 'said']]);
    assert.deepEqual(quotes('Dan Ives of Wedbush Securities called the valuation too high.').map((quote) => quote[2]), ['Dan Ives']);
    assert.deepEqual(quotes('The company, led by chief executive Sam Altman, said it would use the money.').map((quote) => quote[2]), ['The company']);
  });

  it('reads "countered" as a cue, and a vote with the majority as no stance', () => {
    assert.deepEqual(quotes('"There is no evidence," countered Ana Lorena Delgadillo, a human rights lawyer.'), [['direct', 'There is no evidence,', 'Ana Lorena Delgadillo', 'countered']]);
    assert.deepEqual(quotes('The army will counter the threat.'), []);
    assert.deepEqual(quotes('Eight of the 11 justices voted with the majority.'), []);
    assert.deepEqual(quotes('Senators voted against the bill.'), [['indirect', 'the bill', 'Senators', 'voted']]);
  });

  it('ends reported speech before a concession with its own source, and reads a published study as the source', () => {
    assert.deepEqual(quotes('Researchers estimate that cutting emissions would save 1.5 million lives a year, though critics argue the figure is optimistic.'), [
      ['indirect', 'that cutting emissions would save 1.5 million lives a year', 'Researchers', 'estimate'],
      ['indirect', 'the figure is optimistic', 'critics', 'argue'],
    ]);
    assert.deepEqual(quotes('A new study published in The Lancet found that pollution caused 8.1 million deaths.').map((quote) => quote[2]), ['A new study published in The Lancet']);
    assert.deepEqual(quotes('A report released by the World Bank said growth would slow.').map((quote) => quote[2]), ['A report released by the World Bank']);
  });

  it('reads the person of a place before an apposition as the source, not the place', () => {
    assert.deepEqual(quotes('Democratic Sen. Jack Reed of Rhode Island, the top Democrat on the Armed Services Committee, said the Pentagon deserved better.').map((quote) => quote[2]), ['Jack Reed']);
  });

  it('reads a role the tagger takes for an adjective as the source ("the former general added")', () => {
    assert.deepEqual(quotes('The 52-year-old former general added that reinforcements had been sent.'), [
      ['indirect', 'that reinforcements had been sent', 'The 52-year-old former general', 'added'],
    ]);
  });

  it('reads nothing reported by a verb that closes its clause at a comma', () => {
    assert.deepEqual(quotes('While security, criminal and health checks continue, officials will scrap the interview to "streamline" the process.').filter((quote) => quote[3] !== null), []);
    assert.deepEqual(quotes('Protesters continued to call for more information.'), [['indirect', 'to call for more information', 'Protesters', 'continued']]);
  });

  it('keeps two subjects joined by "and" inside what was said', () => {
    assert.deepEqual(quotes('He said the United States and its allies will seek new sanctions.'), [['indirect', 'the United States and its allies will seek new sanctions', 'He', 'said']]);
    // A pronoun after "and" opens a clause of its own.
    assert.deepEqual(quotes('Republicans opposed the minimum wage and I think that record tells something.').map((quote) => quote[1]), ['the minimum wage', 'that record tells something']);
  });

  it('reads no lost quotation marks after a cue when a speaker of its own follows the comma', () => {
    assert.deepEqual(quotes('As improbable as it may seem, Mr. Clarke said the mine deal had played to his advantage.'), [
      ['indirect', 'the mine deal had played to his advantage', 'Clarke', 'said'],
    ]);
  });

  it('reads the name after "told" as the listener, not the speaker of what opens the sentence', () => {
    assert.deepEqual(quotes('Nigel Farage, the Reform UK leader, told GB News the protests were understandable.'), [
      ['indirect', 'the protests were understandable', 'Nigel Farage', 'told'],
    ]);
  });

  it('reads a phrase after "said" that a quotation or a verb goes on from as content, not as an inverted speaker', () => {
    assert.deepEqual(quotes('Kent Walker, the company\'s general counsel, said the company "respectfully disagrees" and would appeal.').slice(0, 1), [
      ['indirect', 'the company "respectfully disagrees" and would appeal', 'Kent Walker', 'said'],
    ]);
  });

  it('gives a quotation to the name set off after the role that follows "said"', () => {
    assert.deepEqual(quotes('"This is a landmark decision," said its director general, Monique Goyens.'), [
      ['direct', 'This is a landmark decision,', 'Monique Goyens', 'said'],
    ]);
  });

  it('takes no "back" of a title-case headline for a verb of speech', () => {
    assert.deepEqual(quotes('Mexico, Canada Push Back As Trump Threatens New Tariffs\n\nThe tariffs took effect on Tuesday.'), []);
  });

  it('reads content before an attribution with adjuncts after the cue', () => {
    assert.deepEqual(quotes('The middle fifth paid 8.9 percent, the agency said in a June report.'), [
      ['indirect', 'The middle fifth paid 8.9 percent', 'the agency', 'said'],
    ]);
  });

  it('reads a speaker written after the cue, with an apposition', () => {
    assert.deepEqual(quotes('The ad could start this week, said Brian Baker, a longtime adviser to the family.'), [
      ['indirect', 'The ad could start this week', 'Brian Baker', 'said'],
    ]);
  });

  it('takes no object for the speaker of a verb that has a target: "…, criticized the bill"', () => {
    const found = quotes("Rep. Alexandria Ocasio-Cortez, a New York Democrat, criticized the bill's defense spending.");
    assert.ok(found.every(([, , speaker]) => speaker !== "the bill's defense"), JSON.stringify(found));
    assert.ok(found.some(([, content, speaker]) => speaker === 'Alexandria Ocasio-Cortez' && content.includes('defense spending')), JSON.stringify(found));
  });

  it('gives the speech to the name before an apposition that ends with their employer', () => {
    assert.deepEqual(quotes('Dr. Maria Schmidt, an economist at the Kiel Institute for the World Economy, said the measures were late.'), [
      ['indirect', 'the measures were late', 'Maria Schmidt', 'said'],
    ]);
  });

  it('leaves the wire dateline and an adjunct after the attribution out of the content', () => {
    assert.deepEqual(quotes('LONDON — Britain will cut net migration by a third by 2029, Home Secretary Yvette Cooper said on Tuesday, in a speech that drew criticism from charities.'), [
      ['indirect', 'Britain will cut net migration by a third by 2029', 'Yvette Cooper', 'said'],
    ]);
  });

  it('splits content around a parenthetical attribution', () => {
    assert.deepEqual(quotes('The museum, Mr. Bush said, celebrated several of his heroes.'), [
      ['indirect', 'The museum', 'Bush', 'said'],
      ['indirect', 'celebrated several of his heroes', 'Bush', 'said'],
    ]);
  });

  it('stops content before a sentence-final attribution that holds another cue', () => {
    const found = quotes('Protocol called for the nominee to be taken to a trauma center, sources said.');
    assert.deepEqual(found.find((quote) => quote[3] === 'said'), ['indirect', 'Protocol called for the nominee to be taken to a trauma center', 'sources', 'said']);
  });

  it('keeps a name and its appositions as the subject of "said"', () => {
    assert.deepEqual(quotes('Derek Mitchell, who served as ambassador until earlier this year, said Clinton reached out to McConnell.'), [
      ['indirect', 'Clinton reached out to McConnell', 'Derek Mitchell', 'said'],
    ]);
  });

  it('reads a pronoun speaker and a bare clause after "says"', () => {
    assert.deepEqual(quotes('Ana Ruiz runs the clinic. She says the wait is too long for families.'), [
      ['indirect', 'the wait is too long for families', 'She', 'says'],
    ]);
  });

  it('reads verbs the tagger takes for nouns between a subject and a complement', () => {
    assert.deepEqual(quotes('But Trump claims that he should be the exception.'), [['indirect', 'that he should be the exception', 'Trump', 'claims']]);
  });

  it('splits coordinated clauses with their own sources', () => {
    assert.deepEqual(quotes('Democrats want more revenue from the rich, and Republicans want lower rates for everyone.'), [
      ['indirect', 'more revenue from the rich', 'Democrats', 'want'],
      ['indirect', 'lower rates for everyone', 'Republicans', 'want'],
    ]);
  });

  it('reads questions and topics as content', () => {
    assert.deepEqual(quotes('We asked whether the story would change any votes. Mr. Obama spoke of his many flights over the Mall.'), [
      ['indirect', 'whether the story would change any votes', 'We', 'asked'],
      ['indirect', 'his many flights over the Mall', 'Obama', 'spoke'],
    ]);
  });

  it('reads "according to" after the content', () => {
    assert.deepEqual(quotes('The top tenth paid 69 percent of all taxes, according to the budget office.'), [
      ['indirect', 'The top tenth paid 69 percent of all taxes', 'the budget office', 'according to'],
    ]);
  });

  it('reads a nominal cue with a possessor as the source', () => {
    assert.deepEqual(quotes('Fact-checkers examined Trump’s claim that shootings had doubled in Chicago.'), [
      ['indirect', 'that shootings had doubled in Chicago', 'Trump', 'claim'],
    ]);
  });

  it('ends a nominal cue’s topic at the sentence’s verb, not at a relative clause’s', () => {
    assert.deepEqual(quotes('North Korea’s claims about the potency of its test were met with doubt.'), [
      ['indirect', 'the potency of its test', 'North Korea', 'claims'],
    ]);
    assert.deepEqual(quotes('Okafor’s support for the raid that killed the smuggler was never in doubt.'), [
      ['indirect', 'the raid that killed the smuggler', 'Okafor', 'support'],
    ]);
  });

  it('reports nothing in "Having said that," or "That said,", and credits "Having said …" to the main clause', () => {
    assert.deepEqual(quotes('Having said that, the budget is still too small.'), []);
    assert.deepEqual(quotes('That said, the plan will cost more.'), []);
    assert.deepEqual(quotes('Having said that he would resign, the minister stayed on.'), [['indirect', 'that he would resign', 'the minister', 'said']]);
  });

  it('credits a participle opening the sentence to the main clause’s subject, its content ending at the comma', () => {
    assert.deepEqual(quotes('After saying her right foot was swollen, she was taken to the hospital.'), [
      ['indirect', 'her right foot was swollen', 'she', 'saying'],
    ]);
    assert.deepEqual(quotes('In defending his budget, Mayor Okafor pointed to the new bus lanes.').slice(0, 1), [
      ['indirect', 'his budget', 'Okafor', 'defending'],
    ]);
  });

  it('reads no content in an opening phrase that only sets the scene of a parenthetical attribution', () => {
    assert.deepEqual(quotes('During his years in office, Mr. Okafor said, most residents have come to trust the buses.'), [
      ['indirect', 'most residents have come to trust the buses', 'Okafor', 'said'],
    ]);
    assert.deepEqual(quotes('As for the network’s political bent, he said, it takes no side.'), [['indirect', 'it takes no side', 'he', 'said']]);
    // A subject before the attribution is content: the clause goes on after it.
    assert.deepEqual(quotes('The latest test, the agency said, was its biggest yet.').map((quote) => quote[1]), ['The latest test', 'was its biggest yet']);
  });

  it('takes a show’s title in marks after a possessive or "on" for no quotation, and reads past it', () => {
    assert.deepEqual(quotes('Sanders told MSNBC’s “Morning Joe” that nobody would question her intelligence.'), [
      ['indirect', 'that nobody would question her intelligence', 'Sanders', 'told'],
    ]);
    assert.deepEqual(quotes('Flynn said as much on “Fox and Friends.”').filter((quote) => quote[0] === 'partial'), []);
  });

  it('reads only the topic of a verb with no object ("spoke of …"), not how long or where it spoke', () => {
    assert.deepEqual(quotes('Obama spoke emotionally of his many flights over the Mall.'), [['indirect', 'his many flights over the Mall', 'Obama', 'spoke']]);
    assert.deepEqual(quotes('The two women spoke for about five minutes.'), []);
    assert.deepEqual(quotes('The two women spoke about five minutes.'), []);
    assert.deepEqual(quotes('The president spoke at a resort that overlooks the bay.'), []);
    assert.deepEqual(quotes('He spoke longer than 30 minutes.'), []);
  });

  it('reads past a manner adverb after a reply or a comment, and finds nothing in "did not comment further"', () => {
    assert.deepEqual(quotes('IOM officials did not comment further.'), []);
    assert.deepEqual(quotes('Beijing responded within hours.'), []);
    assert.deepEqual(quotes('The ministry replied quickly to the letter.'), []);
    assert.deepEqual(quotes('Smith commented publicly on the deal.'), [['indirect', 'the deal', 'Smith', 'commented']]);
    assert.deepEqual(quotes('Rubio emphasized publicly the importance of the accord.'), [['indirect', 'the importance of the accord', 'Rubio', 'emphasized']]);
  });

  it('reads a ruling as reported, not a rule or a ruling-out', () => {
    assert.deepEqual(quotes('The appeals court ruled that the state’s practices could remove eligible voters.'), [
      ['indirect', 'that the state’s practices could remove eligible voters', 'The appeals court', 'ruled'],
    ]);
    assert.deepEqual(quotes('Administration officials have effectively ruled that out.'), []);
    assert.deepEqual(quotes('The new emissions rules that promise to transform the economy take effect in May.'), []);
  });

  it('reads passive cues with no source and raises no finding for them', () => {
    const text = 'It was reported that the talks had failed. North Korea is not thought to be capable of striking the mainland.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'that the talks had failed', null, 'reported'],
      ['indirect', 'North Korea is not thought to be capable of striking the mainland', null, 'thought'],
    ]);
    assert.deepEqual(codes(text), []);
  });

  it('reads a passive cue with a by-phrase source', () => {
    assert.deepEqual(quotes('The registration issue was first reported by The Washington Post.'), [
      ['indirect', 'The registration issue', 'The Washington Post', 'reported'],
    ]);
  });

  it('gives a quotation the speaker of the sentence right before it', () => {
    assert.deepEqual(quotes('The talks went on, Schiff said. "The other factor is the appearance of weakness."'), [
      ['indirect', 'The talks went on', 'Schiff', 'said'],
      ['direct', 'The other factor is the appearance of weakness.', 'Schiff', 'said'],
    ]);
  });

  it('finds a cue after a name and its appositions past six words', () => {
    assert.deepEqual(quotes('“It is an invasion of the state domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.'), [
      ['direct', 'It is an invasion of the state domain,', 'Scott Pruitt', 'said'],
    ]);
  });

  it('does not take the next paragraph’s cue for a closed quotation', () => {
    const found = quotes('“Those are distractions,” he said. “What works is change.”\nJason Miller added, “Success is what everyone wants.”');
    assert.deepEqual(found.map((quote) => [quote[1], quote[3]]), [
      ['Those are distractions,', 'said'],
      ['What works is change.', 'said'],
      ['Success is what everyone wants.', 'added'],
    ]);
  });

  it('reads a headline "Name: …" and a paragraph announced by a colon', () => {
    // ("Pence" is a common word too: the headline's name is a person the lead names.)
    assert.deepEqual(quotes('Pence: Flowers Won’t Be at the Debate\nGov. Mike Pence spoke on Sunday.\nThe governor added:\nIt is typical of her campaign. She knows nothing.'), [
      ['unmarked', 'Flowers Won’t Be at the Debate', 'Pence', ':'],
      ['unmarked', 'It is typical of her campaign. She knows nothing', 'The governor', 'added'],
    ]);
  });

  it('opens a quotation at a closing curly mark typed at a word start', () => {
    const text = 'Voters spoke.\n”He represents our greatest shame.” ― Sonya Herridge';
    assert.deepEqual(quotes(text), [['direct', 'He represents our greatest shame.', 'Sonya Herridge', '―']]);
    assert.deepEqual(codes(text), []);
  });

  it('keeps offsets exact with CRLF line ends and non-ASCII names', () => {
    const text = 'Intro line.\r\n\r\nLa economía crecerá este año, said José Ñúñez, the minister.\r\n“Nada cambia,” Zoë Łukasz said.';
    assert.deepEqual(quotes(text), [
      ['indirect', 'La economía crecerá este año', 'José Ñúñez', 'said'],
      ['direct', 'Nada cambia,', 'Zoë Łukasz', 'said'],
    ]);
  });

  it('reads a parenthetical attribution with a listener and a time adjunct', () => {
    assert.deepEqual(quotes('The difference now, he told me on Friday, is that he anchors a news program.'), [
      ['indirect', 'The difference now', 'he', 'told'],
      ['indirect', 'is that he anchors a news program', 'he', 'told'],
    ]);
  });

  it('steps over a time adjunct before the object of the cue', () => {
    assert.deepEqual(quotes('Authorities announced on Friday the arrest of a man in the shooting.'), [
      ['indirect', 'the arrest of a man in the shooting', 'Authorities', 'announced'],
    ]);
  });

  it('gives reported speech closed by a partial quote to the cue after it', () => {
    const found = quotes('The answers to veteran suicides are "not meeting the demand," says Paul Rieckhoff, founder of the group.');
    assert.deepEqual(found.map((quote) => [quote[0], quote[2], quote[3]]), [
      ['indirect', 'Paul Rieckhoff', 'says'],
      ['partial', 'Paul Rieckhoff', 'says'],
    ]);
    assert.ok(found[0]![1].startsWith('The answers to veteran suicides are'));
  });

  it('reads a poll opening the sentence as the source', () => {
    assert.deepEqual(quotes('In the latest national poll, conducted in early September, Clinton led by 5 points.'), [
      ['indirect', 'Clinton led by 5 points', 'the latest national poll', 'In'],
    ]);
  });

  it('stays linear on one long sentence full of cues', () => {
    const text = 'the fleet will adapt, and the catch is low; nobody knows why and '.repeat(3000);
    const started = performance.now();
    analyze(text);
    assert.ok(performance.now() - started < 20_000, 'a 200 KB sentence of cues took more than 20 s');
  });
});
