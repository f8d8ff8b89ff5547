/**
 * What the incremental analyser does after the entity layer, each checked against a fresh
 * analysis: findings moved past an edit (findings.ts), quotations whose actor split in many
 * places at once (quotes.ts), pronouns of sentences placed after an edit (actors.ts), and the
 * flat lists of a layout kept from the version before (incremental.ts).
 */
import assert from 'node:assert/strict';
import {VFile} from 'vfile';
import {report} from '../../src/core/findings.js';
import {AnalysisMemo} from '../../src/core/memo.js';
import {analyze} from '../../src/core/index.js';
import {sameAsAnalyze, typing} from '../support/same-as-analyze.js';

/** Long enough that a paragraph two away lies beyond what a paragraph's quotations read. */
const filler = 'The crowd cheered for a long time and then went home in the rain, tired but happy after the long day.';

/** Where each finding's message is (offsets, lines, columns) and what it says, in order. */
function places(file: VFile): string[] {
  return file.messages.map((message) => `${message.reason} ${message.name} ${JSON.stringify(message.place)}`);
}

/** Reports a finding over each of the capitalised markers in `text`. */
function reportMarkers(file: VFile): void {
  const text = String(file.value);
  for (const match of text.matchAll(/\b[A-Z]{4,}\b/g)) report(file, 'unbalanced-quote', `marker ${match[0]}`, match.index, match.index + match[0].length);
}

/** The messages of each version reported after the one before (as the incremental analyser does), and made afresh. */
function findingsOfVersions(versions: readonly string[]): Array<{kept: string[]; fresh: string[]}> {
  const memo = new AnalysisMemo();
  return versions.map((version) => {
    const file = new VFile({value: version});
    file.data.memo = memo;
    reportMarkers(file);
    const fresh = new VFile({value: version});
    reportMarkers(fresh);
    return {kept: places(file), fresh: places(fresh)};
  });
}

describe('incremental analysis after the entity layer', () => {
  describe('findings moved past an edit', () => {
    const text = 'one ALPHA two BRAVO\nthree CHARLIE four\n\nfive DELTA six ECHO\n';

    const cases: Array<[string, string]> = [
      ['a letter typed on an earlier line', text.replace('three', 'thxree')],
      ['a letter typed before a finding on its line', text.replace('one', 'oxne')],
      ['a letter deleted before findings on its line and after', text.replace('one', 'oe')],
      ['a line break typed', text.replace('three', 'th\nree')],
      ['a line break deleted', text.replace('\n\n', '\n')],
      ['a letter typed at the end of a line', text.replace('four', 'fourx')],
      ['a letter typed at the start of a line', text.replace('five', 'xfive')],
    ];
    for (const [name, edited] of cases) {
      it(name, () => {
        for (const {kept, fresh} of findingsOfVersions([text, edited, text, edited])) assert.deepEqual(kept, fresh);
      });
    }

    it('in a document with "\\r\\n" line breaks, one split by a letter typed between them', () => {
      const crlf = text.replace(/\n/g, '\r\n');
      const split = crlf.replace('BRAVO\r\n', 'BRAVO\rx\n');
      const joined = crlf.replace('CHARLIE four\r\n', 'CHARLIE four\r');
      for (const {kept, fresh} of findingsOfVersions([crlf, split, crlf, joined, crlf, crlf.replace('four', 'fouxr')])) assert.deepEqual(kept, fresh);
    });

    it('a lone "\\r" line break followed by a finding', () => {
      const lone = 'one ALPHA\rtwo BRAVO\rthree CHARLIE';
      for (const {kept, fresh} of findingsOfVersions([lone, lone.replace('one', 'onxe'), lone.replace('two', 'txwo')])) assert.deepEqual(kept, fresh);
    });

    it('findings of the whole pipeline, typed over', () => {
      const article = ['“We will win,” he said.', 'Unemployment fell 40% because of the plan.', '“It was a good day.', filler, '“Nobody expected it,” she said.'].join('\n\n');
      assert.ok(analyze(article).findings.length >= 2);
      sameAsAnalyze(typing(article, article.indexOf('Unemployment'), 'So, '));
      sameAsAnalyze(typing(article, article.indexOf('It was'), 'x\ny'));
    });
  });

  it('quotations of an actor that became two in many paragraphs at once', () => {
    // Ruiz speaks as "he" in every other paragraph; a name typed early makes some of those "he"
    // another actor: the moved quotations of the old actor fail in several places together.
    const said = (n: number) => `It rained. “We will win district ${n},” he said.`;
    const paragraphs = ['Carlos Ruiz spoke at the rally on Monday.', filler];
    for (let n = 1; n <= 6; n++) paragraphs.push(said(n), filler, n === 3 ? 'Officials arrived later.' : 'Reporters waited outside.', filler);
    const text = paragraphs.join('\n\n');
    const other = text.replace('Officials', 'Pedro Gomez');
    const actors = (version: string) => new Set(analyze(version).quotes.map((quote) => quote.actor)).size;
    assert.equal(actors(text), 1);
    assert.equal(actors(other), 2);
    sameAsAnalyze([text, other, text, other, ...typing(other, other.indexOf('Pedro'), 'x')]);
  });

  it('pronouns of sentences placed after an edit, the actors resolved again', () => {
    // Far enough after the edit that no layer before the actors reads the moved sentences' words.
    const far = Array.from({length: 12}, () => filler).join('\n\n');
    const text = ['Maria Lopez spoke first. She said the plan was fair.', far, 'Carlos Ruiz answered. He said it was not, and she disagreed.', far, 'Later he left, and she stayed.'].join('\n\n');
    assert.ok(analyze(text).actors.some((actor) => actor.mentions.some((mention) => /^(?:he|she)$/i.test(mention.text) && mention.start > text.indexOf('Carlos'))));
    // Typing into a name changes the entities: the actors are resolved afresh, pronouns and all.
    sameAsAnalyze(typing(text, text.indexOf('Lopez spoke'), 'Q'));
    sameAsAnalyze(typing(text, text.indexOf('Ruiz answered'), 'Xy '));
  });

  it('places typed in and out, acting for their government or not', () => {
    const text = [
      'Maria Lopez, the finance minister, flew to San Salvador on Monday.',
      filler,
      'Washington urged the government to wait. “We will not accept it,” Lopez said.',
      filler,
      'She met Carlos Ruiz in Madrid and Paris. He said Washington demanded more.',
    ].join('\n\n');
    const governments = (version: string) => analyze(version).actors.filter((actor) => / government$/.test(actor.name)).length;
    assert.equal(governments(text), 1);
    assert.equal(governments(text.replace('Washington urged', 'Washington, urged').replace('Washington demanded', 'Washington, demanded')), 0);
    // A place that acts for no government: added, changed and removed letter by letter.
    sameAsAnalyze(typing(text, text.indexOf('Salvador'), 'xy '));
    sameAsAnalyze(typing(text, text.indexOf('Madrid'), 'Lyon and '));
    // One that acts, and one made to act or stop acting.
    sameAsAnalyze(typing(text, text.indexOf('ington urged'), 'q'));
    sameAsAnalyze(typing(text, text.indexOf(' urged'), ','));
    sameAsAnalyze(typing(text, text.indexOf('Paris.') + 5, ' urged them'));
  });

  it('what is read after a name, changed by an edit there, for each kind of name', () => {
    const text = [
      'Maria Lopez and Ana Diaz met on Monday, and Lopez said she would go.',
      filler,
      'Doctors Without Borders (MSF) said on Tuesday that it would help.',
      filler,
      'Carlos Ruiz, the finance minister, spoke on Wednesday.',
      filler,
      'Later MSF staff arrived, and the minister said so.',
    ].join('\n\n');
    const actorOf = (version: string, mention: string) => analyze(version).actors.find((actor) => actor.mentions.some((item) => item.text === mention))?.name;
    assert.equal(actorOf(text, 'MSF'), 'Doctors Without Borders');
    assert.equal(actorOf(text, 'the minister'), 'Carlos Ruiz');
    // A person's name made a possessor: the pronoun after it takes the other person.
    sameAsAnalyze(typing(text, text.indexOf(' and Ana'), "'s"));
    // A verb after a person that would make a place act: nothing changes for a person.
    sameAsAnalyze(typing(text, text.indexOf('aid she'), 'x'));
    // An organisation's acronym changed: the later "MSF" names it no longer.
    sameAsAnalyze(typing(text, text.indexOf('SF)'), 'X'));
    sameAsAnalyze([text, text.replace('(MSF)', '(MSF'), text, text.replace('(MSF)', '(MSF x)')]);
    // A person's apposition changed: the later role phrase names them no longer.
    sameAsAnalyze(typing(text, text.indexOf('ister, spoke'), 'x'));
    // An apposition opening the sentence before a name after the edit.
    const opening = `${filler}\n\nThe finance minister, Maria Lopez, said the plan was fair. She left.`;
    sameAsAnalyze(typing(opening, opening.indexOf('finance'), 'new '));
  });

  it('a layout whose lines before and after the edit are kept, lines added and removed', () => {
    const lines = ['Maria Lopez spoke first.', filler, '“We will win,” Lopez said.', filler, 'Carlos Ruiz answered.', filler];
    const text = lines.join('\n');
    sameAsAnalyze([
      text,
      text.replace('spoke first.', 'spoke first.\nA new line.'),
      text,
      text.replace(`\n${filler}\n`, '\n'),
      text.replace('Carlos', 'Carlos\n\nRuiz'),
      `${text}\nThe end.`,
      `Headline\n${text}`,
      text.slice(0, 10),
      text,
      `${lines[1]}\n${text}`,
    ]);
  });
});
