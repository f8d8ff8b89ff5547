// Writes l10n/bundle.l10n.json: every runtime string the adapter passes to vscode.l10n.t, as
// the English source of translations (`bundle.l10n.<locale>.json` next to it translate it).
// `--check` fails instead when the bundle is out of date, so a new string cannot be forgotten.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = join(root, 'src', 'vscode');
const bundlePath = join(root, 'l10n', 'bundle.l10n.json');

/** The first argument of each l10n.t call, when it is a single- or double-quoted literal. */
export function extractStrings(source) {
  const strings = new Set();
  const call = /l10n\.t\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const match of source.matchAll(call)) strings.add(JSON.parse(`"${match[2].replace(/\\'/g, "'").replace(/"/g, '\\"')}"`));
  return strings;
}

export function bundleText() {
  const strings = new Set();
  for (const file of readdirSync(sourceDir).filter((name) => name.endsWith('.ts')).sort()) {
    for (const string of extractStrings(readFileSync(join(sourceDir, file), 'utf8'))) strings.add(string);
  }
  const bundle = Object.fromEntries([...strings].sort().map((string) => [string, string]));
  return `${JSON.stringify(bundle, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = bundleText();
  if (process.argv.includes('--check')) {
    if (readFileSync(bundlePath, 'utf8') !== text) {
      console.error('l10n/bundle.l10n.json is out of date: run `node scripts/l10n.mjs`');
      process.exit(1);
    }
  } else {
    writeFileSync(bundlePath, text);
    console.log(`wrote ${Object.keys(JSON.parse(text)).length} strings to l10n/bundle.l10n.json`);
  }
}
