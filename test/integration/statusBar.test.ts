import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {closeAllEditors, engineResult, getApi, pickArticle, waitFor} from './helpers.js';

describe('status bar', function () {
  let api: NewsAnnotatorApi;

  before(async function () {
    api = await getApi();
  });

  after(closeAllEditors);

  it('counts the active article’s actors, quotes, claims and unattributed quotes, and focuses the view', async function () {
    const document = await pickArticle((annotations) => annotations.quotes.length);
    await vscode.window.showTextDocument(document);
    await api.whenAnalysed(document.uri);
    const expected = engineResult(document);
    const unattributed = expected.quotes.filter((quote) => quote.actor === null).length;
    const text = `$(person) ${expected.actors.length}  $(quote) ${expected.quotes.length}  $(checklist) ${expected.claims.length}${unattributed > 0 ? `  $(question) ${unattributed}` : ''}`;
    await waitFor(() => api.statusBar.text === text, {events: [api.onDidAnalyse], message: `status bar text ${text}, got ${api.statusBar.text}`});
    assert.equal(api.statusBar.command, 'newsAnnotator.actors.focus');
    assert.match(api.statusBar.tooltip ?? '', new RegExp(`${expected.actors.length} actors`));
  });

  it('hides for a document that is not an article and says why one is skipped', async function () {
    const json = await vscode.workspace.openTextDocument({content: '{"a": 1}', language: 'json'});
    await vscode.window.showTextDocument(json);
    await waitFor(() => api.statusBar.text === undefined, {message: 'the item to hide'});
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    const binary = await vscode.workspace.openTextDocument({content: 'abc\0def', language: 'plaintext'});
    await vscode.window.showTextDocument(binary);
    await waitFor(() => api.statusBar.text === '$(circle-slash) News Annotator: binary', {message: 'the skipped state'});
    assert.equal(api.statusBar.command, 'newsAnnotator.showLog');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
