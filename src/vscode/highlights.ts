/**
 * Colours the article by annotation kind. Colours are theme colours contributed in the
 * manifest, so themes and users can restyle them and high-contrast themes get outlines.
 */
import * as vscode from 'vscode';
import type {Annotations} from '../core/model.js';
import type {AnalysisService} from './analysisService.js';
import {HIGHLIGHTS_SETTING, readSettings, SECTION} from './config.js';

export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'quote', 'claim'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Context key for menus: true while highlights are shown. */
const ENABLED_CONTEXT = 'newsAnnotator.highlightsEnabled';

export interface HighlightsApi {
  readonly enabled: boolean;
  /** The ranges last applied to the editor, per kind; all empty while highlights are off. */
  rangesFor(editor: vscode.TextEditor): Readonly<Record<HighlightKind, readonly vscode.Range[]>>;
}

export class HighlightController implements HighlightsApi, vscode.Disposable {
  private readonly types: Record<HighlightKind, vscode.TextEditorDecorationType>;
  private readonly applied = new WeakMap<vscode.TextEditor, Record<HighlightKind, vscode.Range[]>>();
  private readonly disposables: vscode.Disposable[] = [];
  private enabledValue: boolean;

  constructor(private readonly service: AnalysisService) {
    this.types = {
      person: createType('person'),
      organization: createType('organization'),
      place: createType('place'),
      quote: createType('quote'),
      claim: vscode.window.createTextEditorDecorationType({
        // Claims often contain names and quotes, so they are underlined rather than filled.
        borderColor: new vscode.ThemeColor('newsAnnotator.claimBorder'),
        borderStyle: 'none none dashed none',
        borderWidth: '0 0 1px 0',
        backgroundColor: new vscode.ThemeColor('newsAnnotator.claimBackground'),
        overviewRulerColor: new vscode.ThemeColor('newsAnnotator.claimBorder'),
        overviewRulerLane: vscode.OverviewRulerLane.Right,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    };
    this.enabledValue = readSettings().highlightsEnabled;
    void setContext(this.enabledValue);
    this.disposables.push(
      ...Object.values(this.types),
      service.onDidChangeState(({uri}) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() === uri.toString()) this.render(editor);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.render(editor))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(HIGHLIGHTS_SETTING)) this.setEnabled(readSettings().highlightsEnabled);
      }),
    );
    this.renderAll();
  }

  get enabled(): boolean {
    return this.enabledValue;
  }

  rangesFor(editor: vscode.TextEditor): Readonly<Record<HighlightKind, readonly vscode.Range[]>> {
    return this.applied.get(editor) ?? emptyRanges();
  }

  /**
   * Flips the setting where it is defined, so the choice survives a reload and a workspace
   * value is not left overriding what the person just chose.
   */
  async toggle(): Promise<boolean> {
    const next = !this.enabledValue;
    const config = vscode.workspace.getConfiguration(SECTION, vscode.window.activeTextEditor?.document);
    const inspected = config.inspect<boolean>('highlights.enabled');
    const target =
      inspected?.workspaceFolderValue !== undefined
        ? vscode.ConfigurationTarget.WorkspaceFolder
        : inspected?.workspaceValue !== undefined
          ? vscode.ConfigurationTarget.Workspace
          : vscode.ConfigurationTarget.Global;
    // Apply at once: the configuration event may arrive after the command has returned.
    this.setEnabled(next);
    await config.update('highlights.enabled', next, target);
    return next;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private setEnabled(enabled: boolean): void {
    if (enabled === this.enabledValue) return;
    this.enabledValue = enabled;
    void setContext(enabled);
    this.renderAll();
  }

  private renderAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.render(editor);
  }

  private render(editor: vscode.TextEditor): void {
    const state = this.service.getState(editor.document.uri);
    if (!this.enabledValue || state?.status !== 'analysed') {
      this.apply(editor, emptyRanges());
    } else if (state.version === editor.document.version) {
      this.apply(editor, rangesOf(editor.document, state.annotations));
    }
    // Otherwise the result predates pending edits: its offsets no longer fit the text. VS Code
    // moves the decorations already shown along with the edits, so they stay until the next
    // result instead of flickering off while the person types.
  }

  private apply(editor: vscode.TextEditor, ranges: Record<HighlightKind, vscode.Range[]>): void {
    for (const kind of HIGHLIGHT_KINDS) editor.setDecorations(this.types[kind], ranges[kind]);
    this.applied.set(editor, ranges);
  }
}

function createType(kind: Exclude<HighlightKind, 'claim'>): vscode.TextEditorDecorationType {
  return vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor(`newsAnnotator.${kind}Background`),
    // Transparent by default; high-contrast themes, which avoid fills, draw it as an outline.
    border: '1px solid',
    borderColor: new vscode.ThemeColor(`newsAnnotator.${kind}Border`),
    borderRadius: '2px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

function rangesOf(document: vscode.TextDocument, annotations: Annotations): Record<HighlightKind, vscode.Range[]> {
  const ranges = emptyRanges();
  const range = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
  for (const entity of annotations.entities) {
    // Other entity kinds (dates, numbers) have no colour of their own.
    if (entity.type === 'person' || entity.type === 'organization' || entity.type === 'place') {
      ranges[entity.type].push(range(entity.start, entity.end));
    }
  }
  for (const quote of annotations.quotes) ranges.quote.push(range(quote.start, quote.end));
  for (const claim of annotations.claims) ranges.claim.push(range(claim.start, claim.end));
  return ranges;
}

function emptyRanges(): Record<HighlightKind, vscode.Range[]> {
  return {person: [], organization: [], place: [], quote: [], claim: []};
}

function setContext(enabled: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', ENABLED_CONTEXT, enabled);
}
