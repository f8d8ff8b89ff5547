/** The FORMAT.md object (`news-annotations/1`), as the scorer reads it. */
import type {ExportedFile, ExportInput} from './types.js';

export function toJson({annotations}: ExportInput): string {
  return `${JSON.stringify(annotations, null, 2)}\n`;
}

export function jsonFiles(input: ExportInput): ExportedFile[] {
  return [{name: '.annotations.json', content: toJson(input)}];
}
