/**
 * Which findings of an analysis the person sees: not dismissed in the team file, not turned off
 * in the settings. Diagnostics, finding highlights, hovers and quick fixes all ask here, so a
 * dismissed finding disappears from every one of them at once.
 */
import type * as vscode from 'vscode';
import type {Annotations, Finding} from '../core/model.js';
import {readSettings} from './config.js';
import {visibleFindings} from './dismissals.js';
import type {UserFileStore} from './userFileStore.js';

export function shownFindings(store: UserFileStore, document: vscode.TextDocument, annotations: Annotations): Finding[] {
  const scope = store.scopeOf(document.uri);
  const dismissed = scope ? store.peek(scope.folder).dismissed : [];
  const severities = readSettings(document).severity;
  return visibleFindings(document.getText(), annotations.findings, dismissed, scope?.relativePath).filter(
    (finding) => (severities[finding.code] ?? finding.severity) !== 'off',
  );
}
