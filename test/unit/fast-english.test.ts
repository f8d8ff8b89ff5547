/**
 * FastParseEnglish builds parse-english's paragraph exactly (node for node, positions and all),
 * on lines of any text, on real text, and with line breaks or added plugins (where it is
 * parse-english itself); the layout made from its tokens is the one read from that tree.
 *
 * The seed is fixed so a failure reproduces; FAST_PARSE_SEED and FAST_PARSE_RUNS change it and
 * the number of generated lines to explore further.
 */
import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import fc from 'fast-check';
import {ParseEnglish} from 'parse-english';
import type {Paragraph} from 'nlcst';
import {FastParseEnglish, isInnerWordSymbol, isTerminalMarker} from '../../src/core/parse/fast-english.js';
import {terminalMarker, wordSymbolInner} from '../../node_modules/parse-latin/lib/expressions.js';
import {PositionedParseEnglish} from '../../src/core/parse/english.js';
import {lineRanges, parseByLine} from '../../src/core/parse/line-paragraphs.js';
import {layoutByLine} from '../../src/core/parse/layout-by-line.js';
import retextFastPos from '../../src/core/parse/tagger.js';
import {layoutOf} from '../../src/core/text/sentences.js';
import {crlfArticle, edgeText} from '../support/export-fixtures.js';
import {generateArticle} from '../support/corpus.js';
import {examplesDir} from '../support/paths.js';

const SEED = Number(process.env['FAST_PARSE_SEED'] ?? 20261129);
const RUNS = Number(process.env['FAST_PARSE_RUNS'] ?? 12_000);

/**
 * What sets off parse-english's rules: words its abbreviation, elision and prefix lists name,
 * single letters and digits (initialisms), every terminal marker and closing mark, the
 * inner-word symbols, slashes, ampersands, hyphens, apostrophes, and characters of every class
 * (accents, combining marks, astral letters and emoji, lone surrogates, odd white space).
 */
const pieces = [
  'a', 'A', 'Word', 'the', 'n', 'w', 'W', 'o', 'ol', 'em', 'twas', 'cause', '90s', 'U', 'S', 'e', 'g', 'i', 'x', 'etc', 'cf', 'viz', 'al',
  'Mr', 'Dr', 'Mrs', 'St', 'jan', 'Jan', 'Inc', 'inc', 'sept', 'Calif', '3', '12', '123', '1234', '٣', '²', '½',
  ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u2028', '\u0085', '\u3000', '\u200b', '\ufeff',
  '.', '.', '.', '..', '...', '!', '!!', '?', '?!', '…', '‽', ',', ';', ':', '"', '“', '”', '«', '»', '(', ')', '[', ']', '}', '\u2019\u2019',
  "'", "'", '’', '’', '-', '-', '--', '—', '–', '\u2010', '\u2011', '\u00ad', '\u00b7', '\u2027', '/', '/', '&', '@', '_', '__', '=', '#', '%', '€', '©',
  '1.5', '3.5', '1,000', 'U.S.', 'e.g.', 'i.e.', 'Mr.', 'Inc.', 'St.', 'w/', 'w/o', 'and/or', "'twas", "'n'", "rock 'n' roll", 'o’', "ol' ", "'90s",
  'www.example.com', 'https://example.com/a-b?c=d', 'name@example.org',
  'é', 'e\u0301', '\u0301', 'Ä', 'ß', 'İ', 'Ω', 'Я', 'я', '中文', 'ﬁ', '𝑎', '𐐨', '😀', '👩🏽‍⚕️', '\ud83d', '\ude00',
];

/** Any UTF-16 unit, for the characters no list thinks of. */
const codeUnit = fc.integer({min: 0, max: 0xffff}).map((unit) => String.fromCharCode(unit));

const line = fc
  .array(fc.oneof({weight: 30, arbitrary: fc.constantFrom(...pieces)}, {weight: 1, arbitrary: codeUnit}), {minLength: 1, maxLength: 40})
  .map((parts) => parts.join('').replace(/[\r\n]/g, ' '));

function fastParagraph(text: string, origin = {line: 1, column: 1, offset: 0}): Paragraph {
  const parser = new FastParseEnglish();
  parser.origin = origin;
  return parser.tokenizeParagraph(text);
}

/** Every line of `text` as the engine parses it, fast and by parse-english from the same origin. */
function assertLinesParsedAlike(text: string): void {
  const fast = new FastParseEnglish();
  const reference = new PositionedParseEnglish();
  for (const {start, end, line, column} of lineRanges(text)) {
    fast.origin = {line, column, offset: start};
    reference.origin = {line, column, offset: start};
    const value = text.slice(start, end);
    assert.deepEqual(fast.tokenizeParagraph(value), reference.tokenizeParagraph(value), JSON.stringify(value));
  }
}

describe('FastParseEnglish builds parse-english’s paragraphs', () => {
  it('on generated lines of the characters that make parse-english’s odd cases', () => {
    fc.assert(
      fc.property(line, (text) => {
        assert.deepEqual(fastParagraph(text), new ParseEnglish().tokenizeParagraph(text));
      }),
      {seed: SEED, numRuns: RUNS},
    );
  });

  it('with its points starting where the line starts', () => {
    const origin = fc.record({line: fc.integer({min: 1, max: 1e6}), column: fc.integer({min: 1, max: 500}), offset: fc.integer({min: 0, max: 1e8})});
    fc.assert(
      fc.property(line, origin, (text, start) => {
        const reference = new PositionedParseEnglish();
        reference.origin = start;
        assert.deepEqual(fastParagraph(text, start), reference.tokenizeParagraph(text));
      }),
      {seed: SEED + 1, numRuns: Math.ceil(RUNS / 10)},
    );
  });

  it('on text with line breaks, which parse-english parses itself', () => {
    const broken = fc.array(fc.oneof(line, fc.constantFrom('\n', '\r', '\r\n', '\n\n', '\r\n \r\n')), {maxLength: 6}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(broken, (text) => {
        assert.deepEqual(fastParagraph(text), new ParseEnglish().tokenizeParagraph(text));
      }),
      {seed: SEED + 2, numRuns: 300},
    );
    assert.deepEqual(fastParagraph(''), new ParseEnglish().tokenizeParagraph(''));
  });

  it('on the cases each rule is for', () => {
    const cases = [
      'The U.S. economy grew 3.5% in Jan. and Feb., e.g. in St. Louis; Mr. Smith (of Acme Inc.) agreed.',
      "Rock 'n' roll, 'twas said, began in the '90s; ol' Joe's w/ us and/or them, w/o doubt.",
      'See https://example.com/a-b?c=d or write to name@example.org... Really?! Yes!!! “Quoted.” (Aside.) ‘Single.’',
      'Prices rose to 1,000 on 2.5.2024 - up 5 - from 900. 3 weeks later, they fell. a lower start. 12. twelve.',
      'Wait . . . what? Go x. . y! and a. . B. x. Y. etc. Something cf. the other. Fig. 3 shows it.',
      'Emoji 😀 and 👩🏽‍⚕️ and 𝑎 and e\u0301 and 中文 and ﬁne — dashes – and hyphen-ated self- and -prefix words.',
      '&amp & Co. said: AT&T; R&D. __init__ a_b a=b a:b a@b a·b a\u2027b a\u00adb a\u2010b.',
      '"Hello." "World!" he said.) ] } » ” ’ end.',
      '...', '.', '!', ' ', 'a', 'A.', '1.', 'I.B.M.', '1.2.3.', 'U.S', 'e.g', "'", "''", "'n", "n'", '’tis', '/', 'w/', '&', '-', 'a-',
    ];
    for (const text of cases) assert.deepEqual(fastParagraph(text), new ParseEnglish().tokenizeParagraph(text), JSON.stringify(text));
  });

  it('on every line of the examples, the fixtures and a generated article', () => {
    const texts = readdirSync(examplesDir)
      .filter((file) => /\.(txt|md)$/.test(file))
      .map((file) => readFileSync(join(examplesDir, file), 'utf8'));
    texts.push(crlfArticle, edgeText, generateArticle(examplesDir, 100_000, 7));
    for (const text of texts) assertLinesParsedAlike(text);
  });

  it('and the layout made from its tokens is the layout of parse-english’s tagged tree', () => {
    const document = fc.array(fc.oneof(line, fc.constantFrom('\n', '\r\n', '\r', '\n\n', ' \n\t')), {maxLength: 8}).map((parts) => parts.join(''));
    fc.assert(
      fc.property(document, (text) => {
        const tree = parseByLine(text, new ParseEnglish());
        retextFastPos()(tree);
        assert.deepEqual(layoutByLine(text), layoutOf(tree, text));
      }),
      {seed: SEED + 3, numRuns: Math.ceil(RUNS / 8)},
    );
  });

  it('tests marks as parse-latin’s expressions do', () => {
    for (let code = 0; code < 0x10000; code++) {
      const unit = String.fromCharCode(code);
      for (const value of [unit, unit + unit, unit + '_', '_' + unit, unit + '.']) {
        assert.equal(isInnerWordSymbol(value), wordSymbolInner.test(value), JSON.stringify(value));
        assert.equal(isTerminalMarker(value), terminalMarker.test(value), JSON.stringify(value));
      }
    }
    for (const value of ['', '___', '?!?', '…‽.', '.._']) {
      assert.equal(isInnerWordSymbol(value), wordSymbolInner.test(value), JSON.stringify(value));
      assert.equal(isTerminalMarker(value), terminalMarker.test(value), JSON.stringify(value));
    }
  });

  it('with plugins added to its lists, by running them as parse-english does', () => {
    const mark = (node: Paragraph) => {
      node.data = {marked: true} as Paragraph['data'];
    };
    const fast = new FastParseEnglish();
    const reference = new ParseEnglish();
    fast.tokenizeParagraphPlugins.unshift(mark);
    reference.tokenizeParagraphPlugins.unshift(mark);
    const text = 'Mr. Smith said so. It is U.S. policy.';
    assert.deepEqual(fast.tokenizeParagraph(text), reference.tokenizeParagraph(text));
    assert.deepEqual(fast.tokenizeParagraph(text).data, {marked: true});
  });
});
