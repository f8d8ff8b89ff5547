/**
 * The incremental analyser keeps the layers' per-paragraph and per-sentence results between
 * versions; whatever an edit changes, across paragraphs too, its result must be `analyze`'s.
 */
import assert from 'node:assert/strict';
import {analyze, createAnalyzer} from '../../src/core/index.js';
import {generateArticle, random} from '../support/corpus.js';
import {examplesDir} from '../support/paths.js';
import {sameAsAnalyze, typing} from '../support/same-as-analyze.js';

const quoteOverParagraphs = [
  'Officials met in San Salvador on Monday.',
  '“We will not accept the deal as it stands. The numbers do not add up,',
  '“and the ministry knows it,” said Maria Lopez, the finance minister.',
  'She added that talks would resume in March.',
].join('\n\n');

const actorNamedOnce = [
  'Secretary of State Marco Rubio arrived in El Salvador on Monday.',
  'Rubio met President Nayib Bukele, the Salvadoran president, at his residence.',
  '“This is a historic day,” Bukele said. He thanked the secretary.',
  'Rubio said the agreement would cut migration by 40 percent.',
].join('\n\n');

const acronym = [
  'The International Organization for Migration (IOM) published new figures on Tuesday.',
  'The IOM said 80,000 people crossed the Darien Gap last year, a record.',
  'According to the IOM, the numbers doubled because of the crisis.',
].join('\n\n');

const speakersAcross = [
  'Maria Lopez, the finance minister, arrived in San Salvador on Monday.',
  'She said the government would cut spending by 10 percent next year.',
  'Officials at the ministry said that talks with the IMF would resume in March.',
  '“We will not accept the deal as it stands,” Lopez told reporters.',
  'According to the ministry, the deficit doubled because of the storms.',
  'He said nothing. It was reported that the president would veto the bill.',
].join('\n\n');

const marksAcross = [
  'President Nayib Bukele addressed the assembly on Tuesday. He said:',
  '“We have won the war against the gangs.”',
  '“Nobody believed us,” he added. “Now the numbers speak.”',
  'The opposition was not convinced. “It is propaganda,” said Ana Ruiz of the FMLN.',
  '“Pure propaganda.”',
].join('\n\n');

describe('incremental analysis', () => {
  it('quotations in marks attributed from an earlier paragraph, a pronoun or a later cue', () => {
    sameAsAnalyze([
      marksAcross,
      // The colon that announces the next paragraph's quotation removed and restored.
      marksAcross.replace('He said:', 'He said.'),
      marksAcross,
      // The pronoun's antecedent changed two paragraphs before the quotation it speaks.
      marksAcross.replace('President Nayib Bukele', 'Vice President Félix Ulloa'),
      marksAcross.replace('President Nayib Bukele', 'The president'),
      marksAcross,
      // A new actor first renumbers every actor; quotations far from it keep their attribution.
      'Ana Ruiz and Marco Rubio watched.\n\n' + marksAcross,
      marksAcross,
      // The closing mark of an earlier quotation removed: later pairs change their meaning.
      marksAcross.replace('the gangs.”', 'the gangs.'),
      marksAcross,
      ...typing(marksAcross, marksAcross.indexOf('said Ana'), 'x'),
    ]);
  });


  it('reported speech whose speaker is named or resolved in an earlier paragraph', () => {
    const named = speakersAcross.indexOf('Maria Lopez');
    sameAsAnalyze([
      speakersAcross,
      // The pronoun's antecedent renamed, removed and put back: "She said" follows it.
      speakersAcross.replace('Maria Lopez', 'Mario Lopez'),
      speakersAcross.replace('Maria Lopez, the finance minister,', 'The finance minister'),
      speakersAcross,
      // A new actor before all others renumbers every actor id; later sentences keep their speech.
      'Nayib Bukele spoke first.\n\n' + speakersAcross,
      speakersAcross,
      ...typing(speakersAcross, named, 'Ana '),
      // An edit far from the speech, then one inside a sentence of reported speech.
      speakersAcross.replace('storms', 'storm'),
      speakersAcross.replace('would cut', 'would not cut'),
      // A paragraph break inserted into a sentence and taken out again.
      speakersAcross.replace('government would', 'government\n\nwould'),
      speakersAcross,
      // A quotation mark opened before the reported speech and closed after it.
      speakersAcross.replace('She said', '“She said').replace('resume in March.', 'resume in March.”'),
      speakersAcross,
    ]);
  });


  it('an edit to the opening paragraph of a quotation over paragraphs', () => {
    const opening = quoteOverParagraphs.indexOf('“We');
    sameAsAnalyze([
      ...typing(quoteOverParagraphs, opening + 10, 'xyz'),
      // The opening mark removed, then put back: the next paragraph no longer continues a quotation.
      quoteOverParagraphs.slice(0, opening) + quoteOverParagraphs.slice(opening + 1),
      quoteOverParagraphs,
      // The paragraph break inside the quotation removed and restored.
      quoteOverParagraphs.replace(',\n\n“and', ', and'),
      quoteOverParagraphs,
      // The closing paragraph's speaker renamed: the opening paragraph's speaker follows it.
      quoteOverParagraphs.replace('Maria Lopez', 'Mario Lopez'),
    ]);
  });

  it('an actor whose first full-name mention is edited away and back', () => {
    const first = actorNamedOnce.indexOf('Marco Rubio');
    sameAsAnalyze([
      actorNamedOnce,
      actorNamedOnce.replace('Marco Rubio', 'Marco Rubios'),
      actorNamedOnce.replace('Marco Rubio', 'the secretary'),
      actorNamedOnce.replace('Secretary of State Marco Rubio', 'Marco Rubio'),
      actorNamedOnce,
      ...typing(actorNamedOnce, first, 'Senator '),
      // Bukele's full name removed: his later surname and pronouns lose their antecedent.
      actorNamedOnce.replace('President Nayib Bukele', 'the president'),
      actorNamedOnce,
    ]);
  });

  it('an acronym defined in an edited paragraph', () => {
    const defined = acronym.indexOf('(IOM)');
    sameAsAnalyze([
      acronym,
      acronym.slice(0, defined) + acronym.slice(defined + 6),
      acronym,
      ...typing(acronym, defined + 1, 'X'),
      acronym.replace('International Organization for Migration', 'International Migration Office'),
      acronym,
    ]);
  });

  it('repeated paragraphs, moved paragraphs and changed options', () => {
    const paragraphs = actorNamedOnce.split('\n\n');
    const repeated = [...paragraphs, ...paragraphs, quoteOverParagraphs, ...paragraphs].join('\n\n');
    const moved = [paragraphs[2], paragraphs[0], paragraphs[1], paragraphs[3]].join('\n\n');
    sameAsAnalyze([repeated, repeated.replace('Rubio arrived', 'Rubio flew'), moved, actorNamedOnce, repeated]);
    const analyzer = createAnalyzer();
    for (const options of [{}, {names: [{text: 'Darien Gap', type: 'place' as const}]}, {ignore: ['IOM']}, {claimThreshold: 0.2}, {entityModel: null}, {layers: {claims: false}}, {}]) {
      assert.deepEqual(analyzer.analyze(acronym, options), analyze(acronym, options), JSON.stringify(options));
    }
  });

  it('edits that change what the document says of a word elsewhere (the tagger’s document context)', () => {
    const text = [
      'Apple opened a store in Lima on Monday, said Tomás Undurraga of Bristol Bank.',
      'The company sold phones there. Analysts said sales rose.',
      'Officials from Apple and Bristol Bank met in March, and Undurraga spoke.',
    ].join('\n\n');
    const second = text.indexOf('The company');
    sameAsAnalyze([
      // A lower-case "apple" elsewhere, typed and deleted; then a capital inside a sentence.
      ...typing(text, text.indexOf('phones'), 'apple '),
      ...typing(text, text.indexOf('sales'), 'Store '),
      // The rules' name changes type in one place ("Bristol Bank" as a person's surname), and back.
      text.replace('of Bristol Bank', 'and Maria Bank'),
      text,
      // The paragraph that holds the only lower-case "company" removed, then restored.
      text.slice(0, second) + text.slice(text.indexOf('Officials')),
      text,
    ]);
    // Names the context decides: "rain" in lower case elsewhere, a capital "Will" inside a sentence.
    const decided = 'Mercy Corps and Hope Street said Rain fell on Sunday. Will Smith met Summer Green at Union Station.\n\nSandy said the Fed would act. Grace Baptist Church and Liberty Mutual agreed.';
    sameAsAnalyze([decided, ...typing(decided, decided.length, '\n\nThe rain was there.'), ...typing(decided, decided.length, '\n\nThey saw Will there.'), `${decided}\n\nThe sandy liberty.`, decided]);
  });

  it('random edits of every kind to a generated article', () => {
    const next = random(99);
    let text = generateArticle(examplesDir, 12_000, 31);
    const versions = [text];
    const pieces = ['x', ' ', '\n', '\n\n', '“', '”', '"', '.', ',', ' said ', 'The ', 'Rubio', ' (UN)', '. He '];
    for (let edit = 0; edit < 40; edit++) {
      const at = Math.floor(next() * text.length);
      text = next() < 0.6 ? text.slice(0, at) + pieces[Math.floor(next() * pieces.length)]! + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
      versions.push(text);
    }
    sameAsAnalyze(versions);
  });
  it('edits at and across line breaks, which decide which lines the analyser lays out again', () => {
    // Lines are kept from the text the previous version shares at its start and end: edits that
    // join, split or retrim lines there, \r\n breaks made and unmade, repeated lines.
    const text = ['Rubio met Bukele in San Salvador on Monday.', '  Officials said 40 percent fewer people crossed.  ', 'Rubio met Bukele in San Salvador on Monday.', '“We will win,” Bukele said.'].join('\n');
    const breakAt = text.indexOf('\n');
    const crlf = text.replace(/\n/g, '\r\n');
    const crAt = crlf.indexOf('\r\n');
    sameAsAnalyze([
      text,
      text.slice(0, breakAt) + text.slice(breakAt + 1), // two lines joined
      text,
      text.slice(0, breakAt) + ' x' + text.slice(breakAt), // a line lengthened at its end
      text.slice(0, breakAt + 1) + 'x' + text.slice(breakAt + 1), // the next one at its start
      text.replace('  Officials', 'Officials'), // leading white space removed
      text.replace('crossed.  ', 'crossed. x'), // trailing white space becomes text
      text,
      crlf,
      crlf.slice(0, crAt + 1) + crlf.slice(crAt + 2), // \r\n becomes \r
      crlf.slice(0, crAt) + crlf.slice(crAt + 1), // … or \n
      crlf,
      'x' + crlf,
      crlf + 'x',
      crlf + '\n\n' + text,
      text + '\n\n' + text, // every line repeated
      text,
      '',
      text,
      text.slice(2, -2),
      text,
    ]);
  });
  it('edits next to a line that change what its sentences read past the line break', () => {
    // "the minister" before a capital is a title, not a role phrase: the next line decides.
    const text = ['Maria Lopez, the finance minister, arrived in San Salvador.', 'Officials thanked the minister', 'Lopez spoke to reporters in March.', 'Reporters called the ministry', 'Of course, she said, the ministry said nothing.'].join('\n');
    const lopez = text.indexOf('Lopez spoke');
    const of = text.indexOf('Of course');
    const crlf = text.replace(/\n/g, '\r\n');
    sameAsAnalyze([
      text,
      text.slice(0, lopez) + 'l' + text.slice(lopez + 1), // the next line starts in lower case
      text,
      text.slice(0, lopez) + ' ' + text.slice(lopez), // … or after a space
      text.slice(0, of) + 'of' + text.slice(of + 2), // "the ministry\nof": the organisation's name goes on
      text,
      crlf,
      crlf.replace('\r\nLopez spoke', '\r\nlopez spoke'),
      crlf,
      // The line before a sentence changed within the 60 characters the entity rules read.
      text.replace('in San Salvador', 'in Guatemala'),
      text.replace('thanked the minister', 'thanked Secretary'),
      text,
    ]);
  });

  it('an edit to the paragraph after one whose quotation it continues', () => {
    // The first paragraph stays in place while whether the next one reopens its quotation changes.
    const text = ['Maria Lopez spoke on Monday. “We will not accept the deal,', '“and the ministry knows it. Unemployment rose 40 percent,” she said.', 'Officials said the deficit doubled in 2023.'].join('\n\n');
    const reopen = text.indexOf('“and');
    const crlf = text.replace(/\n/g, '\r\n');
    const crlfReopen = crlf.indexOf('“and');
    sameAsAnalyze([
      text,
      text.slice(0, reopen) + text.slice(reopen + 1), // the reopening mark deleted
      text,
      text.slice(0, reopen) + "''" + text.slice(reopen + 1), // typewriter marks reopen it too
      text.slice(0, reopen) + "'" + text.slice(reopen + 1),
      text,
      text.replace('she said', 'Lopez said'),
      text.replace('she said', 'the minister said'),
      text,
      crlf,
      crlf.slice(0, crlfReopen) + crlf.slice(crlfReopen + 1),
      crlf,
    ]);
  });

  it('sentences split and joined inside a line, so that later sentences of unchanged lines are numbered anew', () => {
    const text = generateArticle(examplesDir, 4_000, 5);
    const at = text.indexOf('. ') + 1;
    sameAsAnalyze([
      text,
      text.slice(0, at) + '.' + text.slice(at), // "..": one sentence still
      text.slice(0, at) + ' Rubio said so.' + text.slice(at), // one sentence more in the first line
      text,
      text.slice(0, at - 1) + ',' + text.slice(at), // two sentences joined
      text,
    ]);
  });

  it('claims whose source is said in another paragraph, and thresholds changed between versions', () => {
    const text = ['“The government signed the treaty with Honduras on Monday. Crime fell by half,', '“and nobody talks about it,” Maria Lopez said.', 'The deficit doubled in 2023, according to the ministry.', 'Exports fell 12 percent in March.'].join('\n\n');
    sameAsAnalyze([text, text.replace(' Maria Lopez said', ' said nobody'), text, text.replace('“and', 'and'), text, text.replace('according to the ministry', 'officials fear')]);
    const analyzer = createAnalyzer();
    for (const claimThreshold of [0.9, 0.2, undefined, 0.2, 0.95, 0.4]) {
      const options = claimThreshold === undefined ? {} : {claimThreshold};
      for (const version of [text, text.replace('12 percent', '15 percent')]) assert.deepEqual(analyzer.analyze(version, options), analyze(version, options), JSON.stringify(options));
    }
  });

  it('edits inside the window of a sentence on another line, and sentences before and after the edit kept', () => {
    // The rules read past their sentence (an apposition after a name, the next line's first
    // character): an edit there must redo the sentence, though its line did not change.
    const window = ['Officials met Zorvath Quill', ', the port director, said the talks would go on.', 'Zorvath Quill said the talks went well.', 'Officials met Zorvath Quill', 'He left on Monday.'].join('\n');
    const at = window.indexOf('port');
    // "the Trump⏎administration" is an organisation, "El Salvador's⏎President" a role over two lines.
    const across = ['Critics said the Trump', 'administration had failed.', "They met El Salvador's", 'President Nayib Bukele on Monday.', 'Bukele said little.'].join('\n');
    sameAsAnalyze([
      across,
      across.replace('administration', 'administxration'),
      across,
      across.replace("Salvador's", "Salvadxor's"),
      across.replace("Salvador's", "Salvador"),
      across,
    ]);
    sameAsAnalyze([
      window,
      window.slice(0, at) + 'x' + window.slice(at), // the office no longer names one
      window,
      window.replace(', the port', '; the port'), // same length: nothing moves
      window,
      window.replace('\n, the', '\n\n, the'), // a blank line between
      window.replace('He left', 'Officials met Zorvath Quill\nHe left'), // a repeated line, one more sentence before the last
      window,
    ]);
    // Sentences before an edit keep their findings, those after it are found again moved; an
    // edit that adds or removes sentences renumbers those after it.
    const text = generateArticle(examplesDir, 5_000, 11);
    const middle = text.indexOf('\n', 2_500);
    sameAsAnalyze([
      text,
      text.slice(0, middle) + ' More was said. And more.' + text.slice(middle),
      text.slice(0, middle) + ' More was said.' + text.slice(middle),
      text.slice(0, middle - 1) + text.slice(middle),
      text,
      text.slice(0, 10) + 'x' + text.slice(10),
      text.slice(0, text.length - 10) + 'x' + text.slice(text.length - 10),
      text,
    ]);
  });

  it('analyzeAsync after an edit, and after one superseded', async () => {
    const analyzer = createAnalyzer();
    const text = generateArticle(examplesDir, 6_000, 7);
    const edited = text.slice(0, 3_000) + 'Rubio said. ' + text.slice(3_000);
    assert.deepEqual(await analyzer.analyzeAsync(text), analyze(text));
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(analyzer.analyzeAsync(text + '\n\nA new line, abandoned.', {}, {signal: aborted.signal}));
    assert.deepEqual(await analyzer.analyzeAsync(edited), analyze(edited));
    assert.deepEqual(analyzer.analyze(text), analyze(text));
  });
});
