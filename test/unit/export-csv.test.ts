/** CSV export read back by a strict RFC 4180 parser: header, CRLF, quoting, formula guard, offsets. */
import assert from 'node:assert/strict';
import {parse} from 'csv-parse/sync';
import {CSV_HEADER, guardCell, toCsv, unguardCell} from '../../src/core/export/csv.js';
import {edgeAnnotations, edgeText, exportCases} from '../support/export-fixtures.js';

function readBack(csv: string): string[][] {
  // Strict: no relaxed quotes or column counts, CRLF only between records, no BOM guessing.
  return parse(csv, {record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: false}) as string[][];
}

describe('export: CSV', () => {
  for (const {name, text, annotations} of exportCases()) {
    it(`${name}: parses strictly, one row per annotation, each text cell its document slice`, () => {
      const csv = toCsv({annotations, text});
      assert.ok(csv.endsWith('\r\n'));
      // Outside quoted fields every line break is CRLF (RFC 4180 §2.1).
      assert.doesNotMatch(csv.replace(/"(?:[^"]|"")*"/g, ''), /[^\r]\n|\r(?!\n)/);
      const [header, ...rows] = readBack(csv);
      assert.deepEqual(header, [...CSV_HEADER]);
      assert.equal(rows.length, annotations.entities.length + annotations.quotes.length + annotations.claims.length);
      const column = (row: string[], key: (typeof CSV_HEADER)[number]) => row[CSV_HEADER.indexOf(key)]!;
      for (const row of rows) {
        const start = Number(column(row, 'start'));
        const end = Number(column(row, 'end'));
        assert.equal(unguardCell(column(row, 'text')), text.slice(start, end), `row ${row.join('|')}`);
        if (column(row, 'layer') === 'quote') {
          const quote = annotations.quotes.find((candidate) => candidate.start === start && candidate.end === end)!;
          assert.equal(unguardCell(column(row, 'speaker')), quote.speaker?.text ?? '');
          assert.equal(unguardCell(column(row, 'cue')), quote.cue?.text ?? '');
          assert.equal(column(row, 'kind'), quote.kind);
        }
        if (column(row, 'layer') === 'claim') {
          const claim = annotations.claims.find((candidate) => candidate.start === start && candidate.end === end)!;
          assert.equal(Number(column(row, 'score')), claim.score);
        }
      }
    });
  }

  it('keeps spreadsheets from running formulas, reversibly', () => {
    const [, ...rows] = readBack(toCsv({annotations: edgeAnnotations(), text: edgeText}));
    const texts = rows.map((row) => row[CSV_HEADER.indexOf('text')]!);
    for (const dangerous of ['=SUM(A1)', '+1', '-2', '@home']) assert.ok(texts.includes(`'${dangerous}`), dangerous);
    assert.ok(texts.includes("''tis"), 'a leading apostrophe is doubled, so reading back is unambiguous');
    for (const value of ['=1', "'x", 'plain', '', '\tx']) assert.equal(unguardCell(guardCell(value)), value);
    // No text cell of the file starts with a formula character once unquoted.
    for (const row of rows) for (const key of ['text', 'speaker', 'actor', 'cue'] as const) assert.doesNotMatch(row[CSV_HEADER.indexOf(key)]!, /^[=+\-@\t\r]/);
  });

  it('quotes commas, quotation marks and line breaks inside a cell', () => {
    const csv = toCsv({annotations: edgeAnnotations(), text: edgeText});
    assert.ok(csv.includes('"Cuts, ""deep"" ones,\r\nare coming 🙂 soon."'));
  });
});
