/**
 * Runs the engine in a worker thread, one article at a time. A request for a document that
 * already has one waiting replaces it (typing produces a stream of versions and only the last
 * matters); the replaced request rejects with a CancellationError, which the service ignores.
 */
import {Worker} from 'node:worker_threads';
import * as vscode from 'vscode';
import type {AnalyzeOptions, Annotations} from '../core/index.js';
import {ReplyAssembler, type WorkerReply, type WorkerRequest} from './workerProtocol.js';

interface Job {
  readonly request: WorkerRequest;
  readonly resolve: (annotations: Annotations) => void;
  readonly reject: (error: Error) => void;
}

export class WorkerAnalyzer implements vscode.Disposable {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly assembler = new ReplyAssembler();
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  readonly analyze = (text: string, options: AnalyzeOptions): Promise<Annotations> =>
    new Promise<Annotations>((resolve, reject) => {
      if (this.disposed) {
        reject(new vscode.CancellationError());
        return;
      }
      const key = options.uri;
      if (key) {
        for (const queued of this.queue.filter((job) => job.request.options.uri === key)) {
          this.queue.splice(this.queue.indexOf(queued), 1);
          queued.reject(new vscode.CancellationError());
        }
      }
      this.queue.push({request: {id: this.nextId++, text, options}, resolve, reject});
      this.pump();
    });

  /** Whether a worker thread exists (it starts with the first analysis). */
  get hasWorker(): boolean {
    return this.worker !== undefined;
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(new vscode.CancellationError());
    this.running?.reject(new vscode.CancellationError());
    this.running = undefined;
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    this.running = job;
    try {
      this.ensureWorker().postMessage(job.request);
    } catch (error) {
      this.running = undefined;
      job.reject(error instanceof Error ? error : new Error(String(error)));
      this.pump();
    }
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, {name: 'news-annotator-analysis'});
    // The host may exit while an analysis runs; the worker must not keep it alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => {
      const job = this.running;
      if (!job || job.request.id !== reply.id) {
        this.assembler.drop(reply.id);
        return;
      }
      let annotations: Annotations | undefined;
      if (reply.error === undefined) {
        // A large result arrives in several messages; the job completes with the last one.
        annotations = this.assembler.add(reply);
        if (!annotations) return;
      }
      this.running = undefined;
      if (annotations) job.resolve(annotations);
      else job.reject(new Error(reply.error));
      this.pump();
    });
    worker.on('error', (error) => {
      this.log.error(`the analysis worker failed: ${error.stack ?? error.message}`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.worker = undefined;
      const job = this.running;
      this.running = undefined;
      // The next request starts a fresh worker; this one only fails the job it was running.
      job?.reject(new Error(vscode.l10n.t('The analysis worker stopped (exit code {0}).', code)));
      this.pump();
    });
    this.worker = worker;
    return worker;
  }
}
