// Runs the integration suite in a desktop VS Code downloaded by @vscode/test-electron, for
// machines that can reach Microsoft's update servers (`npm run test:electron`). Where they
// cannot, `npm run test:integration` runs the same suite in code-server's VS Code.
import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {runTests} from '@vscode/test-electron';

async function main(): Promise<void> {
  // Built to out/test/run-electron.js.
  const root = resolve(__dirname, '..', '..');
  const runDir = mkdtempSync(join(tmpdir(), 'news-annotator-electron-'));
  // A copy of examples/, so that the tests may write into the workspace.
  const workspace = join(runDir, 'examples');
  if (existsSync(join(root, 'examples'))) cpSync(join(root, 'examples'), workspace, {recursive: true});
  else mkdirSync(workspace);
  try {
    await runTests({
      // VSCODE_TEST_VERSION pins a version (e.g. 1.100.3, the minimum engines.vscode accepts).
      version: process.env.VSCODE_TEST_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir',
        join(runDir, 'user-data'),
      ],
    });
  } finally {
    rmSync(runDir, {recursive: true, force: true, maxRetries: 3});
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
