/** The bundled CLI as a user runs it: real processes, real files. */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {chmodSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
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
    assert.match(bad.stderr, /--format must be table, json, w3c, csv, brat, html, not "yaml"/);
    assert.equal(run().status, 2);
  });

  it('answers --help and --version', () => {
    assert.match(run('--help').stdout, /^Usage: news-annotator/);
    assert.match(run('--version').stdout.trim(), /^\d+\.\d+\.\d+$/);
  });
});

describe('command-line interface: exports', function () {
  // Each case starts several Node processes that load the whole engine.
  this.timeout(120_000);
  let dir = '';
  const article = join(examplesDir, 'fisheries-accord.txt');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotator-export-'));
  });
  afterEach(() => rmSync(dir, {recursive: true, force: true}));

  const listing = () => readdirSync(dir).sort();

  it('writes one file per input for every format with --out, named after it', () => {
    const expected: Record<string, string[]> = {
      json: ['fisheries-accord.annotations.json', 'transit-budget.annotations.json'],
      w3c: ['fisheries-accord.annotations.jsonld', 'transit-budget.annotations.jsonld'],
      csv: ['fisheries-accord.annotations.csv', 'transit-budget.annotations.csv'],
      html: ['fisheries-accord.annotations.html', 'transit-budget.annotations.html'],
      brat: ['annotation.conf', 'fisheries-accord.ann', 'fisheries-accord.txt', 'transit-budget.ann', 'transit-budget.txt'],
    };
    for (const [format, names] of Object.entries(expected)) {
      rmSync(dir, {recursive: true, force: true});
      const {status, stdout, stderr} = run('--format', format, '--out', dir, article, join(examplesDir, 'transit-budget.md'));
      assert.equal(status, 0, `${format}: ${stderr}`);
      assert.equal(stdout, '');
      assert.deepEqual(listing(), names, format);
    }
    assert.equal(readFileSync(join(dir, 'fisheries-accord.txt'), 'utf8'), readFileSync(article, 'utf8'));
  });

  it('prints text formats on stdout without --out', () => {
    const w3c = JSON.parse(run('-f', 'w3c', article).stdout) as {type: string; first: {items: unknown[]}};
    assert.equal(w3c.type, 'AnnotationCollection');
    assert.ok(w3c.first.items.length > 10);
    const csv = run('-f', 'csv', article).stdout;
    assert.ok(csv.startsWith('layer,type,start,end,text,speaker,actor,cue,kind,score\r\n'));
    assert.match(run('-f', 'html', article).stdout, /^<!DOCTYPE html>/);
    const lines = run('-f', 'w3c', article, join(examplesDir, 'transit-budget.md')).stdout.trim().split('\n');
    assert.equal(lines.length, 2, 'several files: JSON Lines');
  });

  it('refuses what cannot go to stdout, and --force without --out', () => {
    assert.match(run('-f', 'brat', article).stderr, /brat writes several files.*--out DIR/);
    assert.equal(run('-f', 'brat', article).status, 2);
    assert.equal(run('-f', 'csv', article, join(examplesDir, 'transit-budget.md')).status, 2);
    assert.equal(run('-f', 'json', '--force', article).status, 2);
    assert.equal(run('-f', 'table', '--out', dir, article).status, 2);
  });

  it('refuses to replace existing files unless --force, and never leaves temporary files', () => {
    const target = join(dir, 'fisheries-accord.annotations.csv');
    writeFileSync(target, 'keep me');
    const refused = run('-f', 'csv', '-o', dir, article);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /fisheries-accord\.annotations\.csv already exists; nothing was written .*--force/);
    assert.equal(readFileSync(target, 'utf8'), 'keep me');
    const forced = run('-f', 'csv', '-o', dir, '--force', article);
    assert.equal(forced.status, 0, forced.stderr);
    assert.match(readFileSync(target, 'utf8'), /^layer,type/);
    assert.deepEqual(listing(), ['fisheries-accord.annotations.csv']);
  });

  it('exports brat twice into one folder only with --force, sharing annotation.conf', () => {
    assert.equal(run('-f', 'brat', '-o', dir, article).status, 0);
    const again = run('-f', 'brat', '-o', dir, article);
    assert.equal(again.status, 1);
    assert.doesNotMatch(again.stderr, /annotation\.conf/, 'an identical annotation.conf is no conflict');
    assert.equal(run('-f', 'brat', '-o', dir, '--force', article).status, 0);
    assert.deepEqual(listing(), ['annotation.conf', 'fisheries-accord.ann', 'fisheries-accord.txt']);
  });

  it('says clearly when the folder cannot be written, and when two inputs would collide', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const notFolder = run('-f', 'json', '-o', join(file, 'sub'), article);
    assert.equal(notFolder.status, 1);
    assert.match(notFolder.stderr, /cannot write to .*a-file: not a folder/);
    const missing = run('-f', 'json', '-o', join(dir, 'no', 'such'), article);
    assert.match(missing.stderr, /cannot write to .*no: no such folder/);
    const locked = join(dir, 'locked');
    mkdirSync(locked, 0o555);
    const canWrite = spawnSync('sh', ['-c', `touch '${locked}/probe' && rm '${locked}/probe'`]).status === 0; // root writes anywhere
    if (!canWrite) assert.match(run('-f', 'json', '-o', locked, article).stderr, /cannot write to .*locked: permission denied/);
    const copy = join(dir, 'fisheries-accord.md');
    writeFileSync(copy, 'Text.');
    const clash = run('-f', 'json', '-o', join(dir, 'out'), article, copy);
    assert.equal(clash.status, 2);
    assert.match(clash.stderr, /would both be exported as/);
  });

  it('reads .md files as Markdown unless --plain, and other files as Markdown with --markdown', () => {
    const markdown = '# Heading\n\n```\n"an unbalanced mark in code\n```\n\nThe mayor spoke on Monday.\n';
    const md = join(dir, 'note.md');
    const txt = join(dir, 'note.txt');
    writeFileSync(md, markdown);
    writeFileSync(txt, markdown);
    const codes = (...args: string[]) => {
      const {status, stdout} = run('-f', 'json', ...args);
      assert.equal(status, 0);
      return JSON.parse(stdout).findings.map((finding: {code: string}) => finding.code);
    };
    assert.deepEqual(codes(md), []);
    assert.ok(codes('--plain', md).includes('unbalanced-quote'));
    assert.ok(codes(txt).includes('unbalanced-quote'));
    assert.deepEqual(codes('--markdown', txt), []);
    const both = run('--markdown', '--plain', md);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--markdown and --plain exclude each other/);
  });
});
