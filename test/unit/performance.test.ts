/**
 * The optimised paths give exactly what the reference paths give: the fast tagger what
 * retext-pos gives, the span index what a scan of the list gives, and the caching analyser
 * (after edits, synchronously or in slices) what a fresh `analyze` with retext-pos gives.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
// @ts-expect-error -- the pos package ships no types.
import pos from 'pos';
import {analyze, analyzeWith, createAnalyzer} from '../../src/core/index.js';
import {tagWords} from '../../src/core/parse/tagger.js';
import {findContaining, findOverlapping, findStartingIn, indexContaining, overlapping, startingIn, within} from '../../src/core/text/span-index.js';
import {generateArticle, random} from '../support/corpus.js';
import {examplesDir} from '../support/paths.js';
import {ReplyAssembler, replyMessages} from '../../src/vscode/workerProtocol.js';

const reference = (text: string) => analyzeWith(text, {}, {reference: true});
const examples = readdirSync(examplesDir)
  .filter((file) => /\.(txt|md)$/.test(file))
  .map((file) => readFileSync(join(examplesDir, file), 'utf8'));

/** One-character edits at seeded random places, the way typing changes an article. */
function edits(text: string, count: number, seed: number): string[] {
  const next = random(seed);
  const versions: string[] = [];
  let current = text;
  for (let index = 0; index < count; index++) {
    const at = Math.floor(next() * current.length);
    const choice = next();
    current =
      choice < 0.5 ? current.slice(0, at) + 'e' + current.slice(at)
      : choice < 0.7 ? current.slice(0, at) + '\n' + current.slice(at)
      : choice < 0.8 ? current.slice(0, at) + '"' + current.slice(at)
      : current.slice(0, at) + current.slice(at + 1);
    versions.push(current);
  }
  return versions;
}

describe('performance paths give the reference results', () => {
  it('the tagger gives retext-pos’s tags (pos-js), quirks included', () => {
    const tagger = new pos.Tagger();
    const words = [
      ...new Set(
        [...examples, generateArticle(examplesDir, 20_000, 5)]
          .join(' ')
          .split(/[\s"“”]+/)
          .filter(Boolean),
      ),
      'needed', 'seeded', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '3.5', 'U.S.', 'www.example.com', 'would', 'Would', 'the', 'record', 'readily', 'national', 'cats', 'running', 'x', 'Q', '1,000', '.5', 'a.b',
    ];
    const next = random(11);
    for (let round = 0; round < 400; round++) {
      const sentence = Array.from({length: 1 + Math.floor(next() * 12)}, () => words[Math.floor(next() * words.length)]!);
      if (next() < 0.3) sentence.splice(Math.floor(next() * sentence.length), 0, next() < 0.5 ? 'would' : 'the');
      const expected = (tagger.tag(sentence) as Array<[string, string]>).map((pair) => pair[1]);
      assert.deepEqual(tagWords(sentence), expected, sentence.join(' '));
    }
  });

  it('the span index answers as a scan of the list does', () => {
    const next = random(3);
    for (let round = 0; round < 200; round++) {
      const list = Array.from({length: Math.floor(next() * 30)}, () => {
        const start = Math.floor(next() * 200);
        return {start, end: start + 1 + Math.floor(next() * (next() < 0.2 ? 80 : 8)), id: round};
      });
      // Mostly sorted, as the layers' lists are; sometimes not, which must fall back to a scan.
      if (next() < 0.8) list.sort((a, b) => a.start - b.start);
      for (let query = 0; query < 20; query++) {
        const a = Math.floor(next() * 220) - 10;
        const b = a + Math.floor(next() * 40);
        const odd = (item: {start: number}) => item.start % 2 === 1;
        assert.equal(findStartingIn(list, a, b, odd), list.find((item) => a <= item.start && item.start <= b && odd(item)));
        assert.deepEqual(startingIn(list, a, b), list.filter((item) => a <= item.start && item.start <= b));
        assert.deepEqual(within(list, a, b), list.filter((item) => item.start >= a && item.end <= b));
        assert.equal(findOverlapping(list, a, b, odd), list.find((item) => item.start < b && a < item.end && odd(item)));
        assert.deepEqual(overlapping(list, a, b), list.filter((item) => item.start < b && a < item.end));
        assert.equal(findContaining(list, a), list.find((item) => item.start <= a && a < item.end));
        assert.equal(indexContaining(list, a), list.findIndex((item) => item.start <= a && a < item.end));
      }
    }
  });

  it('analyze gives the reference result on the examples and on generated articles', () => {
    for (const text of [...examples, generateArticle(examplesDir, 40_000, 9), generateArticle(examplesDir, 20_000, 21).replace(/\n\n/g, '\n')]) {
      assert.deepEqual(analyze(text), reference(text));
    }
  });

  it('the caching analyser gives the reference result after every edit', () => {
    const analyzer = createAnalyzer();
    for (const text of [...examples, generateArticle(examplesDir, 15_000, 4)]) {
      analyzer.analyze(text);
      for (const version of edits(text, 12, text.length)) {
        assert.deepEqual(analyzer.analyze(version, {layers: {claims: version.length % 2 === 0}}), analyzeWith(version, {layers: {claims: version.length % 2 === 0}}, {reference: true}));
      }
    }
  });

  it('analyzeAsync yields and gives the same result; an aborted run rejects', async () => {
    const analyzer = createAnalyzer();
    const text = generateArticle(examplesDir, 30_000, 6);
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const result = await analyzer.analyzeAsync(text, {}, {sliceMs: 1});
    clearInterval(ticker);
    assert.deepEqual(result, reference(text));
    assert.ok(turns > 0, 'the event loop turned while the article was tokenised');
    for (const version of edits(text, 3, 2)) assert.deepEqual(await analyzer.analyzeAsync(version), reference(version));

    const controller = new AbortController();
    const running = createAnalyzer().analyzeAsync(generateArticle(examplesDir, 30_000, 7), {}, {signal: controller.signal, sliceMs: 1});
    controller.abort();
    await assert.rejects(running, {name: 'AbortError'});
  });

  it('a result sent from the worker in chunks is put back together unchanged', () => {
    const result = analyze(generateArticle(examplesDir, 20_000, 8));
    const messages = replyMessages(7, result, 25);
    assert.ok(messages.length > 10);
    const assembler = new ReplyAssembler();
    const assembled = messages.map((message) => assembler.add(message));
    assert.deepEqual(assembled.slice(0, -1), new Array(messages.length - 1).fill(undefined));
    assert.deepEqual(assembled.at(-1), result);
  });
});
