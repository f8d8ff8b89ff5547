/**
 * `npm run bench`: the engine against the retext baselines, in one process, on articles built
 * from the project's examples. Prints a table, then the BENCH line of issue 8 as the last line.
 * A benchmark, not a test: nothing here fails on a slow machine.
 */
import {performance} from 'node:perf_hooks';
import {resolve} from 'node:path';
import os from 'node:os';
import {unified} from 'unified';
import retextEnglish from 'retext-english';
import retextPos from 'retext-pos';
import nlp from 'compromise';
import {Worker} from 'node:worker_threads';
import {analyze, createAnalyzer, type Annotations} from '../../src/core/index.js';
import {ReplyAssembler, type WorkerReply, type WorkerRequest} from '../../src/vscode/workerProtocol.js';
import {generateArticle} from '../../test/support/corpus.js';

// Bundled to .bench/bench.cjs, one level below the repository.
const examplesDir = resolve(__dirname, '../examples');
const KB = 1024;
const sizes: Array<[string, number]> = [
  ['20 KB', 20 * KB],
  ['200 KB', 200 * KB],
  ['1 MB', 1024 * KB],
  ['5 MB', 5 * 1024 * KB],
];
/** Timed synchronously; the 5 MB article is timed once, through the yielding API, below. */
const syncSizes = sizes.slice(0, 3);
const EDITS = 50;

const gc: () => void = (globalThis as {gc?: () => void}).gc ?? (() => undefined);
const rows: Array<[string, string]> = [];
const row = (label: string, value: string) => {
  rows.push([label, value]);
  process.stderr.write(`  ${label}: ${value}\n`);
};
const ms = (value: number) => `${Math.round(value)} ms`;

function time<T>(run: () => T): {ms: number; value: T} {
  const start = performance.now();
  const value = run();
  return {ms: performance.now() - start, value};
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The longest stretch the event loop could not turn while `work` ran. */
async function maxBlock(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  // The slice that finished the work counts too.
  worst = Math.max(worst, performance.now() - last);
  return worst;
}

async function main(): Promise<void> {
  const texts = new Map(sizes.map(([label, size]) => [label, generateArticle(examplesDir, size, size)]));
  const oneMb = texts.get('1 MB')!;
  const article = texts.get('200 KB')!;
  process.stderr.write(`corpus: ${sizes.map(([label]) => `${label} = ${texts.get(label)!.length} chars`).join(', ')}\n`);

  // Warm up the JIT on a small article so that the first size is not charged for it.
  analyze(texts.get('20 KB')!);

  // First, while this thread's heap is small: a collection of a large heap (the baselines
  // leave one) would be counted as a block of the calling thread that the engine did not cause.
  // The extension's path: the worker script the extension ships, spoken to with its protocol;
  // the calling thread only posts the text and receives the result.
  const worker = new Worker(resolve(__dirname, 'analysis-worker.cjs'));
  const assembler = new ReplyAssembler();
  let requests = 0;
  const viaWorker = (text: string) =>
    new Promise<Annotations>((done, fail) => {
      const id = ++requests;
      const listener = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        const annotations = reply.error === undefined ? assembler.add(reply) : undefined;
        if (reply.error === undefined && !annotations) return;
        worker.off('message', listener);
        if (annotations) done(annotations);
        else fail(new Error(reply.error));
      };
      worker.on('message', listener);
      worker.postMessage({id, text, options: {uri: 'bench:5mb'}} satisfies WorkerRequest);
    });
  await viaWorker(texts.get('20 KB')!);
  const fiveMb = texts.get('5 MB')!;
  // Garbage of the corpus is collected first: its collection would be counted as a block.
  gc();
  let workerResult = undefined as Annotations | undefined;
  const workerStart = performance.now();
  const block = await maxBlock(async () => (workerResult = await viaWorker(fiveMb)));
  row(`full annotation, 5 MB, in the analysis worker`, `${ms(performance.now() - workerStart)} (${workerResult?.entities.length ?? 0} entities)`);
  row('  longest block on the calling thread (posting, receiving the result)', ms(block));
  await worker.terminate();
  workerResult = undefined;

  // Heap growth for 1 MB: the result and the incremental analyser's line cache (what the
  // worker keeps per document) held, after a full collection.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  let keeper: ReturnType<typeof createAnalyzer> | undefined = createAnalyzer();
  let held: Annotations | undefined = keeper.analyze(oneMb);
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / (1024 * 1024);
  row('heap growth, 1 MB analysed, result and line cache held', `${heapMb.toFixed(1)} MB (${held.entities.length} entities)`);
  keeper = held = undefined;

  const full = new Map<string, number>();
  for (const [label] of syncSizes) {
    gc();
    const run = time(() => analyze(texts.get(label)!));
    full.set(label, run.ms);
    row(`full annotation, ${label}`, `${ms(run.ms)} (${run.value.entities.length} entities, ${run.value.quotes.length} quotes, ${run.value.claims.length} claims)`);
  }

  gc();
  const naive = time(() => {
    const processor = unified().use(retextEnglish).use(retextPos);
    return processor.runSync(processor.parse(oneMb));
  });
  row('naive retext-english + retext-pos, 1 MB as one document', ms(naive.ms));

  gc();
  const paragraphs = oneMb.split(/\n\s*\n/);
  const byParagraph = time(() => {
    const processor = unified().use(retextEnglish).use(retextPos);
    for (const paragraph of paragraphs) processor.runSync(processor.parse(paragraph));
  });
  row(`retext-english + retext-pos paragraph by paragraph, 1 MB (${paragraphs.length} paragraphs)`, ms(byParagraph.ms));

  gc();
  const people = time(() => nlp(oneMb).people().out('array') as string[]);
  row('compromise .people(), 1 MB (reference)', `${ms(people.ms)} (${people.value.length} people)`);

  // Re-analysis after one-character edits at random places in the 200 KB article.
  const next = (() => {
    let state = 8;
    return () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  })();
  let current = article;
  const analyzer = createAnalyzer();
  analyzer.analyze(current);
  const editTimes: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const at = Math.floor(next() * current.length);
    current = next() < 0.7 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    editTimes.push(time(() => analyzer.analyze(current)).ms);
  }
  const editP50 = percentile(editTimes, 50);
  const editP95 = percentile(editTimes, 95);
  row(`re-analysis after a one-character edit, 200 KB (${EDITS} edits)`, `p50 ${editP50.toFixed(2)} ms, p95 ${editP95.toFixed(2)} ms`);

  gc();
  const fiveStart = performance.now();
  let fiveResult: Annotations | undefined;
  const slicedBlock = await maxBlock(async () => (fiveResult = await createAnalyzer().analyzeAsync(fiveMb)));
  row(`full annotation, 5 MB, analyzeAsync on the calling thread`, `${ms(performance.now() - fiveStart)} (${fiveResult?.entities.length ?? 0} entities)`);
  row('  longest block: tokenising yields, the layers then run in one piece', ms(slicedBlock));


  const full1mb = full.get('1 MB')!;
  process.stdout.write(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}\n\n`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  const speedup = naive.ms / full1mb;
  process.stdout.write(
    `\nBENCH full_1mb_ms=${Math.round(full1mb)} naive_retext_1mb_ms=${Math.round(naive.ms)} paragraph_retext_1mb_ms=${Math.round(byParagraph.ms)} speedup=${speedup.toFixed(1)} edit_p50_ms=${editP50.toFixed(2)} edit_p95_ms=${editP95.toFixed(2)} max_block_ms=${Math.round(block)} heap_1mb_mb=${heapMb.toFixed(1)}\n`,
  );
}

void main();
