// `npm run bench`: bundles scripts/bench/bench.ts (the engine is TypeScript and its
// dependencies ESM-only, as for the tests) and runs it in one Node process with --expose-gc,
// so that heap growth is measured after full collections.
import {build} from 'esbuild';
import {spawnSync} from 'node:child_process';
import {mkdirSync} from 'node:fs';

mkdirSync('.bench', {recursive: true});
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild's table lowers /\p{…}/u literals to `new RegExp(…)` at their place, which rebuilds
  // the expression on every call of the function holding it (per word, in the layers' loops);
  // Node 20, and so every VS Code this extension supports, has them natively.
  supported: {'regexp-unicode-property-escapes': true},
  sourcemap: 'linked',
  logLevel: 'warning',
};
await Promise.all([
  build({...common, entryPoints: ['scripts/bench/bench.ts'], outfile: '.bench/bench.cjs'}),
  // The extension's worker entry, measured as the extension host uses it.
  build({...common, entryPoints: ['src/vscode/analysisWorker.ts'], outfile: '.bench/analysis-worker.cjs'}),
  // The edit loop alone, for profiling a re-analysis: `node .bench/prof-edit.cjs out.cpuprofile`.
  build({...common, entryPoints: ['scripts/bench/prof-edit.ts'], outfile: '.bench/prof-edit.cjs'}),
]);
const extra = process.argv.slice(2);
const result = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', ...extra, '.bench/bench.cjs'], {stdio: 'inherit'});
process.exit(result.status ?? 1);
