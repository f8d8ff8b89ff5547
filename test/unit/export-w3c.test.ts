/**
 * W3C Web Annotation export: every annotation points back at its exact text, and each one passes
 * the MUST assertions of the W3C's own Web Annotation test suite (JSON Schemas, draft 04), read
 * at run time from ../shared/w3c-web-annotation-tests (never copied into the project).
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import {analyze, type Annotations} from '../../src/core/index.js';
import {positionOf, toW3c, toW3cCollection, type TextQuoteSelector, type WebAnnotationCollection} from '../../src/core/export/w3c.js';
import {crlfAnnotations, crlfArticle, edgeAnnotations, edgeText} from '../support/export-fixtures.js';
import {examplesDir, sharedDir} from '../support/paths.js';

const suiteDir = join(sharedDir, 'w3c-web-annotation-tests');

function exampleCases(): Array<{name: string; text: string; annotations: Annotations}> {
  return readdirSync(examplesDir)
    .filter((file) => /\.(txt|md)$/.test(file))
    .map((name) => {
      const text = readFileSync(join(examplesDir, name), 'utf8');
      return {name, text, annotations: analyze(text, {uri: `file:///work/examples/${encodeURIComponent(name)}`})};
    });
}

const allCases = () => [...exampleCases(), {name: 'CRLF fixture', text: crlfArticle, annotations: crlfAnnotations()}, {name: 'edge fixture', text: edgeText, annotations: edgeAnnotations()}];

describe('export: W3C Web Annotation', () => {
  for (const {name, text, annotations} of allCases()) {
    it(`${name}: one annotation per entity, quote and claim, each selecting its exact text`, () => {
      const collection = JSON.parse(toW3c({annotations, text}, {created: '2026-01-01T00:00:00Z', version: '0.1.0'})) as WebAnnotationCollection;
      assert.equal(collection.type, 'AnnotationCollection');
      const items = collection.first.items;
      assert.equal(collection.total, items.length);
      const expected = [...annotations.entities, ...annotations.quotes, ...annotations.claims].map((item) => `${item.start}-${item.end}`).sort();
      assert.deepEqual(items.map((item) => `${positionOf(item).start}-${positionOf(item).end}`).sort(), expected);
      for (const item of items) {
        const {start, end} = positionOf(item);
        const quote = item.target.selector.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector')!;
        assert.equal(quote.exact, text.slice(start, end), item.id);
        assert.ok(text.slice(0, start).endsWith(quote.prefix) && text.slice(end).startsWith(quote.suffix), `${item.id}: prefix and suffix surround the exact text`);
        assert.equal(item.target.source, annotations.document.uri);
        for (const body of item.body) {
          if (body.type === 'SpecificResource') {
            const position = body.selector.find((selector) => selector.type === 'TextPositionSelector');
            const exact = body.selector.find((selector): selector is TextQuoteSelector => selector.type === 'TextQuoteSelector');
            assert.ok(position && exact && exact.exact === text.slice(position.start, position.end), `${item.id}: ${body['na:role']} selects its text`);
          }
        }
      }
      // Speakers, cues, actors and scores survive the trip.
      for (const quote of annotations.quotes) {
        const item = items.find((candidate) => candidate.id.endsWith(`#annotation-${quote.id}`))!;
        const speaker = item.body.find((body) => body.type === 'SpecificResource' && body['na:role'] === 'speaker');
        assert.equal(speaker?.type === 'SpecificResource' ? speaker.selector[0]!.type === 'TextQuoteSelector' && speaker.selector[0].exact : null, quote.speaker ? quote.speaker.text : null);
        assert.ok(item.body.some((body) => body.type === 'TextualBody' && body.purpose === 'classifying' && body.value === quote.kind && body['na:layer'] === 'quote'));
      }
      for (const claim of annotations.claims) {
        const item = items.find((candidate) => candidate.id.endsWith(`#annotation-${claim.id}`))!;
        assert.ok(item.body.some((body) => body.type === 'TextualBody' && body['na:score'] === claim.score));
        if (claim.actor) assert.ok(item.body.some((body) => body.type === 'TextualBody' && body['na:actor'] === claim.actor));
      }
    });
  }

  describe('the W3C test suite: every assertion of annotations/annotationMusts.test', function () {
    if (!existsSync(suiteDir)) {
      it('is skipped: ../shared/w3c-web-annotation-tests is not present on this machine', function () {
        this.skip();
      });
      return;
    }
    const manifest = JSON.parse(readFileSync(join(suiteDir, 'annotations/annotationMusts.test'), 'utf8')) as {assertions: string[]};
    const ajv = new Ajv04({allErrors: true, strict: false, validateSchema: false});
    addFormats(ajv);
    for (const file of readdirSync(join(suiteDir, 'definitions')).filter((name) => name.endsWith('.json'))) {
      ajv.addSchema(JSON.parse(readFileSync(join(suiteDir, 'definitions', file), 'utf8')) as object);
    }
    const annotationsToCheck = allCases().flatMap(({name, text, annotations}) =>
      toW3cCollection({annotations, text}, {created: '2026-01-01T00:00:00Z', version: '0.1.0'}).first.items.map((item) => ({name, item})),
    );

    it('has assertions to run and annotations to run them on', () => {
      assert.ok(manifest.assertions.length >= 50, `${manifest.assertions.length} assertions`);
      assert.ok(annotationsToCheck.length > 50);
    });

    // A control: the validator must be able to fail, or passing means nothing.
    it('rejects broken annotations (a control for the suite itself)', () => {
      const [{item}] = annotationsToCheck;
      const check = (id: string, value: unknown) => {
        const validate = ajv.getSchema(id) ?? ajv.compile(JSON.parse(readFileSync(join(suiteDir, 'annotations', id), 'utf8')) as object);
        return validate(value);
      };
      const copy = () => JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
      const noContext = copy();
      delete noContext['@context'];
      assert.equal(check('3.1-annotationContextValidated.json', noContext), false);
      assert.equal(check('3.1-annotationIdValidated.json', {...copy(), id: 'not a uri'}), false);
      assert.equal(check('3.1-annotationTypeValidated.json', {...copy(), type: 'Note'}), false);
      assert.equal(check('3.2.5-notBodyBodyValue.json', {...copy(), bodyValue: 'x'}), false);
      assert.equal(check('3.3.1-annotationCreatedValidated.json', {...copy(), created: 'yesterday'}), false);
    });

    for (const path of manifest.assertions) {
      const assertion = JSON.parse(readFileSync(join(suiteDir, path), 'utf8')) as {id: string; title: string; assertionType: string; expectedResult: string};
      it(`${path} (${assertion.assertionType}, expect ${assertion.expectedResult})`, () => {
        const validate = ajv.getSchema(assertion.id) ?? ajv.compile(assertion);
        const failures = annotationsToCheck.filter(({item}) => validate(JSON.parse(JSON.stringify(item))) !== (assertion.expectedResult === 'valid'));
        assert.deepEqual(
          failures.map(({name, item}) => `${name} ${item.id}`),
          [],
          `${assertion.title}\n${JSON.stringify(validate.errors?.slice(0, 3), null, 1)}`,
        );
      });
    }
  });
});
