/**
 * Worker-thread entry (bundled as dist/analysis-worker.js): runs the engine away from the
 * extension host's thread, which a large article would otherwise block for seconds. It must not
 * import `vscode`, which exists only on the host's thread.
 */
import {parentPort} from 'node:worker_threads';
import {analyze} from '../core/index.js';
import type {WorkerReply, WorkerRequest} from './workerProtocol.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs as a worker thread only');

port.on('message', ({id, text, options}: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = {id, annotations: analyze(text, options)};
  } catch (error) {
    reply = {id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)};
  }
  port.postMessage(reply);
});
