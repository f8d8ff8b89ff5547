/**
 * `npm run bench`: the engine against the retext baselines, in one process, on articles built
 * from the project's examples. Prints a table, then the BENCH line of issue 8 as the last line.
 * A benchmark, not a test: nothing here fails on a slow machine.
 */
import {performance} from 'node:perf_hooks';
import {resolve} from 'node:path';
import os from 'node:os';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import {unified} from 'unified';
import retextEnglish from 'retext-english';
import retextPos from 'retext-pos';
import nlp from 'compromise';
import {Worker} from 'node:worker_threads';
import {analyze, createAnalyzer, type Annotations} from '../../src/core/index.js';
import {ReplyReceiver, type WorkerReply, type WorkerRequest} from '../../src/vscode/workerProtocol.js';
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

function time<T>(run: () => T): {ms: number; cpu: number; value: T} {
  const start = performance.now();
  const startCpu = threadCpuMs();
  const value = run();
  return {ms: performance.now() - start, cpu: threadCpuMs() - startCpu, value};
}

const withCpu = (run: {ms: number; cpu: number}) => `${ms(run.ms)} (on CPU ${ms(run.cpu)})`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Time this thread has spent on a CPU, in ms (Linux's per-thread scheduler statistics), or NaN
 * where they are not available. The bench machine is shared: a thread there may get a sixth of
 * a core, so wall-clock stretches mostly measure the other processes; the time on CPU is the
 * length the same work has on a machine of its own (collector threads helping the main thread
 * excepted).
 */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** A stretch of time during which the event loop could not turn, and this thread's CPU time in it. */
interface Gap {
  from: number;
  to: number;
  cpu: number;
}

/** Every stretch of more than 1 ms the event loop could not turn while `work` ran. */
async function blocks(work: () => Promise<unknown>): Promise<Gap[]> {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  const gaps: Gap[] = [];
  let running = true;
  const tick = () => {
    const now = performance.now();
    const cpu = threadCpuMs();
    if (now - last > 1) gaps.push({from: last, to: now, cpu: cpu - lastCpu});
    last = now;
    lastCpu = cpu;
    if (running) setImmediate(tick);
  };
  setImmediate(tick);
  await work();
  running = false;
  // The slice that finished the work counts too.
  gaps.push({from: last, to: performance.now(), cpu: threadCpuMs() - lastCpu});
  return gaps;
}

const longest = (gaps: readonly Gap[]) => gaps.reduce((worst, gap) => Math.max(worst, gap.to - gap.from), 0);
const longestOnCpu = (gaps: readonly Gap[]) => gaps.reduce((worst, gap) => Math.max(worst, gap.cpu), 0);

/** The longest stretch the event loop could not turn while `work` ran. */
async function maxBlock(work: () => Promise<unknown>): Promise<number> {
  return longest(await blocks(work));
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
  const receiver = new ReplyReceiver(worker);
  let requests = 0;
  /** When this thread ran the engine's side of the last request: the post, then the replies. */
  const engineWork: Array<{from: number; to: number}> = [];
  const viaWorker = (text: string) =>
    new Promise<Annotations>((done, fail) => {
      const id = ++requests;
      engineWork.length = 0;
      const listener = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (engineWork.length === 1) engineWork.push({from: performance.now(), to: Infinity});
        const outcome = receiver.receive(reply, text);
        if (!outcome) return;
        worker.off('message', listener);
        if ('annotations' in outcome) done(outcome.annotations);
        else fail(new Error(outcome.error));
      };
      worker.on('message', listener);
      const posting = performance.now();
      worker.postMessage({id, text, options: {uri: 'bench:5mb'}} satisfies WorkerRequest);
      engineWork.push({from: posting, to: performance.now()});
    });
  await viaWorker(texts.get('20 KB')!);
  const fiveMb = texts.get('5 MB')!;
  // Garbage of the corpus is collected first: its collection would be counted as a block.
  gc();
  let workerResult = undefined as Annotations | undefined;
  const workerStart = performance.now();
  const gaps = await blocks(async () => (workerResult = await viaWorker(fiveMb)));
  // The engine runs on this thread only while the text is posted and while the result's
  // messages are received; in between, the thread waits, and a stretch it could not run then
  // is the machine's doing (other processes on the 2 shared cores, the worker's own threads).
  const overlaps = (gap: Gap) => engineWork.some((work) => gap.from < work.to && work.from < gap.to);
  const blockWall = longest(gaps.filter(overlaps));
  const blockCpu = longestOnCpu(gaps.filter(overlaps));
  // The BENCH figure: this thread's own time in its longest slice, where the system reports it.
  const block = Number.isNaN(blockCpu) ? blockWall : blockCpu;
  row(`full annotation, 5 MB, in the analysis worker`, `${ms(performance.now() - workerStart)} (${workerResult?.entities.length ?? 0} entities)`);
  row('  longest block on the calling thread (posting, receiving the result), on CPU', ms(blockCpu));
  row('  the same, wall clock (includes waiting for a core on the shared machine)', ms(blockWall));
  row('  longest stall while the worker computed (machine noise, not the engine)', ms(longest(gaps.filter((gap) => !overlaps(gap)))));
  await worker.terminate();
  workerResult = undefined;
  // BENCH_ONLY=worker: only the measurement above, for working on the worker path.
  if (process.env.BENCH_ONLY === 'worker') return;

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
  const fullCpu = new Map<string, number>();
  for (const [label] of syncSizes) {
    gc();
    const run = time(() => analyze(texts.get(label)!));
    full.set(label, run.ms);
    fullCpu.set(label, run.cpu);
    row(`full annotation, ${label}`, `${withCpu(run)} (${run.value.entities.length} entities, ${run.value.quotes.length} quotes, ${run.value.claims.length} claims)`);
  }

  gc();
  const naive = time(() => {
    const processor = unified().use(retextEnglish).use(retextPos);
    return processor.runSync(processor.parse(oneMb));
  });
  row('naive retext-english + retext-pos, 1 MB as one document', withCpu(naive));

  gc();
  const paragraphs = oneMb.split(/\n\s*\n/);
  const byParagraph = time(() => {
    const processor = unified().use(retextEnglish).use(retextPos);
    for (const paragraph of paragraphs) processor.runSync(processor.parse(paragraph));
  });
  row(`retext-english + retext-pos paragraph by paragraph, 1 MB (${paragraphs.length} paragraphs)`, withCpu(byParagraph));

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
  // What the analyser keeps (lines' layouts and the layers' results per sentence) must follow
  // the document, not its history: its heap after the edits is compared with after the first run.
  gc();
  const heapFirst = process.memoryUsage().heapUsed;
  const editTimes: number[] = [];
  const editCpu: number[] = [];
  for (let edit = 0; edit < EDITS; edit++) {
    const at = Math.floor(next() * current.length);
    current = next() < 0.7 ? current.slice(0, at) + 'x' + current.slice(at) : current.slice(0, at) + current.slice(at + 1);
    const run = time(() => analyzer.analyze(current));
    editTimes.push(run.ms);
    editCpu.push(run.cpu);
  }
  gc();
  const heapGrowth = (process.memoryUsage().heapUsed - heapFirst) / (1024 * 1024);
  row(`heap growth of the analyser over the ${EDITS} edits, 200 KB (its caches hold the current version only)`, `${heapGrowth.toFixed(1)} MB`);
  const editP50 = percentile(editTimes, 50);
  const editP95 = percentile(editTimes, 95);
  row(`re-analysis after a one-character edit, 200 KB (${EDITS} edits)`, `p50 ${editP50.toFixed(2)} ms, p95 ${editP95.toFixed(2)} ms (on CPU p50 ${percentile(editCpu, 50).toFixed(2)} ms, p95 ${percentile(editCpu, 95).toFixed(2)} ms)`);

  gc();
  const fiveStart = performance.now();
  let fiveResult: Annotations | undefined;
  const slicedBlock = await maxBlock(async () => (fiveResult = await createAnalyzer().analyzeAsync(fiveMb)));
  row(`full annotation, 5 MB, analyzeAsync on the calling thread`, `${ms(performance.now() - fiveStart)} (${fiveResult?.entities.length ?? 0} entities)`);
  row('  longest block: tokenising yields, the layers then run in one piece', ms(slicedBlock));


  // Activation of the built extension in plain Node with a stand-in `vscode` (median of 5 runs,
  // each a fresh process), and the size of the packaged extension when one was built.
  const activations = Array.from({length: 5}, () => {
    const run = spawnSync(process.execPath, [resolve(__dirname, '../scripts/bench/activation.cjs')], {encoding: 'utf8'});
    return run.status === 0 ? (JSON.parse(run.stdout) as {totalMs: number; cpuMs: number}) : {totalMs: NaN, cpuMs: NaN};
  });
  const bundleSize = statSync(resolve(__dirname, '../dist/extension.js')).size;
  row(`activation, require + activate() of dist/extension.js (${Math.round(bundleSize / 1024)} KB), median of 5`, `${ms(percentile(activations.map((run) => run.totalMs), 50))} (on CPU ${ms(percentile(activations.map((run) => run.cpuMs), 50))})`);
  const version = (JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')) as {version: string}).version;
  const vsix = resolve(__dirname, `../news-annotator-${version}.vsix`);
  // A package left from an older build would report an old size: say so instead.
  const workerBundle = resolve(__dirname, '../dist/analysis-worker.js');
  const stale = existsSync(vsix) && existsSync(workerBundle) && statSync(vsix).mtimeMs < statSync(workerBundle).mtimeMs;
  row('.vsix size', !existsSync(vsix) ? 'not built (npm run package)' : `${(statSync(vsix).size / 1024).toFixed(0)} KB${stale ? ' (older than dist/: run npm run package for the current size)' : ''}`);

  const full1mb = full.get('1 MB')!;
  process.stdout.write(`\nmachine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}\n\n`);
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  // The BENCH figures are times on CPU where the system reports them (see threadCpuMs), the
  // same measure before and after a change whatever the neighbours do; wall clock otherwise.
  const onCpu = !Number.isNaN(naive.cpu);
  const figure = (run: {ms: number; cpu: number}) => (onCpu ? run.cpu : run.ms);
  const full1mbFigure = onCpu ? fullCpu.get('1 MB')! : full1mb;
  const editFigures = onCpu ? editCpu : editTimes;
  const speedup = figure(naive) / full1mbFigure;
  process.stdout.write(`\nfigures in the BENCH line: ${onCpu ? 'time on CPU of the measuring thread' : 'wall clock'}\n`);
  process.stdout.write(
    `\nBENCH full_1mb_ms=${Math.round(full1mbFigure)} naive_retext_1mb_ms=${Math.round(figure(naive))} paragraph_retext_1mb_ms=${Math.round(figure(byParagraph))} speedup=${speedup.toFixed(1)} edit_p50_ms=${percentile(editFigures, 50).toFixed(2)} edit_p95_ms=${percentile(editFigures, 95).toFixed(2)} max_block_ms=${Math.round(block)} heap_1mb_mb=${heapMb.toFixed(1)}\n`,
  );
}

void main();
