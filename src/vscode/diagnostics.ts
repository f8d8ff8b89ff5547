/**
 * Publishes the engine's findings as diagnostics: the generic vfile-message mapping (code and
 * documentation link, offsets through `positionAt`), with the severity chosen in the settings,
 * minus the findings dismissed in the team file. With `diagnostics.showInProblems` off nothing
 * is published here and the highlights draw the findings instead.
 */
import * as vscode from 'vscode';
import type {Finding, Severity} from '../core/model.js';
import type {AnalysisService, AnalysisState} from './analysisService.js';
import {readSettings, SEVERITY_SETTING, SHOW_IN_PROBLEMS_SETTING, type SeveritySetting} from './config.js';
import {shownFindings} from './shownFindings.js';
import type {UserFileStore} from './userFileStore.js';

export const DIAGNOSTIC_SOURCE = 'News Annotator';

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly service: AnalysisService,
    private readonly store: UserFileStore,
  ) {
    this.disposables.push(
      service.onDidChangeState(({uri, document, state}) => this.update(uri, document, state)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SEVERITY_SETTING) || event.affectsConfiguration(SHOW_IN_PROBLEMS_SETTING)) this.refreshAll();
      }),
      // Dismissals need no new analysis: the findings are the same, fewer are shown.
      store.onDidChange(() => this.refreshAll()),
    );
    this.refreshAll();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private refreshAll(): void {
    for (const document of vscode.workspace.textDocuments) {
      this.update(document.uri, document, this.service.getState(document.uri));
    }
  }

  private update(uri: vscode.Uri, document: vscode.TextDocument | undefined, state: AnalysisState | undefined): void {
    if (!document || state?.status !== 'analysed') {
      // A skipped or failed run leaves no findings that could still be trusted.
      this.collection.delete(uri);
      return;
    }
    // Edits are pending: dismissals are matched by the text, which no longer fits these offsets.
    // The diagnostics shown move with the edits until the next result arrives.
    if (state.version !== document.version) return;
    const settings = readSettings(document);
    if (!settings.showInProblems) {
      this.collection.delete(uri);
      return;
    }
    const severities = settings.severity;
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of shownFindings(this.store, document, state.annotations)) {
      const severity = toDiagnosticSeverity(severities[finding.code] ?? finding.severity);
      if (severity !== undefined) diagnostics.push(toDiagnostic(document, finding, severity));
    }
    this.collection.set(uri, diagnostics);
  }
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  const target = parseUrl(finding.url);
  diagnostic.code = target ? {value: finding.code, target} : finding.code;
  return diagnostic;
}

/** Undefined means "off": the finding is not shown at all. */
export function toDiagnosticSeverity(setting: SeveritySetting | Severity): vscode.DiagnosticSeverity | undefined {
  switch (setting) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
    case 'hint':
      return vscode.DiagnosticSeverity.Hint;
    case 'off':
      return undefined;
  }
}

function parseUrl(url: string): vscode.Uri | undefined {
  // Only absolute links make a usable target; a bare string would open as a relative file.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return undefined;
  try {
    return vscode.Uri.parse(url, true);
  } catch {
    return undefined;
  }
}
