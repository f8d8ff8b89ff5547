import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {NewsAnnotatorApi, UserFile} from '../../src/vscode/api.js';
import {closeAllEditors, getApi, newsDiagnostics, waitFor, waitForDiagnostics, withSetting, workspaceFolder} from './helpers.js';

const ARTICLE = [
  'LIMA, March 3 - Zorvath Quill, the port director, said the plan works.',
  'Catches of anchovy fell by 38% between 2019 and 2023, and exports dropped by $640 million.',
  'Officials at Brimble confirmed the figures on Monday, Quill said.',
  '',
].join('\n');

function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

async function codeActions(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

async function apply(action: vscode.CodeAction | undefined): Promise<void> {
  assert.ok(action?.command, 'the quick fix is offered');
  assert.equal(await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? [])), true);
}

describe('quick fixes and the team file', function () {
  let api: NewsAnnotatorApi;
  let folder: vscode.WorkspaceFolder;
  let articleUri: vscode.Uri;
  let teamFile: vscode.Uri;
  let document: vscode.TextDocument;

  const readTeamFile = async (): Promise<UserFile> => JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(teamFile))) as UserFile;
  const offsetRange = (text: string): vscode.Range => {
    const at = document.getText().indexOf(text);
    assert.ok(at >= 0, `"${text}" is in the article`);
    return new vscode.Range(document.positionAt(at), document.positionAt(at + text.length));
  };
  const entityTypes = (text: string): string[] => (api.getAnnotations(articleUri)?.entities ?? []).filter((entity) => entity.text === text).map((entity) => entity.type);

  before(async function () {
    api = await getApi();
    folder = vscode.workspace.getWorkspaceFolder(workspaceFolder())!;
    articleUri = vscode.Uri.joinPath(workspaceFolder(), 'scratch', 'quick-fixes.txt');
    teamFile = vscode.Uri.joinPath(workspaceFolder(), '.vscode', 'news-annotator.json');
    await vscode.workspace.fs.writeFile(articleUri, new TextEncoder().encode(ARTICLE));
    document = await vscode.workspace.openTextDocument(articleUri);
    await vscode.window.showTextDocument(document);
    await api.whenAnalysed(articleUri);
  });

  after(async function () {
    await closeAllEditors();
    await vscode.workspace.fs.delete(teamFile).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), 'scratch'), {recursive: true});
    // Later suites compare with the engine's plain output: wait until the deletion is read.
    await waitFor(() => api.userFile.peek(folder).names.length + api.userFile.peek(folder).ignore.length + api.userFile.peek(folder).dismissed.length === 0, {
      events: [api.userFile.onDidChange],
      message: 'the team file to be forgotten',
    });
  });

  it('dismiss one finding, which stays dismissed after an edit above it', async function () {
    const [finding] = await waitForDiagnostics(articleUri, (list) => list.some((d) => codeOf(d) === 'unattributed-claim'), 'the unattributed claim');
    assert.ok(finding);
    const actions = await codeActions(articleUri, finding.range);
    await apply(actions.find((action) => action.title.startsWith('Dismiss this finding')));
    await waitForDiagnostics(articleUri, (list) => !list.some((d) => codeOf(d) === 'unattributed-claim'), 'the finding to disappear');

    const file = await readTeamFile();
    assert.equal(file.dismissed.length, 1);
    assert.equal(file.dismissed[0]!.file, 'scratch/quick-fixes.txt');
    assert.equal(file.dismissed[0]!.code, 'unattributed-claim');
    assert.ok(file.dismissed[0]!.text?.startsWith('Catches of anchovy'), 'anchored by its text, not its offsets');

    // An edit above moves every offset; the text anchor still finds the finding.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(articleUri, new vscode.Position(0, 0), 'Updated at noon.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const annotations = await api.whenAnalysed(articleUri);
    assert.ok(annotations.findings.some((item) => item.code === 'unattributed-claim'), 'the engine still finds it');
    assert.deepEqual(newsDiagnostics(articleUri).filter((d) => codeOf(d) === 'unattributed-claim'), []);
  });

  it('add a name with a type, which the engine then reports', async function () {
    assert.deepEqual(entityTypes('Brimble'), ['person']);
    const actions = await codeActions(articleUri, offsetRange('Brimble'));
    await apply(actions.find((action) => action.title === 'Mark “Brimble” as organisation'));
    await waitFor(() => entityTypes('Brimble').join() === 'organization', {events: [api.onDidAnalyse], message: 'Brimble to be an organisation'});
    assert.deepEqual((await readTeamFile()).names, [{text: 'Brimble', type: 'organization'}]);
  });

  it('never highlight a name', async function () {
    const editor = vscode.window.activeTextEditor!;
    const range = offsetRange('Zorvath Quill');
    assert.ok(api.highlights.rangesFor(editor).person.some((highlight) => highlight.isEqual(range)));
    const actions = await codeActions(articleUri, range);
    await apply(actions.find((action) => action.title === 'Never highlight “Zorvath Quill”'));
    await waitFor(() => api.getAnnotations(articleUri) && entityTypes('Zorvath Quill').length === 0, {events: [api.onDidAnalyse], message: 'the name to go'});
    await waitFor(() => !api.highlights.rangesFor(editor).person.some((highlight) => highlight.isEqual(range)), {events: [api.onDidAnalyse], message: 'its highlight to go'});
    assert.deepEqual((await readTeamFile()).ignore, ['Zorvath Quill']);
  });

  it('dismiss from the hover when findings are kept out of the Problems panel', async function () {
    await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode('{"version": 1}\n'));
    await waitForDiagnostics(articleUri, (list) => list.some((d) => codeOf(d) === 'unattributed-claim'), 'the finding back after the file is reset');
    const editor = vscode.window.activeTextEditor!;
    await withSetting('newsAnnotator.diagnostics.showInProblems', false, async () => {
      const [range] = await waitFor(() => (api.highlights.findingRangesFor(editor).length > 0 ? api.highlights.findingRangesFor(editor) : undefined), {
        events: [vscode.workspace.onDidChangeConfiguration],
        message: 'the finding drawn in the editor',
      });
      assert.deepEqual(newsDiagnostics(articleUri), [], 'nothing in the Problems panel');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', articleUri, range!.start.translate(0, 1));
      const value = hovers.flatMap((hover) => hover.contents).map((content) => (typeof content === 'string' ? content : content.value)).join('\n');
      const link = /\[Dismiss\]\(command:newsAnnotator\.dismissFinding\?([^)]+)\)/.exec(value);
      assert.ok(link, `a Dismiss link in ${value}`);
      const args = JSON.parse(decodeURIComponent(link[1]!)) as unknown[];
      assert.equal(await vscode.commands.executeCommand('newsAnnotator.dismissFinding', ...args), true);
      await waitFor(() => api.highlights.findingRangesFor(editor).length === 0, {events: [api.userFile.onDidChange], message: 'the underline to go'});
    });
  });

  it('dismiss every finding of a code in the file', async function () {
    await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode('{"version": 1}\n'));
    const [finding] = await waitForDiagnostics(articleUri, (list) => list.some((d) => codeOf(d) === 'unattributed-claim'), 'the finding back after the file is reset');
    const actions = await codeActions(articleUri, finding!.range);
    await apply(actions.find((action) => action.title.startsWith('Dismiss all unattributed-claim')));
    await waitForDiagnostics(articleUri, (list) => list.length === 0, 'no finding left');
    assert.deepEqual((await readTeamFile()).dismissed, [{file: 'scratch/quick-fixes.txt', code: 'unattributed-claim'}]);
  });

  it('ignore a malformed team file, say why, and refuse to overwrite it', async function () {
    await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode('{"names": [{"text": "Brimble", "type": "rocket"}], "dismissed": []}'));
    // The watcher may first read the file half written ("not valid JSON"): wait for the final word.
    await waitFor(() => /names\[0\]\.type/.test(api.userFile.problemOf(folder) ?? ''), {events: [api.userFile.onDidChange], message: 'the wrong type to be named'});
    // Defaults: the dismissal of the previous test no longer applies.
    await waitForDiagnostics(articleUri, (list) => list.some((d) => codeOf(d) === 'unattributed-claim'), 'the finding back with the defaults');
    assert.equal(await vscode.commands.executeCommand('newsAnnotator.ignoreName', articleUri, 'Brimble'), false);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(teamFile)), /rocket/, 'the file is left as the team wrote it');
  });

  it('reject dismissals that point outside the workspace', async function () {
    await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode(JSON.stringify({dismissed: [{file: '../secret.txt', code: 'unattributed-claim'}]})));
    await waitFor(() => /dismissed\[0\]\.file/.test(api.userFile.problemOf(folder) ?? ''), {events: [api.userFile.onDidChange], message: 'the path to be refused'});
  });
});
