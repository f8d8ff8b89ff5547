/** Reads an article for annotation, turning every way a file can be unfit into one clear sentence. */
import {readFileSync, statSync} from 'node:fs';

export class ArticleError extends Error {}

/** How far to look for NUL bytes: binary formats show them in their first kilobytes. */
const binaryProbe = 8192;

export function readArticle(path: string): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new ArticleError(`${path}: is a directory, not an article`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof ArticleError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ArticleError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new ArticleError(`${path}: permission denied`);
    if (code === 'EISDIR') throw new ArticleError(`${path}: is a directory, not an article`);
    throw new ArticleError(`${path}: cannot be read (${(error as Error).message})`);
  }
  if (bytes.subarray(0, binaryProbe).includes(0)) throw new ArticleError(`${path}: looks like a binary file (NUL bytes), not a text article`);
  const text = new TextDecoder('utf-8', {fatal: false}).decode(bytes);
  // A UTF-8 byte-order mark is not part of the article; editors drop it too.
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
