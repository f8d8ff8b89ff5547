/**
 * A status bar summary of the active article (actors, quotes, claims, unattributed quotes)
 * that opens the Actors view, and tells why an article was not analysed.
 */
import * as vscode from 'vscode';
import {isArticleScheme, type AnalysisService} from './analysisService.js';
import {ACTORS_VIEW_ID} from './actorsTree.js';
import {ANALYSE_ANYWAY_COMMAND, SHOW_LOG_COMMAND} from './commands.js';
import {indexFor} from './lookup.js';

export class StatusBarController implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('newsAnnotator.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  /** The article summarised: the active editor's, kept while focus is in the Output panel and such. */
  private uri: vscode.Uri | undefined;
  private visible = false;

  constructor(private readonly service: AnalysisService) {
    this.item.name = vscode.l10n.t('News Annotator');
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      service.onDidChangeState(({uri}) => {
        const active = vscode.window.activeTextEditor;
        // The active document may have just become an article (its language was added).
        if (active?.document.uri.toString() === uri.toString()) this.follow(active);
        else if (uri.toString() === this.uri?.toString()) this.update();
      }),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  /** What the item shows; undefined while hidden. For tests through the extension's API. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  get tooltip(): string | undefined {
    if (!this.visible) return undefined;
    const tooltip = this.item.tooltip;
    return typeof tooltip === 'string' ? tooltip : tooltip?.value;
  }

  get command(): string | undefined {
    const command = this.item.command;
    return !this.visible ? undefined : typeof command === 'string' ? command : command?.command;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && !isArticleScheme(editor.document.uri)) return;
    this.uri = editor && this.service.isTracked(editor.document) ? editor.document.uri : undefined;
    this.update();
  }

  private update(): void {
    const state = this.uri && this.service.getState(this.uri);
    if (!state) {
      this.item.hide();
      this.visible = false;
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
        this.item.text = state.reason === 'too-large' ? `$(circle-slash) ${vscode.l10n.t('News Annotator: too large')}` : `$(circle-slash) ${vscode.l10n.t('News Annotator: binary')}`;
        this.item.tooltip = state.reason === 'too-large' ? `${state.message}\n\n${vscode.l10n.t('Click to analyse it anyway.')}` : state.message;
        this.item.accessibilityInformation = {label: state.message};
        // Too large is a setting the user may overrule for one document; binary content is not text.
        this.item.command =
          state.reason === 'too-large'
            ? {command: ANALYSE_ANYWAY_COMMAND, title: vscode.l10n.t('Analyse Anyway'), arguments: [this.uri]}
            : {command: SHOW_LOG_COMMAND, title: vscode.l10n.t('Show Log')};
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
    this.visible = true;
  }
}
