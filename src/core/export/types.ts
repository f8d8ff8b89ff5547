/**
 * What every serialiser shares. Serialisers are pure: annotations and the text they index in,
 * strings out. Writing them anywhere is the caller's business (the CLI, the editor).
 */
import type {Annotations} from '../model.js';

export type ExportFormat = 'json' | 'w3c' | 'csv' | 'brat' | 'html';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'w3c', 'csv', 'brat', 'html'];

export interface ExportInput {
  annotations: Annotations;
  /** The text the annotations index into, exactly as analysed. */
  text: string;
}

export interface ExportSettings {
  /** When the export was made (ISO 8601); fixed by tests so that output is reproducible. */
  created?: string;
  /** The producing software's version, for W3C `generator` and the HTML footer. */
  version?: string;
  /** A human title (the file name) for the HTML report; defaults to the URI's last segment. */
  title?: string;
}

/** One file of an export, named relative to the article's stem (`<stem><suffix>`) or absolutely. */
export interface ExportedFile {
  /** `.annotations.json` → `<stem>.annotations.json`; a name without a leading dot is used as is. */
  name: string;
  content: string;
  /**
   * Shared by every article exported into one folder (brat's annotation.conf): an existing file
   * with the same content is not a conflict.
   */
  shared?: boolean;
}

/** The file name an export file gets for an article whose name without extension is `stem`. */
export function exportFileName(stem: string, file: ExportedFile): string {
  return file.name.startsWith('.') ? `${stem}${file.name}` : file.name;
}

/** `article.txt` → `article`; a name without an extension is its own stem. */
export function stemOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName || 'article';
}

/** The last path segment of a URI, decoded; '' when there is none. */
export function uriFileName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
