// Runs the integration tests (out/test/integration/index.js) in a real VS Code on a machine
// that cannot download one: the VS Code 1.100.3 that the npm package code-server ships, its
// workbench opened in Debian's headless Chromium through playwright-core. See
// shared/docs/REAL-VSCODE.md and scripts/lib/code-server.mjs. Needs `npm run build` first and
// the Debian packages chromium, libkrb5-dev and ripgrep. code-server is installed on first use
// into .vscode-test/code-server/ (git-ignored), never as a dependency of the extension.
import {cpSync, existsSync, mkdirSync} from 'node:fs';
import {join} from 'node:path';
import {format} from 'node:util';
import {
  cleanup,
  CODE_SERVER_VERSION,
  createRunDir,
  ensureCodeServer,
  launchBrowser,
  log,
  remoteUri,
  root,
  serverLog,
  setLogPrefix,
  startServer,
  workbenchUrl,
} from './lib/code-server.mjs';

setLogPrefix('test-code-server');
const TIMEOUT_MS = Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT_MS) || 10 * 60 * 1000;
const testIndex = join(root, 'out', 'test', 'integration', 'index.js');

/** Opens the workbench with the test payload; resolves with the exit code the tests report. */
async function runTests(base, workspace) {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  let testsExited;
  const exitCode = new Promise((resolvePromise, reject) => {
    testsExited = resolvePromise;
    page.on('crash', () => reject(new Error('the workbench page crashed')));
    browser.on('disconnected', () => reject(new Error('the browser disconnected')));
  });
  exitCode.catch(() => {}); // if we never get to return it (goto failed), cleanup's disconnect is no crash
  // Called once the test index's promise settles: 0 passed, 1 failed or failed to load.
  await page.exposeFunction('codeAutomationExit', (code) => testsExited(code));
  // The workbench's log and the extension host's console (with mocha's reporter) arrive here,
  // as console-style arguments: (format, ...values).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args]));
    (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(text + '\n');
  });
  page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));

  const url = workbenchUrl(base, workspace, [
    ['extensionDevelopmentPath', remoteUri(base, root)],
    ['extensionTestsPath', remoteUri(base, testIndex)],
  ]);
  log('opening the workbench in Chromium');
  await page.goto(url);
  return exitCode;
}

let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  await cleanup();
  process.exit(code);
}

process.on('SIGINT', () => {
  log('interrupted');
  finish(130);
});
process.on('SIGTERM', () => {
  log('terminated');
  finish(143);
});

async function main() {
  if (!existsSync(testIndex)) throw new Error(`${testIndex} is missing: run \`npm run build\` first`);
  ensureCodeServer();

  let timer;
  const timeout = new Promise((_, reject) => {
    const message = `timed out after ${TIMEOUT_MS / 1000} s (set NEWS_ANNOTATOR_TEST_TIMEOUT_MS to change)`;
    timer = setTimeout(() => reject(new Error(message)), TIMEOUT_MS);
  });
  try {
    return await Promise.race([runOnce(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function runOnce() {
  const started = Date.now();
  const runDir = createRunDir();
  // A copy of examples/, so that the tests may write into the workspace.
  const workspace = join(runDir, 'examples');
  if (existsSync(join(root, 'examples'))) cpSync(join(root, 'examples'), workspace, {recursive: true});
  else mkdirSync(workspace);

  log(`starting code-server@${CODE_SERVER_VERSION}`);
  const base = await startServer();
  const code = await runTests(base, workspace);
  log(`tests finished with exit code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
  return code;
}

let exitCode;
try {
  exitCode = await main();
} catch (error) {
  console.error(`[test-code-server] ${error instanceof Error ? error.message : error}`);
  exitCode = 1;
}
if (exitCode !== 0 && serverLog.length > 0) {
  console.error(`[test-code-server] code-server's output:\n${serverLog.map((line) => `  ${line}`).join('\n')}`);
}
await finish(typeof exitCode === 'number' ? exitCode : 1);
