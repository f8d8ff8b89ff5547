/**
 * Writes files so that a reader never sees half of one: each goes to a temporary file in the
 * target's own folder (a rename is atomic only within one file system), then takes the target's
 * name. Without `overwrite` the name is taken with link(2), which fails if the target exists,
 * so even a file created meanwhile is never replaced. A group (brat's .txt, .ann, .conf) is
 * staged whole before any is committed, so a full disk or a locked folder leaves nothing behind.
 */
import {closeSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {basename, dirname, join} from 'node:path';

export interface PendingFile {
  path: string;
  content: string;
}

export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

/** Writes every file or, on a failure before the first commit, none. Returns the paths written. */
export function writeFilesAtomically(files: readonly PendingFile[], overwrite: boolean): string[] {
  const staged: Array<{temporary: string; path: string}> = [];
  try {
    for (const file of files) staged.push({temporary: stage(file), path: file.path});
  } catch (error) {
    for (const {temporary} of staged) removeQuietly(temporary);
    throw error;
  }
  const written: string[] = [];
  for (let index = 0; index < staged.length; index++) {
    const {temporary, path} = staged[index]!;
    try {
      if (overwrite) renameSync(temporary, path);
      else {
        linkSync(temporary, path);
        unlinkSync(temporary);
      }
      written.push(path);
    } catch (error) {
      for (const rest of staged.slice(index)) removeQuietly(rest.temporary);
      throw asWriteError(path, error);
    }
  }
  return written;
}

function stage(file: PendingFile): string {
  const suffix = `${process.pid.toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const temporary = join(dirname(file.path), `.${basename(file.path)}.${suffix}.tmp`);
  let descriptor: number | undefined;
  try {
    descriptor = openSync(temporary, 'wx', 0o644);
    writeSync(descriptor, file.content, null, 'utf8');
    // On disk before the rename makes it visible: a crash right after must not leave an empty file.
    fsyncSync(descriptor);
    closeSync(descriptor);
    return temporary;
  } catch (error) {
    if (descriptor !== undefined) closeQuietly(descriptor);
    removeQuietly(temporary);
    throw asWriteError(file.path, error);
  }
}

/** One sentence a person can act on, naming the file or folder concerned. */
export function describeWriteError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const folder = dirname(path);
  switch (code) {
    case 'EEXIST':
      return `${path} already exists (use --force to replace it)`;
    case 'EACCES':
    case 'EPERM':
      return `cannot write to ${folder}: permission denied`;
    case 'EROFS':
      return `cannot write to ${folder}: read-only file system`;
    case 'ENOENT':
      return `cannot write to ${folder}: no such folder`;
    case 'ENOTDIR':
      return `cannot write to ${folder}: not a folder`;
    case 'ENOSPC':
      return `cannot write ${path}: no space left on the device`;
    case 'EISDIR':
      return `cannot write ${path}: it is a folder`;
    default:
      return `cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function asWriteError(path: string, error: unknown): WriteError {
  if (error instanceof WriteError) return error;
  return new WriteError(path, (error as NodeJS.ErrnoException | undefined)?.code, describeWriteError(path, error));
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or the folder refuses: nothing more can be done, and the error that matters is the caller's.
  }
}

function closeQuietly(descriptor: number): void {
  try {
    closeSync(descriptor);
  } catch {
    // The write has already failed; that error is the one reported.
  }
}
