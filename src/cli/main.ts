/** `news-annotator FILE... [--format FORMAT] [--out DIR [--force]]`: the engine from a terminal. */
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {analyze, isMarkdownName} from '../core/index.js';
import {exportFiles} from '../core/export/index.js';
import {toW3cCollection} from '../core/export/w3c.js';
import {parseArgs, usage, UsageError, type CliArgs} from './args.js';
import {planOutputs, writeOutputs} from './write-exports.js';
import {ArticleError, readArticle} from './read-article.js';
import {formatTable} from './table.js';
import {version} from '../../package.json';

function main(argv: readonly string[]): number {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`news-annotator: ${error.message}\n${usage}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (args.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  const clash = args.out === undefined || args.format === 'table' ? undefined : planOutputs(args.files, args.format, args.out).clash;
  if (clash) {
    process.stderr.write(`news-annotator: ${clash}\n`);
    return 2;
  }

  let failed = false;
  const tables: string[] = [];
  const settings = {version, created: exportTime()};
  for (const path of args.files) {
    let text: string;
    try {
      text = readArticle(path);
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error;
      process.stderr.write(`news-annotator: ${error.message}\n`);
      failed = true;
      continue;
    }
    const annotations = analyze(text, {uri: pathToFileURL(resolve(path)).href, markdown: args.markdown ?? isMarkdownName(path)});
    if (args.format === 'table') tables.push(formatTable(annotations, path));
    else if (args.out !== undefined) {
      const result = writeOutputs(path, exportFiles(args.format, {annotations, text}, settings), args.out, args.force);
      for (const message of result.errors) process.stderr.write(`news-annotator: ${message}\n`);
      if (result.errors.length > 0) failed = true;
    } else if (args.format === 'json' || args.format === 'w3c') {
      // One file: indented, for people. Several: one object per line (JSON Lines), for programs.
      const value = args.format === 'json' ? annotations : toW3cCollection({annotations, text}, settings);
      process.stdout.write(`${JSON.stringify(value, null, args.files.length === 1 ? 2 : undefined)}\n`);
    } else {
      process.stdout.write(exportFiles(args.format, {annotations, text}, settings)[0]!.content);
    }
  }
  if (tables.length > 0) process.stdout.write(`${tables.join('\n\n')}\n`);
  return failed ? 1 : 0;
}

/** Now, unless SOURCE_DATE_EPOCH asks for a reproducible timestamp (the reproducible-builds convention). */
function exportTime(): string {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now()).toISOString();
}

// Output to a full disk, a closed pipe or an unwritable device: one line naming the output and
// a non-zero exit, rather than an unhandled 'error' event and a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`news-annotator: cannot write the output (standard output): ${error.code ?? error.message}\n`);
  process.exit(1);
});

process.exitCode = main(process.argv.slice(2));
