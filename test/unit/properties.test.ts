/**
 * Property tests of the engine: whatever the text (random Unicode, astral characters, RTL,
 * combining marks, NUL, lone surrogates, mixed line endings, quotation marks of every style,
 * balanced or not), `analyze` returns, in time proportional to the text, spans that index the
 * text exactly, entities that do not overlap, and the same result twice.
 *
 * The seed is fixed so a failure reproduces; PROPERTY_SEED and PROPERTY_RUNS override it to
 * explore further (e.g. `PROPERTY_RUNS=5000 npm run test:unit`).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {analyze, type Annotations, type LayerSwitches} from '../../src/core/index.js';
import {assertSpansIndexText} from '../support/spans.js';

const SEED = Number(process.env['PROPERTY_SEED'] ?? 20261128);
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 300);

/**
 * A ceiling, not a benchmark: generous enough that a slow machine passes, tight enough that
 * quadratic behaviour on long inputs (which the fixed cases below probe) fails.
 */
function ceilingMs(length: number): number {
  return 5_000 + length * 0.1;
}

/** Every quotation mark the engine pairs, and the typewriter pairs (`` and ''). */
const quotationMarks = ['“', '”', '„', '«', '»', '‹', '›', '"', "'", '‘', '’', '``', "''"];
const whitespace = [' ', ' ', ' ', '  ', '\t', '\n', '\r', '\r\n', '\n\n', '\r\n\r\n', '\u00a0', '\u2028', '\u3000'];
/** Words the layers react to, so generated text reaches deep into the plugins. */
const newsWords = [
  'said', 'says', 'told', 'told reporters', 'according to', 'that', 'stating', 'added', 'warned', 'he', 'she', 'they', 'it',
  'The', 'the', 'minister', 'president', 'Ana Ruiz', 'Ruiz', 'Marco Rubio', 'Rubio', 'Secretary of State', 'U.S.', 'Reuters',
  'El Salvador', "Peru's", 'Lima', 'LIMA', 'National Fisheries Society', '(SNP)', 'SNP', 'Organization of American States',
  'Salvadoran', '40%', '$3.4 million', '2,000', '2.1 million tonnes', 'fell by', 'rose', 'because', 'led to', 'record',
  'on Monday', 'in 2023', 'more than', 'a fifth', 'will', 'could', '?', '.', ',', ':', ';', '!', '—', '-', '(', ')', '…',
];
const exotic = [
  '😀', '👩🏽‍⚕️', '🇵🇪', '𝔸', '𠜎', 'مرحبا', 'وزير الخارجية', 'שלום', '\u200f', '\u200e', '\u202e', '\u2066', 'é', 'e\u0301', '\u0301',
  'n\u0303', 'Å', '\u0000', '\ud800', '\udfff', '\udc00\ud800', '\ufeff', '\u200b', 'İ', 'ß', 'ǅ',
];

/** Any UTF-16 code unit, so lone surrogates and control characters appear. */
const codeUnit = fc.integer({min: 0, max: 0xffff}).map((unit) => String.fromCharCode(unit));

/** Article-like text: news words, quotation marks and odd characters, joined by any whitespace. */
const articleLike = fc
  .array(
    fc.oneof(
      {weight: 6, arbitrary: fc.constantFrom(...newsWords)},
      {weight: 3, arbitrary: fc.constantFrom(...quotationMarks)},
      {weight: 4, arbitrary: fc.constantFrom(...whitespace)},
      {weight: 2, arbitrary: fc.constantFrom(...exotic)},
      {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 6})},
      {weight: 1, arbitrary: codeUnit},
    ),
    {maxLength: 300},
  )
  .map((parts) => parts.join(''));

/** Quotation marks nested and unbalanced in every combination, with a little text between. */
const quoteSoup = fc
  .array(fc.oneof({weight: 3, arbitrary: fc.constantFrom(...quotationMarks)}, {weight: 2, arbitrary: fc.constantFrom('said', 'Ruiz', 'a', ' ', ', ', '\n', '\r\n', '.')}), {
    maxLength: 200,
  })
  .map((parts) => parts.join(''));

const layers = fc.record({entities: fc.boolean(), quotes: fc.boolean(), claims: fc.boolean()});

let cases = 0;

/** Every invariant at once; returns the result for further checks. */
function checkInvariants(text: string, switches?: LayerSwitches, twice = true): Annotations {
  cases++;
  const options = switches ? {layers: switches} : {};
  const started = performance.now();
  const result = analyze(text, options);
  const elapsed = performance.now() - started;
  assert.ok(elapsed < ceilingMs(text.length), `analysis of ${text.length} code units took ${Math.round(elapsed)} ms`);

  assertSpansIndexText(result, text);
  for (const finding of result.findings) {
    assert.ok(0 <= finding.start && finding.start <= finding.end && finding.end <= text.length, `finding ${finding.code} ${finding.start}-${finding.end} lies outside the text`);
  }
  const entities = [...result.entities].sort((a, b) => a.start - b.start);
  for (let index = 1; index < entities.length; index++) {
    const previous = entities[index - 1]!;
    const entity = entities[index]!;
    assert.ok(previous.end <= entity.start, `entities ${previous.id} (${previous.start}-${previous.end}) and ${entity.id} (${entity.start}-${entity.end}) overlap`);
  }
  for (const claim of result.claims) assert.ok(claim.score >= 0 && claim.score <= 1, `claim ${claim.id} scores ${claim.score}`);

  if (twice) assert.deepEqual(analyze(text, options), result, 'a second run gives the same result');
  return result;
}

/** The property over generated texts; `switches` adds generated layer switches. */
function property(arbitrary: fc.Arbitrary<string>, switches: fc.Arbitrary<LayerSwitches | undefined> = fc.constant(undefined)) {
  return fc.property(arbitrary, switches, (text, layerSwitches) => {
    checkInvariants(text, layerSwitches);
  });
}

describe('engine properties (fast-check)', function () {
  // Generous: the point is that nothing hangs, not how fast a loaded CI machine is.
  this.timeout(300_000);

  before(() => {
    console.log(`      fast-check seed ${SEED}, ${RUNS} runs per property`);
  });
  after(() => {
    console.log(`      ${cases} generated and fixed cases analysed`);
  });

  it('article-like text with every kind of odd character', () => {
    fc.assert(property(articleLike), {seed: SEED, numRuns: RUNS});
  });

  it('article-like text with any layers switched off', () => {
    fc.assert(property(articleLike, layers), {seed: SEED + 1, numRuns: Math.ceil(RUNS / 3)});
  });

  it('nested and unbalanced quotation marks of every style', () => {
    fc.assert(property(quoteSoup), {seed: SEED + 2, numRuns: RUNS});
  });

  it('any sequence of UTF-16 code units (lone surrogates, NUL, controls)', () => {
    fc.assert(property(fc.string({unit: codeUnit, maxLength: 400})), {seed: SEED + 3, numRuns: RUNS});
  });

  it('any sequence of Unicode code points (astral planes included)', () => {
    fc.assert(property(fc.string({unit: 'binary', maxLength: 400})), {seed: SEED + 4, numRuns: RUNS});
  });

  describe('fixed extremes', () => {
    // Megabyte inputs run once: determinism is what the generated cases check, and a second
    // run would only double the suite's longest test.
    const fixed: Record<string, () => string> = {
      'the empty text': () => '',
      'only whitespace': () => ' \t\n\r\n\u00a0\u2028\u3000 '.repeat(500),
      'only line breaks of every kind': () => '\n\r\r\n\n\n'.repeat(1000),
      '10,000 straight quotation marks': () => '"'.repeat(10_000),
      '10,000 opening curly marks': () => '“'.repeat(10_000),
      '10,000 quotation marks of every style': () => Array.from({length: 10_000}, (_, index) => quotationMarks[index % quotationMarks.length]).join(''),
      // Was cubic (every cue against every later cue, whole-sentence scans per quotation).
      '3,000 quotation marks with speakers, on one line': () => Array.from({length: 3_000}, (_, index) => `${index % 2 ? '"' : '“'}Ruiz said `).join(''),
      'a single line of 1 MB': () => {
        const sentence = 'the fleet will adapt, and the catch is low; nobody knows why. ';
        return sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
      },
      'a single word of 1 MB': () => 'a'.repeat(1_000_000),
      'lone surrogates and NUL only': () => '\ud800\u0000\udfff'.repeat(3000),
    };
    for (const [name, make] of Object.entries(fixed)) {
      it(name, () => {
        const text = make();
        checkInvariants(text, undefined, text.length < 500_000);
      });
    }
  });
});
