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

describe('title-case headlines: the last line kept', () => {
  it('answers as a first reading would, for runs asked in any order, with any window, in texts that change', () => {
    let state = 7;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const titleWords = ['Voters', 'Abandon', 'Republican', 'Party', 'for', 'Hillary', 'Clinton', 'Says', 'Mexico', 'Will', 'Pay', 'Wells', 'Fargo', 'The'];
    const lowerWords = ['the', 'poll', 'was', 'released', 'on', 'Monday', 'by', 'voters'];
    const line = () => {
      const words: string[] = [];
      const count = 3 + Math.floor(next() * 30);
      const lower = next() < 0.3;
      for (let at = 0; at < count; at++) words.push(pick(lower ? lowerWords : titleWords));
      return words.join(' ');
    };
    let text = Array.from({length: 12}, line).join('\n');
    const cold = (query: () => unknown) => {
      headlineRuns([{text: 'x', start: 0, end: 1}], 'x', 0, 1);
      return JSON.stringify(query());
    };
    let asked = 0;
    for (let round = 0; round < 3000; round++) {
      // Now and then the text changes around the last line read (an edit elsewhere, or in it).
      if (next() < 0.05) {
        const at = Math.floor(next() * text.length);
        text = text.slice(0, at) + pick(['', ' Voters', '\n', 'x', ' Says']) + text.slice(at + Math.floor(next() * 3));
      }
      const found = [...text.matchAll(/\S+/gu)];
      const first = Math.floor(next() * found.length);
      const count = 1 + Math.floor(next() * 4);
      const run = found.slice(first, first + count).map((match) => ({text: match[0], start: match.index, end: match.index + match[0].length}));
      if (run.length === 0 || text.slice(run[0]!.start, run[run.length - 1]!.end).includes('\n')) continue;
      const start = run[0]!.start;
      const end = run[run.length - 1]!.end;
      const from = pick([0, start - 60, start - 200, start - Math.floor(next() * 40), start + 1]);
      const to = pick([text.length, end + 80, end + Math.floor(next() * 40), end - 1]);
      const current = text;
      const query = () => [headlineRuns(run, current, from, to), crossesHeadline(current, start, end)];
      assert.equal(JSON.stringify(query()), cold(query), `run ${JSON.stringify(text.slice(start, end))} at ${start} (window ${from}..${to})`);
      // Asked again at once: from the kept line.
      const again = JSON.stringify(query());
      assert.equal(again, cold(query));
      asked++;
    }
    assert.ok(asked > 1000);
  });
});
