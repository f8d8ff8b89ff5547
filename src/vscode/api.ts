/**
 * What `activate` returns (`extension.exports`): the extension's state for integration tests
 * and other extensions, so they can wait on events instead of sleeping.
 */
import type * as vscode from 'vscode';
import type {Annotations} from '../core/model.js';
import type {ActorsTreeProvider} from './actorsTree.js';
import type {AnalysisEvent, AnalysisState, ServiceStats} from './analysisService.js';
import type {HighlightsApi} from './highlights.js';
import type {UserFileStore} from './userFileStore.js';

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
  /** The status bar summary as shown (`text` is undefined while the item is hidden). */
  readonly statusBar: {readonly text: string | undefined; readonly tooltip: string | undefined; readonly command: string | undefined};
  /** The team file `.vscode/news-annotator.json`, as read per workspace folder. */
  readonly userFile: Pick<UserFileStore, 'read' | 'peek' | 'problemOf' | 'onDidChange'>;
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
export type {ClaimStrength, HighlightKind} from './highlights.js';
export type {UserFile} from './userFileFormat.js';
