/**
 * The export formats, one module each, behind one table: the CLI and the editor look a format
 * up here and write the files it returns. Nothing in this folder touches a file system.
 */
import {bratFiles} from './brat.js';
import {csvFiles} from './csv.js';
import {htmlFiles} from './html.js';
import {jsonFiles} from './json.js';
import type {ExportedFile, ExportFormat, ExportInput, ExportSettings} from './types.js';
import {w3cFiles} from './w3c.js';

export * from './types.js';

export interface FormatInfo {
  id: ExportFormat;
  label: string;
  description: string;
  /** The extension of the main file, for save dialogs (brat's is the .ann). */
  extension: string;
  /** Suffix of the main file after the article's stem. */
  mainSuffix: string;
  /** Whether the export is more than one file (it cannot go to standard output). */
  multiFile: boolean;
  files(input: ExportInput, settings?: ExportSettings): ExportedFile[];
}

export const FORMATS: Readonly<Record<ExportFormat, FormatInfo>> = {
  json: {id: 'json', label: 'JSON', description: 'news-annotations/1 (FORMAT.md), with a JSON Schema', extension: 'json', mainSuffix: '.annotations.json', multiFile: false, files: jsonFiles},
  w3c: {id: 'w3c', label: 'W3C Web Annotation', description: 'JSON-LD AnnotationCollection with text selectors', extension: 'jsonld', mainSuffix: '.annotations.jsonld', multiFile: false, files: w3cFiles},
  csv: {id: 'csv', label: 'CSV', description: 'one row per annotation, for spreadsheets', extension: 'csv', mainSuffix: '.annotations.csv', multiFile: false, files: csvFiles},
  brat: {id: 'brat', label: 'brat standoff', description: '.txt + .ann + annotation.conf', extension: 'ann', mainSuffix: '.ann', multiFile: true, files: bratFiles},
  html: {id: 'html', label: 'HTML report', description: 'self-contained page: highlighted article, actors, claims', extension: 'html', mainSuffix: '.annotations.html', multiFile: false, files: htmlFiles},
};

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && Object.hasOwn(FORMATS, value);
}

/** The format whose main file a name ends with (`x.annotations.csv` → csv), if any. */
export function formatOfFileName(name: string): ExportFormat | undefined {
  const lower = name.toLowerCase();
  return (Object.values(FORMATS) as FormatInfo[]).find((format) => lower.endsWith(`.${format.extension}`))?.id;
}

export function exportFiles(format: ExportFormat, input: ExportInput, settings: ExportSettings = {}): ExportedFile[] {
  return FORMATS[format].files(input, settings);
}
