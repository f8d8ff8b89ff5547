/** Markdown's syntax blanked, its prose kept, offsets and line breaks unchanged. */
import assert from 'node:assert/strict';
import {markdownProse} from '../../src/core/text/markdown-prose.js';

/** The prose with runs of blanks shown as one space, for reading the assertions. */
function prose(markdown: string): string {
  const result = markdownProse(markdown).text;
  assert.equal(result.length, markdown.length, 'same length');
  for (let at = 0; at < markdown.length; at++) {
    if (markdown[at] === '\n' || markdown[at] === '\r') assert.equal(result[at], markdown[at], `line break kept at ${at}`);
  }
  return result
    .split(/\r?\n/)
    .map((line) => line.replace(/ +/g, ' ').trim())
    .join('\n');
}

describe('markdown prose', () => {
  it('blanks front matter, headings’ hashes and code fences', () => {
    const text = '---\ntitle: "Rubio visits"\n---\n# Rubio meets Bukele #\n\n```js\nconst x = "a";\n```\n~~~\n"\n~~~\nAfter.';
    assert.equal(prose(text), '\n\n\nRubio meets Bukele\n\n\n\n\n\n\n\nAfter.');
  });

  it('keeps an unclosed front-matter fence as text (a rule, then prose)', () => {
    assert.equal(prose('---\nNo front matter here.'), '\nNo front matter here.');
  });

  it('keeps the words of links and drops their targets, images, references and footnotes', () => {
    assert.equal(prose('according to a [statement](https://example.com/s "Title") from [Reuters][r] and [AP].\n\n[r]: https://reuters.com\n[ap]: https://apnews.com'), 'according to a statement from Reuters and AP .\n\n\n');
    assert.equal(prose('![Photo of Rubio](rubio.jpg) He said so.[^1]\n\n[^1]: Reported by AP.'), 'He said so.\n\nReported by AP.');
    // A bracket that is no link stays: "[sic]" is the writer's.
    assert.equal(prose('the “best [sic] deal”'), 'the “best [sic] deal”');
  });

  it('blanks emphasis delimiters but not an underscore inside a word or a lone asterisk', () => {
    assert.equal(prose('**Marco Rubio** met _Nayib Bukele_ and ~~nobody~~ else'), 'Marco Rubio met Nayib Bukele and nobody else');
    assert.equal(prose('snake_case_name and 5 * 3'), 'snake_case_name and 5 * 3');
    assert.equal(prose('an ***important*** point'), 'an important point');
  });

  it('blanks code spans, HTML, autolinks and escapes (the escaped character stays)', () => {
    assert.equal(prose('Run `rm -rf "x` now <br/> see <https://example.com> or <!-- note --> \\*not emphasis\\*'), 'Run now see or *not emphasis *');
  });

  it('blanks quotation-block and list markers, task boxes, rules and setext underlines', () => {
    assert.equal(prose('> "We are grateful," he said.\n> And more.\n\n- [x] First item\n2. Second item\n\n***\n\nTitle\n====='), '"We are grateful," he said.\nAnd more.\n\nFirst item\nSecond item\n\n\n\nTitle\n');
  });

  it('blanks a table’s pipes and delimiter row, keeping the cells', () => {
    assert.equal(prose('| Name | Party |\n|------|:-----:|\n| Ruiz | PAN |\n\nText | with a pipe.'), 'Name Party\n\nRuiz PAN\n\nText | with a pipe.');
  });

  it('keeps CRLF line breaks and non-ASCII words', () => {
    assert.equal(prose('# Señora Núñez\r\n\r\n*Zoë Ødegård* said “ça va”.\r\n'), 'Señora Núñez\n\nZoë Ødegård said “ça va”.\n');
  });

  it('says which lines are paragraph text, which open a block, which stand alone', () => {
    const {lines} = markdownProse('# Head\nFirst line\nsecond line\n\n- item\n  more\n> quote\n> more\n```\ncode\n```');
    assert.deepEqual(lines, ['alone', 'text', 'text', 'blank', 'opening', 'text', 'opening', 'text', 'alone', 'alone', 'alone']);
  });
});
