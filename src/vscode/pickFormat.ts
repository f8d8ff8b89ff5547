/** The format quick pick both export commands show when no format is passed as an argument. */
import * as vscode from 'vscode';
import {EXPORT_FORMATS, FORMATS, type ExportFormat} from '../core/export/index.js';

export async function pickFormat(title: string): Promise<ExportFormat | undefined> {
  const items = EXPORT_FORMATS.map((id) => ({label: FORMATS[id].label, description: FORMATS[id].description, id}));
  const picked = await vscode.window.showQuickPick(items, {title, placeHolder: vscode.l10n.t('Export format')});
  return picked?.id;
}
