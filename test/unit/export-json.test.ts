/** The JSON export is FORMAT.md exactly, and the shipped JSON Schema accepts it (and only it). */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv from 'ajv';
import {analyze, type Annotations} from '../../src/core/index.js';
import {toJson} from '../../src/core/export/json.js';
import {crlfAnnotations, crlfArticle, edgeAnnotations, edgeText} from '../support/export-fixtures.js';
import {examplesDir, repoRoot} from '../support/paths.js';
import {assertSpansIndexText} from '../support/spans.js';

const schema: object = JSON.parse(readFileSync(join(repoRoot, 'schemas/news-annotations.schema.json'), 'utf8'));

describe('export: JSON (FORMAT.md) and its JSON Schema', () => {
  const validate = new Ajv({allErrors: true, strict: true}).compile(schema);
  const cases: Array<{name: string; text: string; annotations: Annotations}> = [
    ...readdirSync(examplesDir)
      .filter((file) => /\.(txt|md)$/.test(file))
      .map((name) => {
        const text = readFileSync(join(examplesDir, name), 'utf8');
        return {name, text, annotations: analyze(text, {uri: `file:///examples/${name}`})};
      }),
    {name: 'CRLF, non-ASCII fixture', text: crlfArticle, annotations: crlfAnnotations()},
    {name: 'edge-case fixture', text: edgeText, annotations: edgeAnnotations()},
  ];

  for (const {name, text, annotations} of cases) {
    it(`${name}: round-trips unchanged, validates against the schema, every span is its slice`, () => {
      const json = toJson({annotations, text});
      assert.ok(json.endsWith('}\n'));
      const parsed = JSON.parse(json) as Annotations;
      assert.deepEqual(parsed, annotations);
      assert.ok(validate(parsed), JSON.stringify(validate.errors, null, 2));
      assertSpansIndexText(parsed, text);
    });
  }

  it('the schema rejects what FORMAT.md forbids', () => {
    const good = crlfAnnotations();
    const broken: unknown[] = [
      {...good, schema: 'news-annotations/2'},
      {...good, quotes: [{...good.quotes[0], kind: 'rumour'}]},
      {...good, claims: [{...good.claims[0], score: 1.5}]},
      {...good, entities: [{...good.entities[0], start: -1}]},
      {...good, actors: undefined},
    ];
    for (const value of broken) assert.equal(validate(value), false, JSON.stringify(value).slice(0, 80));
  });

  it('ships with the extension and is wired to *.annotations.json files', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {contributes: {jsonValidation: Array<{fileMatch: string; url: string}>}};
    assert.deepEqual(
      manifest.contributes.jsonValidation.find((entry) => entry.fileMatch === '*.annotations.json'),
      {fileMatch: '*.annotations.json', url: './schemas/news-annotations.schema.json'},
    );
    assert.match(readFileSync(join(repoRoot, '.vscodeignore'), 'utf8'), /^!schemas\/\*\.schema\.json$/m);
  });
});
