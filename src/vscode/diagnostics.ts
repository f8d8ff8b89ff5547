/**
 * Publishes the engine's findings as diagnostics: the generic vfile-message mapping (code and
 * documentation link, offsets through `positionAt`), with the severity chosen in the settings.
 */
import * as vscode from 'vscode';
import type {Finding, Severity} from '../core/model.js';
import type {AnalysisService, AnalysisState} from './analysisService.js';
import {readSettings, SEVERITY_SETTING, type SeveritySetting} from './config.js';

export const DIAGNOSTIC_SOURCE = 'News Annotator';

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsAnnotator');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly service: AnalysisService) {
    this.disposables.push(
      service.onDidChangeState(({uri, document, state}) => this.update(uri, document, state)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SEVERITY_SETTING)) this.refreshAll();
      }),
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
    const severities = readSettings(document).severity;
    const diagnostics: vscode.Diagnostic[] = [];
    for (const finding of state.annotations.findings) {
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
