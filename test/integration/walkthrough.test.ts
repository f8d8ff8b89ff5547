import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {closeAllEditors, EXTENSION_ID, getApi} from './helpers.js';

interface WalkthroughStep {
  id: string;
  media: {markdown?: string; image?: string};
  description: string;
}

describe('walkthrough and localisation', function () {
  let api: NewsAnnotatorApi;
  let extension: vscode.Extension<NewsAnnotatorApi>;

  before(async function () {
    api = await getApi();
    extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID)!;
  });

  after(closeAllEditors);

  it('contributes a walkthrough whose steps (open, hover, tree, export) have their media', async function () {
    const walkthroughs = (extension.packageJSON as {contributes: {walkthroughs: Array<{id: string; steps: WalkthroughStep[]}>}}).contributes.walkthroughs;
    const steps = walkthroughs[0]!.steps;
    assert.deepEqual(steps.map((step) => step.id), ['openSample', 'hover', 'tree', 'export']);
    for (const step of steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media, `${step.id}: media`);
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, media));
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
  });

  it('opens the sample article, which is analysed with actors and quotes', async function () {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('newsAnnotator.openSample');
    assert.equal(uri.scheme, 'untitled');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    const annotations = await api.whenAnalysed(uri);
    assert.ok(annotations.actors.length > 0 && annotations.quotes.length > 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('declares its l10n bundle, and every manifest string has its English text', async function () {
    const manifest = extension.packageJSON as {l10n?: string};
    assert.equal(manifest.l10n, './l10n');
    const bundle = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'l10n', 'bundle.l10n.json')))) as Record<string, string>;
    assert.ok(Object.keys(bundle).length > 50);
    // VS Code substitutes %keys% from package.nls.json; a missing key would show as "%key%".
    const raw = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'package.json')));
    const nls = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension.extensionUri, 'package.nls.json')))) as Record<string, string>;
    const missing = [...raw.matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]!).filter((key) => !(key in nls));
    assert.deepEqual(missing, []);
  });
});
