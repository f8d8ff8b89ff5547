/**
 * Exports every article (.txt, .md) under the workspace folders into one folder, mirroring
 * their paths, behind a cancellable progress notification, and says at the end what happened.
 * Articles are read from disk (the exported offsets must index the files), analysed by the
 * same worker as the editor, and each one's files are written atomically: cancelling stops
 * between articles, so no file is ever half written.
 */
import * as vscode from 'vscode';
import {BRAT_CONF_NAME} from '../core/export/brat.js';
import {exportFiles, exportFileName, FORMATS, isExportFormat, stemOf, type ExportFormat} from '../core/export/index.js';
import {isMarkdownName} from '../core/text/reading-text.js';
import {basename, checkSkip, type Analyzer} from './analysisService.js';
import {describeWriteError, exists, holds, writeAllAtomically, type FileToWrite} from './atomicWrite.js';
import {readSettings} from './config.js';
import {pickFormat} from './pickFormat.js';
import {version} from '../../package.json';

export interface WorkspaceExportOptions {
  format?: ExportFormat;
  /** Replace existing files without asking (the dialog path asks; an argument call refuses). */
  overwrite?: boolean;
}

export interface WorkspaceExportResult {
  format: ExportFormat;
  folder: vscode.Uri;
  /** The articles found. */
  articles: vscode.Uri[];
  /** The main file written for each exported article. */
  written: vscode.Uri[];
  /** Articles left alone because their export files exist (and replacing was declined). */
  existing: vscode.Uri[];
  /** Articles that could not be analysed or written, with the reason. */
  failed: Array<{article: vscode.Uri; reason: string}>;
  cancelled: boolean;
}

const ARTICLES_GLOB = '**/*.{txt,md}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

export async function exportWorkspace(
  analyze: Analyzer,
  log: vscode.LogOutputChannel,
  folderArgument?: vscode.Uri,
  options: WorkspaceExportOptions = {},
): Promise<WorkspaceExportResult | undefined> {
  const interactive = folderArgument === undefined;
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder to export the annotations of its articles.'));
    return undefined;
  }
  if (options.format !== undefined && !isExportFormat(options.format)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown export format "{0}".', String(options.format)));
    return undefined;
  }
  const format = options.format ?? (interactive ? await pickFormat(vscode.l10n.t('Export Annotations of All Articles in Workspace')) : 'json');
  if (!format) return undefined;
  const folder =
    folderArgument ??
    (
      await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: vscode.l10n.t('Export Here'),
        title: vscode.l10n.t('Folder for the {0} exports', FORMATS[format].label),
      })
    )?.[0];
  if (!folder) return undefined;

  const articles = await findArticles(folder);
  const result: WorkspaceExportResult = {format, folder, articles, written: [], existing: [], failed: [], cancelled: false};
  if (articles.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No .txt or .md articles in the workspace to export.'));
    return result;
  }

  // Existing files are found before anything is written, so the question is asked once.
  let overwrite = options.overwrite === true;
  if (!overwrite) {
    const clashes: vscode.Uri[] = [];
    for (const article of articles) {
      for (const uri of targetsOf(folder, article, format)) if (await exists(uri)) clashes.push(uri);
    }
    if (clashes.length > 0 && interactive) {
      const replace = vscode.l10n.t('Replace');
      const skip = vscode.l10n.t('Skip Those Articles');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('{0} of the export files already exist in {1}.', clashes.length, basename(folder)),
        {modal: true, detail: clashes.slice(0, 10).map((uri) => uri.toString(true)).join('\n')},
        replace,
        skip,
      );
      if (choice === undefined) return undefined;
      overwrite = choice === replace;
    }
  }

  await vscode.window.withProgress(
    {location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Exporting annotations ({0})', FORMATS[format].label), cancellable: true},
    async (progress, token) => {
      for (const [index, article] of articles.entries()) {
        if (token.isCancellationRequested) {
          result.cancelled = true;
          break;
        }
        progress.report({message: `${index + 1}/${articles.length} ${vscode.workspace.asRelativePath(article)}`, increment: 100 / articles.length});
        await exportOne(analyze, folder, article, format, overwrite, result);
      }
    },
  );
  for (const {article, reason} of result.failed) log.warn(`export of ${article.toString(true)}: ${reason}`);
  void showSummary(result);
  return result;
}

async function exportOne(analyze: Analyzer, folder: vscode.Uri, article: vscode.Uri, format: ExportFormat, overwrite: boolean, result: WorkspaceExportResult): Promise<void> {
  let files: FileToWrite[];
  try {
    const bytes = await vscode.workspace.fs.readFile(article);
    const decoded = new TextDecoder('utf-8').decode(bytes);
    // A byte-order mark is not article text (the editor and the CLI drop it too).
    const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    const settings = readSettings(article);
    const skip = checkSkip(text, settings.maxFileSize);
    if (skip) throw new Error(skip.message);
    const annotations = await analyze(text, {uri: article.toString(), layers: {...settings.layers}, markdown: isMarkdownName(article.path)});
    const targets = targetsOf(folder, article, format);
    files = exportFiles(format, {annotations, text}, {version, created: new Date().toISOString(), title: basename(article)}).map((file, index) => ({uri: targets[index]!, content: file.content}));
  } catch (error) {
    result.failed.push({article, reason: error instanceof Error ? error.message : String(error)});
    return;
  }
  const toWrite: FileToWrite[] = [];
  for (const file of files) {
    // brat's annotation.conf is the same for every article: already there is not a clash.
    if (basename(file.uri) === BRAT_CONF_NAME && (await holds(file.uri, file.content))) continue;
    // brat's .txt when the export folder mirrors the workspace: the article itself, unchanged.
    if (file.uri.toString() === article.toString()) {
      if (await holds(file.uri, file.content)) continue;
      result.failed.push({article, reason: vscode.l10n.t('the export would replace the article with different text (a byte-order mark?); choose another folder')});
      return;
    }
    if (!overwrite && (await exists(file.uri))) {
      result.existing.push(article);
      return;
    }
    toWrite.push(file);
  }
  try {
    for (const parent of new Set(toWrite.map((file) => vscode.Uri.joinPath(file.uri, '..').toString()))) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.parse(parent, true));
    }
    await writeAllAtomically(toWrite, overwrite);
    result.written.push(files[0]!.uri);
  } catch (error) {
    result.failed.push({article, reason: describeWriteError(files[0]!.uri, error)});
  }
}

/**
 * Where an article's export files go: its path relative to its workspace folder, under the
 * export folder (prefixed with the workspace folder's name when there are several). brat's
 * annotation.conf goes to the export folder's top, where brat finds it for every subfolder.
 */
export function targetsOf(folder: vscode.Uri, article: vscode.Uri, format: ExportFormat): vscode.Uri[] {
  const relative = vscode.workspace.asRelativePath(article, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  const segments = relative.split('/');
  const stem = stemOf(segments.pop()!);
  return exportFiles(format, {annotations: EMPTY, text: ''}).map((file) => (file.shared ? vscode.Uri.joinPath(folder, file.name) : vscode.Uri.joinPath(folder, ...segments, exportFileName(stem, file))));
}

/** The names of a format's files do not depend on the content: an empty export lists them. */
const EMPTY = {schema: 'news-annotations/1', document: {uri: '', length: 0}, entities: [], quotes: [], claims: [], actors: [], findings: []} as const satisfies Parameters<typeof exportFiles>[1]['annotations'];

async function findArticles(exportFolder: vscode.Uri): Promise<vscode.Uri[]> {
  const found = await vscode.workspace.findFiles(ARTICLES_GLOB, EXCLUDE_GLOB);
  // Earlier exports (brat's .txt copies) in an export folder inside the workspace are not
  // articles; but a workspace folder itself (or one above it) as the export folder excludes nothing.
  const inside = `${exportFolder.toString().replace(/\/$/, '')}/`;
  const holdsWorkspace = (vscode.workspace.workspaceFolders ?? []).some((folder) => `${folder.uri.toString().replace(/\/$/, '')}/`.startsWith(inside));
  return found
    .filter((uri) => (holdsWorkspace || !uri.toString().startsWith(inside)) && !basename(uri).startsWith('.'))
    .sort((a, b) => a.toString().localeCompare(b.toString()));
}

async function showSummary(result: WorkspaceExportResult): Promise<void> {
  const parts = [
    vscode.l10n.t('Exported {0} of {1} articles as {2} to {3}.', result.written.length, result.articles.length, FORMATS[result.format].label, basename(result.folder)),
  ];
  if (result.cancelled) parts.push(vscode.l10n.t('Cancelled; the articles after that were not exported.'));
  if (result.existing.length > 0) parts.push(vscode.l10n.t('{0} skipped: their export files already exist.', result.existing.length));
  if (result.failed.length > 0) parts.push(vscode.l10n.t('{0} failed (see the log): {1}', result.failed.length, result.failed[0]!.reason));
  const message = parts.join(' ');
  const reveal = vscode.l10n.t('Reveal Folder');
  const show = result.failed.length > 0 || result.existing.length > 0 ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
  const choice = await show(message, reveal);
  if (choice === reveal) await vscode.commands.executeCommand('revealFileInOS', result.folder);
}
