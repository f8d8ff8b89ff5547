/**
 * Writes an article's annotations as FORMAT.md JSON next to it. The write is atomic (a temporary
 * file in the target folder, then a rename) so a crash never leaves half a file for the scorer.
 */
import * as vscode from 'vscode';
import {basename, findOpenDocument, type AnalysisService} from './analysisService.js';

export interface ExportOptions {
  /** The article to export; by default the active editor's, or the one the Actors view lists. */
  source?: vscode.Uri;
  /** Replace an existing target given as an argument (the save dialog asks for itself). */
  overwrite?: boolean;
}

/**
 * The command. Without a target it asks with a save dialog; with one (scripts, tests) it
 * writes there without any dialog but refuses to replace an existing file unless told to.
 * Resolves with the file written, or undefined when nothing was written.
 */
export async function exportAnnotations(
  service: AnalysisService,
  fallbackSource: () => vscode.Uri | undefined,
  target?: vscode.Uri,
  options: ExportOptions = {},
): Promise<vscode.Uri | undefined> {
  const document = await resolveSource(service, options.source ?? activeArticle(service) ?? fallbackSource());
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a news article to export its annotations.'));
    return undefined;
  }
  const interactive = target === undefined;
  if (interactive && document.isDirty && !document.isUntitled && !(await saveFirst(document))) return undefined;

  let json: string;
  try {
    json = `${JSON.stringify(await service.whenAnalysed(document.uri), null, 2)}\n`;
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Cannot export the annotations of {0}: {1}', basename(document.uri), error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }

  if (!target) {
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document),
      filters: {[vscode.l10n.t('Annotations (JSON)')]: ['json']},
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export Annotations of {0}', basename(document.uri)),
    });
    if (!target) return undefined;
  } else if (!options.overwrite && (await exists(target))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; the annotations were not exported.', target.toString(true)));
    return undefined;
  }

  try {
    // The dialog has already asked before replacing; an argument target may replace only if told.
    await writeAtomically(target, new TextEncoder().encode(json), interactive || options.overwrite === true);
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not write {0}: {1}', target.toString(true), error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }

  const written = target;
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported the annotations to {0}.', basename(written)), open).then((choice) => {
    if (choice === open) void vscode.window.showTextDocument(written);
  });
  return written;
}

/** `<article folder>/<name>.annotations.json`, where `<name>` drops the article's extension. */
export function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  const name = basename(document.uri);
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  const fileName = `${stem || 'article'}.annotations.json`;
  if (!document.isUntitled) return vscode.Uri.joinPath(document.uri, '..', fileName);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, fileName) : undefined;
}

async function writeAtomically(target: vscode.Uri, content: Uint8Array, overwrite: boolean): Promise<void> {
  // Same folder as the target, so the rename stays on one file system and is atomic there.
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temporary = vscode.Uri.joinPath(target, '..', `.${basename(target)}.${suffix}.tmp`);
  await vscode.workspace.fs.writeFile(temporary, content);
  try {
    await vscode.workspace.fs.rename(temporary, target, {overwrite});
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

function activeArticle(service: AnalysisService): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && service.isTracked(document) ? document.uri : undefined;
}

async function resolveSource(service: AnalysisService, uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (!uri) return undefined;
  try {
    const document = findOpenDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
    return service.isTracked(document) ? document : undefined;
  } catch {
    // A missing or unreadable file: reported as "open a news article" by the caller.
    return undefined;
  }
}

/** The offsets must index the file the JSON sits next to, so unsaved text is saved first. */
async function saveFirst(document: vscode.TextDocument): Promise<boolean> {
  const save = vscode.l10n.t('Save and Export');
  const anyway = vscode.l10n.t('Export Unsaved Text');
  const choice = await vscode.window.showWarningMessage(
    vscode.l10n.t('{0} has unsaved changes.', basename(document.uri)),
    {modal: true, detail: vscode.l10n.t('The exported offsets refer to the text in the editor, which differs from the file on disk.')},
    save,
    anyway,
  );
  if (choice === save) return document.save();
  return choice === anyway;
}
