/**
 * `node .bench/prof-edit.cjs [out.cpuprofile]`: the edit loop of bench.ts alone (one-character
 * edits in the 200 KB article, times on CPU), profiled after the first analysis when a file is
 * given, for finding what a re-analysis still spends its time on.
 */
import {resolve} from 'node:path';
import {readFileSync, writeFileSync} from 'node:fs';
import {Session} from 'node:inspector';
import {createAnalyzer} from '../../src/core/index.js';
import {generateArticle} from '../../test/support/corpus.js';

const cpu = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
const article = generateArticle(resolve(__dirname, '../examples'), 200 * 1024, 200 * 1024);
const analyzer = createAnalyzer();
analyzer.analyze(article);
let state = 8;
const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296;
const out = process.argv[2];
const session = new Session();
session.connect();
const post = (method: string, params?: object) => new Promise<unknown>((done, fail) => session.post(method, params, (error, result) => (error ? fail(error) : done(result))));

async function main(): Promise<void> {
  if (out) {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', {interval: 100});
    await post('Profiler.start');
  }
  let current = article;
  const times: number[] = [];
  for (let edit = 0; edit < Number(process.env.EDITS ?? 50); edit++) {
    const at = Math.floor(next() * current.length);
    current = next() < 0.7 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    const start = cpu();
    analyzer.analyze(current);
    times.push(cpu() - start);
  }
  if (out) writeFileSync(out, JSON.stringify(((await post('Profiler.stop')) as {profile: unknown}).profile));
  console.log(times.map((time) => time.toFixed(0)).join(' '));
  times.sort((a, b) => a - b);
  console.log(`p50 ${times[24]!.toFixed(2)} p95 ${times[47]!.toFixed(2)}`);
}

void main();
