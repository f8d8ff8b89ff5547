/** A paragraph's line breaks joined, and only those. */
import assert from 'node:assert/strict';
import {withSoftBreaksJoined} from '../../src/core/text/soft-breaks.js';
import {markdownProse} from '../../src/core/text/markdown-prose.js';
import {wrappedParagraph} from '../support/wrapped-article.js';

const wrapped = [...wrappedParagraph, 'The next paragraph starts here and is short.'].join('\n');

describe('soft breaks', () => {
  it('joins the lines of a hard-wrapped paragraph, keeping offsets and the short last line’s break', () => {
    const joined = withSoftBreaksJoined(wrapped);
    assert.equal(joined.length, wrapped.length);
    assert.deepEqual(joined.split('\n'), [wrapped.split('\n').slice(0, 4).join(' '), 'The next paragraph starts here and is short.']);
  });

  it('turns a CRLF inside a paragraph into two spaces', () => {
    const crlf = wrapped.replace(/\n/g, '\r\n');
    const joined = withSoftBreaksJoined(crlf);
    assert.equal(joined.length, crlf.length);
    assert.ok(joined.includes('that the  United States'));
    assert.ok(joined.includes('Department.\r\nThe next'));
  });

  it('leaves wire copy with a paragraph per line alone, short lines included', () => {
    const wire = 'Rubio visits El Salvador\nSAN SALVADOR, Feb 3 (Reuters) - Marco Rubio met Nayib Bukele on Monday.\n"We are grateful," Bukele said.\nThe meeting lasted two hours, officials said.';
    assert.equal(withSoftBreaksJoined(wire), wire);
    assert.equal(withSoftBreaksJoined('“Those are distractions,” he said. “What works is change.”\nJason Miller added, “Success is what everyone wants.”'), '“Those are distractions,” he said. “What works is change.”\nJason Miller added, “Success is what everyone wants.”');
  });

  it('does not join a list item or an indented first line to the line before', () => {
    const text = [
      'The council listed the projects it would pay for over the next three years and',
      'the amounts that each of them would receive from the transit budget, which are',
      '- new bus lanes on the main roads leading into the centre of the city, and',
      '   Indented paragraph that opens after a full line of the previous paragraph',
      'and its second line.',
    ].join('\n');
    const lines = withSoftBreaksJoined(text).split('\n');
    assert.equal(lines.length, 3);
    assert.ok(lines[0]!.endsWith('which are'));
    assert.ok(lines[1]!.startsWith('- new bus lanes'));
    assert.ok(lines[2]!.startsWith('   Indented paragraph') && lines[2]!.endsWith('second line.'));
  });

  it('joins a Markdown paragraph’s lines whatever their width, not a heading or a list item', () => {
    const markdown = '# Head\nShort line\nand its end.\n\n- item one\n  continued\n- item two';
    const {text, lines} = markdownProse(markdown);
    assert.deepEqual(withSoftBreaksJoined(text, lines).split('\n').map((line) => line.trim().replace(/ +/g, ' ')), ['Head', 'Short line and its end.', '', 'item one continued', 'item two']);
  });
});
