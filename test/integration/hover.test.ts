import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {Actor, Annotations, Span} from '../../src/core/index.js';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {HOVER_COMMANDS} from '../../src/vscode/hovers.js';
import {engineResult, exampleArticles} from './helpers.js';

/** A person with a role who is later named by surname alone: the wire-style pattern. */
function surnameMention(annotations: Annotations): {actor: Actor; mention: Span} | undefined {
  for (const actor of annotations.actors) {
    if (actor.type !== 'person' || actor.roles.length === 0) continue;
    const mention = actor.mentions.find(
      (span) => span.text !== actor.name && actor.name.endsWith(span.text) && annotations.entities.some((entity) => entity.start === span.start && entity.actor === actor.id),
    );
    if (mention) return {actor, mention};
  }
  return undefined;
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([\\`*_[\]<>|~])/g, '$1');
}

describe('hovers', function () {
  let api: NewsAnnotatorApi;

  before(async function () {
    const extension = vscode.extensions.getExtension<NewsAnnotatorApi>('news-annotator.news-annotator');
    assert.ok(extension);
    api = await extension.activate();
  });

  it("name the actor and their role over a person's surname", async function () {
    let found: {document: vscode.TextDocument; actor: Actor; mention: Span} | undefined;
    for (const uri of await exampleArticles()) {
      const document = await vscode.workspace.openTextDocument(uri);
      const match = surnameMention(engineResult(document));
      if (match) {
        found = {document, ...match};
        break;
      }
    }
    assert.ok(found, 'no example names a person with a title, then by surname');
    const {document, actor, mention} = found;
    await api.whenAnalysed(document.uri);

    const position = document.positionAt(mention.start + Math.floor((mention.end - mention.start) / 2));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.ok(text.includes(actor.name), `the hover over "${mention.text}" names ${actor.name}:\n${text}`);
    assert.ok(text.includes(actor.roles[0]!), `the hover over "${mention.text}" gives the role ${actor.roles[0]}:\n${text}`);
    const ours = hovers.find((hover) => hoverText([hover]).includes(actor.name));
    assert.ok(ours?.range, 'the hover has a range');
    // Overlapping layers may widen the hover to a quote or claim, never narrower than the name.
    assert.ok(ours.range.contains(new vscode.Range(document.positionAt(mention.start), document.positionAt(mention.end))));
  });

  it('give a quote its speaker, cue and kind', async function () {
    let target: {document: vscode.TextDocument; annotations: Annotations} | undefined;
    for (const uri of await exampleArticles()) {
      const document = await vscode.workspace.openTextDocument(uri);
      const annotations = engineResult(document);
      if (annotations.quotes.some((quote) => quote.actor !== null && quote.cue !== null)) {
        target = {document, annotations};
        break;
      }
    }
    assert.ok(target, 'no example has a quote with a speaker and a cue');
    const {document, annotations} = target;
    await api.whenAnalysed(document.uri);
    const quote = annotations.quotes.find((candidate) => candidate.actor !== null && candidate.cue !== null)!;
    const actor = annotations.actors.find((candidate) => candidate.id === quote.actor)!;
    // A point inside the quote that no entity or claim covers, if there is one, keeps the hover simple.
    const inside = Array.from({length: quote.end - quote.start}, (_, index) => quote.start + index).find(
      (offset) => !annotations.entities.some((entity) => entity.start <= offset && offset < entity.end),
    );
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(inside ?? quote.start));
    const text = hoverText(hovers);
    assert.ok(text.includes(actor.name), `speaker ${actor.name} in:\n${text}`);
    assert.ok(text.includes(quote.cue!.text), `cue "${quote.cue!.text}" in:\n${text}`);
  });

  it('stay out of documents in other languages', async function () {
    const json = await vscode.workspace.openTextDocument({content: '{"said": "Marco Rubio"}', language: 'json'});
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', json.uri, new vscode.Position(0, 14));
    assert.ok(!hoverText(hovers).includes('Actor'), 'no News Annotator hover in JSON');
  });

  it('offer command links (reveal speaker, list quotes) trusted for our commands only', async function () {
    let found: {document: vscode.TextDocument; quote: Annotations['quotes'][number]} | undefined;
    for (const uri of await exampleArticles()) {
      const document = await vscode.workspace.openTextDocument(uri);
      const quote = engineResult(document).quotes.find((item) => item.kind === 'direct' && item.speaker && item.actor);
      if (quote) {
        found = {document, quote};
        break;
      }
    }
    assert.ok(found, 'an example has a direct quote with a speaker');
    const {document, quote} = found;
    await vscode.window.showTextDocument(document);
    await api.whenAnalysed(document.uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(quote.start + 1));
    const markdown = hovers.flatMap((hover) => hover.contents).find((content): content is vscode.MarkdownString => typeof content !== 'string' && content.value.includes('command:newsAnnotator.revealRange'));
    assert.ok(markdown, 'a reveal-speaker link');
    // Trust covers our own commands only, never `true` (which would let any command link run).
    assert.notEqual(markdown.isTrusted, true);
    assert.ok(HOVER_COMMANDS.every((command) => command.startsWith('newsAnnotator.')));
    assert.match(markdown.value, /command:newsAnnotator\.listActorQuotes\?/);
    const link = /\(command:newsAnnotator\.revealRange\?([^)]+)\)/.exec(markdown.value.slice(markdown.value.indexOf('Reveal speaker') - 1))!;
    const args = JSON.parse(decodeURIComponent(link[1]!)) as [string, number, number];
    assert.deepEqual(args.slice(1), [quote.speaker!.start, quote.speaker!.end]);
    await vscode.commands.executeCommand('newsAnnotator.revealRange', ...args);
    const selection = vscode.window.activeTextEditor!.selection;
    assert.equal(document.offsetAt(selection.start), quote.speaker!.start, 'the link selects the speaker');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
