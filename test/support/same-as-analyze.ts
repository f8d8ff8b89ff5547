/** What the incremental analyser's tests share: every version compared with a fresh `analyze`. */
import assert from 'node:assert/strict';
import {analyze, createAnalyzer, type AnalyzeOptions} from '../../src/core/index.js';

/** Analyses every version in turn with one analyser, each compared with a fresh `analyze`. */
export function sameAsAnalyze(versions: readonly string[], options: AnalyzeOptions = {}): void {
  const analyzer = createAnalyzer();
  versions.forEach((version, index) => {
    assert.deepEqual(analyzer.analyze(version, options), analyze(version, options), `version ${index}: ${JSON.stringify(version.slice(0, 120))}`);
  });
}

/** The versions of typing `inserted` at `at`, one character at a time, then deleting it again. */
export function typing(text: string, at: number, inserted: string): string[] {
  const versions = [text];
  for (let length = 1; length <= inserted.length; length++) versions.push(text.slice(0, at) + inserted.slice(0, length) + text.slice(at));
  for (let length = inserted.length - 1; length >= 0; length--) versions.push(text.slice(0, at) + inserted.slice(0, length) + text.slice(at));
  return versions;
}
