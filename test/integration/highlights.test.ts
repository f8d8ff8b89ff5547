import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type {Annotations} from '../../src/core/index.js';
import type {HighlightKind, NewsAnnotatorApi} from '../../src/vscode/api.js';
import {closeAllEditors, engineResult, getApi, newsDiagnostics, pickArticle, rangeOf, waitFor} from './helpers.js';

const TOGGLE = 'newsAnnotator.toggleHighlights';

function expectedRanges(document: vscode.TextDocument, annotations: Annotations): Record<HighlightKind, vscode.Range[]> {
  const ofType = (type: string): vscode.Range[] =>
    annotations.entities.filter((entity) => entity.type === type).map((entity) => rangeOf(document, entity.start, entity.end));
  return {
    person: ofType('person'),
    organization: ofType('organization'),
    place: ofType('place'),
    quote: annotations.quotes.map((quote) => rangeOf(document, quote.start, quote.end)),
    claim: annotations.claims.map((claim) => rangeOf(document, claim.start, claim.end)),
  };
}

function sameRanges(actual: readonly vscode.Range[], expected: readonly vscode.Range[]): boolean {
  return actual.length === expected.length && actual.every((range, index) => range.isEqual(expected[index]!));
}

describe('highlights', function () {
  let api: NewsAnnotatorApi;
  let document: vscode.TextDocument;
  let editor: vscode.TextEditor;

  before(async function () {
    api = await getApi();
    document = await pickArticle((annotations) => annotations.entities.length + annotations.quotes.length + annotations.claims.length);
    editor = await vscode.window.showTextDocument(document);
    await api.whenAnalysed(document.uri);
  });

  after(async function () {
    await vscode.workspace.getConfiguration('newsAnnotator').update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('newsAnnotator').update('highlights.layers', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('newsAnnotator').update('diagnostics.showInProblems', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('decorate every entity, quote and claim by kind', async function () {
    assert.equal(api.highlights.enabled, true);
    const expected = expectedRanges(document, engineResult(document));
    assert.ok(expected.person.length > 0, 'the article names people');
    const kinds = Object.keys(expected) as HighlightKind[];
    await waitFor(() => kinds.every((kind) => sameRanges(api.highlights.rangesFor(editor)[kind], expected[kind])), {
      message: 'the decorations to match the analysis',
    });
  });

  it('toggle off and on with the command, which persists the setting', async function () {
    const visible = (): number => Object.values(api.highlights.rangesFor(editor)).reduce((sum, ranges) => sum + ranges.length, 0);
    const before = visible();
    assert.ok(before > 0);

    assert.equal(await vscode.commands.executeCommand(TOGGLE), false);
    assert.equal(api.highlights.enabled, false);
    assert.equal(visible(), 0, 'no decoration left');
    await waitFor(() => vscode.workspace.getConfiguration('newsAnnotator').get('highlights.enabled') === false, {
      events: [vscode.workspace.onDidChangeConfiguration],
      message: 'the setting to turn off',
    });

    assert.equal(await vscode.commands.executeCommand(TOGGLE), true);
    assert.equal(api.highlights.enabled, true);
    assert.equal(visible(), before, 'the same decorations are back');
  });

  it('follow the setting when it is changed directly', async function () {
    const config = vscode.workspace.getConfiguration('newsAnnotator');
    await config.update('highlights.enabled', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => !api.highlights.enabled && api.highlights.rangesFor(editor).person.length === 0, {
      events: [vscode.workspace.onDidChangeConfiguration],
      message: 'highlights to turn off',
    });
    await config.update('highlights.enabled', true, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.highlights.enabled && api.highlights.rangesFor(editor).person.length > 0, {
      events: [vscode.workspace.onDidChangeConfiguration],
      message: 'highlights to turn back on',
    });
  });

  it('toggle each kind on its own with its command and setting', async function () {
    for (const kind of ['person', 'organization', 'place', 'quote', 'claim'] as const) {
      const ranges = (): readonly vscode.Range[] => api.highlights.rangesFor(editor)[kind];
      const before = ranges().length;
      if (before === 0) continue; // the article has none of this kind
      const others = (): number => (['person', 'organization', 'place', 'quote', 'claim'] as const).filter((other) => other !== kind).reduce((sum, other) => sum + api.highlights.rangesFor(editor)[other].length, 0);
      const othersBefore = others();
      assert.equal(await vscode.commands.executeCommand(`newsAnnotator.toggleHighlights.${kind}`), false);
      assert.equal(ranges().length, 0, `${kind}: decorations removed`);
      assert.equal(others(), othersBefore, `${kind}: the other kinds stay`);
      await waitFor(() => vscode.workspace.getConfiguration('newsAnnotator').get<Record<string, boolean>>('highlights.layers')?.[kind] === false, {
        events: [vscode.workspace.onDidChangeConfiguration],
        message: `the ${kind} setting to turn off`,
      });
      assert.equal(await vscode.commands.executeCommand(`newsAnnotator.toggleHighlights.${kind}`), true);
      assert.equal(ranges().length, before, `${kind}: decorations back`);
    }
  });

  it('draw claims in three strengths by score', async function () {
    const annotations = engineResult(document);
    const expected = {low: 0, medium: 0, high: 0};
    for (const claim of annotations.claims) expected[claim.score >= 0.85 ? 'high' : claim.score >= 0.7 ? 'medium' : 'low']++;
    await waitFor(() => {
      const buckets = api.highlights.claimRangesFor(editor);
      return buckets.low.length === expected.low && buckets.medium.length === expected.medium && buckets.high.length === expected.high;
    }, {message: `claim buckets ${JSON.stringify(expected)}`});
    assert.ok(expected.high > 0, 'the article has a strong claim');
  });

  it('draw findings as highlights instead of problems when showInProblems is off', async function () {
    const findings = engineResult(document).findings.length;
    if (findings === 0) this.skip();
    assert.equal(api.highlights.findingRangesFor(editor).length, 0);
    await vscode.workspace.getConfiguration('newsAnnotator').update('diagnostics.showInProblems', false, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.highlights.findingRangesFor(editor).length > 0 && newsDiagnostics(document.uri).length === 0, {
      events: [vscode.languages.onDidChangeDiagnostics, vscode.workspace.onDidChangeConfiguration],
      message: 'findings to move from the Problems panel to the editor',
    });
    await vscode.workspace.getConfiguration('newsAnnotator').update('diagnostics.showInProblems', undefined, vscode.ConfigurationTarget.Global);
    await waitFor(() => api.highlights.findingRangesFor(editor).length === 0 && newsDiagnostics(document.uri).length > 0, {
      events: [vscode.languages.onDidChangeDiagnostics, vscode.workspace.onDidChangeConfiguration],
      message: 'findings back in the Problems panel',
    });
  });
});
