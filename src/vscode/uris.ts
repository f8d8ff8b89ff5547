/**
 * Command arguments arrive as Uri objects (menus, tree items), as strings (hover links, whose
 * arguments are JSON) or as plain `{scheme, path, …}` objects (a Uri that went through JSON).
 */
import * as vscode from 'vscode';

export function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value.length > 0) {
    try {
      return vscode.Uri.parse(value, true);
    } catch {
      return undefined;
    }
  }
  if (typeof value === 'object' && value !== null && 'scheme' in value && 'path' in value) {
    try {
      return vscode.Uri.from(value as {scheme: string; path: string});
    } catch {
      return undefined;
    }
  }
  return undefined;
}
