/**
 * Keeps one analysis per open article: runs the engine when a document opens, becomes visible
 * or settles after edits, and publishes the result for the current document version only. The
 * views (diagnostics, highlights, tree, status bar) subscribe; none of them calls the engine.
 */
import * as vscode from 'vscode';
import type {AnalyzeOptions, Annotations} from '../core/index.js';
import {ANALYSIS_SETTINGS, readSettings, type Settings} from './config.js';

/** The engine's signature; a promise is accepted so the engine can move off-thread later. */
export type Analyzer = (text: string, options: AnalyzeOptions) => Annotations | Promise<Annotations>;

/** Per-document engine options that come from outside the settings (the team file's names). */
export type ExtraOptions = (document: vscode.TextDocument) => Promise<Pick<AnalyzeOptions, 'names' | 'ignore'>>;

export type SkipReason = 'too-large' | 'binary';

export type AnalysisState =
  | {readonly status: 'analysed'; readonly version: number; readonly annotations: Annotations}
  | {readonly status: 'skipped'; readonly version: number; readonly reason: SkipReason; readonly message: string}
  | {readonly status: 'failed'; readonly version: number; readonly message: string};

export interface AnalysisEvent {
  readonly uri: vscode.Uri;
  readonly version: number;
  readonly annotations: Annotations;
}

export interface StateChangeEvent {
  readonly uri: vscode.Uri;
  /** Undefined once the document has closed. */
  readonly document: vscode.TextDocument | undefined;
  /** Undefined when the document is no longer tracked (closed, or its language was removed). */
  readonly state: AnalysisState | undefined;
}

/** Quiet period after the last keystroke; long enough to skip work while typing a word. */
export const EDIT_DEBOUNCE_MS = 300;

/**
 * Delay before analysing an open document that no editor shows: visible articles go first, and
 * a workspace restored with many tabs does not queue them all in the worker at start-up. Anything
 * that needs the result (a waiter, an export, the document becoming visible) promotes the run.
 */
export const BACKGROUND_DELAY_MS = 1_500;

/** What the service holds, for tests that check closing and disposal free everything. */
export interface ServiceStats {
  /** Documents with an analysis state. */
  readonly documents: number;
  /** Pending debounced or background runs. */
  readonly timers: number;
  /** Engine runs in progress. */
  readonly inFlight: number;
  /** Documents the user chose to analyse despite their size. */
  readonly forced: number;
  /** Subscribers to the service's events (views, waiters). */
  readonly listeners: number;
  readonly disposed: boolean;
}

/** How far to look for NUL characters: the same heuristic git and VS Code use for binaries. */
const BINARY_PROBE_LENGTH = 8 * 1024;

/**
 * Schemes whose documents are articles a person edits. Others (git, output, SCM input, …) are
 * views of something else, and annotating them would only duplicate problems.
 */
const ARTICLE_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs', 'vscode-userdata']);

export class AnalysisService implements vscode.Disposable {
  private readonly states = new Map<string, AnalysisState>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Timers of background (not visible) documents, which a waiter may bring forward. */
  private readonly backgroundTimers = new Set<string>();
  /** Documents analysed whatever their size ("Analyse Anyway"), until they close. */
  private readonly forced = new Set<string>();
  private listenerCount = 0;
  private disposed = false;
  /** The version an engine run is working on, so waiters do not start a duplicate run. */
  private readonly inFlight = new Map<string, number>();
  private readonly stateEmitter = new vscode.EventEmitter<StateChangeEvent>();
  private readonly analyseEmitter = new vscode.EventEmitter<AnalysisEvent>();
  private readonly disposables: vscode.Disposable[] = [this.stateEmitter, this.analyseEmitter];
  private failureNotified = false;

  readonly onDidChangeState = this.counted(this.stateEmitter.event);
  readonly onDidAnalyse = this.counted(this.analyseEmitter.event);

  constructor(
    private readonly analyzer: Analyzer,
    private readonly log: vscode.LogOutputChannel,
    private readonly extraOptions: ExtraOptions = () => Promise.resolve({}),
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, isVisible(document) ? 0 : BACKGROUND_DELAY_MS)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        // Dirty-flag and other metadata changes carry no content change and need no new run.
        if (event.contentChanges.length > 0) this.schedule(event.document, EDIT_DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        for (const editor of editors) this.ensureAnalysed(editor.document);
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (ANALYSIS_SETTINGS.some((setting) => event.affectsConfiguration(setting))) this.refreshAll();
      }),
    );
    // Visible articles first: they are what the person is looking at while the host starts.
    const visible = new Set(vscode.window.visibleTextEditors.map((editor) => editor.document));
    for (const document of visible) this.schedule(document, 0);
    for (const document of vscode.workspace.textDocuments) {
      if (!visible.has(document)) this.schedule(document, BACKGROUND_DELAY_MS);
    }
  }

  /** Counts of what the service holds; all zero once disposed. */
  stats(): ServiceStats {
    return {
      documents: this.states.size,
      timers: this.timers.size,
      inFlight: this.inFlight.size,
      forced: this.forced.size,
      listeners: this.listenerCount,
      disposed: this.disposed,
    };
  }

  /**
   * Analyses a document skipped for its size ("Analyse Anyway"). The choice holds for this
   * document until it closes, so typing in it does not bring the skip back on every edit.
   */
  analyseAnyway(document: vscode.TextDocument): Promise<void> {
    this.forced.add(document.uri.toString());
    return this.analyseNow(document);
  }

  /** Whether the document is an article this extension annotates under the current settings. */
  isTracked(document: vscode.TextDocument, settings: Settings = readSettings(document)): boolean {
    return isArticleScheme(document.uri) && settings.languages.includes(document.languageId);
  }

  getState(uri: vscode.Uri): AnalysisState | undefined {
    return this.states.get(uri.toString());
  }

  /** The annotations of the document's current version; undefined while edits are pending. */
  getAnnotations(uri: vscode.Uri): Annotations | undefined {
    const document = findOpenDocument(uri);
    const state = document && this.currentState(document);
    return state?.status === 'analysed' ? state.annotations : undefined;
  }

  /** The state for exactly the document's current version, if the engine has produced it. */
  currentState(document: vscode.TextDocument): AnalysisState | undefined {
    const state = this.states.get(document.uri.toString());
    return state && state.version === document.version ? state : undefined;
  }

  /**
   * Resolves with the annotations of the document's version at the time the result arrives;
   * rejects when the document is skipped, fails, closes or is not an article.
   */
  whenAnalysed(uri: vscode.Uri): Promise<Annotations> {
    const document = findOpenDocument(uri);
    if (!document) return Promise.reject(new Error(vscode.l10n.t('{0} is not open.', uri.toString(true))));
    if (!this.isTracked(document)) {
      return Promise.reject(
        new Error(vscode.l10n.t('{0} is not analysed: its language "{1}" is not in newsAnnotator.languages.', uri.toString(true), document.languageId)),
      );
    }
    const settled = this.currentState(document);
    if (settled) return settleState(settled);

    const key = uri.toString();
    return new Promise<Annotations>((resolve, reject) => {
      const subscriptions: vscode.Disposable[] = [];
      const finish = (): void => subscriptions.forEach((subscription) => subscription.dispose());
      subscriptions.push(
        this.onDidChangeState((event) => {
          if (event.uri.toString() !== key) return;
          if (!event.state) {
            finish();
            reject(new Error(vscode.l10n.t('{0} was closed before its analysis finished.', uri.toString(true))));
          } else if (event.state.version === document.version) {
            finish();
            settleState(event.state).then(resolve, reject);
          }
        }),
      );
      this.ensureAnalysed(document);
    });
  }

  /** Runs the engine now, dropping any pending debounced run (the re-analyse command). */
  analyseNow(document: vscode.TextDocument): Promise<void> {
    this.cancelTimer(document.uri.toString());
    return this.run(document);
  }

  /** Re-runs every open article, e.g. after a setting that changes the engine's output. */
  refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, isVisible(document) ? 0 : BACKGROUND_DELAY_MS);
  }

  dispose(): void {
    this.disposed = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.backgroundTimers.clear();
    this.states.clear();
    this.inFlight.clear();
    this.forced.clear();
    for (const disposable of this.disposables) disposable.dispose();
  }

  /** Wraps an event so that `stats()` can count live subscriptions. */
  private counted<T>(event: vscode.Event<T>): vscode.Event<T> {
    return (listener, thisArgs, disposables) => {
      const subscription = event(listener, thisArgs);
      this.listenerCount++;
      let live = true;
      const counted = new vscode.Disposable(() => {
        if (live) this.listenerCount--;
        live = false;
        subscription.dispose();
      });
      disposables?.push(counted);
      return counted;
    };
  }

  /** Starts a run unless the current version is analysed, scheduled or already running. */
  private ensureAnalysed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (this.currentState(document) || this.inFlight.get(key) === document.version) return;
    // A pending edit debounce is left to run; a background run is brought forward.
    if (this.timers.has(key) && !this.backgroundTimers.has(key)) return;
    this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (this.disposed) return;
    if (!this.isTracked(document)) {
      this.forget(document.uri);
      return;
    }
    const key = document.uri.toString();
    this.cancelTimer(key);
    if (delay === BACKGROUND_DELAY_MS) this.backgroundTimers.add(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.backgroundTimers.delete(key);
        void this.run(document);
      }, delay),
    );
  }

  private async run(document: vscode.TextDocument): Promise<void> {
    if (document.isClosed) return;
    const settings = readSettings(document);
    if (!this.isTracked(document, settings)) {
      this.forget(document.uri);
      return;
    }
    const key = document.uri.toString();
    const version = document.version;
    const text = document.getText();

    const skip = checkSkip(text, this.forced.has(key) ? Number.POSITIVE_INFINITY : settings.maxFileSize);
    if (skip) {
      this.log.info(`${document.uri.toString(true)}: ${skip.message}`);
      this.publish(document, {status: 'skipped', version, ...skip});
      return;
    }

    this.inFlight.set(key, version);
    const started = Date.now();
    let annotations: Annotations;
    try {
      const extra = await this.extraOptions(document);
      annotations = await this.analyzer(text, {
        uri: key,
        layers: {...settings.layers},
        claimThreshold: settings.claimMinimumScore,
        // The settings' names come after the team file's: a person's own setting wins a clash.
        names: [...(extra.names ?? []), ...settings.names],
        ignore: [...(extra.ignore ?? []), ...settings.ignoreNames],
        markdown: document.languageId === 'markdown',
      });
    } catch (error) {
      // Cancelled: a newer request for this document replaced this one, or the host is closing.
      if (error instanceof vscode.CancellationError || this.isStale(document, version)) return;
      this.reportFailure(document, error);
      this.publish(document, {status: 'failed', version, message: vscode.l10n.t('The analysis failed: {0}', errorMessage(error))});
      return;
    } finally {
      if (this.inFlight.get(key) === version) this.inFlight.delete(key);
    }
    if (this.isStale(document, version)) {
      this.log.trace(`${document.uri.toString(true)}: dropped the result for version ${version}, the text has changed since`);
      return;
    }
    this.log.trace(`${document.uri.toString(true)}: analysed version ${version} in ${Date.now() - started} ms`);
    this.publish(document, {status: 'analysed', version, annotations});
  }

  private isStale(document: vscode.TextDocument, version: number): boolean {
    return document.isClosed || document.version !== version || !this.isTracked(document);
  }

  private publish(document: vscode.TextDocument, state: AnalysisState): void {
    // A run that finishes after deactivation must not bring state back.
    if (this.disposed) return;
    this.states.set(document.uri.toString(), state);
    this.stateEmitter.fire({uri: document.uri, document, state});
    if (state.status === 'analysed') {
      this.analyseEmitter.fire({uri: document.uri, version: state.version, annotations: state.annotations});
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancelTimer(key);
    this.inFlight.delete(key);
    this.forced.delete(key);
    if (this.states.delete(key)) this.stateEmitter.fire({uri, document: undefined, state: undefined});
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
    this.backgroundTimers.delete(key);
  }

  private reportFailure(document: vscode.TextDocument, error: unknown): void {
    const detail = error instanceof Error && error.stack ? error.stack : errorMessage(error);
    this.log.error(`${document.uri.toString(true)}: the engine failed on version ${document.version}\n${detail}`);
    // One notification per session: a failing engine would otherwise pop up on every keystroke.
    if (this.failureNotified) return;
    this.failureNotified = true;
    const showLog = vscode.l10n.t('Show Log');
    void vscode.window
      .showErrorMessage(vscode.l10n.t('News Annotator could not analyse {0}. The log has the details.', basename(document.uri)), showLog)
      .then((choice) => {
        if (choice === showLog) this.log.show(true);
      });
  }
}

/** Why a text should not go to the engine, or undefined when it should. */
export function checkSkip(text: string, maxFileSize: number): {reason: SkipReason; message: string} | undefined {
  if (text.slice(0, BINARY_PROBE_LENGTH).includes('\0')) {
    return {reason: 'binary', message: vscode.l10n.t('Not analysed: the file looks binary (it contains NUL characters).')};
  }
  if (exceedsUtf8Bytes(text, maxFileSize)) {
    return {
      reason: 'too-large',
      message: vscode.l10n.t('Not analysed: the file is larger than newsAnnotator.maxFileSize ({0} bytes). Run "Analyse Anyway" to analyse it.', maxFileSize),
    };
  }
  return undefined;
}

/** Compares the UTF-8 size with a limit without encoding the whole text in the common cases. */
export function exceedsUtf8Bytes(text: string, limit: number): boolean {
  // A UTF-16 unit takes one to three UTF-8 bytes (a surrogate pair, two units, takes four).
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    bytes += unit < 0x80 ? 1 : unit < 0x800 || (unit >= 0xd800 && unit < 0xe000) ? 2 : 3;
    if (bytes > limit) return true;
  }
  return false;
}

/** Whether the URI names a document a person writes, rather than a view such as output or git. */
export function isArticleScheme(uri: vscode.Uri): boolean {
  return ARTICLE_SCHEMES.has(uri.scheme);
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some((editor) => editor.document === document);
}

export function findOpenDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

function settleState(state: AnalysisState): Promise<Annotations> {
  switch (state.status) {
    case 'analysed':
      return Promise.resolve(state.annotations);
    case 'skipped':
    case 'failed':
      return Promise.reject(new Error(state.message));
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
