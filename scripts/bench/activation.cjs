// Activation time of the built extension (dist/extension.js) in plain Node: the time from
// require() to activate() returning, with a stand-in for the `vscode` module whose every member
// is a do-nothing function or object. It measures the extension's own start-up work (loading
// its bundle, creating its views and registrations), not VS Code's. The worker thread starts with
// the first analysis, not at activation, so it is not included.
'use strict';
const Module = require('node:module');
const {resolve} = require('node:path');
const {performance} = require('node:perf_hooks');

/** A value that is at once a function, a constructor and an object of such values. */
function stub(name) {
  const target = function () {};
  // What the extension assigns (an item's text, a view's message) is kept and read back.
  const assigned = new Map();
  return new Proxy(target, {
    set(_, key, value) {
      assigned.set(key, value);
      return true;
    },
    get(_, key) {
      if (assigned.has(key)) return assigned.get(key);
      if (key === Symbol.iterator) return function* () {};
      if (key === Symbol.toPrimitive) return () => name;
      if (key === 'then') return undefined;
      if (key === 'length') return 0;
      if (key === 'prototype') return target.prototype;
      return stub(`${name}.${String(key)}`);
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`),
  });
}

const vscode = stub('vscode');
const api = {
  // The few members activate reads as plain data.
  window: new Proxy({visibleTextEditors: [], activeTextEditor: undefined, tabGroups: stub('tabGroups')}, {get: (t, k) => (k in t ? t[k] : vscode.window[k])}),
  workspace: new Proxy({textDocuments: [], workspaceFolders: undefined}, {get: (t, k) => (k in t ? t[k] : vscode.workspace[k])}),
  l10n: {t: (message) => message, bundle: undefined},
  env: {appName: 'node', language: 'en'},
  version: '1.100.0',
};
// The bundle copies the module's own properties (esbuild's interop), so every member of the API
// must be an own property: their names are read from the API's type declarations.
const types = require('node:fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
for (const [, member] of types.matchAll(/export (?:class|enum|namespace|function|const|let|var) ([A-Za-z_$][\w$]*)/g)) if (!(member in api)) api[member] = vscode[member];
const proxy = api;
const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? proxy : originalLoad.call(this, request, ...rest);
};

const extensionPath = resolve(__dirname, '../..');
const context = new Proxy(
  {subscriptions: [], extensionUri: stub('extensionUri'), extensionPath, asAbsolutePath: (path) => resolve(extensionPath, path)},
  {get: (t, k) => (k in t ? t[k] : stub(`context.${String(k)}`))},
);
/** This thread's time on CPU in ms (Linux), NaN elsewhere: the shared bench machine's wall clock is mostly its neighbours. */
function cpuMs() {
  try {
    return Number(require('node:fs').readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}
const startCpu = cpuMs();
const start = performance.now();
const extension = require(resolve(extensionPath, 'dist/extension.js'));
const loaded = performance.now();
Promise.resolve(extension.activate(context)).then(() => {
  const done = performance.now();
  process.stdout.write(JSON.stringify({requireMs: loaded - start, activateMs: done - loaded, totalMs: done - start, cpuMs: cpuMs() - startCpu}) + '\n');
  process.exit(0);
});
