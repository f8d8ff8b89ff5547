/**
 * The claims layer reuses its previous claims, moved past the edit, for sentences the edit left
 * clean (plugins/claims.ts `Reuse`), and findings before the edit keep their messages
 * (findings.ts). Each edit here changes one thing such a reuse reads without touching the reused
 * sentence's line, so the reuse must be refused there; the result must stay `analyze`'s.
 */
import assert from 'node:assert/strict';
import {VFile} from 'vfile';
import {analyze, createAnalyzer} from '../../src/core/index.js';
import {report} from '../../src/core/findings.js';
import {AnalysisMemo} from '../../src/core/memo.js';
import {sameAsAnalyze} from '../support/same-as-analyze.js';

const findingsOf = (text: string) => analyze(text).findings.map((finding) => `${finding.code} ${finding.start}`);
const claimsOf = (text: string) => analyze(text).claims.map((claim) => `${claim.id} ${claim.start} ${claim.kind} ${claim.actor}`);

describe('incremental analysis: the claims layer’s reused claims', () => {
  it('a quotation in the claim’s paragraph loses its speaker in another paragraph (its finding asked again)', () => {
    const text = 'Someone addressed the assembly on Tuesday. He said:\n\n“We have won the war against the gangs.” Homicides fell 70 percent in 2023.';
    const edited = text.replace('He said:', 'He said.');
    assert.notDeepEqual(findingsOf(text), findingsOf(edited));
    sameAsAnalyze([text, edited, text, edited]);
  });

  it('a quotation in the claim’s paragraph given a cue of opinion in another paragraph', () => {
    const text = 'Someone addressed the assembly on Tuesday. He added:\n\n“We have won the war against the gangs.” Homicides fell 70 percent in 2023.';
    const edited = text.replace('He added:', 'He thinks:');
    assert.notDeepEqual(findingsOf(text).map((item) => item.split(' ')[0]), findingsOf(edited).map((item) => item.split(' ')[0]));
    sameAsAnalyze([text, edited, text]);
  });

  it('the quotation over a claim loses its speaker in the next paragraph (the claim’s actor and kind)', () => {
    const text = '“The government signed the treaty with Honduras on Monday. Crime fell by half,\n\n“and nobody talks about it,” Maria Lopez said.';
    const edited = text.replace('Maria Lopez said', 'said nobody');
    assert.notDeepEqual(claimsOf(text).slice(0, 2), claimsOf(edited));
    sameAsAnalyze([text, edited, text]);
  });

  it('the quotation over a claim renumbered by a new actor in an earlier paragraph (its speaker kept)', () => {
    const text = 'Officials met on Monday.\n\n“Crime fell by half in 2023,” Maria Lopez said.';
    const edited = text.replace('Officials', 'Ana Ruiz and officials');
    assert.notEqual(analyze(text).claims[1]!.actor, analyze(edited).claims[1]!.actor);
    sameAsAnalyze([text, edited, text]);
  });

  it('the subject of an attributing verb resolved no more (the claim’s actor and kind)', () => {
    const text = 'Maria Lopez arrived in San Salvador.\n\nShe credits the new police chief with the arrests on Monday.';
    const edited = text.replace('Maria Lopez', 'The minister');
    assert.notEqual(analyze(text).claims.at(-1)!.kind, analyze(edited).claims.at(-1)!.kind);
    sameAsAnalyze([text, edited, text]);
  });

  it('the subject of an attributing verb resolved no more (a figure left unsourced)', () => {
    const text = 'Maria Lopez arrived in San Salvador.\n\nShe credits the police with 80 percent of the arrests in 2023.';
    const edited = text.replace('Maria Lopez', 'The minister');
    assert.notDeepEqual(findingsOf(text), findingsOf(edited));
    sameAsAnalyze([text, edited, text]);
  });

  it('the subject of an attributing verb renumbered by a new actor in an earlier paragraph', () => {
    const text = 'Officials met on Monday.\n\nWashington attributes the 70 percent drop in homicides to the crackdown.';
    const edited = text.replace('Officials', 'Ana Ruiz and officials');
    assert.notEqual(analyze(text).claims[1]!.actor, analyze(edited).claims[1]!.actor);
    sameAsAnalyze([text, edited, text]);
  });

  it('a claim made by an edit of the same length renumbers the claims after it', () => {
    const text = 'I think it was a good day for all of us here.\n\nThe deficit doubled in 2023 to 40 percent.';
    const edited = text.replace('all', '999');
    assert.equal(edited.length, text.length);
    assert.notDeepEqual(claimsOf(text), claimsOf(edited).slice(1));
    sameAsAnalyze([text, edited, text, edited]);
  });

  it('a sentence split and joined by an edit of the same length, claims after it kept', () => {
    const text = 'Officials met on Monday, and talks went on.\n\nThe deficit doubled in 2023 to 40 percent.\n\nExports fell 12 percent in March.';
    const split = text.replace('Monday, and', 'Monday. And');
    assert.equal(split.length, text.length);
    assert.notEqual(analyze(split).claims.length, 0);
    sameAsAnalyze([text, split, text, split, split.replace('12 percent', '15 percent'), text]);
  });

  it('the threshold changed with the text not', () => {
    const text = 'Officials met on Monday.\n\nThe deficit doubled in 2023 to 40 percent.\n\nExports fell 12 percent in March.';
    assert.notEqual(analyze(text, {claimThreshold: 0.95}).claims.length, analyze(text).claims.length);
    const analyzer = createAnalyzer();
    for (const claimThreshold of [0.5, 0.95, 0.5, 0.2, 0.5]) assert.deepEqual(analyzer.analyze(text, {claimThreshold}), analyze(text, {claimThreshold}), String(claimThreshold));
  });
});

describe('incremental analysis: entities', () => {
  it('an entity before the edit whose actor changes (a place no longer acting)', () => {
    const text = 'Washington said the deal was off.';
    const edited = text.replace('said', 'slid');
    assert.notEqual(analyze(text).entities[0]!.actor, analyze(edited).entities[0]!.actor);
    sameAsAnalyze([text, edited, text]);
  });
});

describe('findings: messages kept from the version before', () => {
  const reportIn = (value: string, memo: AnalysisMemo, ...spans: Array<[number, number]>): VFile => {
    const file = new VFile({value});
    file.data.memo = memo;
    for (const [start, end] of spans) report(file, 'unbalanced-quote', 'Unbalanced', start, end);
    return file;
  };

  it('a finding before the edit keeps its message; one reported twice gets two', () => {
    const memo = new AnalysisMemo();
    const first = reportIn('One two.\nThree four.', memo, [0, 3], [0, 3]);
    const second = reportIn('One two.\nThree four!', memo, [0, 3], [0, 3]);
    assert.equal(second.messages[0], first.messages[0]);
    assert.notEqual(second.messages[0], second.messages[1]);
    assert.deepEqual(second.messages.map((message) => message.place), first.messages.map((message) => message.place));
  });

  it('a finding of the same place given another reason', () => {
    const memo = new AnalysisMemo();
    reportIn('One two.\nThree four.', memo, [0, 3]);
    const second = new VFile({value: 'One two.\nThree four!'});
    second.data.memo = memo;
    report(second, 'unbalanced-quote', 'Unbalanced again', 0, 3);
    assert.equal(second.messages[0]!.reason, 'Unbalanced again');
  });

  it('a finding at or after the edit is placed again, though its offsets did not change', () => {
    const memo = new AnalysisMemo();
    reportIn('One two.\nThree four.', memo, [9, 14]);
    // A line break for a space, before the finding: the same offsets on another line.
    const second = reportIn('One\ntwo.\nThree four.', memo, [9, 14]);
    assert.deepEqual(second.messages[0]!.place, {start: {line: 3, column: 1, offset: 9}, end: {line: 3, column: 6, offset: 14}});
  });

  it('a finding ending where a line feed joins a carriage return before it', () => {
    const memo = new AnalysisMemo();
    reportIn('ab\rcd', memo, [0, 3]);
    // "\r" then "\n" is one line break: the end, at the "\n", is now on the first line.
    const second = reportIn('ab\r\ncd', memo, [0, 3]);
    assert.deepEqual(second.messages[0]!.place, {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}});
  });
});
