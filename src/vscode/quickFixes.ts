/**
 * Quick fixes that silence false positives: dismiss a finding or every finding of its code in
 * the file, add a name the engine missed or mistyped, never highlight a name. Each one writes the
 * team file (`.vscode/news-annotator.json`) through the store; the views update from there.
 */
import * as vscode from 'vscode';
import type {EntityType, Finding, FindingCode} from '../core/model.js';
import type {AnalysisService} from './analysisService.js';
import {ADD_NAME_COMMAND, DISMISS_CODE_COMMAND, DISMISS_FINDING_COMMAND, IGNORE_NAME_COMMAND} from './commands.js';
import {ALL_FINDING_CODES} from './config.js';
import {DIAGNOSTIC_SOURCE} from './diagnostics.js';
import {dismissalFor, sameDismissal} from './dismissals.js';
import {entityTypeLabel} from './labels.js';
import {indexFor} from './lookup.js';
import {shownFindings} from './shownFindings.js';
import type {UserFileStore} from './userFileStore.js';
import {toUri} from './uris.js';

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
/** A run of capitalised words, the shape of a name the engine may have missed. */
const NAME_AT_CURSOR = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’.-]*)*/u;
const MAX_NAME_LENGTH = 200;

export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {providedCodeActionKinds: [vscode.CodeActionKind.QuickFix]};

  constructor(
    private readonly service: AnalysisService,
    private readonly store: UserFileStore,
  ) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.service.currentState(document);
    if (state?.status !== 'analysed') return [];
    const scope = this.store.scopeOf(document.uri);
    if (!scope) return []; // no workspace folder: nowhere to keep a team file
    const actions: vscode.CodeAction[] = [];
    const start = document.offsetAt(range.start);
    const end = document.offsetAt(range.end);

    if (scope.relativePath !== undefined) {
      for (const finding of shownFindings(this.store, document, state.annotations)) {
        if (finding.end < start || finding.start > end) continue;
        const diagnostics = context.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE && codeOf(diagnostic) === finding.code && diagnostic.range.intersection(range));
        actions.push(
          action(vscode.l10n.t('Dismiss this finding ({0})', finding.code), DISMISS_FINDING_COMMAND, [document.uri, finding.start, finding.end, finding.code], diagnostics, true),
          action(vscode.l10n.t('Dismiss all {0} findings in this file', finding.code), DISMISS_CODE_COMMAND, [document.uri, finding.code], diagnostics),
        );
      }
    }

    const entity = indexFor(state.annotations).itemsAt(start).entity;
    if (entity) {
      actions.push(action(vscode.l10n.t('Never highlight “{0}”', entity.text), IGNORE_NAME_COMMAND, [document.uri, entity.text]));
      for (const type of ENTITY_TYPES.filter((other) => other !== entity.type)) {
        actions.push(action(vscode.l10n.t('Mark “{0}” as {1}', entity.text, entityTypeLabel(type).toLowerCase()), ADD_NAME_COMMAND, [document.uri, entity.text, type]));
      }
    } else {
      const name = candidateName(document, range);
      if (name) {
        for (const type of ENTITY_TYPES) {
          actions.push(action(vscode.l10n.t('Add “{0}” as {1}', name, entityTypeLabel(type).toLowerCase()), ADD_NAME_COMMAND, [document.uri, name, type]));
        }
      }
    }
    return actions;
  }
}

/** Registers the provider and the commands it runs. */
export function registerQuickFixes(service: AnalysisService, store: UserFileStore): vscode.Disposable {
  const provider = new QuickFixProvider(service, store);
  const registration = vscode.languages.registerCodeActionsProvider({scheme: '*'}, provider, QuickFixProvider.metadata);
  return vscode.Disposable.from(
    registration,
    // Hover links pass the URI as a string; code actions and scripts pass a Uri.
    vscode.commands.registerCommand(DISMISS_FINDING_COMMAND, async (uri: unknown, start: number, end: number, code: FindingCode) => {
      const target = toUri(uri);
      return target ? dismissFinding(service, store, target, start, end, code) : false;
    }),
    vscode.commands.registerCommand(DISMISS_CODE_COMMAND, async (uri: unknown, code: FindingCode) => {
      const target = toUri(uri);
      return target && ALL_FINDING_CODES.includes(code) ? dismissCode(store, target, code) : false;
    }),
    vscode.commands.registerCommand(ADD_NAME_COMMAND, (uri: unknown, text: unknown, type: unknown) => addName(store, toUri(uri), text, type)),
    vscode.commands.registerCommand(IGNORE_NAME_COMMAND, (uri: unknown, text: unknown) => ignoreName(store, toUri(uri), text)),
  );
}

async function dismissFinding(service: AnalysisService, store: UserFileStore, uri: vscode.Uri, start: number, end: number, code: FindingCode): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === uri.toString());
  const state = document && service.currentState(document);
  const scope = store.scopeOf(uri);
  if (!document || state?.status !== 'analysed' || scope?.relativePath === undefined) return false;
  const finding = state.annotations.findings.find((item: Finding) => item.start === start && item.end === end && item.code === code);
  if (!finding) return false;
  const dismissal = dismissalFor(document.getText(), state.annotations.findings, finding, scope.relativePath);
  return store.update(scope.folder, (file) => {
    if (file.dismissed.some((existing) => sameDismissal(existing, dismissal))) return false;
    file.dismissed.push(dismissal);
    return true;
  });
}

async function dismissCode(store: UserFileStore, uri: vscode.Uri, code: FindingCode): Promise<boolean> {
  const scope = store.scopeOf(uri);
  const file = scope?.relativePath;
  if (!scope || file === undefined) return false;
  return store.update(scope.folder, (data) => {
    // The file-wide dismissal makes the single ones of this code redundant.
    data.dismissed = data.dismissed.filter((existing) => !(existing.file === file && existing.code === code));
    data.dismissed.push({file, code});
    return true;
  });
}

async function addName(store: UserFileStore, uri: vscode.Uri | undefined, text: unknown, typeArg: unknown): Promise<boolean> {
  const scope = scopeFor(store, uri);
  const type = ENTITY_TYPES.find((known) => known === typeArg);
  if (!scope || !isName(text) || !type) return false;
  return store.update(scope.folder, (file) => {
    file.names = file.names.filter((name) => name.text !== text);
    file.names.push({text, type});
    // Adding a name overrides an earlier "never highlight" of the same text.
    file.ignore = file.ignore.filter((name) => name !== text);
    return true;
  });
}

async function ignoreName(store: UserFileStore, uri: vscode.Uri | undefined, text: unknown): Promise<boolean> {
  const scope = scopeFor(store, uri);
  if (!scope || !isName(text)) return false;
  return store.update(scope.folder, (file) => {
    file.names = file.names.filter((name) => name.text !== text);
    if (!file.ignore.includes(text)) file.ignore.push(text);
    return true;
  });
}

function scopeFor(store: UserFileStore, uri: vscode.Uri | undefined): ReturnType<UserFileStore['scopeOf']> {
  const target = uri ?? vscode.window.activeTextEditor?.document.uri;
  return target ? store.scopeOf(target) : undefined;
}

function isName(text: unknown): text is string {
  return typeof text === 'string' && text.trim().length > 0 && text.length <= MAX_NAME_LENGTH && !/[\r\n]/.test(text);
}

/** The selected text, or the capitalised words under the cursor. */
function candidateName(document: vscode.TextDocument, range: vscode.Range): string | undefined {
  if (!range.isEmpty) {
    const text = document.getText(range).trim();
    return isName(text) ? text : undefined;
  }
  const word = document.getWordRangeAtPosition(range.start, NAME_AT_CURSOR);
  if (!word) return undefined;
  const text = document.getText(word).replace(/[.’']+$/, '');
  return isName(text) ? text : undefined;
}

function action(title: string, command: string, args: unknown[], diagnostics: vscode.Diagnostic[] = [], preferred = false): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  codeAction.command = {command, title, arguments: args};
  if (diagnostics.length > 0) codeAction.diagnostics = diagnostics;
  codeAction.isPreferred = preferred;
  return codeAction;
}

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}
