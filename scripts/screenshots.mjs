// Takes the README's screenshots in the real VS Code of the test route (code-server in headless
// Chromium, see lib/code-server.mjs): the example article highlighted with a quote's hover
// open, and the Actors view. Needs `npm run build` first. Writes media/screenshots/*.png.
//
//   node scripts/screenshots.mjs
//
// Regenerate them whenever the highlights, hovers or the view change.
import {copyFileSync, mkdirSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {cleanup, createRunDir, ensureCodeServer, launchBrowser, log, remoteUri, root, serverLog, setLogPrefix, startServer, workbenchUrl} from './lib/code-server.mjs';

setLogPrefix('screenshots');
const ARTICLE = 'fisheries-accord.txt';
/** Text inside the quotation whose hover is shown. */
const HOVER_TEXT = 'cannot';
/** The actor expanded in the Actors view shot. */
const ACTOR = 'Tomás Undurraga';
const outDir = join(root, 'media', 'screenshots');
const TIMEOUT_MS = Number(process.env.SCREENSHOTS_STEP_TIMEOUT_MS) || 60_000;

const SETTINGS = {
  'workbench.colorTheme': 'Default Light Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'editor.fontSize': 14,
  'editor.hover.delay': 100,
  'breadcrumbs.enabled': false,
  'window.commandCenter': false,
  'workbench.layoutControl.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

async function main() {
  ensureCodeServer();
  const runDir = createRunDir();
  const workspace = join(runDir, 'articles');
  mkdirSync(workspace);
  copyFileSync(join(root, 'examples', ARTICLE), join(workspace, ARTICLE));
  mkdirSync(outDir, {recursive: true});

  const base = await startServer(SETTINGS);
  const browser = await launchBrowser();
  const page = await browser.newPage({viewport: {width: 1200, height: 680}});
  page.setDefaultTimeout(TIMEOUT_MS);
  try {
    await shoot(page, base, workspace);
  } catch (error) {
    // What the workbench showed when a step failed, to see which one.
    const path = join(runDir, '..', 'news-annotator-screenshots-failure.png');
    await page.screenshot({path}).then(() => log(`the page at the failure: ${path}`), () => undefined);
    throw error;
  } finally {
    await browser.close();
  }
}

async function shoot(page, base, workspace) {
  await page.goto(workbenchUrl(base, workspace, [['extensionDevelopmentPath', remoteUri(base, root)]]));
  await page.waitForSelector('.monaco-workbench .part.editor');

  // Open the article through Quick Open, as a person would.
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(ARTICLE);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${ARTICLE}"]`);
  await page.keyboard.press('Enter');
  // Highlights are decorations: elements of the overlay layer whose classes start with "ced-".
  await page.waitForSelector('.monaco-editor .view-overlays [class*="ced-"]');

  const word = page.locator('.view-lines span', {hasText: HOVER_TEXT}).last();
  const box = await word.boundingBox();
  if (!box) throw new Error(`"${HOVER_TEXT}" is not on screen`);
  // Put the cursor in the quotation and show its hover with the keyboard (Ctrl+K Ctrl+I): in
  // headless Chromium the editor does not reliably take synthetic mouse movement as hovering.
  await page.mouse.click(box.x + 6, box.y + box.height / 2);
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  await page.locator('.monaco-hover', {hasText: 'Speaker'}).first().waitFor({state: 'visible'});
  await save(page, 'hover.png');

  // The Actors view: its activity bar entry, then one actor expanded.
  await page.mouse.move(5, 600);
  await page.locator('.activitybar .action-item a[aria-label^="News Annotator"]').click();
  const actor = page.locator('.monaco-list-row', {hasText: ACTOR}).first();
  await actor.waitFor();
  await actor.locator('.monaco-tl-twistie').click();
  await page.locator('.monaco-list-row', {hasText: 'Quotes'}).first().locator('.monaco-tl-twistie').click();
  await page.waitForSelector('.monaco-list-row >> text=We cannot fish');
  await save(page, 'actors.png');
}

async function save(page, name) {
  const path = join(outDir, name);
  // Let the last frame settle: a screenshot waits for the page to render, not for animations.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.screenshot({path, type: 'png'});
  log(`wrote ${path} (${Math.round(statSync(path).size / 1024)} KB)`);
}

let code = 0;
try {
  await main();
} catch (error) {
  console.error(`[screenshots] ${error instanceof Error ? error.message : error}`);
  if (serverLog.length > 0) console.error(serverLog.slice(-20).join('\n'));
  code = 1;
}
await cleanup();
process.exit(code);
