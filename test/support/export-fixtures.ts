/**
 * Texts and hand-made annotations for the export tests: CRLF line ends, accents, an emoji (a
 * surrogate pair, where UTF-16 and code-point offsets part), spans over line breaks, quotation
 * marks and commas inside spans, and cells a spreadsheet would take for formulas.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {analyze, type Annotations} from '../../src/core/index.js';
import {examplesDir} from './paths.js';

/** A wire story with CRLF line ends and non-ASCII names, analysed by the engine itself. */
export const crlfArticle = [
  'BOGOTÁ, May 2 (Wire) - Colombia\'s Finance Minister José Núñez said on Monday that inflation fell to 4.1% in April, the lowest rate in three years.',
  '"We have turned the corner, and prices 📈 will keep falling," Núñez said.',
  'The central bank estimated that exports rose by 12% in the first quarter, according to the Ministry of Finance.',
  '',
].join('\r\n');

/** A text whose spans the engine would never produce, built by hand to reach the edge cases. */
export const edgeText = 'Ana Pérez said: "Cuts, \"deep\" ones,\r\nare coming 🙂 soon."\n=SUM(A1) +1 -2 @home \'tis\n';

function span(text: string, start: number, end: number) {
  return {start, end, text: text.slice(start, end)};
}

export function edgeAnnotations(): Annotations {
  const t = edgeText;
  const quoteStart = t.indexOf('Cuts');
  const quoteEnd = t.indexOf('soon.') + 'soon.'.length;
  const formula = t.indexOf('=SUM');
  return {
    schema: 'news-annotations/1',
    document: {uri: 'file:///tmp/edge%20case.txt', length: t.length},
    entities: [
      {id: 'e1', ...span(t, 0, 9), type: 'person', actor: 'a1'},
      {id: 'e2', ...span(t, formula, formula + 8), type: 'organization', actor: null},
      {id: 'e3', ...span(t, t.indexOf('@home'), t.indexOf('@home') + 5), type: 'place', actor: null},
      {id: 'e4', ...span(t, t.indexOf("'tis"), t.indexOf("'tis") + 4), type: 'place', actor: null},
      {id: 'e5', ...span(t, t.indexOf('-2'), t.indexOf('-2') + 2), type: 'place', actor: null},
      {id: 'e6', ...span(t, t.indexOf('+1'), t.indexOf('+1') + 2), type: 'place', actor: null},
    ],
    quotes: [
      {
        id: 'q1',
        ...span(t, quoteStart, quoteEnd),
        kind: 'direct',
        speaker: span(t, 0, 9),
        cue: span(t, 10, 14),
        actor: 'a1',
      },
      {id: 'q2', ...span(t, t.indexOf('"deep"') + 1, t.indexOf('"deep"') + 5), kind: 'partial', speaker: null, cue: null, actor: null},
    ],
    claims: [{id: 'c1', ...span(t, 0, quoteEnd + 1), kind: 'attributed', score: 0.75, actor: 'a1', features: ['number'], numbers: []}],
    actors: [{id: 'a1', name: 'Ana Pérez', type: 'person', roles: [], mentions: [span(t, 0, 9)]}],
    findings: [],
  };
}

export function crlfAnnotations(): Annotations {
  return analyze(crlfArticle, {uri: 'file:///tmp/bogot%C3%A1.txt'});
}

/** The cases every round-trip test of an export reads back: a real example and both fixtures. */
export function exportCases(): Array<{name: string; text: string; annotations: Annotations}> {
  const fisheries = readFileSync(join(examplesDir, 'fisheries-accord.txt'), 'utf8');
  return [
    {name: 'fisheries-accord.txt', text: fisheries, annotations: analyze(fisheries)},
    {name: 'CRLF fixture', text: crlfArticle, annotations: crlfAnnotations()},
    {name: 'edge fixture', text: edgeText, annotations: edgeAnnotations()},
  ];
}
