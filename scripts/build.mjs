// Bundles the extension, the CLI and the tests with esbuild. The engine's dependencies are
// ESM-only; bundling them to CommonJS is what lets VS Code's extension host and plain Node
// load them without a module loader of our own.
import {build} from 'esbuild';
import {readdirSync, rmSync} from 'node:fs';
import {join} from 'node:path';

const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's table lowers /\p{…}/u literals to `new RegExp(…)` at their place, which rebuilds
  // the expression on every call of the function holding it (per word, in the layers' loops);
  // Node 20, and so every VS Code this extension supports, has them natively.
  supported: {'regexp-unicode-property-escapes': true},
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
};

const testFiles = (dir) =>
  readdirSync(dir, {withFileTypes: true}).flatMap((entry) =>
    entry.isDirectory()
      ? testFiles(join(dir, entry.name))
      : /\.ts$/.test(entry.name)
        ? [join(dir, entry.name)]
        : [],
  );

rmSync('dist', {recursive: true, force: true});
rmSync('out', {recursive: true, force: true});

await Promise.all([
  build({...common, entryPoints: {extension: 'src/vscode/extension.ts'}, outdir: 'dist', external: ['vscode']}),
  // The engine runs in a worker thread so that long articles never block the extension host.
  build({...common, entryPoints: {'analysis-worker': 'src/vscode/analysisWorker.ts'}, outdir: 'dist'}),
  build({
    ...common,
    entryPoints: {cli: 'src/cli/main.ts'},
    outdir: 'dist',
    banner: {js: '#!/usr/bin/env node'},
  }),
  production
    ? Promise.resolve()
    : build({
        ...common,
        entryPoints: testFiles('test'),
        outbase: '.',
        outdir: 'out',
        // mocha and the VS Code API are provided at run time; the launchers spawn processes.
        external: ['vscode', 'mocha', '@vscode/test-electron', 'playwright-core'],
      }),
]);
