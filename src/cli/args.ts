/** Command-line arguments of `news-annotator`. */
import {EXPORT_FORMATS, type ExportFormat} from '../core/export/index.js';

export type OutputFormat = 'table' | ExportFormat;

const OUTPUT_FORMATS: readonly OutputFormat[] = ['table', ...EXPORT_FORMATS];

export interface CliArgs {
  files: string[];
  format: OutputFormat;
  /** Folder to write one export per input into; standard output when absent. */
  out: string | undefined;
  /** Replace existing files in `out`. */
  force: boolean;
  /** Read every file as Markdown (true) or as plain text (false); by its extension when undefined. */
  markdown: boolean | undefined;
  help: boolean;
  version: boolean;
}

export const usage = `Usage: news-annotator [options] FILE...

Annotates news articles: people, organisations and places; quotations with their
speakers; check-worthy claims; the actors behind them. Everything runs offline.

Options:
  -f, --format FORMAT  What to produce (default: table):
                         table  a readable summary of each file
                         json   the annotation object (FORMAT.md, schema
                                news-annotations/1); one file prints one
                                object, several print one per line (JSON Lines)
                         w3c    W3C Web Annotation JSON-LD (an
                                AnnotationCollection; JSON Lines for several)
                         csv    one row per annotation (RFC 4180, CRLF)
                         brat   brat standoff: FILE.txt, FILE.ann and
                                annotation.conf (needs --out)
                         html   a self-contained, printable report
  -o, --out DIR        Write one export per input into DIR (created if its
                       parent exists), named after it: x.txt gives
                       x.annotations.json, .annotations.jsonld,
                       .annotations.csv, .annotations.html, or x.txt + x.ann.
                       Existing files are not replaced.
      --force          With --out, replace existing files.
      --markdown       Read every FILE as Markdown (the default for .md and
                       .markdown files): its syntax is not prose.
      --plain          Read every FILE as plain text, whatever its extension.
  -h, --help           Show this help.
  -v, --version        Show the version.

Without --out, csv and html take one FILE at a time on standard output.

Exit status: 0 when every file was annotated and written, 1 when a file could
not be read or written (the others are still processed), 2 for a usage error.`;

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {files: [], format: 'table', out: undefined, force: false, markdown: undefined, help: false, version: false};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      args.files.push(...argv.slice(index + 1));
      break;
    }
    const value = (): string | undefined => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++index]);
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '-v' || arg === '--version') args.version = true;
    else if (arg === '--force') args.force = true;
    else if (arg === '--markdown' || arg === '--plain') {
      if (args.markdown !== undefined && args.markdown !== (arg === '--markdown')) throw new UsageError('--markdown and --plain exclude each other');
      args.markdown = arg === '--markdown';
    }
    else if (arg === '-f' || arg === '--format' || arg.startsWith('--format=')) {
      const format = value();
      if (!isOutputFormat(format)) throw new UsageError(`--format must be ${OUTPUT_FORMATS.join(', ')}, not ${format === undefined ? 'nothing' : `"${format}"`}`);
      args.format = format;
    } else if (arg === '-o' || arg === '--out' || arg.startsWith('--out=')) {
      const out = value();
      if (!out) throw new UsageError('--out needs a folder');
      args.out = out;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.help || args.version) return args;
  if (args.files.length === 0) throw new UsageError('no input file');
  if (args.out === undefined) {
    if (args.format === 'brat') throw new UsageError('--format brat writes several files per article (.txt, .ann, annotation.conf): give a folder with --out DIR');
    if ((args.format === 'csv' || args.format === 'html') && args.files.length > 1) throw new UsageError(`--format ${args.format} prints one file at a time; for several, give a folder with --out DIR`);
    if (args.force) throw new UsageError('--force only applies with --out DIR');
  } else if (args.format === 'table') throw new UsageError('--out needs an export format (json, w3c, csv, brat, html), not table');
  return args;
}

function isOutputFormat(value: string | undefined): value is OutputFormat {
  return value !== undefined && (OUTPUT_FORMATS as readonly string[]).includes(value);
}
