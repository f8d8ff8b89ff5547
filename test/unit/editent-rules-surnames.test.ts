/**
 * The rules type a lone capitalised word by the surnames of the people the article names in full
 * ("Jordan" after "Michael Jordan"). When an edit changes those surnames, entities.ts
 * `rulesNearEdit` reads again the sentences holding a word whose surname changed, with the
 * window around the edit, and keeps the rest: the names must still be `analyze`'s.
 */
import assert from 'node:assert/strict';
import {analyze, createAnalyzer} from '../../src/core/index.js';

const filler = (at: number) => `Lima officials met on day ${at} to review the budget and the plans for the harbour.`;
/** A full name near the start (or the end), the lone surname far from it, many sentences between. */
function article(fullName: string, atEnd = false): string {
  const middle = Array.from({length: 30}, (_, at) => filler(at)).join(' ');
  const full = `${fullName} spoke to reporters on Monday about the new stadium.`;
  return `${atEnd ? '' : `${full}\n\n`}${middle}\n\nJordan said that week the plan would go ahead. ${middle}${atEnd ? `\n\n${full}` : ''}`;
}

function sameAsFresh(versions: readonly string[]): void {
  const analyzer = createAnalyzer();
  for (const text of versions) assert.deepEqual(analyzer.analyze(text).entities, analyze(text).entities, text.slice(0, 40));
}

describe('editent: the rules’ surnames changed by an edit', () => {
  it('a full name gaining or losing the surname of a lone word far away types that word anew', () => {
    const withName = article('Michael Jordan');
    const lone = withName.indexOf('Jordan said');
    const fresh = (text: string) => analyze(text).entities.find((item) => item.start === text.indexOf('Jordan said'))?.type;
    // The surname makes the lone word a person; without it, the rules read it otherwise.
    assert.notEqual(fresh(withName), fresh(article('Michael Jordanx')));
    assert.ok(lone > 1000);
    sameAsFresh([withName, article('Michael Jordanx'), withName, article('Michael Jorda'), article('Michael Jordan')]);
  });

  it('the same with the full name after the lone word', () => {
    sameAsFresh([article('Michael Jordan', true), article('Michael Jordanx', true), article('Michael Jordan', true), article('Michael Jorda', true)]);
  });
});
