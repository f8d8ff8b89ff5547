import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {createAnalyzer} from '../../src/core/index.js';

/**
 * V8 keeps one representation per field for all objects written alike ({start, end, …}: names,
 * spans, quotes). A single offset that is not a small integer (-0, from negating a base of 0)
 * turns the field into a double for all of them, for the rest of the process: every name's
 * offsets become heap numbers, allocated with each copy, and an edit of a long article spent a
 * quarter more time. Asked of V8 itself, in a child process allowed to ask (`%IsSmi`).
 */
const PROBE = 'NEWS_ANNOTATOR_OFFSETS_PROBE';

function probe(): void {
  const analyzer = createAnalyzer();
  // A quotation in the first paragraph and a name with a role in the first sentence, both at base 0.
  let text = '"We agree," Senator Marco Rubio said on Monday in San Salvador.\n\nPresident Nayib Bukele said the deal was done. "It is signed," Bukele said.';
  analyzer.analyze(text);
  text = `x${text}`;
  analyzer.analyze(text);
  text = text.slice(1);
  analyzer.analyze(text);
  const small = new Function('o', 'return %IsSmi(o.start) && %IsSmi(o.end)') as (item: object) => boolean;
  const shapes = [
    {start: 1, end: 2, text: ''},
    {start: 1, end: 2, text: '', type: 'person', role: null, sentence: 0, actor: null},
    {start: 1, end: 2, text: '', openStart: 0, closeEnd: 3, kind: 'straight', continues: false, nested: false},
  ];
  process.stdout.write(JSON.stringify(shapes.map(small)));
}

if (process.env[PROBE] === '1') probe();
else {
  describe('offsets stay small integers', () => {
    it('after incremental analyses with a quotation and a role at offset 0', () => {
      const output = execFileSync(process.execPath, ['--allow-natives-syntax', __filename], {env: {...process.env, [PROBE]: '1'}, encoding: 'utf8'});
      assert.deepEqual(JSON.parse(output), [true, true, true]);
    });
  });
}
