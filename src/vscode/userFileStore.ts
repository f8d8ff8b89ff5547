/**
 * Reads and writes each workspace folder's `.vscode/news-annotator.json` (see userFileFormat.ts)
 * and tells the views when it changes, whether through a quick fix or a teammate's commit.
 */
import * as vscode from 'vscode';
import {emptyUserFile, parseUserFile, serializeUserFile, USER_FILE_PATH, type UserFile} from './userFileFormat.js';

/** A team file this large is not a list of names; refusing it keeps a mistake from stalling the host. */
const MAX_FILE_BYTES = 1_000_000;

export interface DocumentScope {
  readonly folder: vscode.WorkspaceFolder;
  /** The document's path inside the folder; undefined for untitled and outside documents. */
  readonly relativePath: string | undefined;
}

export class UserFileStore implements vscode.Disposable {
  private readonly files = new Map<string, Promise<UserFile>>();
  /** The last file read per folder, for views that render synchronously. */
  private readonly resolved = new Map<string, UserFile>();
  /** Folders whose file is malformed: quick fixes must not overwrite what the team wrote. */
  private readonly broken = new Map<string, string>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.WorkspaceFolder>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private readonly warned = new Set<string>();

  /** Fires once a folder's file has been re-read or written. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${USER_FILE_PATH}`);
    const reload = (uri: vscode.Uri): void => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && uri.toString() === fileUri(folder).toString()) this.reload(folder);
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        this.files.clear();
        this.resolved.clear();
      }),
    );
  }

  /** The folder whose file applies to a document: its own, or the first one for untitled text. */
  scopeOf(uri: vscode.Uri): DocumentScope | undefined {
    const own = vscode.workspace.getWorkspaceFolder(uri);
    const folder = own ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) return undefined;
    return {folder, relativePath: own ? vscode.workspace.asRelativePath(uri, false) : undefined};
  }

  /** The folder's file, read once and cached until it changes; the defaults if there is none. */
  read(folder: vscode.WorkspaceFolder): Promise<UserFile> {
    const key = folder.uri.toString();
    let file = this.files.get(key);
    if (!file) {
      file = this.load(folder);
      this.files.set(key, file);
    }
    return file;
  }

  /**
   * The folder's file as last read, without waiting. Analysis reads the file before it runs, so
   * by the time a view renders a result, the file that result used is here.
   */
  peek(folder: vscode.WorkspaceFolder): UserFile {
    return this.resolved.get(folder.uri.toString()) ?? emptyUserFile();
  }

  /** Applies a change and writes the file; refuses while the file on disk is malformed. */
  async update(folder: vscode.WorkspaceFolder, change: (file: UserFile) => boolean): Promise<boolean> {
    // Read from disk, not the cache: a teammate's edit may not have reached the watcher yet.
    this.files.delete(folder.uri.toString());
    const file = await this.read(folder);
    const problem = this.broken.get(folder.uri.toString());
    if (problem) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not valid ({1}); fix it before adding to it.', USER_FILE_PATH, problem));
      return false;
    }
    if (!change(file)) return true;
    const target = fileUri(folder);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serializeUserFile(file)));
    this.files.set(folder.uri.toString(), Promise.resolve(file));
    this.resolved.set(folder.uri.toString(), file);
    this.changeEmitter.fire(folder);
    return true;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private reload(folder: vscode.WorkspaceFolder): void {
    const file = this.load(folder);
    this.files.set(folder.uri.toString(), file);
    void file.then(() => this.changeEmitter.fire(folder));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<UserFile> {
    const key = folder.uri.toString();
    this.broken.delete(key);
    const file = await this.loadUnchecked(folder);
    this.resolved.set(key, file);
    return file;
  }

  private async loadUnchecked(folder: vscode.WorkspaceFolder): Promise<UserFile> {
    const key = folder.uri.toString();
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(fileUri(folder));
    } catch {
      return emptyUserFile(); // no file: nothing added, nothing dismissed
    }
    const result =
      bytes.byteLength > MAX_FILE_BYTES
        ? {file: emptyUserFile(), error: vscode.l10n.t('larger than {0} bytes', MAX_FILE_BYTES)}
        : parseUserFile(new TextDecoder().decode(bytes));
    if (result.error !== undefined) {
      this.broken.set(key, result.error);
      this.log.warn(`${fileUri(folder).toString(true)}: ${result.error}; using no names and no dismissals`);
      // Once per distinct problem: the watcher reloads on every save while someone fixes it.
      const warning = `${key}\0${result.error}`;
      if (!this.warned.has(warning)) {
        this.warned.add(warning);
        void vscode.window.showWarningMessage(
          vscode.l10n.t('{0} in {1} is not valid: {2}. News Annotator ignores it until it is fixed.', USER_FILE_PATH, folder.name, result.error),
        );
      }
    }
    return result.file;
  }

  /** The problem with the folder's file, if it is malformed (for tests and the log). */
  problemOf(folder: vscode.WorkspaceFolder): string | undefined {
    return this.broken.get(folder.uri.toString());
  }
}

export function fileUri(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, USER_FILE_PATH);
}
