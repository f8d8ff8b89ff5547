/**
 * The extension's settings, read once per use and validated, so the rest of the adapter works
 * with plain typed values and a hand-edited settings.json with odd types cannot break it.
 */
import * as vscode from 'vscode';
import type {FindingCode} from '../core/model.js';

export const SECTION = 'newsAnnotator';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface LayerSettings {
  entities: boolean;
  quotes: boolean;
  claims: boolean;
}

export interface Settings {
  languages: readonly string[];
  layers: LayerSettings;
  /** Per finding code; missing codes fall back to the engine's own severity. */
  severity: Partial<Record<FindingCode, SeveritySetting>>;
  maxFileSize: number;
  highlightsEnabled: boolean;
  /** Which highlight kinds are drawn (each also has a toggle command). */
  highlightLayers: HighlightLayerSettings;
  /** False: findings are drawn as highlights only and kept out of the Problems panel. */
  showInProblems: boolean;
}

export const HIGHLIGHT_LAYERS = ['person', 'organization', 'place', 'quote', 'claim'] as const;
export type HighlightLayer = (typeof HIGHLIGHT_LAYERS)[number];
export type HighlightLayerSettings = Record<HighlightLayer, boolean>;

/** Settings that change what the engine produces, so a change re-runs the analysis. */
export const ANALYSIS_SETTINGS = ['languages', 'layers', 'maxFileSize'].map((key) => `${SECTION}.${key}`);
export const SEVERITY_SETTING = `${SECTION}.diagnostics.severity`;
export const HIGHLIGHTS_SETTING = `${SECTION}.highlights.enabled`;
export const HIGHLIGHT_LAYERS_SETTING = `${SECTION}.highlights.layers`;
export const SHOW_IN_PROBLEMS_SETTING = `${SECTION}.diagnostics.showInProblems`;

const DEFAULT_LANGUAGES = ['plaintext', 'markdown'];
const DEFAULT_MAX_FILE_SIZE = 2_000_000;
const SEVERITIES: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const FINDING_CODES: readonly FindingCode[] = ['unattributed-claim', 'quote-without-speaker', 'unbalanced-quote'];

/** Reads the settings that apply to `scope` (a document's folder can override the user's). */
/** The finding codes, for menus and validation. */
export const ALL_FINDING_CODES = FINDING_CODES;

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    languages: readLanguages(config.get<unknown>('languages')),
    layers: readLayers(config.get<unknown>('layers')),
    severity: readSeverity(config.get<unknown>('diagnostics.severity')),
    maxFileSize: readMaxFileSize(config.get<unknown>('maxFileSize')),
    highlightsEnabled: config.get<unknown>('highlights.enabled') !== false,
    highlightLayers: readHighlightLayers(config.get<unknown>('highlights.layers')),
    showInProblems: config.get<unknown>('diagnostics.showInProblems') !== false,
  };
}

/**
 * What is wrong with the settings as written (a hand-edited settings.json can hold anything):
 * one sentence per setting, naming it, the value and the default used instead. Empty when all
 * is well. readSettings already falls back; this is what the user is told.
 */
export function settingsProblems(scope?: vscode.ConfigurationScope): string[] {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  const problems: string[] = [];
  const problem = (key: string, value: unknown, fallback: string) =>
    problems.push(vscode.l10n.t('The setting {0}.{1} has an invalid value ({2}); using {3} instead.', SECTION, key, describe(value), fallback));

  const languages = config.get<unknown>('languages');
  if (languages !== undefined && (!Array.isArray(languages) || languages.some((item) => typeof item !== 'string' || item.length === 0))) {
    problem('languages', languages, Array.isArray(languages) ? vscode.l10n.t('the valid entries') : JSON.stringify(DEFAULT_LANGUAGES));
  }
  const layers = config.get<unknown>('layers');
  if (layers !== undefined && (!isRecord(layers) || Object.values(layers).some((value) => typeof value !== 'boolean'))) {
    problem('layers', layers, vscode.l10n.t('all layers on'));
  }
  const severity = config.get<unknown>('diagnostics.severity');
  if (severity !== undefined && (!isRecord(severity) || Object.values(severity).some((value) => typeof value !== 'string' || !(SEVERITIES as readonly string[]).includes(value)))) {
    problem('diagnostics.severity', severity, vscode.l10n.t('the default severities'));
  }
  const maxFileSize = config.get<unknown>('maxFileSize');
  if (maxFileSize !== undefined && readMaxFileSize(maxFileSize) !== maxFileSize) problem('maxFileSize', maxFileSize, String(DEFAULT_MAX_FILE_SIZE));
  const highlights = config.get<unknown>('highlights.enabled');
  if (highlights !== undefined && typeof highlights !== 'boolean') problem('highlights.enabled', highlights, 'true');
  return problems;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function readLanguages(value: unknown): string[] {
  if (!Array.isArray(value)) return DEFAULT_LANGUAGES;
  return value.filter((item): item is string => typeof item === 'string' && item.length > 0);
}

function readLayers(value: unknown): LayerSettings {
  const record = isRecord(value) ? value : {};
  // Anything but an explicit `false` keeps a layer on: a typo must not silently hide results.
  return {
    entities: record['entities'] !== false,
    quotes: record['quotes'] !== false,
    claims: record['claims'] !== false,
  };
}

function readHighlightLayers(value: unknown): HighlightLayerSettings {
  const record = isRecord(value) ? value : {};
  const layers = {} as HighlightLayerSettings;
  for (const layer of HIGHLIGHT_LAYERS) layers[layer] = record[layer] !== false;
  return layers;
}

function readSeverity(value: unknown): Partial<Record<FindingCode, SeveritySetting>> {
  const result: Partial<Record<FindingCode, SeveritySetting>> = {};
  if (!isRecord(value)) return result;
  for (const code of FINDING_CODES) {
    const severity = value[code];
    if (typeof severity === 'string' && (SEVERITIES as readonly string[]).includes(severity)) {
      result[code] = severity as SeveritySetting;
    }
  }
  return result;
}

function readMaxFileSize(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_MAX_FILE_SIZE;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
