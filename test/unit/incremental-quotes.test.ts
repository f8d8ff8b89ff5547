/**
 * The quotes layer moves the previous version's quotations past an edit, paragraph by paragraph,
 * when nothing they read changed (quotes/near-edit.ts `runsOf`, `movedRun`), and the quotation
 * marks of a paragraph after the edit are its marks before, moved (text/quotation-marks.ts).
 * Each edit here changes something a moved paragraph depends on from afar, so the move must be
 * refused or corrected there; the result must stay `analyze`'s.
 */
import assert from 'node:assert/strict';
import {analyze} from '../../src/core/index.js';
import {sameAsAnalyze, typing} from '../support/same-as-analyze.js';

const speakers = (text: string) => analyze(text).quotes.map((quote) => `${quote.speaker?.text ?? ''}/${quote.actor ?? ''}`);

/** Long enough that a paragraph two away lies beyond what a paragraph's quotations read. */
const filler = 'The crowd cheered for a long time and then went home in the rain, tired but happy after the long day.';

describe('incremental analysis: the quotes layer’s moved quotations', () => {
  it('a speaker carried from quotation to quotation over paragraphs, edited two paragraphs away', () => {
    const text = [
      'Maria Lopez, the finance minister, spoke to reporters on Monday in San Salvador after the vote.',
      '“We will not accept the deal as it stands, because the numbers simply do not add up for us,” Lopez said.',
      '“The ministry knows it, and the ministry has known it for months, ever since the first draft of the budget was sent over.”',
      '“We will keep talking, but we will not sign anything that hurts the poorest families in this country.”',
      '“Nothing has been decided yet, and nothing will be decided until the assembly votes again in March.”',
      'The assembly meets again on Thursday.',
    ].join('\n\n');
    const unsaid = text.replace('Lopez said.', 'Lopez sad.');
    // The last quotation takes its speaker from the first, three paragraphs before.
    assert.equal(speakers(text)[3], 'Lopez/a1');
    assert.equal(speakers(unsaid)[3], '/');
    sameAsAnalyze([text, unsaid, text, ...typing(text, text.indexOf(' said.'), 'x')]);
  });

  it('actors renumbered by a name added before them (a moved quotation’s actor renamed)', () => {
    // The quotation does not open its paragraph: it takes no speaker from the one before, and is moved.
    const text = ['Carlos Ruiz spoke at the rally on Monday.', filler, filler, 'He smiled. “We will win this state,” Ruiz said.'].join('\n\n');
    const named = text.replace('Carlos Ruiz spoke', 'Pedro Gomez and Carlos Ruiz spoke');
    assert.notDeepEqual(speakers(text), speakers(named));
    sameAsAnalyze([text, named, text, ...typing(text, 0, 'Pedro Gomez and ')]);
  });

  it('an actor that became two (the paragraphs where it spoke found again)', () => {
    const text = ['Carlos Ruiz spoke at the rally on Monday.', filler, 'He smiled. “We will win this state,” he said.', filler, filler, 'Officials arrived later.', 'It rained. “It was a good day,” he said.'].join('\n\n');
    const other = text.replace('Officials', 'Pedro Gomez');
    // "he" was Ruiz twice, and is now Ruiz, then Gomez: Ruiz's actor is two actors' mentions.
    assert.deepEqual(speakers(text), ['he/a1', 'he/a1']);
    assert.deepEqual(speakers(other), ['he/a1', 'he/a2']);
    sameAsAnalyze([text, other, text, other]);
  });

  it('a quotation left open and continued in the next paragraph, closed or reopened by an edit', () => {
    const text = ['Officials met on Monday.', 'They were blunt. “We will not accept the deal as it stands', 'and the ministry knows it,” said Maria Lopez, the finance minister.', filler].join('\n\n');
    const reopened = text.replace('and the ministry', '“and the ministry');
    const closed = reopened.replace('as it stands', 'as it stands.”');
    // Continued, the first piece takes the speaker of the second, which is after the edit that closes it.
    assert.deepEqual(speakers(reopened).slice(0, 2), ['Maria Lopez/a1', 'Maria Lopez/a1']);
    assert.deepEqual(speakers(closed).slice(0, 2), ['/', 'Maria Lopez/a1']);
    // The mark typed opens the next paragraph (read for the paragraph before, which the edit
    // leaves as it was), then one closes the quotation left open (the paragraph after is no
    // longer carried one); last, the closing mark replaced by a letter, which moves nothing.
    sameAsAnalyze([text, reopened, closed, reopened, text, reopened, closed, closed.replace('stands.”', 'stands.x'), closed]);
  });
});
