/**
 * What `activate` returns (`extension.exports`): the extension's state for integration tests
 * and other extensions, so they can wait on events instead of sleeping.
 */
import type * as vscode from 'vscode';
import type {Annotations} from '../core/model.js';
import type {ActorsTreeProvider} from './actorsTree.js';
import type {AnalysisEvent, AnalysisState, ServiceStats} from './analysisService.js';
import type {HighlightsApi} from './highlights.js';

export interface NewsAnnotatorApi {
  /** The annotations of the open document's current version, if analysed. */
  getAnnotations(uri: vscode.Uri): Annotations | undefined;
  /** The last analysis outcome (analysed, skipped, failed), whatever version it was for. */
  getState(uri: vscode.Uri): AnalysisState | undefined;
  /** Resolves once the document's current version is analysed; rejects if it is skipped or fails. */
  whenAnalysed(uri: vscode.Uri): Promise<Annotations>;
  /** Fires after each analysis, once diagnostics, highlights and the tree have been updated. */
  readonly onDidAnalyse: vscode.Event<AnalysisEvent>;
  readonly actorsTree: ActorsTreeProvider;
  readonly highlights: HighlightsApi;
  /** What the status bar item shows for the active article. */
  statusBar(): {readonly visible: boolean; readonly text: string; readonly command: string | undefined};
  /** What the extension holds (documents, timers, listeners, disposables), for leak tests. */
  stats(): ExtensionStats;
  /** Disposes everything the extension created, as deactivation does. */
  dispose(): void;
}

export interface ExtensionStats extends ServiceStats {
  /** Disposables the extension still owns (views, commands, listeners, the worker). */
  readonly subscriptions: number;
  /** Whether the analysis worker thread exists. */
  readonly workerRunning: boolean;
}

export type {AnalysisEvent, AnalysisState} from './analysisService.js';
export type {ActorsNode} from './actorsTree.js';
export type {HighlightKind} from './highlights.js';
