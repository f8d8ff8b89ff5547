/** Puts one article's export files into the --out folder: named after the article, never clobbering. */
import {existsSync, mkdirSync, readFileSync, realpathSync} from 'node:fs';
import {basename, join, resolve} from 'node:path';
import {exportFileName, stemOf, type ExportedFile, type ExportFormat} from '../core/export/index.js';
import {describeWriteError, writeFilesAtomically, WriteError, type PendingFile} from './atomic-write.js';

export interface WriteResult {
  written: string[];
  errors: string[];
}

/**
 * Every export file is named after its article's stem, so two inputs with one stem (a/x.txt,
 * b/x.md) would write the same files: found before anything is written.
 */
export function planOutputs(files: readonly string[], format: ExportFormat, out: string): {clash?: string} {
  const seen = new Map<string, string>();
  for (const file of files) {
    const stem = stemOf(basename(file));
    const other = seen.get(stem);
    if (other !== undefined && resolve(other) !== resolve(file)) {
      return {clash: `${other} and ${file} would both be exported as ${join(out, stem)}.* (--format ${format}); export them into different folders`};
    }
    seen.set(stem, file);
  }
  return {};
}

export function writeOutputs(article: string, files: readonly ExportedFile[], out: string, force: boolean): WriteResult {
  try {
    // One level only: a typo in a long path should fail, not build a tree of folders.
    if (!existsSync(out)) mkdirSync(out);
  } catch (error) {
    return {written: [], errors: [describeWriteError(join(out, '.'), error)]};
  }
  const stem = stemOf(basename(article));
  const pending: PendingFile[] = [];
  const existing: string[] = [];
  for (const file of files) {
    const path = join(out, exportFileName(stem, file));
    if (!existsSync(path)) {
      pending.push({path, content: file.content});
      continue;
    }
    // Identical content is nothing to write: brat's shared annotation.conf, or its .txt when the
    // article itself sits in the --out folder.
    if ((file.shared || sameFile(path, article)) && readFileSync(path, 'utf8') === file.content) continue;
    if (sameFile(path, article)) return {written: [], errors: [`${path} is the article itself and differs from the text exported (a byte-order mark?); choose another --out folder`]};
    existing.push(path);
    pending.push({path, content: file.content});
  }
  if (existing.length > 0 && !force) {
    return {written: [], errors: [`${existing.join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing was written for ${article} (use --force to replace)`]};
  }
  try {
    return {written: writeFilesAtomically(pending, force), errors: []};
  } catch (error) {
    if (error instanceof WriteError) return {written: [], errors: [error.message]};
    throw error;
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
