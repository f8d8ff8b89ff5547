/**
 * Display names for the model's enumerations, in one place so the hover, the tree and the
 * status bar use the same words and translators see each word once.
 */
import * as vscode from 'vscode';
import type {ActorType, ClaimKind, EntityType, QuoteKind} from '../core/model.js';

export function entityTypeLabel(type: EntityType | ActorType | string): string {
  switch (type) {
    case 'person':
      return vscode.l10n.t('Person');
    case 'organization':
      return vscode.l10n.t('Organisation');
    case 'place':
      return vscode.l10n.t('Place');
    default:
      // FORMAT.md lets the engine emit other entity kinds (dates, numbers); show them as named.
      return type;
  }
}

export function quoteKindLabel(kind: QuoteKind): string {
  switch (kind) {
    case 'direct':
      return vscode.l10n.t('direct quote');
    case 'partial':
      return vscode.l10n.t('partial quote');
    case 'indirect':
      return vscode.l10n.t('reported speech');
    case 'unmarked':
      return vscode.l10n.t('quote without quotation marks');
  }
}

export function claimKindLabel(kind: ClaimKind): string {
  switch (kind) {
    case 'statistic':
      return vscode.l10n.t('statistic');
    case 'quantity':
      return vscode.l10n.t('quantity');
    case 'comparison':
      return vscode.l10n.t('comparison');
    case 'causal':
      return vscode.l10n.t('causal claim');
    case 'event':
      return vscode.l10n.t('event');
    case 'attributed':
      return vscode.l10n.t('attributed statement');
  }
}

/** Shortens article text for one-line labels, on a word boundary where one is near. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * Escapes article text for inline Markdown, which it may otherwise break (emphasis, links,
 * HTML). The text never starts a line in our hovers, so block markers (#, -, 1.) stay as they
 * are and names such as "U.S." read the same in the source of the hover.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\s+/g, ' ');
}
