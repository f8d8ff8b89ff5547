/**
 * Worker-thread entry (bundled as dist/analysis-worker.js): runs the engine away from the
 * extension host's thread, which a large article would otherwise block for seconds. It must not
 * import `vscode`, which exists only on the host's thread.
 *
 * Each document keeps an incremental analyser, so re-analysis after an edit re-tokenises only
 * the lines that changed; the few most recently analysed documents keep theirs.
 */
import {parentPort} from 'node:worker_threads';
import {createAnalyzer, type Analyzer} from '../core/index.js';
import {replyMessages, type WorkerRequest} from './workerProtocol.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker thread only');

/** Enough for the articles open side by side; each holds one version's parsed lines. */
const KEPT_DOCUMENTS = 8;
const analyzers = new Map<string, Analyzer>();

function analyzerFor(uri: string): Analyzer {
  let analyzer = analyzers.get(uri);
  if (analyzer) analyzers.delete(uri);
  else analyzer = createAnalyzer();
  // Re-inserted last: the map's order is the order of use, the first entry the least recent.
  analyzers.set(uri, analyzer);
  if (analyzers.size > KEPT_DOCUMENTS) analyzers.delete(analyzers.keys().next().value!);
  return analyzer;
}

port.on('message', ({id, text, options}: WorkerRequest) => {
  let annotations;
  try {
    annotations = analyzerFor(options.uri ?? '').analyze(text, options);
  } catch (error) {
    port.postMessage({id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)});
    return;
  }
  // In chunks, so that the host never deserialises a whole large result at once.
  for (const message of replyMessages(id, annotations)) port.postMessage(message);
});
