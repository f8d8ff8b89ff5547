/**
 * The example article as a user meets it: concrete names, roles, quotes and findings, so that a
 * regression in what the editor shows fails here even where the engine and the view agree.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {ActorsNode, NewsAnnotatorApi} from '../../src/vscode/api.js';
import {closeAllEditors, getApi, newsDiagnostics, waitFor, waitForDiagnostics, workspaceFolder} from './helpers.js';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_[\]<>|~.'-])/g, '$1');
}

describe('example article fisheries-accord.txt', function () {
  let api: NewsAnnotatorApi;
  let document: vscode.TextDocument;

  before(async function () {
    api = await getApi();
    document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), 'fisheries-accord.txt'));
    await vscode.window.showTextDocument(document);
    await api.whenAnalysed(document.uri);
  });

  after(closeAllEditors);

  it('reports the unattributed statistic on its sentence', async function () {
    const diagnostics = await waitForDiagnostics(document.uri, (list) => list.length > 0, 'diagnostics for fisheries-accord.txt');
    const text = document.getText();
    const sentence = 'Catches of anchovy fell by 38% between 2019 and 2023, and more than 9,000 fishermen lost work during the last El Niño season.';
    const start = text.indexOf(sentence);
    assert.deepEqual(
      newsDiagnostics(document.uri).map((diagnostic) => [typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code, document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end), diagnostic.source]),
      [['unattributed-claim', start, start + sentence.length, 'News Annotator']],
    );
    assert.equal(diagnostics.length, 1);
  });

  it('names the minister and his role in the hover over his surname', async function () {
    const offset = document.getText().indexOf('Undurraga said');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 2));
    const text = hoverText(hovers);
    assert.match(text, /Tomás Undurraga/);
    assert.match(text, /Chile's Minister of Agriculture/);
  });

  it('lists both ministers in the Actors view with their quotes', async function () {
    const roots = await waitFor(() => (api.actorsTree.documentUri?.toString() === document.uri.toString() ? api.actorsTree.getChildren() : undefined), {
      events: [api.actorsTree.onDidChangeTreeData],
      message: 'the Actors view to list fisheries-accord.txt',
    });
    const actors = collectActors(roots);
    const quotesOf = (name: string) => {
      const node = actors.find((item) => item.kind === 'actor' && item.actor.name === name);
      assert.ok(node, `${name} is listed; listed: ${actors.map((item) => (item.kind === 'actor' ? item.actor.name : '')).join(', ')}`);
      const group = api.actorsTree.getChildren(node).find((child) => child.kind === 'group' && child.group === 'quotes');
      return group ? api.actorsTree.getChildren(group).flatMap((child) => (child.kind === 'quote' ? [child.quote.text] : [])) : [];
    };
    assert.ok(quotesOf('Tomás Undurraga').includes('We cannot fish our way out of a collapse,'));
    assert.ok(quotesOf('Elena Quispe-Ramos').some((quote) => quote.startsWith('that the agreement would cap')));
  });

  /** Actor nodes, whether the view lists them at the top or under type groups. */
  function collectActors(nodes: ActorsNode[]): ActorsNode[] {
    return nodes.flatMap((node) => (node.kind === 'actor' ? [node] : node.kind === 'group' || node.kind === 'actorType' ? collectActors(api.actorsTree.getChildren(node)) : []));
  }
});
