/** The bundled CLI as a user runs it: real processes, real files. */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {examplesDir, repoRoot} from '../support/paths.js';

const cli = join(repoRoot, 'dist/cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('command-line interface', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotator-cli-'));
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  it('prints the FORMAT.md object for one file', () => {
    const {status, stdout} = run('--format', 'json', join(examplesDir, 'fisheries-accord.txt'));
    assert.equal(status, 0);
    const annotations = JSON.parse(stdout);
    assert.equal(annotations.schema, 'news-annotations/1');
    assert.match(annotations.document.uri, /^file:\/\/.*fisheries-accord\.txt$/);
    for (const key of ['entities', 'quotes', 'claims', 'actors']) assert.ok(Array.isArray(annotations[key]) && annotations[key].length > 0, key);
  });

  it('prints one JSON object per line for several files', () => {
    const {status, stdout} = run('-f', 'json', join(examplesDir, 'fisheries-accord.txt'), join(examplesDir, 'transit-budget.md'));
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    assert.equal(lines.length, 2);
    assert.deepEqual(lines.map((line) => JSON.parse(line).document.length > 0), [true, true]);
  });

  it('prints a readable table by default', () => {
    const {status, stdout} = run(join(examplesDir, 'fisheries-accord.txt'));
    assert.equal(status, 0);
    assert.match(stdout, /^ACTORS$/m);
    assert.match(stdout, /Elena Quispe-Ramos\s+person\s+\d+\s+\d+\s+\d+\s+Peruvian Foreign Minister/);
    assert.match(stdout, /^QUOTES$/m);
    assert.match(stdout, /^CLAIMS \(by check-worthiness\)$/m);
  });

  it('names each unfit file on stderr, exits 1 and still processes the others', () => {
    const binary = join(dir, 'photo.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
    const locked = join(dir, 'locked.txt');
    writeFileSync(locked, 'Secret draft.');
    chmodSync(locked, 0o000);
    const canRead = spawnSync('cat', [locked]).status === 0; // root reads anything
    const {status, stdout, stderr} = run('-f', 'json', join(dir, 'missing.txt'), binary, dir, locked, join(examplesDir, 'transit-budget.md'));
    assert.equal(status, 1);
    assert.match(stderr, /missing\.txt: no such file/);
    assert.match(stderr, /photo\.txt: looks like a binary file/);
    assert.match(stderr, /is a directory, not an article/);
    if (!canRead) assert.match(stderr, /locked\.txt: permission denied/);
    const objects = stdout.trim().split('\n').map((line) => JSON.parse(line));
    assert.ok(objects.some((object) => object.document.uri.endsWith('transit-budget.md')));
  });

  it('says in one line when the output cannot be written, with a non-zero exit', function () {
    if (!existsSync('/dev/full')) this.skip(); // Linux only: a device that is always full
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [cli, '-f', 'json', join(examplesDir, 'fisheries-accord.txt')], {encoding: 'utf8', stdio: ['ignore', full, 'pipe']});
      assert.equal(result.status, 1);
      assert.match(result.stderr, /^news-annotator: cannot write the output \(standard output\): ENOSPC\n$/);
    } finally {
      closeSync(full);
    }
  });

  it('names a file in a missing folder in one line, and goes on', () => {
    const good = join(examplesDir, 'transit-budget.md');
    const {status, stdout, stderr} = run('-f', 'json', join(dir, 'gone', 'article.txt'), good);
    assert.equal(status, 1);
    assert.equal(stderr.trim().split('\n').length, 1, 'one line per unfit file');
    assert.match(stderr, /gone\/article\.txt: no such file/);
    assert.equal(JSON.parse(stdout).document.uri.endsWith('transit-budget.md'), true);
  });

  it('explains usage errors with exit status 2', () => {
    const bad = run('--format', 'yaml', 'x.txt');
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--format must be json or table/);
    assert.equal(run().status, 2);
  });

  it('answers --help and --version', () => {
    assert.match(run('--help').stdout, /^Usage: news-annotator/);
    assert.match(run('--version').stdout.trim(), /^\d+\.\d+\.\d+$/);
  });
});
