import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('activation', () => {
  it('finds and activates the extension', async () => {
    const extension = vscode.extensions.getExtension('news-annotator.news-annotator');
    assert.ok(extension, 'extension news-annotator.news-annotator is not installed');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
