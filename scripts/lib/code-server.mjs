// Shared by the scripts that drive a real VS Code on a machine that cannot download one: the
// VS Code 1.100.3 that the npm package code-server ships, its workbench opened in Debian's
// headless Chromium through playwright-core (see shared/docs/REAL-VSCODE.md). Used by
// test-code-server.mjs (integration tests) and screenshots.mjs (README images).
import {execFileSync, spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {createInterface} from 'node:readline';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';

export const CODE_SERVER_VERSION = '4.100.3'; // VS Code 1.100.3, the last release that runs on Node 20
const RIPGREP_CACHE = 'vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TIMEOUT_MS = Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT_MS) || 10 * 60 * 1000;

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = join(root, '.vscode-test', 'code-server');
const serverDir = join(cacheDir, 'node_modules', 'code-server');
const installedMarker = join(cacheDir, 'installed-version');

let prefix = 'code-server';
/** Names the calling script in log lines. */
export function setLogPrefix(name) {
  prefix = name;
}
export const log = (message) => console.log(`[${prefix}] ${message}`);

/** The processes we started (server, browser), each leading its own process group. */
const children = new Set();
let runDir;
/** code-server's own output, printed only when the run fails. */
export const serverLog = [];

/** A throw-away folder for one run's server state, removed by cleanup(). */
export function createRunDir() {
  runDir = mkdtempSync(join(tmpdir(), 'news-annotator-vscode-'));
  return runDir;
}

/** Installs code-server into the cache folder unless the right version is already there. */
export function ensureCodeServer() {
  if (readIfExists(installedMarker)?.trim() === CODE_SERVER_VERSION && existsSync(join(serverDir, 'out/node/entry.js'))) {
    return;
  }
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${cacheDir} (first run only, a few minutes)`);
  rmSync(cacheDir, {recursive: true, force: true});
  mkdirSync(cacheDir, {recursive: true});
  writeFileSync(
    join(cacheDir, 'package.json'),
    JSON.stringify(
      {
        name: 'news-annotator-code-server',
        private: true,
        dependencies: {'code-server': CODE_SERVER_VERSION},
        // code-server's postinstall builds VS Code's native modules; argon2 builds its own.
        allowScripts: {[`code-server@${CODE_SERVER_VERSION}`]: true, 'argon2@0.31.2': true},
      },
      null,
      2,
    ) + '\n',
  );

  // @vscode/ripgrep downloads rg from GitHub unless its cache under $TMPDIR already holds it:
  // pack Debian's rg there so that the install stays offline.
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((path) => existsSync(path));
  if (!rg) throw new Error('ripgrep is missing: apt-get install ripgrep');
  const npmTmp = join(root, '.vscode-test', 'tmp');
  mkdirSync(dirname(join(npmTmp, RIPGREP_CACHE)), {recursive: true});
  execFileSync('tar', ['-czf', join(npmTmp, RIPGREP_CACHE), '-C', dirname(rg), 'rg']);

  execFileSync('npm', ['install', '--prefix', cacheDir, '--no-audit', '--no-fund', '--omit=dev'], {
    cwd: cacheDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: npmTmp,
      npm_config_unsafe_perm: 'true', // code-server's postinstall refuses to run as root otherwise
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
    },
  });
  if (!existsSync(join(serverDir, 'out/node/entry.js'))) throw new Error(`code-server install incomplete: ${serverDir}`);
  writeFileSync(installedMarker, CODE_SERVER_VERSION + '\n');
  log(`installed code-server@${CODE_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s`);
}

function readIfExists(path) {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * Starts code-server with a throw-away state; resolves with its base URL once it listens.
 * `userSettings` become the profile's settings.json (the screenshots pick a theme there).
 */
export function startServer(userSettings = {}) {
  if (!runDir) throw new Error('createRunDir() first');
  const home = join(runDir, 'home');
  for (const dir of ['.config', '.local/share', '.cache', '.local/state']) mkdirSync(join(home, dir), {recursive: true});
  writeFileSync(join(runDir, 'config.yaml'), 'auth: none\n');
  mkdirSync(join(runDir, 'user-data', 'User'), {recursive: true});
  writeFileSync(join(runDir, 'user-data', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  const args = [
    join(serverDir, 'out/node/entry.js'),
    ...['--config', join(runDir, 'config.yaml')],
    ...['--auth', 'none'],
    ...['--bind-addr', '127.0.0.1:0'], // the port is read back from the "listening" line
    ...['--user-data-dir', join(runDir, 'user-data')],
    ...['--extensions-dir', join(runDir, 'extensions')],
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    '--ignore-last-opened',
  ];
  const server = spawn(process.execPath, args, {
    cwd: runDir,
    detached: true, // own process group, so that killing it also ends the extension host
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_DATA_HOME: join(home, '.local/share'),
      XDG_CACHE_HOME: join(home, '.cache'),
      XDG_STATE_HOME: join(home, '.local/state'),
      EXTENSIONS_GALLERY: '{}',
    },
  });
  if (server.pid) children.add(server);

  return new Promise((resolvePromise, reject) => {
    const onLine = (line) => {
      serverLog.push(line);
      const match = /HTTP server listening on (https?:\/\/[^\s/]+)/.exec(line);
      if (match) {
        log(`code-server listening on ${match[1]}`);
        resolvePromise(new URL(match[1]));
      }
    };
    createInterface({input: server.stdout}).on('line', onLine);
    createInterface({input: server.stderr}).on('line', onLine);
    server.on('error', reject);
    server.on('exit', (code, signal) => reject(new Error(`code-server exited early (${signal ?? code})`)));
  });
}

/** Stops what we started and removes the run's temp folder. */
export async function cleanup() {
  await Promise.all([...children].map(stop));
  children.clear();
  if (runDir) rmSync(runDir, {recursive: true, force: true, maxRetries: 3});
}

/** SIGTERM to the child's process group; SIGKILL to what is left, at once or after 5 s. */
async function stop(child) {
  const exited = new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) resolvePromise(true);
    else child.once('exit', () => resolvePromise(true));
  });
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone already
    }
  };
  signalGroup('SIGTERM');
  let timer;
  const deadline = new Promise((resolvePromise) => (timer = setTimeout(resolvePromise, 5000, false)));
  const gone = await Promise.race([exited, deadline]);
  clearTimeout(timer);
  // Kill the group even if its leader exited: it may have left children behind.
  signalGroup('SIGKILL');
  if (!gone) await exited;
}

/** Starts headless Chromium (a process we own and stop in cleanup) and connects to it. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM_PATH)`);
  const browserServer = await chromium.launchServer({
    executablePath: CHROMIUM,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  children.add(browserServer.process());
  return chromium.connect(browserServer.wsEndpoint());
}

/** The workbench URL that opens `workspace` with the payload entries ([key, value] pairs). */
export function workbenchUrl(base, workspace, payload) {
  const full = [...payload, ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']];
  return `${base.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(full))}`;
}

/** A path on the server's machine as the workbench addresses it. */
export function remoteUri(base, path) {
  return `vscode-remote://${base.host}${pathToFileURL(path).pathname}`;
}
