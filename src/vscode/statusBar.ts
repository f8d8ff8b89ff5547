/**
 * A status bar summary of the active article (actors, quotes, claims, unattributed quotes)
 * that opens the Actors view, and tells why an article was not analysed.
 */
import * as vscode from 'vscode';
import type {AnalysisService} from './analysisService.js';
import {ACTORS_VIEW_ID} from './actorsTree.js';
import {SHOW_LOG_COMMAND} from './commands.js';
import {indexFor} from './lookup.js';

export class StatusBarController implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly service: AnalysisService) {
    this.item.name = vscode.l10n.t('News Annotator');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      service.onDidChangeState(({uri}) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && this.service.isTracked(document) ? this.service.getState(document.uri) : undefined;
    if (!state) {
      this.item.hide();
      return;
    }
    this.item.backgroundColor = undefined;
    switch (state.status) {
      case 'analysed': {
        const {annotations} = state;
        const unattributed = indexFor(annotations).unattributedQuotes().length;
        this.item.text = `$(person) ${annotations.actors.length}  $(quote) ${annotations.quotes.length}  $(checklist) ${annotations.claims.length}${
          unattributed > 0 ? `  $(question) ${unattributed}` : ''
        }`;
        const summary = vscode.l10n.t(
          '{0} actors, {1} quotes, {2} check-worthy claims, {3} unattributed quotes',
          annotations.actors.length,
          annotations.quotes.length,
          annotations.claims.length,
          unattributed,
        );
        this.item.tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('News Annotator')}**\n\n${summary}\n\n${vscode.l10n.t('Click to show the actors.')}`);
        this.item.accessibilityInformation = {label: `${vscode.l10n.t('News Annotator')}: ${summary}`};
        this.item.command = {command: `${ACTORS_VIEW_ID}.focus`, title: vscode.l10n.t('Show Actors')};
        break;
      }
      case 'skipped':
        this.item.text = '$(circle-slash) News Annotator';
        this.item.tooltip = state.message;
        this.item.accessibilityInformation = {label: state.message};
        this.item.command = {command: SHOW_LOG_COMMAND, title: vscode.l10n.t('Show Log')};
        break;
      case 'failed':
        this.item.text = '$(error) News Annotator';
        this.item.tooltip = `${state.message}\n\n${vscode.l10n.t('Click to show the log.')}`;
        this.item.accessibilityInformation = {label: state.message};
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
        this.item.command = {command: SHOW_LOG_COMMAND, title: vscode.l10n.t('Show Log')};
        break;
    }
    this.item.show();
  }
}
