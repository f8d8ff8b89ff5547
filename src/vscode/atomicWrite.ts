/**
 * Atomic writes through VS Code's file system API (so remote and virtual workspaces work too):
 * every file of a group goes to a temporary file in its target's folder first (a rename is
 * atomic only within one file system), and only when all are staged do they take their names.
 * A failed or cancelled export therefore never leaves half a file, nor half a brat pair.
 */
import * as vscode from 'vscode';
import {basename} from './analysisService.js';

export interface FileToWrite {
  uri: vscode.Uri;
  content: string;
}

export async function writeAllAtomically(files: readonly FileToWrite[], overwrite: boolean): Promise<void> {
  const staged: Array<{temporary: vscode.Uri; target: vscode.Uri}> = [];
  const encoder = new TextEncoder();
  try {
    for (const file of files) {
      const temporary = temporaryNear(file.uri);
      staged.push({temporary, target: file.uri});
      await vscode.workspace.fs.writeFile(temporary, encoder.encode(file.content));
    }
    for (let index = 0; index < staged.length; index++) {
      const {temporary, target} = staged[index]!;
      await vscode.workspace.fs.rename(temporary, target, {overwrite});
      staged[index] = {temporary: target, target};
    }
  } catch (error) {
    for (const {temporary, target} of staged) {
      if (temporary !== target) await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    }
    throw error;
  }
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Whether `uri` holds exactly `content` (an identical file is nothing to replace). */
export async function holds(uri: vscode.Uri, content: string): Promise<boolean> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) === content;
  } catch {
    return false;
  }
}

/** The file system's reason in words a person can act on, naming the folder when it is the folder's fault. */
export function describeWriteError(target: vscode.Uri, error: unknown): string {
  const folder = vscode.Uri.joinPath(target, '..').toString(true);
  if (error instanceof vscode.FileSystemError) {
    switch (error.code) {
      case 'NoPermissions':
        return vscode.l10n.t('cannot write to {0}: permission denied', folder);
      case 'FileNotFound':
        return vscode.l10n.t('cannot write to {0}: no such folder', folder);
      case 'FileExists':
        return vscode.l10n.t('{0} already exists', target.toString(true));
      case 'Unavailable':
        return vscode.l10n.t('cannot write to {0}: the file system is unavailable', folder);
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/EACCES|EPERM|permission/i.test(message)) return vscode.l10n.t('cannot write to {0}: permission denied', folder);
  if (/EROFS|read-only/i.test(message)) return vscode.l10n.t('cannot write to {0}: read-only file system', folder);
  if (/ENOSPC/.test(message)) return vscode.l10n.t('cannot write {0}: no space left on the device', target.toString(true));
  return vscode.l10n.t('cannot write {0}: {1}', target.toString(true), message);
}

function temporaryNear(target: vscode.Uri): vscode.Uri {
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return vscode.Uri.joinPath(target, '..', `.${basename(target)}.${suffix}.tmp`);
}
