/**
 * `node .bench/toggle.cjs NEEDLE [N] [out.cpuprofile]` (bundled to .bench/ like prof-edit.ts): types "x" into the 200 KB
 * article after the first NEEDLE past its middle and deletes it again, N times each, for the steady
 * state of one quiet edit; prints p50, p95 and the minimum (ms, wall clock).
 */
import {resolve} from 'node:path';
import {writeFileSync} from 'node:fs';
import {Session} from 'node:inspector';
import {createAnalyzer} from '../../src/core/index.js';
import {generateArticle} from '../../test/support/corpus.js';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const article = generateArticle(resolve(__dirname, '../examples'), 200 * 1024, 200 * 1024);
const needle = process.argv[2] ?? 'roughly';
const count = Number(process.argv[3] ?? 100);
const out = process.argv[4];
const at = article.indexOf(needle, article.length / 2) + needle.length - 2;
const edited = article.slice(0, at) + 'x' + article.slice(at);
const analyzer = createAnalyzer();
analyzer.analyze(article);
const session = new Session();
session.connect();
const post = (method: string, params?: object) => new Promise<unknown>((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));
async function main(): Promise<void> {
  for (let i = 0; i < 20; i++) { analyzer.analyze(edited); analyzer.analyze(article); }
  if (out) { await post('Profiler.enable'); await post('Profiler.setSamplingInterval', {interval: 50}); await post('Profiler.start'); }
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    for (const text of [edited, article]) { const start = now(); analyzer.analyze(text); times.push(now() - start); }
  }
  if (out) writeFileSync(out, JSON.stringify(((await post('Profiler.stop')) as {profile: unknown}).profile));
  times.sort((a, b) => a - b);
  console.log(`${JSON.stringify(article.slice(at - 20, at + 10))} p50 ${times[times.length >> 1]!.toFixed(2)} p95 ${times[Math.floor(times.length * 0.95)]!.toFixed(2)} min ${times[0]!.toFixed(2)}`);
}
void main();
