/** Markdown and hard-wrapped articles read as a reader reads them, annotated on the text as given. */
import assert from 'node:assert/strict';
import {analyze, createAnalyzer} from '../../src/core/index.js';
import {assertSpansIndexText} from '../support/spans.js';
import {wrappedParagraph} from '../support/wrapped-article.js';

const markdown = [
  '---',
  'title: "Rubio visits El Salvador"',
  '---',
  '',
  '# Rubio meets Bukele in San Salvador',
  '',
  'U.S. Secretary of State **Marco Rubio** met President _Nayib Bukele_ on Monday.',
  '"We are grateful," [Bukele](https://example.com/bukele "Bukele") said.',
  '',
  '```',
  '"an unbalanced mark in code',
  '```',
].join('\n');

describe('reading text', () => {
  it('reads Markdown’s prose: no quotation in front matter or code, names inside emphasis and links', () => {
    const result = analyze(markdown, {markdown: true});
    assertSpansIndexText(result, markdown);
    assert.deepEqual(result.findings, []);
    assert.deepEqual(
      result.quotes.map((quote) => [quote.text, quote.speaker?.text]),
      [['We are grateful,', 'Bukele']],
    );
    assert.ok(result.entities.some((entity) => entity.text === 'Marco Rubio' && entity.type === 'person'));
    // The paragraph's two lines are one: the quotation's speaker is the person named before.
    const rubio = result.actors.find((actor) => actor.name === 'Nayib Bukele');
    assert.ok(rubio?.mentions.some((mention) => mention.text === 'Bukele'));
  });

  it('reads the same Markdown as plain text when not asked to', () => {
    const plain = analyze(markdown);
    assert.ok(plain.findings.some((finding) => finding.code === 'unbalanced-quote'));
  });

  it('gives a hard-wrapped article the annotations of its unwrapped paragraphs, texts from the source', () => {
    const lines = wrappedParagraph;
    const wrapped = lines.join('\n');
    const result = analyze(wrapped);
    assertSpansIndexText(result, wrapped);
    const one = analyze(lines.join(' '));
    const texts = (annotations: typeof result) => annotations.quotes.map((quote) => [quote.kind, quote.text.replace(/\s+/g, ' '), quote.speaker?.text.replace(/\s+/g, ' ')]);
    assert.deepEqual(texts(result), texts(one));
    assert.ok(result.entities.some((entity) => entity.text === 'State\nDepartment' && entity.type === 'organization'));
    assert.ok(result.actors.some((actor) => actor.name === 'State Department'));
  });

  it('gives the incremental analyser’s result for Markdown and wrapped text', () => {
    const analyzer = createAnalyzer();
    assert.deepEqual(analyzer.analyze(markdown, {markdown: true}), analyze(markdown, {markdown: true}));
    const edited = markdown.replace('Monday', 'Tuesday');
    assert.deepEqual(analyzer.analyze(edited, {markdown: true}), analyze(edited, {markdown: true}));
  });
});
