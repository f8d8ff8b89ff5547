import assert from 'node:assert/strict';
import {crossesHeadline, headlineRuns} from '../../src/core/ner/headline.js';
import {isBlankGap} from '../../src/core/text/sentences.js';

/** A title-case headline padded with " Voters" to `length` characters (59 + 7n, or one more with "Wealthyy"). */
function headline(length: number): string {
  let line = 'Wealthy Voters Abandon Republican Party for Hillary Clinton';
  while (line.length < length - 1) line += ' Voters';
  return line.length === length ? line : line.replace('Wealthy', 'Wealthyy');
}

/** Runs of one word each at `starts` (word texts read from `text`). */
function words(text: string, from: number, to: number): Array<{text: string; start: number; end: number}> {
  const found: Array<{text: string; start: number; end: number}> = [];
  for (const match of text.slice(from, to).matchAll(/\S+/gu)) found.push({text: match[0], start: from + match.index, end: from + match.index + match[0].length});
  return found;
}

describe('title-case headlines: the line around a run', () => {
  it('reads a line of up to 150 characters as a headline, wherever the run is in it', () => {
    for (const before of ['', 'The poll was released on Monday.\n']) {
      for (const length of [150, 151]) {
        const line = headline(length);
        assert.equal(line.length, length);
        const text = `${before}${line}\nThe poll was released on Monday.`;
        const at = before.length;
        // "Voters Abandon Republican Party …": cut by the headline; near its start, and a run of the padding near its end.
        assert.equal(crossesHeadline(text, at + 8, at + 59), length === 150, `${length} from the start`);
        const tail = words(text, at + 8, at + 59);
        assert.equal(headlineRuns(tail, text, 0, text.length).length > 1, length === 150);
        // Two padding words, ordinary words in a headline, at its end.
        assert.equal(crossesHeadline(text, at + length - 13, at + length), length === 150, `${length} at the end`);
        // The window the caller may read cuts the line: no headline read.
        assert.equal(headlineRuns(tail, text, 0, at + length - 1).length, 1);
        assert.equal(headlineRuns(tail, text, at + 1, text.length).length, 1);
      }
    }
    // A long title-case line, the run at its start or end: no headline.
    const long = headline(304);
    assert.equal(crossesHeadline(long, 8, 59), false);
    assert.equal(crossesHeadline(`${long}\n`, long.length - 51, long.length), false);
  });

  it('reads a gap of spaces, tabs and no-break spaces as blank, as the expression did', () => {
    for (let code = 0; code < 0x3000; code++) {
      const char = String.fromCharCode(code);
      for (const gap of [char, ` ${char}`, `${char}\u00a0`, `\t${char}${char}`]) assert.equal(isBlankGap(gap), /^[ \t\u00a0]*$/.test(gap), JSON.stringify(gap));
    }
    assert.equal(isBlankGap(''), true);
  });
});
