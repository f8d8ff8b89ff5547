/**
 * Writes an article's annotations in one of the export formats (JSON by default) next to it or
 * where the person says. Writes are atomic (see atomicWrite.ts) so a crash never leaves half a
 * file for the scorer or for brat.
 */
import * as vscode from 'vscode';
import {exportFiles, exportFileName, FORMATS, formatOfFileName, isExportFormat, stemOf, type ExportFormat} from '../core/export/index.js';
import {basename, findOpenDocument, type AnalysisService} from './analysisService.js';
import {describeWriteError, exists, holds, writeAllAtomically, type FileToWrite} from './atomicWrite.js';
import {pickFormat} from './pickFormat.js';
import {version} from '../../package.json';

export interface ExportOptions {
  /** The article to export; by default the active editor's, or the one the Actors view lists. */
  source?: vscode.Uri;
  /** Replace existing files given as an argument (the save dialog asks for itself). */
  overwrite?: boolean;
  /** json, w3c, csv, brat or html. Without it: a quick pick, or the target's extension. */
  format?: ExportFormat;
}

/**
 * The command. Without a target it asks for the format (unless given) and then for a file with
 * a save dialog; with one (scripts, tests) it writes there without any dialog but refuses to
 * replace an existing file unless told to. For brat the target is the .ann file; the .txt and
 * annotation.conf go beside it. Resolves with the main file written, or undefined.
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
  if (options.format !== undefined && !isExportFormat(options.format)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown export format "{0}".', String(options.format)));
    return undefined;
  }
  const format = options.format ?? (target ? (formatOfFileName(basename(target)) ?? 'json') : await pickFormat(vscode.l10n.t('Export Annotations of {0}', basename(document.uri))));
  if (!format) return undefined;
  if (interactive && document.isDirty && !document.isUntitled && !(await saveFirst(document))) return undefined;

  let files: ReturnType<typeof exportFiles>;
  try {
    const annotations = await service.whenAnalysed(document.uri);
    const text = document.getText();
    // The analysis is of the version current when it resolved; an edit since would shift offsets.
    if (annotations.document.length !== text.length) throw new Error(vscode.l10n.t('the text changed during the export; try again'));
    files = exportFiles(format, {annotations, text}, {version, created: new Date().toISOString(), title: basename(document.uri)});
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Cannot export the annotations of {0}: {1}', basename(document.uri), error instanceof Error ? error.message : String(error)),
    );
    return undefined;
  }

  if (!target) {
    const info = FORMATS[format];
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document, format),
      filters: {[info.label]: [info.extension]},
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export Annotations of {0} as {1}', basename(document.uri), info.label),
    });
    if (!target) return undefined;
  }

  // The main file is the target itself; the others (brat's .txt, annotation.conf) sit beside it.
  const stem = stemOf(basename(target));
  const isMainFile = (name: string) => !FORMATS[format].multiFile || name === FORMATS[format].mainSuffix;
  const planned: FileToWrite[] = files.map((file) => ({uri: isMainFile(file.name) ? target! : vscode.Uri.joinPath(target!, '..', exportFileName(stem, file)), content: file.content}));
  const toWrite: FileToWrite[] = [];
  const existing: vscode.Uri[] = [];
  for (const file of planned) {
    const isMain = file.uri.toString() === target.toString();
    if (!isMain && (await holds(file.uri, file.content))) continue; // brat's .txt when it is the article itself, a shared .conf
    if (file.uri.toString() === document.uri.toString()) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Exporting to {0} would replace the article with different text; choose another folder.', basename(file.uri)));
      return undefined;
    }
    if (await exists(file.uri)) {
      // The save dialog has asked about the main file already.
      if (!(interactive && isMain)) existing.push(file.uri);
    }
    toWrite.push(file);
  }
  let overwrite = options.overwrite === true || interactive;
  if (existing.length > 0 && options.overwrite !== true) {
    if (!interactive) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; the annotations were not exported.', existing.map((uri) => uri.toString(true)).join(', ')));
      return undefined;
    }
    const replace = vscode.l10n.t('Replace');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('{0} already exists. Replace it?', existing.map((uri) => basename(uri)).join(', ')),
      {modal: true},
      replace,
    );
    if (choice !== replace) return undefined;
    overwrite = true;
  }

  try {
    await writeAllAtomically(toWrite, overwrite);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The annotations were not exported: {0}', describeWriteError(target, error)));
    return undefined;
  }

  const written = target;
  const open = vscode.l10n.t('Open');
  void vscode.window.showInformationMessage(vscode.l10n.t('Exported the annotations to {0}.', basename(written)), open).then((choice) => {
    if (choice === open) void vscode.commands.executeCommand('vscode.open', written);
  });
  return written;
}

/** `<article folder>/<name><suffix>`, where `<name>` drops the article's extension. */
export function defaultTarget(document: vscode.TextDocument, format: ExportFormat = 'json'): vscode.Uri | undefined {
  const fileName = `${stemOf(basename(document.uri))}${FORMATS[format].mainSuffix}`;
  if (!document.isUntitled) return vscode.Uri.joinPath(document.uri, '..', fileName);
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, fileName) : undefined;
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
