/**
 * Entry point: wires the engine to VS Code. Each piece lives in its own module; this file only
 * creates them in dependency order, registers the commands and returns the test API.
 */
import * as vscode from 'vscode';
import {ActorsTreeProvider, revealRange} from './actorsTree.js';
import {AnalysisService, findOpenDocument, type Analyzer} from './analysisService.js';
import type {NewsAnnotatorApi} from './api.js';
import {EXPORT_COMMAND, EXPORT_WORKSPACE_COMMAND, REANALYSE_COMMAND, REVEAL_COMMAND, SHOW_LOG_COMMAND, TOGGLE_HIGHLIGHTS_COMMAND} from './commands.js';
import {DiagnosticsPublisher} from './diagnostics.js';
import {exportAnnotations, type ExportOptions} from './exportAnnotations.js';
import {exportWorkspace, type WorkspaceExportOptions} from './exportWorkspace.js';
import {HighlightController} from './highlights.js';
import {registerHovers} from './hovers.js';
import {StatusBarController} from './statusBar.js';
import {WorkerAnalyzer} from './workerAnalyzer.js';

export type {NewsAnnotatorApi} from './api.js';

export function activate(context: vscode.ExtensionContext): NewsAnnotatorApi {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('News Annotator'), {log: true});
  context.subscriptions.push(log);
  const analyzer = createAnalyzer(context, log);
  const service = new AnalysisService(analyzer, log);
  // Views subscribe before anyone else can, so `onDidAnalyse` listeners see them up to date.
  const diagnostics = new DiagnosticsPublisher(service);
  const highlights = new HighlightController(service);
  const actorsTree = new ActorsTreeProvider(service);
  const statusBar = new StatusBarController(service);

  context.subscriptions.push(
    service,
    diagnostics,
    highlights,
    actorsTree,
    statusBar,
    registerHovers(service),
    vscode.commands.registerCommand(EXPORT_COMMAND, (target?: unknown, options?: ExportOptions) =>
      exportAnnotations(service, () => actorsTree.documentUri, asUri(target), options),
    ),
    vscode.commands.registerCommand(EXPORT_WORKSPACE_COMMAND, (folder?: unknown, options?: WorkspaceExportOptions) =>
      exportWorkspace(analyzer, log, asUri(folder), options),
    ),
    vscode.commands.registerCommand(REANALYSE_COMMAND, () => reanalyse(service, actorsTree.documentUri)),
    vscode.commands.registerCommand(TOGGLE_HIGHLIGHTS_COMMAND, () => highlights.toggle()),
    vscode.commands.registerCommand(SHOW_LOG_COMMAND, () => log.show()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri, start: number, end: number) => revealRange(uri, start, end)),
  );
  log.info(`activated in ${vscode.env.appName} (${vscode.version})`);

  return {
    getAnnotations: (uri) => service.getAnnotations(uri),
    getState: (uri) => service.getState(uri),
    whenAnalysed: (uri) => service.whenAnalysed(uri),
    onDidAnalyse: service.onDidAnalyse,
    actorsTree,
    highlights,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

/**
 * The engine runs in a worker thread: a long article never blocks the extension host, which
 * every extension shares, and the host's bundle stays small because the engine is not in it.
 */
function createAnalyzer(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Analyzer {
  const script = context.asAbsolutePath('dist/analysis-worker.js');
  const worker = new WorkerAnalyzer(script, log);
  context.subscriptions.push(worker);
  return worker.analyze;
}

/** Re-analyses the active article, or the one the Actors view lists, or every open article. */
async function reanalyse(service: AnalysisService, listed: vscode.Uri | undefined): Promise<void> {
  const active = vscode.window.activeTextEditor?.document;
  const document = active && service.isTracked(active) ? active : listed && findOpenDocument(listed);
  if (document) await service.analyseNow(document);
  else service.refreshAll();
}

/** Menus pass nothing; scripts may pass a Uri or a URI string. */
function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value.length > 0) return vscode.Uri.parse(value, true);
  return undefined;
}
