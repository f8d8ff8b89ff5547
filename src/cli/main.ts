/** `news-annotator FILE... [--format json|table]`: the engine from a terminal. */
import {resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {analyze} from '../core/index.js';
import {parseArgs, usage, UsageError, type CliArgs} from './args.js';
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

  let failed = false;
  const tables: string[] = [];
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
    const annotations = analyze(text, {uri: pathToFileURL(resolve(path)).href});
    if (args.format === 'json') process.stdout.write(`${JSON.stringify(annotations, null, args.files.length === 1 ? 2 : undefined)}\n`);
    else tables.push(formatTable(annotations, path));
  }
  if (tables.length > 0) process.stdout.write(`${tables.join('\n\n')}\n`);
  return failed ? 1 : 0;
}

// Output to a full disk, a closed pipe or an unwritable device: one line naming the output and
// a non-zero exit, rather than an unhandled 'error' event and a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`news-annotator: cannot write the output (standard output): ${error.code ?? error.message}\n`);
  process.exit(1);
});

process.exitCode = main(process.argv.slice(2));
