import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {Annotations} from '../../src/core/index.js';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {allSpans, exampleArticles, getApi, workspaceFolder} from './helpers.js';

const EXPORT = 'newsAnnotator.exportAnnotations';

async function readJson(uri: vscode.Uri): Promise<Annotations> {
  return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Annotations;
}

async function temporaryFiles(): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceFolder());
  return entries.map(([name]) => name).filter((name) => name.endsWith('.tmp'));
}

describe('export command', function () {
  let api: NewsAnnotatorApi;
  const written: vscode.Uri[] = [];

  before(async function () {
    api = await getApi();
  });

  after(async function () {
    for (const uri of written) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('writes FORMAT.md JSON whose every span is the document text it points at', async function () {
    for (const article of await exampleArticles()) {
      const document = await vscode.workspace.openTextDocument(article);
      const annotations = await api.whenAnalysed(document.uri);
      const target = vscode.Uri.joinPath(workspaceFolder(), `export-${Date.now()}-${written.length}.annotations.json`);
      written.push(target);

      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, target, {source: document.uri});
      assert.equal(result?.toString(), target.toString(), `${article.path}: the command returns the file it wrote`);

      const json = await readJson(target);
      assert.equal(json.schema, 'news-annotations/1');
      assert.equal(json.document.uri, document.uri.toString());
      assert.equal(json.document.length, document.getText().length);
      assert.deepEqual(json, JSON.parse(JSON.stringify(annotations)), `${article.path}: the export is the analysis, whole`);
      const text = document.getText();
      const spans = allSpans(json);
      assert.ok(spans.length > 0, `${article.path}: something was annotated`);
      for (const {where, span} of spans) {
        assert.equal(span.text, text.slice(span.start, span.end), `${article.path}: ${where}`);
      }
    }
    assert.deepEqual(await temporaryFiles(), [], 'no temporary file is left behind');
  });

  it('refuses to replace an existing file unless told to', async function () {
    const [article] = await exampleArticles();
    const document = await vscode.workspace.openTextDocument(article!);
    const target = vscode.Uri.joinPath(workspaceFolder(), `existing-${Date.now()}.annotations.json`);
    written.push(target);
    const original = '{"keep": true}\n';
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(original));

    const refused = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, target, {source: document.uri});
    assert.equal(refused, undefined);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)), original, 'the file is untouched');

    const replaced = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, target, {source: document.uri, overwrite: true});
    assert.equal(replaced?.toString(), target.toString());
    assert.equal((await readJson(target)).schema, 'news-annotations/1');
    assert.deepEqual(await temporaryFiles(), []);
  });

  it('exports the active article when no source is given', async function () {
    const articles = await exampleArticles();
    const article = articles[articles.length - 1]!;
    const document = await vscode.workspace.openTextDocument(article);
    await vscode.window.showTextDocument(document);
    const target = vscode.Uri.joinPath(workspaceFolder(), `active-${Date.now()}.annotations.json`);
    written.push(target);
    const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, target);
    assert.equal(result?.toString(), target.toString());
    assert.equal((await readJson(target)).document.uri, document.uri.toString());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
