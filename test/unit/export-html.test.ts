/**
 * The HTML report in a real browser (Debian's headless Chromium through playwright-core): the
 * highlights in the DOM cover exactly the annotated text, nothing is fetched, and a screenshot
 * is taken (out/test-artifacts/). Skipped, with a message, where /usr/bin/chromium is missing.
 */
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {chromium, type Browser} from 'playwright-core';
import {analyze, type Annotations} from '../../src/core/index.js';
import {escapeHtml, toHtml} from '../../src/core/export/html.js';
import {crlfAnnotations, crlfArticle, edgeAnnotations, edgeText} from '../support/export-fixtures.js';
import {examplesDir, repoRoot} from '../support/paths.js';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

interface DomReport {
  /** Annotation id → the text of every highlight piece naming it, in document order. */
  pieces: Array<[string, string]>;
  article: string;
  personBackground: string | null;
  actors: string[];
  links: string[];
  anchors: string[];
}

describe('export: HTML report', function () {
  this.timeout(60_000);

  it('escapes markup, so article text can never become HTML', () => {
    assert.equal(escapeHtml(`<script>alert("x")</script> & 'y'`), '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
    const html = toHtml({annotations: {...edgeAnnotations(), actors: [{...edgeAnnotations().actors[0]!, name: '<img src=x onerror=alert(1)>'}]}, text: edgeText});
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<(script|link|img|iframe|object|embed)\b|@import|url\(/i, 'no script, no external resource');
  });

  describe('in headless Chromium', function () {
    let browser: Browser | undefined;
    let dir = '';
    before(async function () {
      if (!existsSync(CHROMIUM)) {
        console.log(`      skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
        this.skip();
      }
      dir = mkdtempSync(join(tmpdir(), 'news-annotator-html-'));
      browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--headless=new', '--disable-dev-shm-usage']});
    });
    after(async () => {
      await browser?.close();
      if (dir) rmSync(dir, {recursive: true, force: true});
    });

    const fisheries = () => readFileSync(join(examplesDir, 'fisheries-accord.txt'), 'utf8');
    const cases: Array<{name: string; text: () => string; annotations: (text: string) => Annotations}> = [
      {name: 'fisheries-accord', text: fisheries, annotations: (text) => analyze(text, {uri: 'file:///examples/fisheries-accord.txt'})},
      {name: 'crlf-fixture', text: () => crlfArticle, annotations: () => crlfAnnotations()},
      {name: 'edge-fixture', text: () => edgeText, annotations: () => edgeAnnotations()},
    ];

    for (const {name, text: getText, annotations: getAnnotations} of cases) {
      it(`${name}: every highlight covers exactly its annotation's text; no request leaves the page`, async () => {
        const text = getText();
        const annotations = getAnnotations(text);
        const file = join(dir, `${name}.html`);
        writeFileSync(file, toHtml({annotations, text}, {created: '2026-01-01T00:00:00Z', version: '0.1.0'}));
        const page = await browser!.newPage({viewport: {width: 900, height: 1200}});
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));
        await page.goto(pathToFileURL(file).href);

        // Evaluated in the page; a string, so the project's type check needs no DOM library.
        const dom = await page.evaluate<DomReport>(`(() => {
          const pieces = new Map();
          for (const element of document.querySelectorAll('#article .hl')) {
            for (const id of (element.dataset.ann || '').split(' ')) pieces.set(id, (pieces.get(id) || '') + element.textContent);
          }
          const person = document.querySelector('#article .hl.person');
          return {
            pieces: [...pieces.entries()],
            article: document.querySelector('#article').textContent,
            personBackground: person ? getComputedStyle(person).backgroundColor : null,
            actors: [...document.querySelectorAll('.actor h3')].map((h3) => h3.firstChild.textContent.trim()),
            links: [...document.querySelectorAll('.actor a[href^="#ann-"]')].map((a) => a.getAttribute('href').slice(1)),
            anchors: [...document.querySelectorAll('#article .anchor')].map((anchor) => anchor.id),
          };
        })()`);
        assert.equal(dom.article, text, 'the article text in the DOM is the document, CRs included');
        const pieces = new Map(dom.pieces);
        for (const item of [...annotations.entities, ...annotations.quotes, ...annotations.claims].filter((item) => item.end > item.start)) {
          assert.equal(pieces.get(item.id), item.text, `highlight ${item.id}`);
        }
        if (annotations.entities.some((entity) => entity.type === 'person')) assert.notEqual(dom.personBackground, 'rgba(0, 0, 0, 0)', 'people are highlighted');
        for (const actor of annotations.actors) assert.ok(dom.actors.includes(actor.name), `actor ${actor.name} listed`);
        for (const link of dom.links) assert.ok(dom.anchors.includes(link), `link #${link} lands in the article`);
        assert.deepEqual(requests, [pathToFileURL(file).href], 'the report fetches nothing but itself');

        const shots = join(repoRoot, 'out', 'test-artifacts');
        mkdirSync(shots, {recursive: true});
        const shot = join(shots, `report-${name}.png`);
        await page.screenshot({path: shot, fullPage: true});
        assert.ok(statSync(shot).size > 10_000, 'the screenshot shows a rendered page');
        await page.emulateMedia({media: 'print'});
        assert.ok((await page.pdf()).length > 1000, 'the report prints');
        await page.close();
      });
    }
  });
});
