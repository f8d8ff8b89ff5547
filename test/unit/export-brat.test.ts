/**
 * brat standoff export read back: every line parses, every T line's fragments (code-point
 * offsets) cut its text out of the .txt, events link existing ids of declared types, and
 * annotation.conf declares everything the .ann uses.
 */
import assert from 'node:assert/strict';
import {BRAT_CONF, bratFiles, fragments} from '../../src/core/export/brat.js';
import {edgeAnnotations, edgeText, exportCases} from '../support/export-fixtures.js';

interface TLine {
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** Parses an .ann file the way brat does, failing on any line it would reject. */
function parseAnn(ann: string) {
  const t = new Map<string, TLine>();
  const events: Array<{id: string; trigger: string; args: Map<string, string>}> = [];
  const attributes: Array<{name: string; target: string; value: string}> = [];
  const notes: Array<{target: string; note: string}> = [];
  assert.ok(ann === '' || ann.endsWith('\n'));
  for (const line of ann.split('\n').slice(0, -1)) {
    let match: RegExpMatchArray | null;
    if ((match = line.match(/^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t([^\t\n\r]*)$/))) {
      const spans = match[3]!.split(';').map((pair) => pair.split(' ').map(Number) as [number, number]);
      t.set(match[1]!, {type: match[2]!, fragments: spans, text: match[4]!});
    } else if ((match = line.match(/^(E\d+)\t(\w+):(T\d+)((?: \w+:[TE]\d+)*)$/))) {
      const args = new Map(match[4]!.trim().split(' ').filter(Boolean).map((arg) => arg.split(':') as [string, string]));
      events.push({id: match[1]!, trigger: match[3]!, args});
      assert.equal(match[2], 'Attribution');
    } else if ((match = line.match(/^A\d+\t(\w+) ([TE]\d+) (\S+)$/))) {
      attributes.push({name: match[1]!, target: match[2]!, value: match[3]!});
    } else if ((match = line.match(/^#\d+\tAnnotatorNotes ([TE]\d+)\t([^\t\n\r]*)$/))) {
      notes.push({target: match[1]!, note: match[2]!});
    } else assert.fail(`not a brat standoff line: ${JSON.stringify(line)}`);
  }
  return {t, events, attributes, notes};
}

/** brat's offsets count code points; the model's count UTF-16 units. */
const codePoints = (text: string) => [...text];

describe('export: brat standoff', () => {
  for (const {name, text, annotations} of exportCases()) {
    it(`${name}: .ann lines parse and their offsets cut their text out of the .txt`, () => {
      const files = bratFiles({annotations, text});
      assert.deepEqual(files.map((file) => file.name), ['.txt', '.ann', 'annotation.conf']);
      const txt = files[0]!.content;
      assert.equal(txt, text, 'the .txt is the analysed text, byte for byte');
      const points = codePoints(txt);
      const {t, events, attributes} = parseAnn(files[1]!.content);
      for (const [id, line] of t) {
        const pieces = line.fragments.map(([start, end]) => {
          assert.ok(start <= end && end <= points.length, `${id} ${start}-${end}`);
          const piece = points.slice(start, end).join('');
          assert.doesNotMatch(piece, /[\r\n]/, `${id}: brat forbids line breaks inside a fragment`);
          return piece;
        });
        assert.equal(pieces.join(' '), line.text, `${id} text field`);
      }
      // Spans: the entities, quotes (with speakers and cues) and claims of the model, in code points.
      const toPoints = (offset: number) => codePoints(text.slice(0, offset)).length;
      const rejoin = (start: number, end: number) =>
        fragments(text, {start, end})
          .map(([from, to]) => `${toPoints(from)} ${toPoints(to)}`)
          .join(';');
      const lines = [...t.values()].map((line) => `${line.type} ${line.fragments.map((pair) => pair.join(' ')).join(';')}`);
      for (const quote of annotations.quotes) {
        assert.ok(lines.includes(`Quote ${rejoin(quote.start, quote.end)}`), quote.id);
        if (quote.speaker) assert.ok(lines.includes(`Speaker ${rejoin(quote.speaker.start, quote.speaker.end)}`), `speaker of ${quote.id}`);
        if (quote.cue) assert.ok(lines.includes(`Cue ${rejoin(quote.cue.start, quote.cue.end)}`), `cue of ${quote.id}`);
      }
      for (const entity of annotations.entities) assert.ok(lines.some((line) => line.endsWith(` ${rejoin(entity.start, entity.end)}`) && /^(Person|Organization|Place) /.test(line)), entity.id);
      for (const claim of annotations.claims) assert.ok(lines.includes(`Claim ${rejoin(claim.start, claim.end)}`), claim.id);

      assert.equal(events.length, annotations.quotes.length, 'one Attribution event per quote');
      for (const event of events) {
        assert.equal(t.get(event.trigger)?.type, 'Attribution');
        assert.equal(t.get(event.args.get('Content')!)?.type, 'Quote');
        if (event.args.has('Cue')) assert.equal(t.get(event.args.get('Cue')!)?.type, 'Cue');
        if (event.args.has('Source')) assert.equal(t.get(event.args.get('Source')!)?.type, 'Speaker');
      }
      for (const attribute of attributes) assert.ok(t.has(attribute.target));
      // Everything used is declared in annotation.conf.
      for (const type of new Set([...t.values()].map((line) => line.type))) assert.match(BRAT_CONF, new RegExp(`^${type}\\b`, 'm'), type);
      for (const name of new Set(attributes.map((attribute) => attribute.name))) assert.match(BRAT_CONF, new RegExp(`^${name}\\t`, 'm'));
    });
  }

  it('splits a span over lines into fragments and counts an emoji as one character', () => {
    const {t} = parseAnn(bratFiles({annotations: edgeAnnotations(), text: edgeText})[1]!.content);
    const quote = [...t.values()].find((line) => line.type === 'Quote' && line.text.startsWith('Cuts'))!;
    assert.equal(quote.fragments.length, 2, 'CRLF inside the quote: two fragments');
    assert.equal(quote.text, 'Cuts, "deep" ones, are coming 🙂 soon.');
    const [first, second] = quote.fragments;
    assert.equal(second![1] - second![0], [...'are coming 🙂 soon.'].length);
    assert.equal(second![0] - first![1], 2, 'the CR and LF between the fragments');
    assert.deepEqual(fragments('a\r\n\r\nb', {start: 0, end: 6}), [
      [0, 1],
      [5, 6],
    ]);
  });
});
