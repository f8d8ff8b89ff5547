import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {Finding} from '../../src/core/index.js';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {
  closeAllEditors,
  engineResult,
  getApi,
  newsDiagnostics,
  pickArticle,
  rangeOf,
  waitFor,
  waitForDiagnostics,
  withSetting,
  workspaceFolder,
} from './helpers.js';

const SEVERITIES: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The severity the settings give a finding, as the user would read it from settings.json. */
function configuredSeverity(finding: Finding): vscode.DiagnosticSeverity | undefined {
  const configured = vscode.workspace.getConfiguration('newsAnnotator').get<Record<string, string>>('diagnostics.severity') ?? {};
  const name = configured[finding.code] ?? finding.severity;
  return SEVERITIES[name];
}

function byPosition(a: vscode.Diagnostic, b: vscode.Diagnostic): number {
  return a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end);
}

function codeValue(diagnostic: vscode.Diagnostic): string | number | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? code.value : code;
}

describe('diagnostics', function () {
  let api: NewsAnnotatorApi;
  // The article with the most findings, so the comparison below is not vacuous.
  let document: vscode.TextDocument;

  before(async function () {
    api = await getApi();
    document = await pickArticle((annotations) => annotations.findings.length * 10 + new Set(annotations.findings.map((f) => f.code)).size);
    await vscode.window.showTextDocument(document);
  });

  after(closeAllEditors);

  it('publishes exactly the engine findings, with codes, links, ranges and severities', async function () {
    const expected = engineResult(document);
    await api.whenAnalysed(document.uri);
    // An earlier test's setting change may still be re-analysing this open article: wait for the
    // analysis under the current settings rather than take the first one.
    const annotations = await waitFor(
      () => {
        const current = api.getAnnotations(document.uri);
        return current && JSON.stringify(current) === JSON.stringify(expected) ? current : undefined;
      },
      {events: [api.onDidAnalyse], message: 'the analysis of the document text under the current settings'},
    );
    assert.deepEqual(annotations, expected, 'the extension analysed something other than the document text');
    assert.ok(expected.findings.length > 0, `the engine found nothing to report in ${document.uri.path}`);

    const shown = expected.findings.filter((finding) => configuredSeverity(finding) !== undefined);
    const diagnostics = newsDiagnostics(document.uri).sort(byPosition);
    const wanted = shown
      .map((finding) => ({finding, range: rangeOf(document, finding.start, finding.end)}))
      .sort((a, b) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end));
    assert.equal(diagnostics.length, wanted.length, 'one diagnostic per finding');
    wanted.forEach(({finding, range}, index) => {
      const diagnostic = diagnostics[index]!;
      const where = `${finding.code} at ${finding.start}-${finding.end}`;
      assert.ok(diagnostic.range.isEqual(range), `${where}: range ${JSON.stringify(diagnostic.range)}`);
      assert.equal(codeValue(diagnostic), finding.code, where);
      assert.equal(diagnostic.message, finding.message, where);
      assert.equal(diagnostic.severity, configuredSeverity(finding), where);
      assert.equal(diagnostic.source, 'News Annotator', where);
      if (/^https?:/.test(finding.url)) {
        assert.ok(typeof diagnostic.code === 'object', `${where}: the code links to its documentation`);
        assert.equal(diagnostic.code.target.toString(true), vscode.Uri.parse(finding.url).toString(true), where);
      }
    });
    const codes = new Set(diagnostics.map(codeValue));
    for (const code of codes) assert.ok(['unattributed-claim', 'quote-without-speaker', 'unbalanced-quote'].includes(String(code)), `unknown code ${code}`);
  });

  it('follows the severity setting, and "off" removes a code', async function () {
    const annotations = await api.whenAnalysed(document.uri);
    const code = annotations.findings[0]!.code;
    const count = annotations.findings.filter((finding) => finding.code === code).length;
    const others = newsDiagnostics(document.uri).filter((diagnostic) => codeValue(diagnostic) !== code).length;

    await withSetting('newsAnnotator.diagnostics.severity', {[code]: 'error'}, async () => {
      const diagnostics = await waitForDiagnostics(
        document.uri,
        (list) => list.filter((d) => codeValue(d) === code && d.severity === vscode.DiagnosticSeverity.Error).length === count,
        `${code} reported as errors`,
      );
      assert.equal(diagnostics.length, count + others);
    });
    await withSetting('newsAnnotator.diagnostics.severity', {[code]: 'off'}, async () => {
      const diagnostics = await waitForDiagnostics(document.uri, (list) => !list.some((d) => codeValue(d) === code), `${code} turned off`);
      assert.equal(diagnostics.length, others, 'the other codes stay');
    });
    await waitForDiagnostics(document.uri, (list) => list.filter((d) => codeValue(d) === code).length === count, `${code} back after the setting is removed`);
  });

  it('drops a document whose language leaves newsAnnotator.languages, and takes it back', async function () {
    const others = (vscode.workspace.getConfiguration('newsAnnotator').get<string[]>('languages') ?? []).filter((id) => id !== document.languageId);
    await withSetting('newsAnnotator.languages', others, async () => {
      await waitForDiagnostics(document.uri, (list) => list.length === 0, 'diagnostics removed with the language');
      await waitFor(() => api.getState(document.uri) === undefined, {message: 'state cleared'});
    });
    await api.whenAnalysed(document.uri);
    await waitForDiagnostics(document.uri, (list) => list.length > 0, 'diagnostics back with the language');
  });

  it('clears the diagnostics of a document when it closes', async function () {
    // A fresh file, opened through the workbench: a document the extension API opened stays
    // open for minutes after its editor closes, which would hide the event under test.
    const source = document.uri;
    const extension = source.path.slice(source.path.lastIndexOf('.'));
    const copy = vscode.Uri.joinPath(workspaceFolder(), `closing-${Date.now()}${extension}`);
    await vscode.workspace.fs.copy(source, copy);
    try {
      await vscode.commands.executeCommand('vscode.open', copy);
      await waitForDiagnostics(copy, (list) => list.length > 0, 'diagnostics of the copy');
      const closed = new Promise<void>((resolve) => {
        const subscription = vscode.workspace.onDidCloseTextDocument((closing) => {
          if (closing.uri.toString() !== copy.toString()) return;
          subscription.dispose();
          resolve();
        });
      });
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await closed;
      assert.deepEqual(newsDiagnostics(copy), []);
      assert.equal(api.getState(copy), undefined);
      assert.equal(api.getAnnotations(copy), undefined);
    } finally {
      await vscode.workspace.fs.delete(copy);
    }
  });

  it('analyses unsaved documents too', async function () {
    const untitled = await vscode.workspace.openTextDocument({content: document.getText(), language: document.languageId});
    const annotations = await api.whenAnalysed(untitled.uri);
    assert.equal(annotations.document.uri, untitled.uri.toString());
    assert.equal(annotations.findings.length, engineResult(document).findings.length);
    await waitForDiagnostics(untitled.uri, (list) => list.length > 0, 'diagnostics of the untitled copy');
  });
});
