import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {Annotations} from '../../src/core/index.js';
import type {ActorsNode, NewsAnnotatorApi} from '../../src/vscode/api.js';
import {closeAllEditors, engineResult, getApi, pickArticle, rangeOf, waitFor} from './helpers.js';

function label(node: ActorsNode): string {
  const text = node.item.label;
  return typeof text === 'string' ? text : (text?.label ?? '');
}

describe('Actors view', function () {
  /** The actor nodes under the People and Organisations groups, in the order shown. */
  function actorNodes(roots: ActorsNode[]): ActorsNode[] {
    return roots.flatMap((root) => (root.kind === 'actorType' ? api.actorsTree.getChildren(root) : []));
  }

  let api: NewsAnnotatorApi;
  let document: vscode.TextDocument;
  let expected: Annotations;

  before(async function () {
    api = await getApi();
    // The article that quotes the most people.
    document = await pickArticle((annotations) => new Set(annotations.quotes.map((quote) => quote.actor).filter(Boolean)).size);
    expected = engineResult(document);
    await vscode.window.showTextDocument(document);
  });

  after(closeAllEditors);

  /** The roots once the view lists this article's analysis. */
  function rootsFor(target: vscode.TextDocument): Promise<ActorsNode[]> {
    return waitFor(
      () => {
        if (api.actorsTree.documentUri?.toString() !== target.uri.toString() || !api.getAnnotations(target.uri)) return undefined;
        const roots = api.actorsTree.getChildren();
        return roots.length > 0 ? roots : undefined;
      },
      {events: [api.actorsTree.onDidChangeTreeData], message: `the Actors view to list ${target.uri.path}`},
    );
  }

  it('lists the quoted people with their roles and quotes', async function () {
    const roots = await rootsFor(document);
    const quoted = expected.actors.filter((actor) => expected.quotes.some((quote) => quote.actor === actor.id));
    assert.ok(quoted.length > 0, 'the article quotes nobody the engine could name');

    for (const actor of quoted) {
      const node = actorNodes(roots).find((root) => root.kind === 'actor' && root.actor.name === actor.name);
      assert.ok(node, `${actor.name} is listed`);
      const children = api.actorsTree.getChildren(node);
      for (const role of actor.roles) {
        assert.ok(children.some((child) => child.kind === 'role' && child.role === role), `${actor.name}: role ${role}`);
      }
      const group = children.find((child) => child.kind === 'group' && child.group === 'quotes');
      assert.ok(group, `${actor.name}: a Quotes group`);
      const quotes = api.actorsTree.getChildren(group).flatMap((child) => (child.kind === 'quote' ? [child.quote.text] : []));
      const wanted = expected.quotes.filter((quote) => quote.actor === actor.id).map((quote) => quote.text);
      assert.deepEqual(quotes, wanted, `${actor.name}: quotes`);
      const mentions = children.find((child) => child.kind === 'group' && child.group === 'mentions');
      assert.equal(mentions && api.actorsTree.getChildren(mentions).length, actor.mentions.length, `${actor.name}: mentions`);
      assert.equal(api.actorsTree.getParent(group), node);
    }

    // Most prominent first: the first actor of the group holding the most quoted actor has quotes.
    const top = actorNodes(roots).find((node) => node.kind === 'actor' && quoted.some((actor) => actor.name === node.actor.name))!;
    const first = api.actorsTree.getChildren(top.parent)[0]!;
    assert.ok(first.kind === 'actor' && quoted.some((actor) => actor.name === first.actor.name), `first actor ${label(first)} is quoted`);
  });

  it('puts quotes without a speaker under "Unattributed"', async function () {
    const roots = await rootsFor(document);
    const unattributed = expected.quotes.filter((quote) => quote.actor === null);
    const node = roots.find((root) => root.kind === 'unattributed');
    if (unattributed.length === 0) {
      assert.equal(node, undefined);
      return;
    }
    assert.ok(node, 'an Unattributed node');
    assert.deepEqual(
      api.actorsTree.getChildren(node).flatMap((child) => (child.kind === 'quote' ? [child.quote.text] : [])),
      unattributed.map((quote) => quote.text),
    );
  });

  it('reveals and selects an item’s range when it is clicked', async function () {
    const roots = await rootsFor(document);
    const actorNode = actorNodes(roots).find((root) => root.kind === 'actor' && api.actorsTree.getChildren(root).some((child) => child.kind === 'group' && child.group === 'quotes'));
    assert.ok(actorNode);
    const group = api.actorsTree.getChildren(actorNode).find((child) => child.kind === 'group' && child.group === 'quotes')!;
    const leaf = api.actorsTree.getChildren(group).at(-1)!;
    assert.ok(leaf.kind === 'quote' && leaf.item.command);

    // Move the cursor away first, so the selection proves the click did it.
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const command = leaf.item.command;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.equal(active?.document.uri.toString(), document.uri.toString());
    assert.ok(active.selection.isEqual(rangeOf(document, leaf.quote.start, leaf.quote.end)), `selection ${JSON.stringify(active.selection)}`);
  });

  it('follows the active editor', async function () {
    const other = await vscode.workspace.openTextDocument({content: 'PARIS, May 2 (Newswire) - Finance Minister Anne Dupont said the deficit fell to 4.1%. "We kept our word," Dupont said.', language: 'plaintext'});
    await vscode.window.showTextDocument(other);
    await api.whenAnalysed(other.uri);
    await waitFor(() => api.actorsTree.documentUri?.toString() === other.uri.toString(), {
      events: [api.actorsTree.onDidChangeTreeData],
      message: 'the view to follow the new editor',
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await vscode.window.showTextDocument(document);
    await rootsFor(document);
  });

  it('groups actors by type with counts, most prominent first, with the icons from media/', async function () {
    const roots = await rootsFor(document);
    const weight = (actor: Annotations['actors'][number]): number =>
      3 * expected.quotes.filter((quote) => quote.actor === actor.id).length + expected.claims.filter((claim) => claim.actor === actor.id).length + actor.mentions.length;
    for (const type of ['person', 'organization'] as const) {
      const wanted = expected.actors.filter((actor) => actor.type === type);
      const group = roots.find((root) => root.kind === 'actorType' && root.actorType === type);
      if (wanted.length === 0) {
        assert.equal(group, undefined);
        continue;
      }
      assert.ok(group, `a ${type} group`);
      assert.equal(group.item.description, String(wanted.length), `${type}: count`);
      const children = api.actorsTree.getChildren(group);
      assert.deepEqual(children.map((child) => (child.kind === 'actor' ? child.actor.name : '?')).sort(), wanted.map((actor) => actor.name).sort());
      const weights = children.map((child) => (child.kind === 'actor' ? weight(child.actor) : -1));
      assert.deepEqual(weights, [...weights].sort((a, b) => b - a), `${type}: by prominence`);
      const iconPath = children[0]!.item.iconPath as {light: vscode.Uri; dark: vscode.Uri};
      assert.ok(iconPath.light.path.endsWith(`/media/icons/light/${type}.svg`), `${type}: icon ${iconPath.light.path}`);
      await vscode.workspace.fs.stat(iconPath.dark); // the file exists
    }
  });

  it('copies a quote with its attribution from the context menu', async function () {
    const roots = await rootsFor(document);
    const actorNode = actorNodes(roots).find((node) => node.kind === 'actor' && expected.quotes.some((quote) => quote.actor === node.actor.id && quote.kind === 'direct'));
    assert.ok(actorNode?.kind === 'actor');
    const group = api.actorsTree.getChildren(actorNode).find((child) => child.kind === 'group' && child.group === 'quotes')!;
    const leaf = api.actorsTree.getChildren(group).find((child) => child.kind === 'quote' && child.quote.kind === 'direct');
    assert.ok(leaf?.kind === 'quote');
    const copied = await vscode.commands.executeCommand<string>('newsAnnotator.copyQuote', leaf);
    assert.equal(copied, `“${leaf.quote.text.replace(/\s+/g, ' ').trim()}” — ${[actorNode.actor.name, ...actorNode.actor.roles.slice(0, 1)].join(', ')}`);
    assert.equal(await vscode.env.clipboard.readText(), copied);
  });

  it('exports one actor’s quotes as Markdown', async function () {
    const roots = await rootsFor(document);
    const actorNode = actorNodes(roots).find((node) => node.kind === 'actor' && expected.quotes.some((quote) => quote.actor === node.actor.id));
    assert.ok(actorNode?.kind === 'actor');
    const target = vscode.Uri.joinPath(document.uri, '..', 'actor-quotes.test.md');
    try {
      const written = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.exportActorQuotes', actorNode, target);
      assert.equal(written?.toString(), target.toString());
      const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      assert.ok(markdown.startsWith(`# Quotes of ${actorNode.actor.name}`), markdown);
      const quotes = expected.quotes.filter((quote) => quote.actor === actorNode.actor.id);
      assert.equal(markdown.split('\n').filter((line) => line.startsWith('- ')).length, quotes.length);
    } finally {
      await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    }
  });

  it('lists an actor’s quotes in a quick pick', async function () {
    const quotedActor = expected.actors.find((actor) => expected.quotes.some((quote) => quote.actor === actor.id))!;
    const labels = await vscode.commands.executeCommand<string[]>('newsAnnotator.listActorQuotes', document.uri.toString(), quotedActor.id);
    assert.equal(labels.length, expected.quotes.filter((quote) => quote.actor === quotedActor.id).length);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  it('filters the actors by a string, and clears the filter', async function () {
    const all = actorNodes(await rootsFor(document)).length;
    const target = expected.actors.find((actor) => actor.type === 'person')!;
    const surname = target.name.split(' ').at(-1)!;
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.filterActors', surname.toLowerCase()), surname.toLowerCase());
    const filtered = actorNodes(api.actorsTree.getChildren());
    assert.ok(filtered.some((node) => node.kind === 'actor' && node.actor.name === target.name), `${target.name} stays`);
    assert.ok(filtered.length < all, 'others are hidden');
    await vscode.commands.executeCommand('newsAnnotator.clearActorsFilter');
    assert.equal(actorNodes(api.actorsTree.getChildren()).length, all);
  });
});
