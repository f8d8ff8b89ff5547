/**
 * Entry point: wires the engine to VS Code. Each piece lives in its own module; this file only
 * creates them in dependency order, registers the commands and returns the test API.
 */
import * as vscode from 'vscode';
import {registerActorCommands} from './actorCommands.js';
import {ActorsTreeProvider, revealRange, setMediaRoot} from './actorsTree.js';
import {AnalysisService, basename, findOpenDocument} from './analysisService.js';
import type {NewsAnnotatorApi} from './api.js';
import {ANALYSE_ANYWAY_COMMAND, EXPORT_COMMAND, EXPORT_WORKSPACE_COMMAND, REANALYSE_COMMAND, REVEAL_COMMAND, SHOW_LOG_COMMAND, TOGGLE_HIGHLIGHTS_COMMAND, TOGGLE_LAYER_COMMAND_PREFIX} from './commands.js';
import {SECTION, settingsProblems} from './config.js';
import {DiagnosticsPublisher} from './diagnostics.js';
import {exportAnnotations, type ExportOptions} from './exportAnnotations.js';
import {exportWorkspace, type WorkspaceExportOptions} from './exportWorkspace.js';
import {HIGHLIGHT_KINDS, HighlightController} from './highlights.js';
import {registerHovers} from './hovers.js';
import {StatusBarController} from './statusBar.js';
import {registerQuickFixes} from './quickFixes.js';
import type {UserName} from './userFileFormat.js';
import {UserFileStore} from './userFileStore.js';
import {toUri} from './uris.js';
import {registerWalkthrough} from './walkthrough.js';
import {WorkerAnalyzer} from './workerAnalyzer.js';

export type {NewsAnnotatorApi} from './api.js';

/** Everything activate creates, disposed together on deactivation (or by the API's dispose). */
let subscriptions: vscode.Disposable[] = [];

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  subscriptions = [];
  const owned = subscriptions;
  const disposeAll = (): void => {
    // Last created first: views let go of the service before the service and the worker go.
    for (const disposable of owned.splice(0).reverse()) disposable.dispose();
  };
  context.subscriptions.push({dispose: disposeAll});
  const log = vscode.window.createOutputChannel(vscode.l10n.t('News Annotator'), {log: true});
  owned.push(log);
  setMediaRoot(context.extensionUri);
  const store = new UserFileStore(log);
  owned.push(store);
  // The engine runs in a worker thread: a long article never blocks the extension host, which
  // every extension shares, and the host's bundle stays small because the engine is not in it.
  const worker = new WorkerAnalyzer(context.asAbsolutePath('dist/analysis-worker.js'), log);
  owned.push(worker);
  const analyzer = worker.analyze;
  const service = new AnalysisService(analyzer, log, (document) => namesFor(store, document));
  // Views subscribe before anyone else can, so `onDidAnalyse` listeners see them up to date.
  const diagnostics = new DiagnosticsPublisher(service, store);
  const highlights = new HighlightController(service, store);
  const actorsTree = new ActorsTreeProvider(service);
  const statusBar = new StatusBarController(service);

  owned.push(
    service,
    diagnostics,
    highlights,
    actorsTree,
    statusBar,
    registerHovers(service, store),
    registerQuickFixes(service, store),
    // Names feed the engine, so a changed team file means a new analysis.
    store.onDidChange(() => service.refreshAll()),
    vscode.commands.registerCommand(EXPORT_COMMAND, (target?: unknown, options?: ExportOptions) =>
      exportAnnotations(service, () => actorsTree.documentUri, toUri(target), options),
    ),
    vscode.commands.registerCommand(EXPORT_WORKSPACE_COMMAND, (folder?: unknown, options?: WorkspaceExportOptions) =>
      exportWorkspace(analyzer, log, toUri(folder), options),
    ),
    vscode.commands.registerCommand(REANALYSE_COMMAND, () => reanalyse(service, actorsTree.documentUri)),
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_COMMAND, () => highlights.toggle()),
    ...HIGHLIGHT_KINDS.map((kind) => vscode.commands.registerCommand(`${TOGGLE_LAYER_COMMAND_PREFIX}${kind}`, () => highlights.toggleLayer(kind))),
    vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: unknown, start: number, end: number) => {
      const target = toUri(uri);
      return target && Number.isInteger(start) && Number.isInteger(end) ? revealRange(target, start, end) : undefined;
    }),
    vscode.commands.registerCommand(ANALYSE_ANYWAY_COMMAND, (target?: unknown) => analyseAnyway(service, toUri(target))),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) warnAboutSettings(log);
    }),
    registerActorCommands(service, actorsTree),
    registerWalkthrough(context, service),
  );
  warnAboutSettings(log);
  log.info(`activated in ${vscode.env.appName} (${vscode.version})`);

  return {
    getAnnotations: (uri) => service.getAnnotations(uri),
    getState: (uri) => service.getState(uri),
    whenAnalysed: (uri) => service.whenAnalysed(uri),
    onDidAnalyse: service.onDidAnalyse,
    actorsTree,
    highlights,
    statusBar,
    userFile: store,
    stats: () => ({...service.stats(), subscriptions: owned.length, workerRunning: worker.hasWorker}),
    dispose: disposeAll,
  };
}

export function deactivate(): void {
  // VS Code disposes context.subscriptions after this, which disposes everything above; doing it
  // here too makes the order explicit and is harmless (disposing twice does nothing).
  for (const disposable of subscriptions.splice(0).reverse()) disposable.dispose();
}

/** Settings problems already shown, so a warning appears once, not on every change. */
const warned = new Set<string>();

/** Tells the user about malformed settings; the adapter has already fallen back to defaults. */
function warnAboutSettings(log: vscode.LogOutputChannel): void {
  for (const problem of settingsProblems()) {
    log.warn(problem);
    if (warned.has(problem)) continue;
    warned.add(problem);
    void vscode.window.showWarningMessage(`News Annotator: ${problem}`);
  }
}

/** "Analyse Anyway": the document given, else the active one, if it was skipped for its size. */
async function analyseAnyway(service: AnalysisService, target: vscode.Uri | undefined): Promise<void> {
  const document = (target && findOpenDocument(target)) ?? vscode.window.activeTextEditor?.document;
  const state = document && service.getState(document.uri);
  if (!document || !service.isTracked(document) || state?.status !== 'skipped' || state.reason !== 'too-large') {
    void vscode.window.showInformationMessage(vscode.l10n.t('No article skipped for its size is open in the active editor.'));
    return;
  }
  await service.analyseAnyway(document);
  const after = service.getState(document.uri);
  if (after?.status === 'analysed') void vscode.window.setStatusBarMessage(vscode.l10n.t('Analysed {0}.', basename(document.uri)), 3000);
}

/** The team file's names and ignored names for the document's workspace folder. */
async function namesFor(store: UserFileStore, document: vscode.TextDocument): Promise<{names: UserName[]; ignore: string[]}> {
  const scope = store.scopeOf(document.uri);
  if (!scope) return {names: [], ignore: []};
  const file = await store.read(scope.folder);
  return {names: file.names, ignore: file.ignore};
}

/** Re-analyses the active article, or the one the Actors view lists, or every open article. */
async function reanalyse(service: AnalysisService, listed: vscode.Uri | undefined): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const document = active && service.isTracked(active) ? active : listed && findOpenDocument(listed);
  if (document) await service.analyseNow(document);
  else service.refreshAll();
}
