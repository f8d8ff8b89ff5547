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
import retextFastPos, {tagAndShare, tagWords} from '../../src/core/parse/tagger.js';
import {cuesOf} from '../../src/core/plugins/quotes.js';
import {cueVerbs} from '../../src/core/data/speech.js';
import {layoutByLine} from '../../src/core/parse/layout-by-line.js';
import {layoutOf} from '../../src/core/text/sentences.js';
import {PositionedParseEnglish} from '../../src/core/parse/english.js';
import {parseByLine} from '../../src/core/parse/line-paragraphs.js';
import {ParseEnglish} from 'parse-english';
import {findContaining, findOverlapping, findStartingIn, indexContaining, overlapping, startingIn, within} from '../../src/core/text/span-index.js';
import {generateArticle, random} from '../support/corpus.js';
import {examplesDir} from '../support/paths.js';
import {ReplyAssembler, ReplyReceiver, ReplySender, replyMessages, type WorkerReply} from '../../src/vscode/workerProtocol.js';

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

/** Text made of the characters that make parse-english's odd cases, and a few of any kind. */
function oddText(next: () => number, length: number): string {
  const pieces = [
    'a', 'Word', ' ', '  ', '\t', '.', '...', '!', '?', '?!', ',', '"', '“', '”', "'", '’', '-', '—', '/', '&', '@', '_', '__', ':', '=',
    '3', '1.5', 'U.S.', 'Mr.', 'Inc.', 'St.', 'w/', "'twas", "'n'", 'o’', 'e.g.', '\u00a0', '\u2028', '\u0085', '\r', '\n', '\r\n', '😀', '\ud83d', '\ude00',
    'é', 'e\u0301', 'Ä', 'ß', 'İ', 'Ω', 'Я', '中文', 'ﬁ', '٣', '²', '½', '©', '€', '%', '#', '(', ')', '[', ']', '«', '»', '…', '‽', '\u200b', '\ufeff',
  ];
  let text = '';
  while (text.length < length) {
    text += next() < 0.9 ? pieces[Math.floor(next() * pieces.length)] : String.fromCharCode(Math.floor(next() * 0x10000));
  }
  return text;
}

describe('performance paths give the reference results', () => {
  it('the positioned parser builds parse-english’s trees, on any text', () => {
    const next = random(17);
    for (let round = 0; round < 400; round++) {
      const text = oddText(next, 1 + Math.floor(next() * 120));
      assert.deepEqual(new PositionedParseEnglish().tokenizeParagraph(text), new ParseEnglish().tokenizeParagraph(text), JSON.stringify(text));
      assert.deepEqual(new PositionedParseEnglish().parse(text), new ParseEnglish().parse(text), JSON.stringify(text));
    }
    // Every UTF-16 unit is classified as parse-latin classifies it.
    for (let code = 0; code < 0x10000; code += 1) {
      const text = `a${String.fromCharCode(code)}${String.fromCharCode(code)}b`;
      assert.deepEqual(new PositionedParseEnglish().tokenize(text), new ParseEnglish().tokenize(text));
    }
  });

  it('parsing line by line in place gives the tree of parsing each line and moving it', () => {
    const next = random(19);
    const texts = [...examples, generateArticle(examplesDir, 60_000, 3), generateArticle(examplesDir, 20_000, 21).replace(/\n\n/g, '\r\n  ')];
    for (let round = 0; round < 150; round++) texts.push(oddText(next, 1 + Math.floor(next() * 400)));
    for (const text of texts) assert.deepEqual(parseByLine(text), parseByLine(text, new ParseEnglish()), JSON.stringify(text.slice(0, 200)));
  });

  it('the layout made line by line is the layout of the whole tagged tree', () => {
    const next = random(23);
    const texts = [...examples, generateArticle(examplesDir, 60_000, 5), generateArticle(examplesDir, 20_000, 22).replace(/\n\n/g, '\r\n  ')];
    for (let round = 0; round < 150; round++) texts.push(oddText(next, 1 + Math.floor(next() * 400)));
    for (const text of texts) {
      const tree = parseByLine(text, new ParseEnglish());
      retextFastPos()(tree);
      assert.deepEqual(layoutByLine(text), layoutOf(tree, text), JSON.stringify(text.slice(0, 200)));
    }
  });

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

  it('the layout’s tagger keeps the words’ texts, with tagWords’s tags', () => {
    const sentence = 'The minister said the minister would record the record in Washington-on-the-Brazos'.split(' ');
    const texts = sentence.map((word) => ` ${word}`.slice(1));
    const tags = tagAndShare(texts);
    assert.deepEqual(texts, sentence);
    assert.deepEqual(tags, tagWords(sentence));
    // Seen again (the kept strings, JavaScript cannot tell which object a string is), the same answers.
    const again = sentence.map((word) => ` ${word}`.slice(1));
    assert.deepEqual(tagAndShare(again), tags);
    assert.deepEqual(again, sentence);
  });

  it('the speech layer’s cues by word text answer as the patterns do', () => {
    const words = ['said', 'Said', 'SAID', 'says', 'told', 'claims', 'Claims', 'claim', 'expected', 'Expected', 'seems', 'appeared', 'the', 'tells', 'support', 'noted', 'thought', 'x'];
    for (const word of [...words, ...words]) {
      const cues = cuesOf(` ${word}`.slice(1));
      assert.equal(cues.lemma, cueVerbs.get(word.toLowerCase()), word);
    }
    assert.deepEqual(cuesOf('said'), {lemma: cueVerbs.get('said'), noun: false, passive: true, seeming: false});
    assert.deepEqual(cuesOf('Claims'), {lemma: cueVerbs.get('claims'), noun: true, passive: false, seeming: false});
    assert.deepEqual(cuesOf('seems'), {lemma: cueVerbs.get('seems'), noun: false, passive: false, seeming: true});
    assert.deepEqual(cuesOf('the'), {lemma: undefined, noun: false, passive: false, seeming: false});
    assert.notEqual(cueVerbs.get('said'), undefined);
    assert.deepEqual(cuesOf('Expected'), {lemma: cueVerbs.get('expected'), noun: false, passive: false, seeming: false});
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

  it('a result sent without its span texts gets them back from the source, key order kept', () => {
    const text = generateArticle(examplesDir, 20_000, 12);
    const result = analyze(text);
    const messages = replyMessages(3, result, 40, text);
    const sent = JSON.stringify(messages);
    assert.ok(sent.length < JSON.stringify(result).length * 0.8, `the texts did not travel (${sent.length} of ${JSON.stringify(result).length})`);
    // Through a structured clone, as between threads, so that nothing is shared with `result`.
    const assembler = new ReplyAssembler();
    const assembled = structuredClone(messages).map((message) => assembler.add(message, text)).at(-1);
    assert.deepEqual(assembled, result);
    assert.equal(JSON.stringify(assembled), JSON.stringify(result));
    assert.equal(result.quotes[0]!.text, text.slice(result.quotes[0]!.start, result.quotes[0]!.end), 'the sender left its result as it was');
  });

  it('the worker sends a chunk only when the host asks for it', () => {
    const text = generateArticle(examplesDir, 20_000, 13);
    const result = analyze(text);
    const toHost: WorkerReply[] = [];
    const toWorker: unknown[] = [];
    const sender = new ReplySender({postMessage: (message) => toHost.push(message as WorkerReply)}, 50);
    const receiver = new ReplyReceiver({postMessage: (message) => toWorker.push(message)});
    sender.send(5, result, text);
    assert.equal(toHost.length, 1);
    let outcome;
    for (let turn = 0; !outcome; turn++) {
      assert.equal(toHost.length, turn + 1, 'one message in flight');
      outcome = receiver.receive(structuredClone(toHost[turn]!), text);
      if (!outcome) sender.next((toWorker.at(-1) as {id: number}).id);
    }
    assert.ok(toHost.length > 2);
    assert.deepEqual(outcome, {annotations: result});
    // A stream the host stopped asking for is dropped by the next request.
    sender.send(6, result, text);
    sender.cancel();
    sender.next(6);
    assert.equal(toHost.at(-1)!.id, 6);
    assert.ok(toHost.at(-1)!.chunk);
  });
});
