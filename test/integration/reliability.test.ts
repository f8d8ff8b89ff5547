import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {getApi, openUntitled, SHORT_ARTICLE as ARTICLE, waitFor, withSetting} from './helpers.js';

describe('reliability', function () {
  let api: NewsAnnotatorApi;

  before(async function () {
    api = await getApi();
  });

  it('says in the status bar that a large article was skipped, and analyses it anyway on the command', async function () {
    await withSetting('newsAnnotator.maxFileSize', 32, async () => {
      const document = await openUntitled(ARTICLE);
      await vscode.window.showTextDocument(document);
      await waitFor(() => api.getState(document.uri)?.status === 'skipped', {message: 'the skip'});
      const shown = await waitFor(() => (api.statusBar.command === 'newsAnnotator.analyseAnyway' ? api.statusBar.text : undefined), {message: 'the status bar'});
      assert.match(shown, /too large/);
      await vscode.commands.executeCommand('newsAnnotator.analyseAnyway', document.uri);
      const annotations = await api.whenAnalysed(document.uri);
      assert.ok(annotations.entities.length > 0);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });

  it('frees the state of a closed document and analyses it again when reopened', async function () {
    const document = await openUntitled(ARTICLE);
    await vscode.window.showTextDocument(document);
    await api.whenAnalysed(document.uri);
    const before = api.stats().documents;
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(() => api.getState(document.uri) === undefined, {message: 'the state to be freed'});
    assert.ok(api.stats().documents < before);
    const again = await openUntitled(ARTICLE);
    assert.ok((await api.whenAnalysed(again.uri)).entities.length > 0);
  });

  it('falls back to the default for a malformed setting', async function () {
    await withSetting('newsAnnotator.maxFileSize', 'huge', async () => {
      const document = await openUntitled(ARTICLE);
      assert.ok((await api.whenAnalysed(document.uri)).entities.length > 0, 'analysed under the default limit');
    });
  });
});
