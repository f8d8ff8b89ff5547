/**
 * CSV (RFC 4180): UTF-8, CRLF line ends, a header row, one row per entity, quote and claim in
 * text order. Fields holding a comma, a quotation mark, CR or LF are quoted, quotation marks
 * doubled. Spreadsheets run a cell that starts with = + - @ (or tab, CR) as a formula, so such
 * text cells get a leading apostrophe, as do cells that already start with one, which makes the
 * rule reversible: a text cell starting with ' has had exactly one ' added (see `unguardCell`).
 */
import type {Annotations} from '../model.js';
import type {ExportedFile, ExportInput} from './types.js';

export const CSV_HEADER = ['layer', 'type', 'start', 'end', 'text', 'speaker', 'actor', 'cue', 'kind', 'score'] as const;
export type CsvColumn = (typeof CSV_HEADER)[number];
type Row = Record<CsvColumn, string>;

/** Columns that hold article text or names, where a formula could hide; numbers stay as they are. */
const TEXT_COLUMNS: ReadonlySet<CsvColumn> = new Set(['text', 'speaker', 'actor', 'cue']);

export function toCsv({annotations}: ExportInput): string {
  const lines = [CSV_HEADER.join(','), ...rows(annotations).map((row) => CSV_HEADER.map((column) => field(TEXT_COLUMNS.has(column) ? guardCell(row[column]) : row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

export function csvFiles(input: ExportInput): ExportedFile[] {
  return [{name: '.annotations.csv', content: toCsv(input)}];
}

/** Adds the apostrophe that keeps spreadsheets from evaluating the cell. */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** The inverse of `guardCell`, for programs reading the CSV back. */
export function unguardCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

function rows(annotations: Annotations): Row[] {
  const actorName = new Map(annotations.actors.map((actor) => [actor.id, actor.name]));
  const nameOf = (id: string | null) => (id === null ? '' : (actorName.get(id) ?? id));
  const rows: {start: number; end: number; row: Row}[] = [];
  const add = (row: Row) => rows.push({start: Number(row.start), end: Number(row.end), row});
  for (const entity of annotations.entities) {
    add({layer: 'entity', type: entity.type, start: String(entity.start), end: String(entity.end), text: entity.text, speaker: '', actor: nameOf(entity.actor), cue: '', kind: '', score: ''});
  }
  for (const quote of annotations.quotes) {
    add({layer: 'quote', type: 'quote', start: String(quote.start), end: String(quote.end), text: quote.text, speaker: quote.speaker?.text ?? '', actor: nameOf(quote.actor), cue: quote.cue?.text ?? '', kind: quote.kind, score: ''});
  }
  for (const claim of annotations.claims) {
    add({layer: 'claim', type: 'claim', start: String(claim.start), end: String(claim.end), text: claim.text, speaker: '', actor: nameOf(claim.actor), cue: '', kind: claim.kind, score: String(claim.score)});
  }
  // Text order, and the longer span first where two start together (a claim before its entities).
  return rows.sort((a, b) => a.start - b.start || b.end - a.end).map(({row}) => row);
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
