/**
 * Nothing leaves the machine: analysing every example and exporting the result must not touch
 * the network modules or fetch, and the shipped bundles must not even load them.
 */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join} from 'node:path';
import {analyze} from '../../src/core/index.js';
import {examplesDir, repoRoot} from '../support/paths.js';

/** CommonJS views of the modules, whose exported functions we can replace for the test. */
const load = createRequire(__filename);
const networkModules = ['net', 'http', 'https', 'dns', 'tls', 'http2', 'dgram'] as const;

type Patchable = Record<string, unknown>;

describe('no network', () => {
  const calls: string[] = [];
  const restore: Array<() => void> = [];

  before(() => {
    // Every function of every network module (and fetch) records the call and throws, so a
    // request anywhere in analysis or export fails the test, even inside a try/catch.
    // Loaded before any is patched: http builds on net's classes as it loads.
    const modules = networkModules.map((name) => [name, load(`node:${name}`) as Patchable] as const);
    for (const [name, module] of modules) {
      for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(module))) {
        // Lazy getters (net.BlockList and such) are classes nobody calls to connect; skip them.
        const value: unknown = descriptor.value;
        if (typeof value !== 'function' || !descriptor.writable) continue;
        const trap = (): never => {
          calls.push(`${name}.${key}`);
          throw new Error(`network access: ${name}.${key}`);
        };
        module[key] = trap;
        restore.push(() => {
          module[key] = value;
        });
      }
    }
    const globals = globalThis as unknown as Patchable;
    for (const key of ['fetch', 'WebSocket', 'EventSource']) {
      const original = globals[key];
      globals[key] = () => {
        calls.push(key);
        throw new Error(`network access: ${key}`);
      };
      restore.push(() => {
        globals[key] = original;
      });
    }
  });

  after(() => {
    for (const undo of restore.splice(0)) undo();
  });

  it('analysis of every example and its JSON export make no network call', () => {
    const names = readdirSync(examplesDir).filter((file) => /\.(txt|md)$/.test(file));
    assert.ok(names.length > 0);
    for (const name of names) {
      const text = readFileSync(join(examplesDir, name), 'utf8');
      // The export writes exactly this serialisation (see src/vscode/exportAnnotations.ts).
      const json = `${JSON.stringify(analyze(text, {uri: `file:///${name}`}), null, 2)}\n`;
      assert.ok(json.length > 0);
    }
    assert.deepEqual(calls, []);
  });

  it('the traps work (a call to http.request is caught)', () => {
    const http = load('node:http') as {request: () => void};
    assert.throws(() => http.request(), /network access/);
    assert.deepEqual(calls.splice(0), ['http.request']);
  });

  for (const bundle of ['dist/extension.js', 'dist/analysis-worker.js', 'dist/cli.js']) {
    it(`${bundle} requires no network module and calls no fetch`, () => {
      const source = readFileSync(join(repoRoot, bundle), 'utf8');
      const required = [...source.matchAll(/require\(["'](?:node:)?([\w/]+)["']\)/g)].map((match) => match[1]!);
      const network = required.filter((module) => (networkModules as readonly string[]).includes(module.split('/')[0]!));
      assert.deepEqual(network, [], `${bundle} requires ${network.join(', ')}`);
      assert.doesNotMatch(source, /\bfetch\(|new WebSocket\(|XMLHttpRequest/, `${bundle} makes web requests`);
    });
  }
});
