import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {analyze} from '../../src/core/index.js';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {closeAllEditors, getApi, openUntitled, pickArticle, waitFor, withSetting} from './helpers.js';

const ARTICLE = [
  'LIMA, March 3 - Zorvath Quill, the port director, said the plan works.',
  'Officials at Brimble confirmed the figures on Monday, Quill said.',
  '',
].join('\n');

describe('settings: names and the claims threshold', function () {
  let api: NewsAnnotatorApi;

  before(async function () {
    api = await getApi();
  });

  after(closeAllEditors);

  it('adds the names of newsAnnotator.names and drops those of newsAnnotator.ignoreNames', async function () {
    const document = await openUntitled(ARTICLE);
    const entityTypes = (text: string): string[] | undefined =>
      api.getAnnotations(document.uri)?.entities.filter((entity) => entity.text === text).map((entity) => entity.type);
    await waitFor(() => entityTypes('Zorvath Quill')?.includes('person'), {events: [api.onDidAnalyse], message: 'the first analysis'});
    assert.notDeepEqual(entityTypes('Brimble'), ['place'], 'the engine does not take Brimble for a place by itself');

    await withSetting('newsAnnotator.names', {Brimble: 'place'}, () =>
      withSetting('newsAnnotator.ignoreNames', ['Zorvath Quill'], async () => {
        await waitFor(() => entityTypes('Brimble')?.join() === 'place' && entityTypes('Zorvath Quill')?.length === 0, {
          events: [api.onDidAnalyse],
          message: 'Brimble a place and Zorvath Quill gone',
        });
      }),
    );
    await waitFor(() => entityTypes('Zorvath Quill')?.includes('person') && !entityTypes('Brimble')?.includes('place'), {
      events: [api.onDidAnalyse],
      message: 'the names back as the engine reads them once the settings are removed',
    });
  });

  it('reports only the claims that reach newsAnnotator.claims.minimumScore', async function () {
    // The example article with the widest spread of claim scores.
    const document = await pickArticle((annotations) => new Set(annotations.claims.map((claim) => claim.score.toFixed(1))).size);
    await vscode.window.showTextDocument(document);
    const claimsNow = () => api.getAnnotations(document.uri)?.claims.map((claim) => `${claim.start}:${claim.score}`).join();
    const expected = (threshold: number | undefined) =>
      analyze(document.getText(), {uri: document.uri.toString(), ...(threshold === undefined ? {} : {claimThreshold: threshold})})
        .claims.map((claim) => `${claim.start}:${claim.score}`)
        .join();
    const all = expected(undefined);
    await waitFor(() => claimsNow() === all, {events: [api.onDidAnalyse], message: 'the claims at the default threshold'});

    const scores = analyze(document.getText()).claims.map((claim) => claim.score).sort((a, b) => b - a);
    assert.ok(scores.length >= 2 && scores[0]! > scores.at(-1)!, 'claims of different scores to tell apart');
    // Halfway between the strongest and the weakest keeps some claims and drops others.
    const threshold = (scores[0]! + scores.at(-1)!) / 2;
    const strong = expected(threshold);
    assert.ok(strong.length > 0 && strong !== all);
    await withSetting('newsAnnotator.claims.minimumScore', threshold, async () => {
      await waitFor(() => claimsNow() === strong, {events: [api.onDidAnalyse], message: `only the claims scoring ${threshold} or more`});
      assert.ok(api.getAnnotations(document.uri)!.claims.every((claim) => claim.score >= threshold));
    });
    await waitFor(() => claimsNow() === all, {events: [api.onDidAnalyse], message: 'every claim back'});
  });
});
