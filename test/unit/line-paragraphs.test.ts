import assert from 'node:assert/strict';
import type {Paragraph, Sentence, Word} from 'nlcst';
import {toString} from 'nlcst-to-string';
import {parseByLine} from '../../src/core/parse/line-paragraphs.js';

function words(paragraph: Paragraph): Word[] {
  return paragraph.children.filter((node): node is Sentence => node.type === 'SentenceNode').flatMap((sentence) => sentence.children.filter((node): node is Word => node.type === 'WordNode'));
}

describe('line paragraphs parser', () => {
  it('makes each line of wire copy its own paragraph', () => {
    const tree = parseByLine('First line here.\nSecond line.\n\nThird.');
    const paragraphs = tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode');
    assert.deepEqual(paragraphs.map((paragraph) => toString(paragraph)), ['First line here.', 'Second line.', 'Third.']);
  });

  it('keeps offsets into the text as read, CRLF counting as two', () => {
    const text = 'Alpha beta.\r\n\r\n  Gamma delta.\r\nÉpsilon 😀 zeta.';
    const tree = parseByLine(text);
    for (const paragraph of tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')) {
      for (const word of words(paragraph)) {
        const {start, end} = word.position!;
        assert.equal(text.slice(start.offset, end.offset), toString(word));
      }
    }
    assert.equal(toString(tree), text, 'the tree holds every character, white space included');
  });

  it('gives lines and columns of the document', () => {
    const tree = parseByLine('One.\n  Two words.');
    const second = tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')[1]!;
    assert.deepEqual(words(second)[0]!.position!.start, {line: 2, column: 3, offset: 7});
  });

  it('parses empty and blank-only text', () => {
    assert.equal(parseByLine('').children.length, 0);
    assert.equal(toString(parseByLine(' \n\r\n\t')), ' \n\r\n\t');
  });
});
