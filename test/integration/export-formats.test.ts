/**
 * The export commands in a real VS Code, driven through their arguments so that no dialog
 * opens: every format of one article, then every article of the workspace into a folder.
 */
import * as assert from 'node:assert/strict';
import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, relative} from 'node:path';
import * as vscode from 'vscode';
import type {Annotations} from '../../src/core/index.js';
import type {WorkspaceExportResult} from '../../src/vscode/exportWorkspace.js';
import {exampleArticles, getApi, workspaceFolder} from './helpers.js';

const EXPORT = 'newsAnnotator.exportAnnotations';
const EXPORT_WORKSPACE = 'newsAnnotator.exportWorkspace';

/** Every file below `dir`, relative, sorted; temporary files included, so leftovers show. */
function listing(dir: string): string[] {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

describe('export commands: formats and the whole workspace', function () {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotator-exports-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  it('exports one article in every format given as an argument', async function () {
    const api = await getApi();
    const [article] = await exampleArticles();
    const document = await vscode.workspace.openTextDocument(article!);
    const annotations: Annotations = await api.whenAnalysed(document.uri);
    const text = document.getText();
    const targets = {
      json: 'a.annotations.json',
      w3c: 'a.annotations.jsonld',
      csv: 'a.annotations.csv',
      brat: 'a.ann',
      html: 'a.annotations.html',
    } as const;
    for (const [format, name] of Object.entries(targets)) {
      const target = vscode.Uri.file(join(dir, name));
      const result = await vscode.commands.executeCommand<vscode.Uri | undefined>(EXPORT, target, {source: document.uri, format});
      assert.equal(result?.toString(), target.toString(), format);
    }
    assert.deepEqual(listing(dir), ['a.ann', 'a.annotations.csv', 'a.annotations.html', 'a.annotations.json', 'a.annotations.jsonld', 'a.txt', 'annotation.conf']);
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');

    assert.deepEqual(JSON.parse(read('a.annotations.json')), JSON.parse(JSON.stringify(annotations)));
    const w3c = JSON.parse(read('a.annotations.jsonld')) as {first: {items: Array<{target: {source: string; selector: Array<{type: string; exact?: string; start?: number; end?: number}>}}>}};
    assert.equal(w3c.first.items.length, annotations.entities.length + annotations.quotes.length + annotations.claims.length);
    for (const item of w3c.first.items) {
      const [quote, position] = item.target.selector;
      assert.equal(item.target.source, document.uri.toString());
      assert.equal(quote!.exact, text.slice(position!.start, position!.end));
    }
    assert.ok(read('a.annotations.csv').startsWith('layer,type,start,end,text,speaker,actor,cue,kind,score\r\n'));
    assert.equal(read('a.txt'), text, 'brat: the text beside the .ann');
    assert.match(read('a.ann'), /^T1\t/);
    assert.match(read('a.annotations.html'), /^<!DOCTYPE html>/);

    // An existing file is refused without the overwrite option, and kept as it was.
    writeFileSync(join(dir, 'a.annotations.csv'), 'keep');
    const refused = await vscode.commands.executeCommand(EXPORT, vscode.Uri.file(join(dir, 'a.annotations.csv')), {source: document.uri, format: 'csv'});
    assert.equal(refused, undefined);
    assert.equal(read('a.annotations.csv'), 'keep');
  });

  it('takes the format from the target name when none is given', async function () {
    const [article] = await exampleArticles();
    const target = vscode.Uri.file(join(dir, 'b.annotations.csv'));
    await vscode.commands.executeCommand(EXPORT, target, {source: article});
    assert.match(readFileSync(target.fsPath, 'utf8'), /^layer,type,start/);
  });

  it('exports every article of the workspace into a folder, then refuses or replaces on request', async function () {
    const folder = vscode.Uri.file(dir);
    const first = await vscode.commands.executeCommand<WorkspaceExportResult>(EXPORT_WORKSPACE, folder, {format: 'brat'});
    assert.ok(first);
    // Every .txt and .md of the workspace, the example articles among them.
    const articles = first.articles;
    for (const example of await exampleArticles()) assert.ok(articles.some((uri) => uri.toString() === example.toString()), example.toString());
    assert.equal(first.cancelled, false);
    assert.deepEqual(first.failed, []);
    assert.equal(first.written.length, articles.length);
    const stems = articles.map((uri) => vscode.workspace.asRelativePath(uri).replace(/\.[^.]+$/, ''));
    assert.deepEqual(listing(dir), ['annotation.conf', ...stems.flatMap((stem) => [`${stem}.ann`, `${stem}.txt`])].sort());
    for (const [index, article] of articles.entries()) {
      assert.equal(readFileSync(join(dir, `${stems[index]}.txt`), 'utf8'), new TextDecoder().decode(await vscode.workspace.fs.readFile(article)));
    }

    const again = await vscode.commands.executeCommand<WorkspaceExportResult>(EXPORT_WORKSPACE, folder, {format: 'brat'});
    assert.equal(again.written.length, 0, 'existing files are not replaced without asking');
    assert.equal(again.existing.length, articles.length);

    writeFileSync(join(dir, `${stems[0]}.ann`), 'stale');
    const replaced = await vscode.commands.executeCommand<WorkspaceExportResult>(EXPORT_WORKSPACE, folder, {format: 'brat', overwrite: true});
    assert.equal(replaced.written.length, articles.length);
    assert.match(readFileSync(join(dir, `${stems[0]}.ann`), 'utf8'), /^T1\t/);
    assert.ok(listing(dir).every((name) => !name.endsWith('.tmp')), 'no temporary file is left behind');
  });

  it('reports a folder it cannot write to, per article, without a half file', async function () {
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const result = await vscode.commands.executeCommand<WorkspaceExportResult>(EXPORT_WORKSPACE, vscode.Uri.file(join(blocker, 'out')), {format: 'json'});
    assert.equal(result.written.length, 0);
    assert.equal(result.failed.length, result.articles.length);
    assert.deepEqual(listing(dir), ['not-a-folder']);
  });

  it('exports brat into the workspace folder itself, leaving the articles as they are', async function () {
    const folder = workspaceFolder();
    const before = new Map<string, string>();
    const articles = await exampleArticles();
    for (const article of articles) before.set(article.toString(), new TextDecoder().decode(await vscode.workspace.fs.readFile(article)));
    const created: vscode.Uri[] = [];
    try {
      const result = await vscode.commands.executeCommand<WorkspaceExportResult>(EXPORT_WORKSPACE, folder, {format: 'brat'});
      for (const uri of result.written) created.push(uri);
      created.push(vscode.Uri.joinPath(folder, 'annotation.conf'));
      assert.deepEqual(result.failed, []);
      for (const article of articles) assert.ok(result.articles.some((uri) => uri.toString() === article.toString()), 'the articles are not excluded as earlier exports');
      for (const article of articles) {
        assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(article)), before.get(article.toString()), 'the article is untouched');
        const ann = vscode.Uri.joinPath(folder, vscode.workspace.asRelativePath(article).replace(/\.[^.]+$/, '.ann'));
        assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(ann)), /^T1\t/);
      }
    } finally {
      for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });
});
