import assert from 'node:assert/strict';
import {analyze, type Annotations} from '../../src/core/index.js';
import {assertSpansIndexText} from '../support/spans.js';
import {findQuotationMarks} from '../../src/core/text/quotation-marks.js';
import {layoutByLine} from '../../src/core/parse/layout-by-line.js';

function quotes(text: string): Array<{text: string; kind: string; speaker: string | null; cue: string | null; actor: string | null}> {
  const result = analyze(text);
  assertSpansIndexText(result, text);
  const names = new Map(result.actors.map((actor) => [actor.id, actor.name]));
  return result.quotes.map((quote) => ({text: quote.text, kind: quote.kind, speaker: quote.speaker?.text ?? null, cue: quote.cue?.text ?? null, actor: quote.actor ? (names.get(quote.actor) ?? null) : null}));
}

function codes(result: Annotations): string[] {
  return result.findings.map((finding) => finding.code);
}

describe('quotes layer', () => {
  it('finds the speaker after the quote, with a title before the name', () => {
    assert.deepEqual(quotes('“The buses are late,” said Mayor Helen Okafor.'), [{text: 'The buses are late,', kind: 'direct', speaker: 'Helen Okafor', cue: 'said', actor: 'Helen Okafor'}]);
  });

  it('finds the cue after a long noun phrase that names the speaker with an office and a role', () => {
    assert.deepEqual(
      quotes('“The port reopens on Monday,” City Hall press secretary Ingrid Solberg said at a briefing.').map((quote) => [quote.speaker, quote.cue]),
      [['Ingrid Solberg', 'said']],
    );
    // A clause between the quotation and a later cue is no speaker's phrase.
    assert.deepEqual(quotes('“The port reopens on Monday,” the ferries leave early and the captain of the largest ship said.').map((quote) => quote.cue), [null]);
  });

  it('finds the speaker before the quote', () => {
    assert.deepEqual(quotes('Rubio said: "Migration must stop."'), [{text: 'Migration must stop.', kind: 'direct', speaker: 'Rubio', cue: 'said', actor: 'Rubio'}]);
  });

  it('gives both halves of an interrupted quote one speaker', () => {
    const found = quotes('Ana Ruiz runs the clinic.\n“We are full,” she said, “and we cannot wait.”');
    assert.deepEqual(
      found.map((quote) => [quote.text, quote.speaker, quote.actor]),
      [
        ['We are full,', 'she', 'Ana Ruiz'],
        ['and we cannot wait.', 'she', 'Ana Ruiz'],
      ],
    );
  });

  it('resolves a pronoun speaker to its actor', () => {
    const found = quotes('Senator Maria Lopez voted no.\n"This bill is a mistake," she told reporters.');
    assert.equal(found[0]?.actor, 'Maria Lopez');
    assert.equal(found[0]?.speaker, 'she');
  });

  it('follows a quotation over paragraphs and gives every piece the speaker', () => {
    const text = 'Mayor Helen Okafor spoke.\n“We heard the complaints.\n“Now we are fixing it,” Okafor said.';
    const result = analyze(text);
    assert.deepEqual(result.quotes.map((quote) => [quote.text, quote.speaker?.text]), [
      ['We heard the complaints.', 'Okafor'],
      ['Now we are fixing it,', 'Okafor'],
    ]);
    assert.deepEqual(codes(result), []);
  });

  it('reports an opening mark that is never closed, and its missing speaker', () => {
    const text = 'Officials met.\n"It is a gamble with public money.\nNobody answered.';
    const result = analyze(text);
    assert.deepEqual(codes(result), ['unbalanced-quote', 'quote-without-speaker']);
    assert.equal(result.findings[0]!.start, text.indexOf('"'));
  });

  it('finds reported speech with that, and a partial quote inside it', () => {
    const found = quotes('David Marsh said the plan relied on hope and warned that "the numbers do not add up."');
    assert.deepEqual(found.map((quote) => [quote.kind, quote.text, quote.speaker, quote.cue]), [
      ['indirect', 'the plan relied on hope', 'David Marsh', 'said'],
      ['indirect', 'that "the numbers do not add up', 'David Marsh', 'warned'],
      ['partial', 'the numbers do not add up.', 'David Marsh', 'warned'],
    ]);
  });

  it('finds a quotation whose marks were lost and its speaker', () => {
    const text = 'Marco Rubio spoke.\nRegarding the flights, Rubio emphasized the importance of deterrence, stating, The only people who benefit are traffickers.';
    const found = quotes(text);
    assert.deepEqual(found.map((quote) => [quote.kind, quote.text, quote.speaker, quote.cue, quote.actor]), [
      ['indirect', 'the importance of deterrence', 'Rubio', 'emphasized', 'Marco Rubio'],
      ['unmarked', 'The only people who benefit are traffickers', 'Rubio', 'stating', 'Marco Rubio'],
    ]);
  });

  it('reads "according to" before and after the content', () => {
    const found = quotes('According to the ministry, exports fell sharply. Prices rose by a third, according to Reuters.');
    assert.deepEqual(found.map((quote) => [quote.text, quote.speaker, quote.cue]), [
      ['exports fell sharply', 'the ministry', 'According to'],
      ['Prices rose by a third', 'Reuters', 'according to'],
    ]);
  });

  it('reads the inverted form: content, then speaker and cue', () => {
    const found = quotes('The economy will grow this year, the minister said.');
    assert.deepEqual(found.map((quote) => [quote.text, quote.speaker, quote.cue]), [['The economy will grow this year', 'the minister', 'said']]);
  });

  it('handles CRLF files, guillemets and non-ASCII speakers', () => {
    const text = 'Ministra Zoë Ødegård habló.\r\n«Nous sommes prêts», said Zoë Ødegård.\r\n';
    const found = quotes(text);
    assert.deepEqual(found.map((quote) => [quote.text, quote.speaker]), [['Nous sommes prêts', 'Zoë Ødegård']]);
  });

  it('reads a short title in marks with no speaker as a work\'s name, not a quotation', () => {
    assert.deepEqual(quotes('Clinton appeared on “The Steve Harvey Morning Show,” a daytime program, on Tuesday.'), []);
    assert.deepEqual(quotes('Voters watched “The Apprentice,” the reality show, for years.'), []);
    // A sentence in marks with no speaker is still a quotation.
    assert.deepEqual(quotes('“We will not stop.” The crowd left.').map((quote) => quote.text), ['We will not stop.']);
  });

  it('reads a headline\'s "Name: …" as speech, but not a rubric of common words', () => {
    assert.deepEqual(quotes('Okafor: Buses Will Run on Time\n\nMayor Helen Okafor spoke on Monday.').map((quote) => quote.speaker), ['Okafor']);
    assert.deepEqual(quotes('The Latest: Buses will run on time\n\nMayor Helen Okafor spoke on Monday.'), []);
  });

  it('keeps a quote with no speaker and reports it', () => {
    const result = analyze('The hall was quiet.\n“Nobody knows what happens next.”');
    assert.equal(result.quotes[0]?.speaker, null);
    assert.equal(result.quotes[0]?.kind, 'direct');
    assert.deepEqual(codes(result), ['quote-without-speaker']);
  });

  it('does not take a purpose infinitive for speech', () => {
    assert.deepEqual(quotes('He travelled to urge Latin American countries to act.'), []);
  });
});

describe('quotes layer: clause boundaries', () => {
  it('keeps a second verb of the reported clause inside the content', () => {
    const found = quotes('Police say he posed a deadly threat and refused to drop the gun.');
    assert.deepEqual(found.map((quote) => [quote.text, quote.cue]), [['he posed a deadly threat and refused to drop the gun', 'say']]);
  });

  it('splits two cues coordinated under one speaker', () => {
    const found = quotes('Maria Lopez urged voters to join the campaign and criticized the party for its silence.');
    assert.deepEqual(found.map((quote) => [quote.text, quote.cue, quote.speaker]), [
      ['to join the campaign', 'urged', 'Maria Lopez'],
      ['the party for its silence', 'criticized', 'Maria Lopez'],
    ]);
  });

  it('attributes a partial quote to the cue after it', () => {
    const found = quotes('Matteo Renzi left early. The summit accomplished "too little," he added on Twitter.');
    const partial = found.find((quote) => quote.kind === 'partial');
    assert.deepEqual([partial?.text, partial?.cue, partial?.actor], ['too little,', 'added', 'Matteo Renzi']);
  });
});

describe('quotes layer: signatures and transcripts', () => {
  it('takes the name after a dash as the speaker of the quotation before it', () => {
    const found = quotes('“The debate proved nothing.” ― Martha Aguilar');
    assert.deepEqual(found.map((quote) => [quote.text, quote.speaker, quote.cue]), [['The debate proved nothing.', 'Martha Aguilar', '―']]);
  });

  it('keeps a turn whole around a title in marks, and gives its next paragraphs the same speaker', () => {
    const text = [
      'Partial transcript follows:',
      '',
      '"HOST: Will the mayor attend the vote?',
      '',
      '"OKAFOR: Well, look, she thinks this is an episode of “Survivor.” It is not.',
      '',
      '"But the truth is that the budget is balanced.',
      '',
      '"(CROSSTALK.)',
      '',
      '"Follow Ada Obi on Twitter @adaobi."',
    ].join('\n');
    const found = quotes(text).map((quote) => [quote.kind, quote.text.slice(0, 20), quote.speaker]);
    assert.deepEqual(found, [
      ['direct', 'Will the mayor atten', 'HOST'],
      ['unmarked', 'Well, look, she thin', 'OKAFOR'],
      ['direct', 'Survivor.', 'she'],
      ['direct', 'But the truth is tha', 'OKAFOR'],
    ]);
    // The stage direction and the sign-off are in marks but nobody's words.
    assert.deepEqual(analyze(text).findings.filter((finding) => finding.code === 'quote-without-speaker'), []);
  });

  it('reads an interview transcript turn as the named speaker’s words', () => {
    const found = quotes('Partial transcript follows.\nPENCE: Well, the question really should be about the economy.');
    assert.deepEqual(found.map((quote) => [quote.kind, quote.text, quote.speaker, quote.cue]), [['unmarked', 'Well, the question really should be about the economy.', 'PENCE', ':']]);
  });

  it('reads a turn labelled with a person\'s name as the text writes it, but no note or update', () => {
    const text = 'Director-General Tedros Adhanom Ghebreyesus spoke to reporters. Tedros said he was worried.\n\nQ: Are we ready?\n\nTedros: No. The world still lacks the financing it needs.\n\nNote: The interview has been edited for length.';
    const found = quotes(text).filter((quote) => quote.cue !== 'said');
    assert.deepEqual(found.map((quote) => [quote.kind, quote.text, quote.speaker, quote.actor]), [['unmarked', 'No. The world still lacks the financing it needs.', 'Tedros', 'Tedros Adhanom Ghebreyesus']]);
  });

  it('reads an acronym as the subject of a verb the tagger takes for a noun ("The WHO estimates that")', () => {
    assert.deepEqual(quotes('The WHO estimates that 1.2 million people died in 2023.').map((quote) => [quote.speaker, quote.cue]), [['WHO', 'estimates']]);
  });

  it('reads quotations in single marks, as British copy writes them, but no term set off or apostrophe', () => {
    const found = quotes("'We need to see more evidence,' Bailey told the Treasury Committee. 'The labour market remains tight.'");
    assert.deepEqual(found.map((quote) => [quote.kind, quote.text, quote.speaker]), [
      ['direct', 'We need to see more evidence,', 'Bailey'],
      ['direct', 'The labour market remains tight.', 'Bailey'],
    ]);
    assert.deepEqual(quotes("The workers' union called it 'observer bias' in the '90s.").filter((quote) => quote.kind !== 'indirect'), []);
  });

  it('shares the main subject with a participle cue after a comma', () => {
    const found = quotes('Trump attacked Clinton over Libya, saying, "She is unstable."');
    assert.equal(found[0]?.speaker, 'Trump');
  });
});

describe('quotes layer: party labels', () => {
  it('steps over a party label in parentheses to find the speaker', () => {
    const found = quotes('"They have that right," Rep. John Mica (R-Fla.) said. "If you continue that, you destroy it."');
    assert.deepEqual(found.map((quote) => [quote.speaker, quote.actor]), [
      ['John Mica', 'John Mica'],
      ['John Mica', 'John Mica'],
    ]);
  });
});

describe('quotation marks', () => {
  it('pairs every kind of mark, typewriter pairs included, and passes over apostrophes and letters', () => {
    const marks = (text: string) => {
      const {quotes, unbalanced} = findQuotationMarks(text, layoutByLine(text));
      return {quotes: quotes.map((quote) => [quote.text, quote.kind, quote.openStart, quote.closeEnd, quote.continues]), unbalanced: unbalanced.map((problem) => [problem.start, problem.end])};
    };
    assert.deepEqual(marks("He said ``the naïve plan’s cost'' was ''too high'' and « très cher »."), {
      quotes: [['the naïve plan’s cost', 'direct', 9, 33, false], ['too high', 'direct', 39, 50, false], ['très cher', 'partial', 55, 68, false]],
      unbalanced: [],
    });
    assert.deepEqual(marks('She warned that “the numbers don’t add up” — ‹ maybe › — and „left” early.\n“It runs on\n“and on,” he said. ” Stray'), {
      quotes: [['the numbers don’t add up', 'partial', 16, 42, false], ['maybe', 'direct', 45, 54, false], ['left', 'partial', 61, 67, false], ['It runs on', 'direct', 75, 86, false], ['and on,', 'direct', 87, 96, true]],
      unbalanced: [[106, 107]],
    });
    assert.deepEqual(marks('It\'s the \'best\' deal, "a steal", he wrote: ‘no’ one ’ agrees.'), {quotes: [['a steal', 'direct', 22, 31, false]], unbalanced: []});
  });
});
