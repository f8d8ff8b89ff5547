/**
 * What one can do with an actor or a quote from the Actors view and the hovers: list an actor's
 * quotes, copy a quote with its attribution, export an actor's quotes, filter the view.
 */
import * as vscode from 'vscode';
import type {Actor, Annotations, Quote} from '../core/model.js';
import type {ActorsNode, ActorsTreeProvider} from './actorsTree.js';
import {revealRange} from './actorsTree.js';
import {basename, findOpenDocument, type AnalysisService} from './analysisService.js';
import {CLEAR_FILTER_COMMAND, COPY_QUOTE_COMMAND, EXPORT_ACTOR_QUOTES_COMMAND, FILTER_ACTORS_COMMAND, LIST_ACTOR_QUOTES_COMMAND} from './commands.js';
import {excerpt, quoteKindLabel} from './labels.js';
import {indexFor} from './lookup.js';
import {toUri} from './uris.js';

export function registerActorCommands(service: AnalysisService, tree: ActorsTreeProvider): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(LIST_ACTOR_QUOTES_COMMAND, (uri: unknown, actorId: unknown) => listActorQuotes(service, tree, uri, actorId)),
    vscode.commands.registerCommand(COPY_QUOTE_COMMAND, (node: unknown) => copyQuote(service, tree, node)),
    vscode.commands.registerCommand(EXPORT_ACTOR_QUOTES_COMMAND, (node: unknown, target: unknown) => exportActorQuotes(service, tree, node, toUri(target))),
    vscode.commands.registerCommand(FILTER_ACTORS_COMMAND, (filter: unknown) => filterActors(tree, filter)),
    vscode.commands.registerCommand(CLEAR_FILTER_COMMAND, () => tree.setFilter('')),
  );
}

/** A quote as one would paste it into notes: the words, then who said them and in what role. */
export function quoteWithAttribution(annotations: Annotations, quote: Quote): string {
  const actor = indexFor(annotations).actor(quote.actor);
  const words = quote.text.replace(/\s+/g, ' ').trim();
  const who = actor ? [actor.name, ...actor.roles.slice(0, 1)].join(', ') : quote.speaker ? quote.speaker.text : vscode.l10n.t('unattributed');
  return quote.kind === 'indirect' ? `${who}: ${words} (${quoteKindLabel(quote.kind)})` : `“${words}” — ${who}`;
}

/** Shows the actor's quotes in a quick pick; picking one reveals it. Resolves with the labels. */
async function listActorQuotes(service: AnalysisService, tree: ActorsTreeProvider, uriArg: unknown, actorArg: unknown): Promise<string[]> {
  const node = asNode(uriArg);
  const uri = node ? tree.documentUri : toUri(uriArg);
  const actorId = node?.kind === 'actor' ? node.actor.id : typeof actorArg === 'string' ? actorArg : undefined;
  const annotations = uri && service.getAnnotations(uri);
  const actor = annotations && actorId !== undefined ? indexFor(annotations).actor(actorId) : undefined;
  if (!uri || !annotations || !actor) return [];
  const document = findOpenDocument(uri);
  const quotes = indexFor(annotations).quotesOf(actor.id);
  const items = quotes.map((quote) => ({
    label: `“${excerpt(quote.text, 80)}”`,
    description: `${quoteKindLabel(quote.kind)}${document ? ` · ${vscode.l10n.t('line {0}', document.positionAt(quote.start).line + 1)}` : ''}`,
    quote,
  }));
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = vscode.l10n.t('Quotes of {0}', actor.name);
  pick.items = items;
  pick.onDidAccept(() => {
    const chosen = pick.selectedItems[0];
    pick.hide();
    if (chosen) void revealRange(uri, chosen.quote.start, chosen.quote.end);
  });
  pick.onDidHide(() => pick.dispose());
  pick.show();
  return items.map((item) => item.label);
}

async function copyQuote(service: AnalysisService, tree: ActorsTreeProvider, arg: unknown): Promise<string | undefined> {
  const node = asNode(arg);
  const annotations = tree.documentUri && service.getAnnotations(tree.documentUri);
  if (node?.kind !== 'quote' || !annotations) return undefined;
  const text = quoteWithAttribution(annotations, node.quote);
  await vscode.env.clipboard.writeText(text);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the quote with its attribution.'), 3000);
  return text;
}

/** Writes the actor's quotes as Markdown; asks where unless a target is given (scripts, tests). */
async function exportActorQuotes(service: AnalysisService, tree: ActorsTreeProvider, arg: unknown, target: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const node = asNode(arg);
  const uri = tree.documentUri;
  const annotations = uri && service.getAnnotations(uri);
  if (node?.kind !== 'actor' || !uri || !annotations) return undefined;
  const markdown = actorQuotesMarkdown(annotations, node.actor, basename(uri));
  const destination =
    target ??
    (await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(uri, '..', `${slug(node.actor.name)}.quotes.md`),
      filters: {[vscode.l10n.t('Markdown')]: ['md']},
      title: vscode.l10n.t('Export the Quotes of {0}', node.actor.name),
    }));
  if (!destination) return undefined;
  await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(markdown));
  return destination;
}

export function actorQuotesMarkdown(annotations: Annotations, actor: Actor, source: string): string {
  const lines = [`# ${vscode.l10n.t('Quotes of {0}', actor.name)}`, ''];
  if (actor.roles.length > 0) lines.push(`*${actor.roles.join('; ')}*`, '');
  lines.push(vscode.l10n.t('From {0}.', source), '');
  for (const quote of indexFor(annotations).quotesOf(actor.id)) {
    lines.push(`- ${quoteWithAttribution(annotations, quote)}`);
  }
  return `${lines.join('\n')}\n`;
}

async function filterActors(tree: ActorsTreeProvider, arg: unknown): Promise<string> {
  const filter =
    typeof arg === 'string'
      ? arg
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('Filter Actors'),
          prompt: vscode.l10n.t('List only the actors whose name, role or mentions contain this text (empty lists all).'),
          value: tree.filter,
        });
  if (filter !== undefined) tree.setFilter(filter);
  return tree.filter;
}

function asNode(value: unknown): ActorsNode | undefined {
  return typeof value === 'object' && value !== null && 'kind' in value && 'item' in value ? (value as ActorsNode) : undefined;
}

function slug(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'actor';
}
