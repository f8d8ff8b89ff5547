/**
 * Colours the article by annotation kind. Colours are theme colours contributed in the
 * manifest, so themes and users can restyle them and high-contrast themes get outlines. Each
 * kind can be switched off on its own; a claim's underline is stronger the higher its score;
 * findings are underlined here when they are kept out of the Problems panel.
 */
import * as vscode from 'vscode';
import type {Annotations, Claim, Finding} from '../core/model.js';
import type {AnalysisService} from './analysisService.js';
import {HIGHLIGHT_LAYERS, HIGHLIGHT_LAYERS_SETTING, HIGHLIGHTS_SETTING, readSettings, SECTION, SHOW_IN_PROBLEMS_SETTING, SEVERITY_SETTING, type HighlightLayer, type HighlightLayerSettings} from './config.js';
import {shownFindings} from './shownFindings.js';
import type {UserFileStore} from './userFileStore.js';

export const HIGHLIGHT_KINDS = HIGHLIGHT_LAYERS;
export type HighlightKind = HighlightLayer;

/** Claims by check-worthiness: a reader's eye should go to the strongest first. */
export const CLAIM_STRENGTHS = ['low', 'medium', 'high'] as const;
export type ClaimStrength = (typeof CLAIM_STRENGTHS)[number];

/** Scores at or above these fall in the medium and high buckets (the engine reports ≥ 0.5). */
const MEDIUM_SCORE = 0.7;
const HIGH_SCORE = 0.85;

export function claimStrength(claim: Claim): ClaimStrength {
  return claim.score >= HIGH_SCORE ? 'high' : claim.score >= MEDIUM_SCORE ? 'medium' : 'low';
}

type AppliedRanges = Record<HighlightKind, vscode.Range[]> & {findings: vscode.Range[]; claimStrength: Record<ClaimStrength, vscode.Range[]>};

/** Context key for menus: true while highlights are shown. */
const ENABLED_CONTEXT = 'newsAnnotator.highlightsEnabled';

export interface HighlightsApi {
  readonly enabled: boolean;
  /** Which kinds are drawn while highlights are on. */
  readonly layers: Readonly<HighlightLayerSettings>;
  /** The ranges last applied to the editor, per kind; all empty while highlights are off. */
  rangesFor(editor: vscode.TextEditor): Readonly<Record<HighlightKind, readonly vscode.Range[]>>;
  /** The claim ranges last applied, by strength bucket. */
  claimRangesFor(editor: vscode.TextEditor): Readonly<Record<ClaimStrength, readonly vscode.Range[]>>;
  /** Findings drawn in the editor because `diagnostics.showInProblems` is off. */
  findingRangesFor(editor: vscode.TextEditor): readonly vscode.Range[];
}

export class HighlightController implements HighlightsApi, vscode.Disposable {
  private readonly types: Record<Exclude<HighlightKind, 'claim'>, vscode.TextEditorDecorationType>;
  private readonly claimTypes: Record<ClaimStrength, vscode.TextEditorDecorationType>;
  private readonly findingType: vscode.TextEditorDecorationType;
  private readonly applied = new WeakMap<vscode.TextEditor, AppliedRanges>();
  private readonly disposables: vscode.Disposable[] = [];
  private enabledValue: boolean;
  private layersValue: HighlightLayerSettings;

  constructor(
    private readonly service: AnalysisService,
    private readonly store: UserFileStore,
  ) {
    this.types = {
      person: createType('person'),
      organization: createType('organization'),
      place: createType('place'),
      quote: createType('quote'),
    };
    // Claims often contain names and quotes, so they are underlined rather than filled; the
    // underline goes from dotted to dashed to solid and thick as the score rises.
    this.claimTypes = {
      low: createClaimType('dotted', '1px', false),
      medium: createClaimType('dashed', '1px', true),
      high: createClaimType('solid', '2px', true),
    };
    this.findingType = vscode.window.createTextEditorDecorationType({
      borderColor: new vscode.ThemeColor('newsAnnotator.findingBorder'),
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
      overviewRulerColor: new vscode.ThemeColor('newsAnnotator.findingBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    });
    const settings = readSettings();
    this.enabledValue = settings.highlightsEnabled;
    this.layersValue = settings.highlightLayers;
    void setContext(this.enabledValue);
    this.disposables.push(
      ...Object.values(this.types),
      ...Object.values(this.claimTypes),
      this.findingType,
      store.onDidChange(() => this.renderAll()),
      service.onDidChangeState(({uri}) => {
        for (const editor of vscode.window.visibleTextEditors) {
          if (editor.document.uri.toString() === uri.toString()) this.render(editor);
        }
      }),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.render(editor))),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(HIGHLIGHTS_SETTING)) this.setEnabled(readSettings().highlightsEnabled);
        if (event.affectsConfiguration(HIGHLIGHT_LAYERS_SETTING)) this.setLayers(readSettings().highlightLayers);
        if (event.affectsConfiguration(SHOW_IN_PROBLEMS_SETTING) || event.affectsConfiguration(SEVERITY_SETTING)) this.renderAll();
      }),
    );
    this.renderAll();
  }

  get enabled(): boolean {
    return this.enabledValue;
  }

  get layers(): Readonly<HighlightLayerSettings> {
    return this.layersValue;
  }

  rangesFor(editor: vscode.TextEditor): Readonly<Record<HighlightKind, readonly vscode.Range[]>> {
    const {person, organization, place, quote, claim} = this.applied.get(editor) ?? emptyRanges();
    // Only the kinds: callers sum over the values.
    return {person, organization, place, quote, claim};
  }

  claimRangesFor(editor: vscode.TextEditor): Readonly<Record<ClaimStrength, readonly vscode.Range[]>> {
    return (this.applied.get(editor) ?? emptyRanges()).claimStrength;
  }

  findingRangesFor(editor: vscode.TextEditor): readonly vscode.Range[] {
    return (this.applied.get(editor) ?? emptyRanges()).findings;
  }

  /** Flips one kind's entry of `highlights.layers`, where the setting is defined. */
  async toggleLayer(kind: HighlightKind): Promise<boolean> {
    const next = {...this.layersValue, [kind]: !this.layersValue[kind]};
    this.setLayers(next);
    const config = vscode.workspace.getConfiguration(SECTION, vscode.window.activeTextEditor?.document);
    await config.update('highlights.layers', next, targetOf(config.inspect('highlights.layers')));
    return next[kind];
  }

  /**
   * Flips the setting where it is defined, so the choice survives a reload and a workspace
   * value is not left overriding what the person just chose.
   */
  async toggle(): Promise<boolean> {
    const next = !this.enabledValue;
    const config = vscode.workspace.getConfiguration(SECTION, vscode.window.activeTextEditor?.document);
    // Apply at once: the configuration event may arrive after the command has returned.
    this.setEnabled(next);
    await config.update('highlights.enabled', next, targetOf(config.inspect('highlights.enabled')));
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

  private setLayers(layers: HighlightLayerSettings): void {
    if (HIGHLIGHT_LAYERS.every((kind) => layers[kind] === this.layersValue[kind])) return;
    this.layersValue = layers;
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
      const settings = readSettings(editor.document);
      const findings = settings.showInProblems ? [] : shownFindings(this.store, editor.document, state.annotations);
      this.apply(editor, rangesOf(editor.document, state.annotations, this.layersValue, findings));
    }
    // Otherwise the result predates pending edits: its offsets no longer fit the text. VS Code
    // moves the decorations already shown along with the edits, so they stay until the next
    // result instead of flickering off while the person types.
  }

  private apply(editor: vscode.TextEditor, ranges: AppliedRanges): void {
    for (const kind of ['person', 'organization', 'place', 'quote'] as const) editor.setDecorations(this.types[kind], ranges[kind]);
    for (const strength of CLAIM_STRENGTHS) editor.setDecorations(this.claimTypes[strength], ranges.claimStrength[strength]);
    editor.setDecorations(this.findingType, ranges.findings);
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

function createClaimType(style: string, width: string, ruler: boolean): vscode.TextEditorDecorationType {
  const color = new vscode.ThemeColor('newsAnnotator.claimBorder');
  return vscode.window.createTextEditorDecorationType({
    borderColor: color,
    borderStyle: `none none ${style} none`,
    borderWidth: `0 0 ${width} 0`,
    backgroundColor: new vscode.ThemeColor('newsAnnotator.claimBackground'),
    // Only claims worth a look earn a mark in the scroll bar; low ones would crowd it.
    ...(ruler ? {overviewRulerColor: color, overviewRulerLane: vscode.OverviewRulerLane.Right} : {}),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
}

/** Where a setting is defined, so toggling it does not leave a workspace value overriding the choice. */
function targetOf(inspected: {workspaceFolderValue?: unknown; workspaceValue?: unknown} | undefined): vscode.ConfigurationTarget {
  return inspected?.workspaceFolderValue !== undefined
    ? vscode.ConfigurationTarget.WorkspaceFolder
    : inspected?.workspaceValue !== undefined
      ? vscode.ConfigurationTarget.Workspace
      : vscode.ConfigurationTarget.Global;
}

function rangesOf(document: vscode.TextDocument, annotations: Annotations, layers: HighlightLayerSettings, findings: readonly Finding[]): AppliedRanges {
  const ranges = emptyRanges();
  const range = (start: number, end: number): vscode.Range => new vscode.Range(document.positionAt(start), document.positionAt(end));
  for (const entity of annotations.entities) {
    // Other entity kinds (dates, numbers) have no colour of their own.
    if ((entity.type === 'person' || entity.type === 'organization' || entity.type === 'place') && layers[entity.type]) {
      ranges[entity.type].push(range(entity.start, entity.end));
    }
  }
  if (layers.quote) for (const quote of annotations.quotes) ranges.quote.push(range(quote.start, quote.end));
  if (layers.claim) {
    for (const claim of annotations.claims) {
      const claimRange = range(claim.start, claim.end);
      ranges.claim.push(claimRange);
      ranges.claimStrength[claimStrength(claim)].push(claimRange);
    }
  }
  for (const finding of findings) ranges.findings.push(range(finding.start, finding.end));
  return ranges;
}

function emptyRanges(): AppliedRanges {
  return {person: [], organization: [], place: [], quote: [], claim: [], findings: [], claimStrength: {low: [], medium: [], high: []}};
}

function setContext(enabled: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', ENABLED_CONTEXT, enabled);
}
