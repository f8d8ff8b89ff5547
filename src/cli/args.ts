/** Command-line arguments of `news-annotator`. */

export type OutputFormat = 'json' | 'table';

export interface CliArgs {
  files: string[];
  format: OutputFormat;
  help: boolean;
  version: boolean;
}

export const usage = `Usage: news-annotator [options] FILE...

Annotates news articles: people, organisations and places; quotations with their
speakers; check-worthy claims; the actors behind them. Everything runs offline.

Options:
  -f, --format json|table  json: the annotation object of each file (FORMAT.md,
                           schema news-annotations/1); one file prints one
                           object, several print one object per line (JSON
                           Lines). table: a readable summary. Default: table.
  -h, --help               Show this help.
  -v, --version            Show the version.

Exit status: 0 when every file was annotated, 1 when a file could not be read
(the others are still processed), 2 for a usage error.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {files: [], format: 'table', help: false, version: false};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      args.files.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '-v' || arg === '--version') args.version = true;
    else if (arg === '-f' || arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++index];
      if (value !== 'json' && value !== 'table') throw new UsageError(`--format must be json or table, not ${value === undefined ? 'nothing' : `"${value}"`}`);
      args.format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (!args.help && !args.version && args.files.length === 0) throw new UsageError('no input file');
  return args;
}
