import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {allSpans, engineResult, getApi, newsDiagnostics, openUntitled, waitFor, withSetting} from './helpers.js';

const ARTICLE =
  'GENEVA, June 9 (Newswire) - Health Minister Clara Weiss said on Monday that vaccination rates rose 14% last year. ' +
  '"We reached every district," Weiss said. Officials expect 2 million more doses in 2026.\n';

describe('analysis', function () {
  let api: NewsAnnotatorApi;

  before(async function () {
    api = await getApi();
  });

  it('re-analyses after edits, once typing pauses, for the latest version only', async function () {
    const document = await openUntitled(ARTICLE);
    await api.whenAnalysed(document.uri);

    const analysedVersions: number[] = [];
    const subscription = api.onDidAnalyse((event) => {
      if (event.uri.toString() === document.uri.toString()) analysedVersions.push(event.version);
    });
    try {
      // Three quick edits, as typing would make them.
      for (const word of ['Breaking: ', 'Update ', 'Correction: ']) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, new vscode.Position(0, 0), word);
        assert.ok(await vscode.workspace.applyEdit(edit));
      }
      const annotations = await api.whenAnalysed(document.uri);
      assert.equal(analysedVersions.at(-1), document.version, 'the last analysis is of the current version');
      assert.ok(analysedVersions.length < 3, `debounced: ${analysedVersions.length} analyses for 3 edits`);
      assert.deepEqual(annotations, engineResult(document), 'offsets follow the edited text');
      for (const {where, span} of allSpans(annotations)) {
        assert.equal(span.text, document.getText().slice(span.start, span.end), where);
      }
    } finally {
      subscription.dispose();
    }
  });

  it('reads a Markdown document’s prose: code and link targets are no quotations', async function () {
    const markdown = '# Weiss visits Geneva\n\n```\n"an unbalanced mark in code\n```\n\n"We reached every district," [Weiss](https://example.org/weiss "Weiss") said.\n';
    const document = await openUntitled(markdown, 'markdown');
    const annotations = await api.whenAnalysed(document.uri);
    assert.deepEqual(annotations, engineResult(document));
    assert.deepEqual(annotations.findings, []);
    assert.deepEqual(
      annotations.quotes.map((quote) => [quote.text, quote.speaker?.text]),
      [['We reached every district,', 'Weiss']],
    );
    assert.deepEqual(newsDiagnostics(document.uri), []);
  });

  it('exposes no stale annotations while an edit is pending', async function () {
    const document = await openUntitled(ARTICLE);
    await api.whenAnalysed(document.uri);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'LATE: ');
    await vscode.workspace.applyEdit(edit);
    assert.equal(api.getAnnotations(document.uri), undefined, 'the old offsets no longer fit the text');
    await api.whenAnalysed(document.uri);
    assert.ok(api.getAnnotations(document.uri));
  });

  it('skips documents larger than newsAnnotator.maxFileSize, and says why', async function () {
    await withSetting('newsAnnotator.maxFileSize', 64, async () => {
      const document = await openUntitled(ARTICLE);
      const state = await waitFor(
        () => {
          const current = api.getState(document.uri);
          return current?.status === 'skipped' && current.version === document.version ? current : undefined;
        },
        {message: 'the large document to be skipped'},
      );
      assert.equal(state.status === 'skipped' && state.reason, 'too-large');
      await assert.rejects(api.whenAnalysed(document.uri), /maxFileSize/);
      assert.deepEqual(newsDiagnostics(document.uri), []);
    });
  });

  it('counts the size in UTF-8 bytes, not characters', async function () {
    // 40 characters, 120 bytes.
    await withSetting('newsAnnotator.maxFileSize', 100, async () => {
      const document = await openUntitled('€'.repeat(40));
      await waitFor(() => api.getState(document.uri)?.status === 'skipped', {message: 'the multi-byte document to be skipped'});
    });
  });

  it('skips binary content', async function () {
    const document = await openUntitled(`PK\u0003\u0004\u0000\u0000${ARTICLE}`);
    await assert.rejects(api.whenAnalysed(document.uri), /binary/);
    const state = api.getState(document.uri);
    assert.equal(state?.status === 'skipped' && state.reason, 'binary');
  });

  it('ignores languages outside newsAnnotator.languages', async function () {
    const document = await openUntitled(ARTICLE, 'json');
    await assert.rejects(api.whenAnalysed(document.uri), /newsAnnotator\.languages/);
    assert.equal(api.getState(document.uri), undefined);
  });

  it('applies the layer switches', async function () {
    await withSetting('newsAnnotator.layers', {entities: true, quotes: true, claims: false}, async () => {
      const document = await openUntitled(ARTICLE);
      const annotations = await waitFor(
        () => {
          const current = api.getAnnotations(document.uri);
          return current && current.claims.length === 0 ? current : undefined;
        },
        {events: [api.onDidAnalyse], message: 'an analysis without claims'},
      );
      assert.ok(annotations.entities.length > 0, 'entities still run');
    });
  });

  it('re-analyses on the command', async function () {
    const document = await openUntitled(ARTICLE);
    await vscode.window.showTextDocument(document);
    await api.whenAnalysed(document.uri);
    const analysed = new Promise<void>((resolve) => {
      const subscription = api.onDidAnalyse((event) => {
        if (event.uri.toString() !== document.uri.toString()) return;
        subscription.dispose();
        resolve();
      });
    });
    await vscode.commands.executeCommand('newsAnnotator.reanalyse');
    await analysed;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
