/**
 * Shared by the integration tests: reaching the extension's API, opening the example articles
 * of the workspace, waiting on conditions with a deadline, and changing settings for one test.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {analyze, type Annotations, type Span} from '../../src/core/index.js';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';

export const EXTENSION_ID = 'news-annotator.news-annotator';

/** A one-line article with a person, a quote and an unsourced figure, for lifecycle tests. */
export const SHORT_ARTICLE = 'LIMA (Newswire) - Foreign Minister Elena Quispe said on Monday that catches fell 38% last year.\n';

export async function getApi(): Promise<NewsAnnotatorApi> {
  const extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed`);
  const api = await extension.activate();
  assert.ok(api && typeof api.whenAnalysed === 'function', 'activate() did not return the API object');
  return api;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the examples folder opened as the workspace');
  return folder.uri;
}

/** The example articles (.txt and .md) at the top of the workspace, by name. */
export async function exampleArticles(): Promise<vscode.Uri[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceFolder());
  const articles = entries
    .filter(([name, type]) => type === vscode.FileType.File && /\.(txt|md)$/.test(name) && !name.startsWith('.'))
    .map(([name]) => name)
    .sort()
    .map((name) => vscode.Uri.joinPath(workspaceFolder(), name));
  assert.ok(articles.length > 0, 'examples/ holds no .txt or .md article');
  return articles;
}

/** The engine's own result for a document, computed here as the reference for assertions. */
export function engineResult(document: vscode.TextDocument): Annotations {
  return analyze(document.getText(), {uri: document.uri.toString(), markdown: document.languageId === 'markdown'});
}

/** Picks the example article that scores highest; ties go to the first by name. */
export async function pickArticle(score: (annotations: Annotations) => number): Promise<vscode.TextDocument> {
  let best: {document: vscode.TextDocument; score: number} | undefined;
  for (const uri of await exampleArticles()) {
    const document = await vscode.workspace.openTextDocument(uri);
    const value = score(engineResult(document));
    if (!best || value > best.score) best = {document, score: value};
  }
  assert.ok(best);
  return best.document;
}

export interface WaitOptions {
  timeout?: number;
  message?: string;
  /** Re-check as soon as one of these fires, besides polling. */
  events?: vscode.Event<unknown>[];
}

/** Resolves with the first truthy value of `probe`, checked on events and every 25 ms. */
export function waitFor<T>(probe: () => T | undefined | null | false, options: WaitOptions = {}): Promise<T> {
  const {timeout = 20_000, message = 'condition', events = []} = options;
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let interval: ReturnType<typeof setInterval> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      subscriptions.forEach((subscription) => subscription.dispose());
      clearInterval(interval);
      clearTimeout(deadline);
    };
    const check = (): void => {
      let value: T | undefined | null | false;
      try {
        value = probe();
      } catch (error) {
        finish();
        reject(error);
        return;
      }
      if (value) {
        finish();
        resolve(value);
      }
    };
    for (const event of events) subscriptions.push(event(check));
    interval = setInterval(check, 25);
    deadline = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${timeout} ms waiting for ${message}`));
    }, timeout);
    check();
  });
}

/** Waits until the extension has published diagnostics for `uri` that satisfy `accept`. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, message: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = newsDiagnostics(uri);
      return accept(diagnostics) ? diagnostics : undefined;
    },
    {events: [vscode.languages.onDidChangeDiagnostics], message},
  );
}

export function newsDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'News Annotator');
}

/** Sets a user setting for the duration of `body`, then removes it again. */
export async function withSetting<T>(key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration();
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration().update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

/** Opens an unsaved document; not shown, so no editor ever asks to save it. */
export function openUntitled(content: string, language = 'plaintext'): Thenable<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({content, language});
}

/** Every span of the model with a label saying where it sits, for per-span assertions. */
export function allSpans(annotations: Annotations): {where: string; span: Span}[] {
  const spans: {where: string; span: Span}[] = [];
  for (const entity of annotations.entities) spans.push({where: `entity ${entity.id}`, span: entity});
  for (const quote of annotations.quotes) {
    spans.push({where: `quote ${quote.id}`, span: quote});
    if (quote.speaker) spans.push({where: `speaker of ${quote.id}`, span: quote.speaker});
    if (quote.cue) spans.push({where: `cue of ${quote.id}`, span: quote.cue});
  }
  for (const claim of annotations.claims) {
    spans.push({where: `claim ${claim.id}`, span: claim});
    for (const number of claim.numbers ?? []) spans.push({where: `number in ${claim.id}`, span: number});
  }
  for (const actor of annotations.actors) {
    for (const mention of actor.mentions) spans.push({where: `mention of ${actor.id}`, span: mention});
  }
  return spans;
}

export function rangeOf(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
