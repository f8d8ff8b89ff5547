/**
 * Hovers that explain an annotation where it sits: who a name is, who said a quote, why a
 * claim is worth checking. Everything shown comes from the current analysis of the document.
 */
import * as vscode from 'vscode';
import type {Actor, Claim, Entity, Finding, Quote, Span} from '../core/model.js';
import type {AnalysisService} from './analysisService.js';
import {DISMISS_CODE_COMMAND, DISMISS_FINDING_COMMAND, IGNORE_NAME_COMMAND, LIST_ACTOR_QUOTES_COMMAND, REVEAL_COMMAND} from './commands.js';
import {readSettings, SECTION} from './config.js';
import {shownFindings} from './shownFindings.js';
import type {UserFileStore} from './userFileStore.js';
import {claimKindLabel, entityTypeLabel, escapeMarkdown, quoteKindLabel} from './labels.js';
import {indexFor, type AnnotationIndex} from './lookup.js';

/**
 * The only commands a hover link may run. Article text is escaped, so it cannot form a link;
 * this list is the second fence: even a link that slipped through could run nothing else.
 */
export const HOVER_COMMANDS = [REVEAL_COMMAND, LIST_ACTOR_QUOTES_COMMAND, DISMISS_FINDING_COMMAND, DISMISS_CODE_COMMAND, IGNORE_NAME_COMMAND];

export class AnnotationHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly service: AnalysisService,
    private readonly store: UserFileStore,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    // Only the current version: after an edit the old offsets would point at the wrong words.
    const state = this.service.currentState(document);
    if (state?.status !== 'analysed') return undefined;
    const index = indexFor(state.annotations);
    const offset = document.offsetAt(position);
    const items = index.itemsAt(offset);
    const links = new Links(document.uri);

    const sections: string[] = [];
    const spans: Span[] = [];
    if (items.entity) {
      sections.push(describeEntity(index, items.entity, links));
      spans.push(items.entity);
    } else if (items.mention) {
      sections.push(describeMention(items.mention.span, items.mention.actor, links, index));
      spans.push(items.mention.span);
    }
    if (items.quote) {
      sections.push(describeQuote(index, items.quote, links));
      spans.push(items.quote);
    }
    if (items.claim) {
      sections.push(describeClaim(index, items.claim));
      spans.push(items.claim);
    }
    // Findings get a section only when they are not in the Problems panel, whose own hover
    // already shows them (with the same quick fixes).
    if (!readSettings(document).showInProblems) {
      for (const finding of shownFindings(this.store, document, state.annotations)) {
        if (finding.start <= offset && offset < finding.end) {
          sections.push(describeFinding(finding, links));
          spans.push({start: finding.start, end: finding.end, text: ''});
        }
      }
    }
    if (sections.length === 0) return undefined;

    const markdown = new vscode.MarkdownString(sections.join('\n\n---\n\n'));
    // Article text is escaped data, never HTML; links may run our own commands and no others.
    markdown.isTrusted = {enabledCommands: HOVER_COMMANDS};
    markdown.supportHtml = false;
    // The innermost span is what the hover is about; VS Code keeps the hover while inside it.
    const span = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
  }
}

/** Registers the hover for the configured languages, again whenever that list changes. */
export function registerHovers(service: AnalysisService, store: UserFileStore): vscode.Disposable {
  const provider = new AnnotationHoverProvider(service, store);
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

/** Builds `command:` links with JSON arguments, the form VS Code's Markdown renderer runs. */
class Links {
  constructor(private readonly uri: vscode.Uri) {}

  link(label: string, command: string, args: unknown[]): string {
    return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify(args))})`;
  }

  reveal(label: string, span: Span): string {
    return this.link(label, REVEAL_COMMAND, [this.uri.toString(), span.start, span.end]);
  }

  quotesOf(actor: Actor, count: number): string {
    return this.link(vscode.l10n.t('List the {0} quotes of {1}', count, escapeLinkText(actor.name)), LIST_ACTOR_QUOTES_COMMAND, [this.uri.toString(), actor.id]);
  }

  ignore(text: string): string {
    return this.link(vscode.l10n.t('Never highlight this name'), IGNORE_NAME_COMMAND, [this.uri.toString(), text]);
  }

  dismiss(finding: Finding): string {
    return [
      this.link(vscode.l10n.t('Dismiss'), DISMISS_FINDING_COMMAND, [this.uri.toString(), finding.start, finding.end, finding.code]),
      this.link(vscode.l10n.t('Dismiss {0} in this file', finding.code), DISMISS_CODE_COMMAND, [this.uri.toString(), finding.code]),
    ].join(' · ');
  }
}

function describeEntity(index: AnnotationIndex, entity: Entity, links: Links): string {
  const lines = [`**${escapeMarkdown(entity.text)}** · ${entityTypeLabel(entity.type)}`];
  const actor = index.actor(entity.actor);
  if (actor) {
    lines.push(vscode.l10n.t('Actor: {0}', actorLine(actor)));
    lines.push(mentionCount(actor));
  } else if (entity.type !== 'place') {
    lines.push(vscode.l10n.t('Not linked to an actor.'));
  }
  lines.push(actionLine(actor ? actorLinks(actor, links, index) : [], links.ignore(entity.text)));
  return lines.join('\n\n');
}

function describeMention(span: Span, actor: Actor, links: Links, index: AnnotationIndex): string {
  return [
    vscode.l10n.t('**{0}** refers to {1}', escapeMarkdown(span.text), actorLine(actor)),
    mentionCount(actor),
    actionLine(actorLinks(actor, links, index)),
  ].join('\n\n');
}

function actorLinks(actor: Actor, links: Links, index: AnnotationIndex): string[] {
  const result: string[] = [];
  const first = actor.mentions[0];
  if (first) result.push(links.reveal(vscode.l10n.t('First mention'), first));
  const quotes = index.quotesOf(actor.id).length;
  if (quotes > 0) result.push(links.quotesOf(actor, quotes));
  return result;
}

function actionLine(...parts: Array<string | string[]>): string {
  return parts.flat().join(' · ');
}

function describeFinding(finding: Finding, links: Links): string {
  return [`**${escapeMarkdown(finding.code)}** · ${escapeMarkdown(finding.message)}`, links.dismiss(finding)].join('\n\n');
}

/** Link labels may not hold brackets, which would end the label early. */
function escapeLinkText(text: string): string {
  return escapeMarkdown(text);
}

function describeQuote(index: AnnotationIndex, quote: Quote, links: Links): string {
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
  const actions: string[] = [];
  if (quote.speaker) actions.push(links.reveal(vscode.l10n.t('Reveal speaker'), quote.speaker));
  if (actor) actions.push(links.quotesOf(actor, index.quotesOf(actor.id).length));
  if (actions.length > 0) lines.push(actionLine(actions));
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
