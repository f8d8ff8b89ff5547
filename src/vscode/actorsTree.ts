/**
 * The Actors view: who the active article names and quotes, and what each of them is credited
 * with. It follows the active editor, and every item with a place in the text reveals it.
 */
import * as vscode from 'vscode';
import type {Actor, ActorType, Claim, Quote, Span} from '../core/model.js';
import {basename, findOpenDocument, isArticleScheme, type AnalysisService} from './analysisService.js';
import {REVEAL_COMMAND} from './commands.js';
import {claimKindLabel, entityTypeLabel, escapeMarkdown, excerpt, quoteKindLabel} from './labels.js';
import {indexFor, type AnnotationIndex} from './lookup.js';

export const ACTORS_VIEW_ID = 'newsAnnotator.actors';
/** Context key for menus and the welcome view: true while the view shows an article. */
const HAS_ARTICLE_CONTEXT = 'newsAnnotator.hasArticle';
/** Context key for the Clear Filter button. */
const FILTERED_CONTEXT = 'newsAnnotator.actorsFiltered';

/** The icons drawn for this view (media/icons/<theme>/<name>.svg). */
type IconName = 'person' | 'organization' | 'quote' | 'claim' | 'unattributed';
let mediaRoot: vscode.Uri | undefined;

/** Called once at activation: icons are files of the extension, wherever it is installed. */
export function setMediaRoot(extensionUri: vscode.Uri): void {
  mediaRoot = vscode.Uri.joinPath(extensionUri, 'media', 'icons');
}

function icon(name: IconName, fallback: string): vscode.TreeItem['iconPath'] {
  if (!mediaRoot) return new vscode.ThemeIcon(fallback);
  return {light: vscode.Uri.joinPath(mediaRoot, 'light', `${name}.svg`), dark: vscode.Uri.joinPath(mediaRoot, 'dark', `${name}.svg`)};
}

interface NodeBase {
  readonly id: string;
  readonly parent: ActorsNode | undefined;
  readonly children: ActorsNode[];
  readonly item: vscode.TreeItem;
}

/** What a node stands for; tests and menus read `kind` and the model object it carries. */
export type NodeData =
  | {readonly kind: 'actorType'; readonly actorType: ActorType}
  | {readonly kind: 'actor'; readonly actor: Actor}
  | {readonly kind: 'role'; readonly role: string}
  | {readonly kind: 'group'; readonly group: 'quotes' | 'claims' | 'mentions'}
  | {readonly kind: 'quote'; readonly quote: Quote}
  | {readonly kind: 'claim'; readonly claim: Claim}
  | {readonly kind: 'mention'; readonly span: Span}
  | {readonly kind: 'unattributed'}
  | {readonly kind: 'articleClaims'};

export type ActorsNode = NodeBase & NodeData;

export class ActorsTreeProvider implements vscode.TreeDataProvider<ActorsNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<ActorsNode | undefined>();
  private readonly view: vscode.TreeView<ActorsNode>;
  private readonly disposables: vscode.Disposable[];
  private roots: ActorsNode[] = [];
  private uri: vscode.Uri | undefined;
  private filterValue = '';

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly service: AnalysisService) {
    this.view = vscode.window.createTreeView(ACTORS_VIEW_ID, {treeDataProvider: this, showCollapseAll: true});
    this.disposables = [
      this.changeEmitter,
      this.view,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      service.onDidChangeState(({uri, document, state}) => {
        const active = vscode.window.activeTextEditor;
        // The active document may have just become an article (its language was added).
        if (state && active?.document.uri.toString() === uri.toString() && uri.toString() !== this.uri?.toString()) {
          this.followEditor(active);
          return;
        }
        if (uri.toString() !== this.uri?.toString()) return;
        // The article closed, or is no longer one (its language left the list): nothing to list.
        if (!state && !(document && service.isTracked(document))) this.show(undefined);
        else this.refresh();
      }),
    ];
    this.followEditor(vscode.window.activeTextEditor);
  }

  /** The article the view lists, if any. */
  get documentUri(): vscode.Uri | undefined {
    return this.uri;
  }

  /** The text actors must contain (name, role or mention) to be listed; empty lists all. */
  get filter(): string {
    return this.filterValue;
  }

  setFilter(filter: string): void {
    this.filterValue = filter.trim();
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.filterValue.length > 0);
    this.refresh();
  }

  getTreeItem(node: ActorsNode): vscode.TreeItem {
    return node.item;
  }

  getChildren(node?: ActorsNode): ActorsNode[] {
    return node ? node.children : this.roots;
  }

  getParent(node: ActorsNode): ActorsNode | undefined {
    return node.parent;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    // No text editor, or the Output panel and the like: keep showing the last article, so that
    // reading a log or clicking into this view does not empty it.
    if (!editor || !isArticleScheme(editor.document.uri)) return;
    this.show(this.service.isTracked(editor.document) ? editor.document.uri : undefined);
  }

  private show(uri: vscode.Uri | undefined): void {
    if (uri?.toString() === this.uri?.toString()) return;
    this.uri = uri;
    void vscode.commands.executeCommand('setContext', HAS_ARTICLE_CONTEXT, uri !== undefined);
    this.refresh();
  }

  private refresh(): void {
    const document = this.uri && findOpenDocument(this.uri);
    const state = this.uri && this.service.getState(this.uri);
    const name = this.uri ? basename(this.uri) : undefined;
    this.view.description = name && this.filterValue ? vscode.l10n.t('{0} · filter “{1}”', name, this.filterValue) : name;
    if (!document || !state) {
      this.roots = [];
      this.view.message = this.uri ? vscode.l10n.t('Analysing…') : undefined;
    } else if (state.status !== 'analysed') {
      this.roots = [];
      this.view.message = state.message;
    } else {
      const index = indexFor(state.annotations);
      this.roots = buildRoots(document, index, this.filterValue);
      this.view.message =
        state.annotations.actors.length === 0
          ? vscode.l10n.t('No people or organisations were found in this article.')
          : this.roots.length === 0
            ? vscode.l10n.t('Nothing matches the filter “{0}”.', this.filterValue)
            : undefined;
    }
    this.changeEmitter.fire(undefined);
  }
}

/**
 * People first, then organisations, each most prominent first; then the quotes nobody is
 * credited with and the claims the article makes itself. A filter keeps the actors whose name,
 * roles or mentions contain it, and the loose quotes and claims whose text does.
 */
function buildRoots(document: vscode.TextDocument, index: AnnotationIndex, filter: string): ActorsNode[] {
  const builder = new NodeBuilder(document);
  const needle = filter.toLowerCase();
  const matches = (text: string): boolean => needle.length === 0 || text.toLowerCase().includes(needle);
  const actors = index.actorsByProminence().filter((actor) => [actor.name, ...actor.roles, ...actor.mentions.map((span) => span.text)].some(matches));
  const roots: ActorsNode[] = [];
  for (const type of ['person', 'organization'] as const) {
    const ofType = actors.filter((actor) => actor.type === type);
    if (ofType.length === 0) continue;
    const label = type === 'person' ? vscode.l10n.t('People') : vscode.l10n.t('Organisations');
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.description = String(ofType.length);
    item.iconPath = icon(type, type === 'person' ? 'person' : 'organization');
    item.contextValue = 'actorType';
    const group = builder.node(undefined, `type:${type}`, {kind: 'actorType', actorType: type}, item);
    for (const actor of ofType) builder.actor(actor, index, group);
    roots.push(group);
  }
  const unattributed = index.unattributedQuotes().filter((quote) => matches(quote.text) || (quote.speaker !== null && matches(quote.speaker.text)));
  if (unattributed.length > 0) {
    const node = builder.node(undefined, 'unattributed', {kind: 'unattributed'}, groupItem(vscode.l10n.t('Unattributed'), unattributed.length, 'question'));
    node.item.iconPath = icon('unattributed', 'question');
    node.item.tooltip = vscode.l10n.t('Quotes the article does not credit to anyone it names.');
    for (const quote of unattributed) builder.quote(node, quote);
    roots.push(node);
  }
  const articleClaims = index.articleClaims().filter((claim) => matches(claim.text));
  if (articleClaims.length > 0) {
    const node = builder.node(undefined, 'article-claims', {kind: 'articleClaims'}, groupItem(vscode.l10n.t('Asserted by the article'), articleClaims.length, 'book'));
    node.item.tooltip = vscode.l10n.t('Check-worthy claims the publication makes in its own voice.');
    for (const claim of articleClaims) builder.claim(node, claim);
    roots.push(node);
  }
  return roots;
}

class NodeBuilder {
  private readonly usedIds = new Set<string>();

  constructor(private readonly document: vscode.TextDocument) {}

  actor(actor: Actor, index: AnnotationIndex, parent: ActorsNode | undefined): ActorsNode {
    const quotes = index.quotesOf(actor.id);
    const claims = index.claimsOf(actor.id);
    const item = new vscode.TreeItem(actor.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.description = actor.roles[0] ?? entityTypeLabel(actor.type);
    item.iconPath = icon(actor.type, actor.type === 'organization' ? 'organization' : 'person');
    item.contextValue = 'actor';
    item.tooltip = actorTooltip(actor, quotes.length, claims.length);
    const first = actor.mentions[0];
    if (first) item.command = this.reveal(first.start, first.end);
    const node = this.node(parent, `actor:${actor.type}:${actor.name}`, {kind: 'actor', actor}, item);

    for (const role of actor.roles) {
      const roleItem = new vscode.TreeItem(role, vscode.TreeItemCollapsibleState.None);
      roleItem.iconPath = new vscode.ThemeIcon('tag');
      roleItem.description = vscode.l10n.t('role');
      roleItem.contextValue = 'role';
      // Roles carry no offsets; the first place the text spells the role out is the best guess.
      const at = this.document.getText().indexOf(role);
      if (at >= 0) roleItem.command = this.reveal(at, at + role.length);
      this.node(node, `role:${role}`, {kind: 'role', role}, roleItem);
    }
    if (quotes.length > 0) {
      const group = this.node(node, 'quotes', {kind: 'group', group: 'quotes'}, groupItem(vscode.l10n.t('Quotes'), quotes.length, 'quote'));
      for (const quote of quotes) this.quote(group, quote);
    }
    if (claims.length > 0) {
      const group = this.node(node, 'claims', {kind: 'group', group: 'claims'}, groupItem(vscode.l10n.t('Claims'), claims.length, 'checklist'));
      for (const claim of claims) this.claim(group, claim);
    }
    if (actor.mentions.length > 0) {
      const group = this.node(node, 'mentions', {kind: 'group', group: 'mentions'}, groupItem(vscode.l10n.t('Mentions'), actor.mentions.length, 'mention'));
      for (const span of actor.mentions) {
        const mentionItem = new vscode.TreeItem(span.text, vscode.TreeItemCollapsibleState.None);
        mentionItem.iconPath = new vscode.ThemeIcon('mention');
        mentionItem.description = this.lineLabel(span.start);
        mentionItem.command = this.reveal(span.start, span.end);
        mentionItem.contextValue = 'mention';
        this.node(group, `${span.start}`, {kind: 'mention', span}, mentionItem);
      }
    }
    return node;
  }

  quote(parent: ActorsNode, quote: Quote): ActorsNode {
    const item = new vscode.TreeItem(`“${excerpt(quote.text)}”`, vscode.TreeItemCollapsibleState.None);
    item.iconPath = icon('quote', 'quote');
    const speaker = parent.kind === 'unattributed' && quote.speaker ? ` · ${quote.speaker.text}` : '';
    item.description = `${quoteKindLabel(quote.kind)}${speaker} · ${this.lineLabel(quote.start)}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${quoteKindLabel(quote.kind)}**`);
    if (quote.cue) tooltip.appendMarkdown(` · ${vscode.l10n.t('cue: *{0}*', escapeMarkdown(quote.cue.text))}`);
    tooltip.appendMarkdown('\n\n').appendText(quote.text);
    item.tooltip = tooltip;
    item.command = this.reveal(quote.start, quote.end);
    item.contextValue = 'quote';
    return this.node(parent, `${quote.start}`, {kind: 'quote', quote}, item);
  }

  claim(parent: ActorsNode, claim: Claim): ActorsNode {
    const item = new vscode.TreeItem(excerpt(claim.text), vscode.TreeItemCollapsibleState.None);
    item.iconPath = icon('claim', 'checklist');
    item.description = `${claimKindLabel(claim.kind)} · ${claim.score.toFixed(2)} · ${this.lineLabel(claim.start)}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${claimKindLabel(claim.kind)}** · ${vscode.l10n.t('score {0}', claim.score.toFixed(2))}\n\n`).appendText(claim.text);
    item.tooltip = tooltip;
    item.command = this.reveal(claim.start, claim.end);
    item.contextValue = 'claim';
    return this.node(parent, `${claim.start}`, {kind: 'claim', claim}, item);
  }

  /** Creates a node with an id unique in the tree, stable across analyses of the same article. */
  node(parent: ActorsNode | undefined, key: string, data: NodeData, item: vscode.TreeItem): ActorsNode {
    const base = `${parent?.id ?? this.document.uri.toString()}/${key}`;
    let id = base;
    for (let n = 2; this.usedIds.has(id); n++) id = `${base}#${n}`;
    this.usedIds.add(id);
    // Ids keep expansion state across re-analysis, which replaces every node.
    item.id = id;
    const node = {...data, id, parent, children: [], item} as ActorsNode;
    parent?.children.push(node);
    return node;
  }

  private reveal(start: number, end: number): vscode.Command {
    return {command: REVEAL_COMMAND, title: vscode.l10n.t('Reveal in Article'), arguments: [this.document.uri, start, end]};
  }

  private lineLabel(offset: number): string {
    return vscode.l10n.t('line {0}', this.document.positionAt(offset).line + 1);
  }
}

function groupItem(label: string, count: number, icon: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = String(count);
  item.iconPath = new vscode.ThemeIcon(icon);
  item.contextValue = 'group';
  return item;
}

function actorTooltip(actor: Actor, quotes: number, claims: number): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(`**${escapeMarkdown(actor.name)}** · ${entityTypeLabel(actor.type)}`);
  if (actor.roles.length > 0) tooltip.appendMarkdown(`\n\n${actor.roles.map(escapeMarkdown).join('; ')}`);
  tooltip.appendMarkdown(
    `\n\n${vscode.l10n.t('{0} mentions · {1} quotes · {2} claims', actor.mentions.length, quotes, claims)}`,
  );
  return tooltip;
}

/** Opens the article and selects the range, reusing the editor that already shows it. */
export async function revealRange(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = findOpenDocument(uri) ?? (await vscode.workspace.openTextDocument(uri));
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const editor = await vscode.window.showTextDocument(document, {viewColumn: visible?.viewColumn, preserveFocus: false});
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
