/**
 * The Get Started walkthrough's one command of its own: open the sample article bundled in
 * media/walkthrough as an untitled copy, so trying things out never writes into the extension.
 */
import * as vscode from 'vscode';
import type {AnalysisService} from './analysisService.js';
import {OPEN_SAMPLE_COMMAND} from './commands.js';
import {indexFor} from './lookup.js';

export function registerWalkthrough(context: vscode.ExtensionContext, service: AnalysisService): vscode.Disposable {
  return vscode.commands.registerCommand(OPEN_SAMPLE_COMMAND, (step: unknown) => openSample(context, service, step === 'hover'));
}

async function openSample(context: vscode.ExtensionContext, service: AnalysisService, showHover: boolean): Promise<vscode.Uri> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample-article.txt'));
  const document = await vscode.workspace.openTextDocument({content: new TextDecoder().decode(bytes), language: 'plaintext'});
  const editor = await vscode.window.showTextDocument(document);
  if (showHover) {
    // The hover step: put the cursor in the most quoted actor's first quote and open its hover.
    const annotations = await service.whenAnalysed(document.uri);
    const index = indexFor(annotations);
    const actor = index.actorsByProminence()[0];
    const quote = actor && index.quotesOf(actor.id)[0];
    if (quote) {
      const position = document.positionAt(quote.start + 1);
      editor.selection = new vscode.Selection(position, position);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
      await vscode.commands.executeCommand('editor.action.showHover');
    }
  }
  return document.uri;
}
