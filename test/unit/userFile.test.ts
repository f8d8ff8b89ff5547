import * as assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {repoRoot} from '../support/paths.js';
import type {Finding} from '../../src/core/model.js';
import {dismissalFor, visibleFindings} from '../../src/vscode/dismissals.js';
import {isSafeRelativePath, parseUserFile} from '../../src/vscode/userFileFormat.js';

const finding = (start: number, end: number, code: Finding['code'] = 'unattributed-claim'): Finding => ({code, message: 'm', start, end, severity: 'information', url: ''});

describe('team file (.vscode/news-annotator.json)', function () {
  it('reads a valid file', function () {
    const {file, error} = parseUserFile(
      JSON.stringify({version: 1, names: [{text: 'Brimble', type: 'organization'}], ignore: ['Monday'], dismissed: [{file: 'a/b.txt', code: 'unbalanced-quote', text: 'x', occurrence: 1}]}),
    );
    assert.equal(error, undefined);
    assert.deepEqual(file.names, [{text: 'Brimble', type: 'organization'}]);
    assert.deepEqual(file.ignore, ['Monday']);
    assert.deepEqual(file.dismissed, [{file: 'a/b.txt', code: 'unbalanced-quote', text: 'x', occurrence: 1}]);
  });

  it('rejects malformed content as a whole, naming the field, and falls back to the defaults', function () {
    for (const [text, pattern] of [
      ['{', /not valid JSON/],
      ['[]', /top level/],
      ['{"names": [{"text": "X", "type": "rocket"}]}', /names\[0\]\.type/],
      ['{"ignore": [""]}', /ignore\[0\]/],
      ['{"dismissed": [{"file": "../x.txt", "code": "unbalanced-quote"}]}', /dismissed\[0\]\.file/],
      ['{"dismissed": [{"file": "x.txt", "code": "made-up"}]}', /dismissed\[0\]\.code/],
      ['{"command": "rm -rf /"}', /unknown field "command"/],
      ['{"version": 2}', /version/],
    ] as const) {
      const result = parseUserFile(text);
      assert.match(result.error ?? '', pattern, text);
      assert.deepEqual(result.file, {version: 1, names: [], ignore: [], dismissed: []}, text);
    }
  });

  it('accepts only paths that stay inside the workspace folder', function () {
    for (const path of ['a.txt', 'news/today.md']) assert.ok(isSafeRelativePath(path), path);
    for (const path of ['', '/etc/passwd', '../a.txt', 'a/../../b', 'C:\\\\x', 'file:///etc/passwd', 'a//b', './a']) assert.ok(!isSafeRelativePath(path), path);
  });

  it('anchors a dismissal by text and occurrence, so it survives edits elsewhere', function () {
    const text = 'Prices rose 5%. Prices rose 5%. Wages fell 2%.';
    const findings = [finding(0, 15), finding(16, 31), finding(32, 47)];
    const dismissal = dismissalFor(text, findings, findings[1]!, 'a.txt');
    assert.deepEqual(dismissal, {file: 'a.txt', code: 'unattributed-claim', text: 'Prices rose 5%.', occurrence: 1});
    assert.deepEqual(visibleFindings(text, findings, [dismissal], 'a.txt'), [findings[0], findings[2]]);

    const edited = `Breaking. ${text}`;
    const moved = findings.map((item) => finding(item.start + 10, item.end + 10));
    assert.deepEqual(visibleFindings(edited, moved, [dismissal], 'a.txt'), [moved[0], moved[2]]);
    assert.equal(visibleFindings(edited, moved, [dismissal], 'other.txt').length, 3, 'only in its own file');
    assert.deepEqual(visibleFindings(edited, moved, [{file: 'a.txt', code: 'unattributed-claim'}], 'a.txt'), [], 'a whole code');
  });
});

describe('l10n bundle', function () {
  it('holds every vscode.l10n.t string of the adapter', function () {
    execFileSync(process.execPath, ['scripts/l10n.mjs', '--check'], {cwd: repoRoot, stdio: 'pipe'});
  });
});

describe('grammar', function () {
  it('scopes attribution cues as whole words', async function () {
    const {readFileSync} = await import('node:fs');
    const {join} = await import('node:path');
    const grammar = JSON.parse(readFileSync(join(repoRoot, 'syntaxes', 'news.injection.tmLanguage.json'), 'utf8')) as {
      patterns: Array<{include: string}>;
      repository: Record<string, {match?: string; name?: string}>;
    };
    assert.ok(grammar.patterns.some((pattern) => pattern.include === '#attribution-cue'));
    const rule = grammar.repository['attribution-cue']!;
    assert.equal(rule.name, 'keyword.other.attribution-cue.news');
    // This rule uses only syntax that Oniguruma and JavaScript read alike.
    const cue = new RegExp(rule.match!, 'g');
    const found = (text: string): string[] => [...text.matchAll(cue)].map((match) => match[0]);
    assert.deepEqual(found('Undurraga said. According to the FAO, exports fell, the minister told reporters.'), ['said', 'According to', 'told']);
    assert.deepEqual(found('according to the SNP'), ['according to']);
    assert.deepEqual(found('The saidst sayings retold'), []);
  });
});
