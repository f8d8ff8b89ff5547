/**
 * Deactivation frees everything. The index runs this file after all others, because it disposes
 * the extension for the rest of the session.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {NewsAnnotatorApi} from '../../src/vscode/api.js';
import {getApi, openUntitled, SHORT_ARTICLE as ARTICLE} from './helpers.js';

describe('deactivation', function () {
  let api: NewsAnnotatorApi;

  before(async function () {
    api = await getApi();
  });

  it('disposes every listener, timer, state and the worker', async function () {
    const document = await openUntitled(ARTICLE);
    await api.whenAnalysed(document.uri);
    const before = api.stats();
    assert.ok(before.subscriptions > 0 && before.listeners > 0 && before.documents > 0, JSON.stringify(before));
    api.dispose();
    const after = api.stats();
    assert.deepEqual(
      {subscriptions: after.subscriptions, listeners: after.listeners, documents: after.documents, timers: after.timers, inFlight: after.inFlight, workerRunning: after.workerRunning, disposed: after.disposed},
      {subscriptions: 0, listeners: 0, documents: 0, timers: 0, inFlight: 0, workerRunning: false, disposed: true},
    );
    const commands = await vscode.commands.getCommands(true);
    assert.deepEqual(commands.filter((command) => command.startsWith('newsAnnotator.') && !command.endsWith('.focus') && !command.includes('.actors.')), []);
  });
});
