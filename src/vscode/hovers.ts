/**
 * Hovers that explain an annotation where it sits: who a name is, who said a quote, why a
 * claim is worth checking. Everything shown comes from the current analysis of the document.
 */
import * as vscode from 'vscode';
import type {Actor, Claim, Entity, Quote, Span} from '../core/model.js';
import type {AnalysisService} from './analysisService.js';
import {readSettings, SECTION} from './config.js';
import {claimKindLabel, entityTypeLabel, escapeMarkdown, quoteKindLabel} from './labels.js';
import {indexFor, type AnnotationIndex} from './lookup.js';

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Only the current version: after an edit the old offsets would point at the wrong words.
    const state = this.service.currentState(document);
    if (state?.status !== 'analysed') return undefined;
    const index = indexFor(state.annotations);
    const items = index.itemsAt(document.offsetAt(position));

    const sections: string[] = [];
    const spans: Span[] = [];
    if (items.entity) {
      sections.push(describeEntity(index, items.entity));
      spans.push(items.entity);
    } else if (items.mention) {
      sections.push(describeMention(items.mention.span, items.mention.actor));
      spans.push(items.mention.span);
    }
    if (items.quote) {
      sections.push(describeQuote(index, items.quote));
      spans.push(items.quote);
    }
    if (items.claim) {
      sections.push(describeClaim(index, items.claim));
      spans.push(items.claim);
    }
    if (sections.length === 0) return undefined;

    const markdown = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
    // Article text is data, never commands or HTML.
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    // The innermost span is what the hover is about; VS Code keeps the hover while inside it.
    const span = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}

/** Registers the hover for the configured languages, again whenever that list changes. */
export function registerHovers(service: AnalysisService): vscode.Disposable {
  const provider = new AnnotationHoverProvider(service);
  let registration = register(provider);
  const listener = vscode.workspace.onDidChangeConfiguration((event) => {
    if (!event.affectsConfiguration(`${SECTION}.languages`)) return;
    registration.dispose();
    registration = register(provider);
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    registration.dispose();
  });
}

function register(provider: AnnotationHoverProvider): vscode.Disposable {
  const selector = readSettings().languages.map((language) => ({language}));
  return vscode.languages.registerHoverProvider(selector, provider);
}

function describeEntity(index: AnnotationIndex, entity: Entity): string {
  const lines = [`**${escapeMarkdown(entity.text)}** · ${entityTypeLabel(entity.type)}`];
  const actor = index.actor(entity.actor);
  if (actor) {
    lines.push(vscode.l10n.t('Actor: {0}', actorLine(actor)));
    lines.push(mentionCount(actor));
  } else if (entity.type !== 'place') {
    lines.push(vscode.l10n.t('Not linked to an actor.'));
  }
  return lines.join('\n\n');
}

function describeMention(span: Span, actor: Actor): string {
  return [
    vscode.l10n.t('**{0}** refers to {1}', escapeMarkdown(span.text), actorLine(actor)),
    mentionCount(actor),
  ].join('\n\n');
}

function describeQuote(index: AnnotationIndex, quote: Quote): string {
  const lines = [`**${vscode.l10n.t('Quote')}** · ${quoteKindLabel(quote.kind)}`];
  const actor = index.actor(quote.actor);
  if (actor) {
    const named = quote.speaker && quote.speaker.text !== actor.name ? ` — ${vscode.l10n.t('named here as “{0}”', escapeMarkdown(quote.speaker.text))}` : '';
    lines.push(vscode.l10n.t('Speaker: {0}', actorLine(actor)) + named);
  } else if (quote.speaker) {
    lines.push(vscode.l10n.t('Speaker: “{0}” (not resolved to an actor)', escapeMarkdown(quote.speaker.text)));
  } else {
    lines.push(vscode.l10n.t('Speaker: unknown — the article does not say who said this.'));
  }
  if (quote.cue) lines.push(vscode.l10n.t('Cue: *{0}*', escapeMarkdown(quote.cue.text)));
  if (actor) {
    const others = index.quotesOf(actor.id).length - 1;
    const name = escapeMarkdown(actor.name);
    lines.push(
      others === 0
        ? vscode.l10n.t('{0} has no other quotes in this article.', name)
        : others === 1
          ? vscode.l10n.t('{0} has 1 other quote in this article.', name)
          : vscode.l10n.t('{0} has {1} other quotes in this article.', name, others),
    );
  }
  return lines.join('\n\n');
}

function describeClaim(index: AnnotationIndex, claim: Claim): string {
  const lines = [`**${vscode.l10n.t('Check-worthy claim')}** · ${claimKindLabel(claim.kind)} · ${vscode.l10n.t('score {0}', claim.score.toFixed(2))}`];
  if (claim.features.length > 0) lines.push(vscode.l10n.t('Features: {0}', claim.features.map(escapeMarkdown).join(', ')));
  if (claim.numbers.length > 0) lines.push(vscode.l10n.t('Numbers: {0}', claim.numbers.map((number) => `\`${number.text.replace(/`/g, '')}\``).join(', ')));
  const actor = index.actor(claim.actor);
  lines.push(actor ? vscode.l10n.t('Attributed to {0}', actorLine(actor)) : vscode.l10n.t('Asserted by the article.'));
  return lines.join('\n\n');
}

function actorLine(actor: Actor): string {
  const name = `**${escapeMarkdown(actor.name)}**`;
  return actor.roles.length > 0 ? `${name} (${actor.roles.map(escapeMarkdown).join('; ')})` : `${name} (${entityTypeLabel(actor.type)})`;
}

function mentionCount(actor: Actor): string {
  const count = actor.mentions.length;
  return count === 1 ? vscode.l10n.t('Mentioned once in this article.') : vscode.l10n.t('Mentioned {0} times in this article.', count);
}
