// The build behind nginx after one visit: it opens and computes with the
// network off, every page of it; a new build shows a notice naming the
// policy and version, and switches only when asked, the page reloaded whole
// and the answers kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startNginx } from './nginx.mjs';
import { launch, openApp, assertClean, expectText } from './browser.mjs';
import { phdAtEnterprise } from './answers.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

let root;
let nginx;
let browser;
before(async () => {
  // A copy of the build, so that a test can put a "new build" in its place.
  root = mkdtempSync(join(tmpdir(), 'talent-offline-'));
  cpSync(DIST, root, { recursive: true });
  chmodSync(root, 0o755); // readable by nginx's workers, whoever they run as
  nginx = await startNginx(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await nginx?.stop();
  rmSync(root, { recursive: true, force: true });
});

// Until the service worker controls the page and has every file.
const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });

test('after one visit the pages open and compute with the network off', async () => {
  const app = await openApp(browser, nginx.url);
  const { page, context } = app;
  await controlled(page);
  assert.equal(await page.evaluate(() => document.querySelector('link[rel=manifest]')?.getAttribute('href')), 'manifest.webmanifest');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('main form');
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  for (const [path, ready] of [['enterprise.html', '#registered-in-city'], ['timeline.html', '#timeline-table'], ['batch.html', '#batch-file']]) {
    await page.goto(nginx.url + path);
    await page.waitForSelector(ready);
  }
  // The batch worker too.
  await page.fill('#batch-text', 'label,birth_date,full_time_degree\n甲,1992-04-15,doctorate');
  await page.click('#batch-run');
  await page.waitForSelector('#batch-row-2');
  await context.setOffline(false);
  assertClean(app, nginx.url);
  await context.close();
});

test('a new build: a notice names the policy and version; the switch waits for the person and keeps the answers', async () => {
  const app = await openApp(browser, nginx.url);
  const { page, context } = app;
  await controlled(page);
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  const before = JSON.parse(readFileSync(join(root, 'version.json'), 'utf8'));
  // A new build in place of the old: another version of the worker and its files.
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  writeFileSync(join(root, 'sw.js'), sw.replace(before.version, 'next-build-0001'));
  writeFileSync(join(root, 'version.json'), JSON.stringify({ ...before, version: 'next-build-0001' }));
  await page.reload();
  await page.waitForSelector('#update-notice', { timeout: 15000 });
  await expectText(page, '#update-notice', /有新版本可用（依据师市党办发〔2025〕17号，版本 next-build-0001）/);
  // Still the old build until asked, and working.
  await expectText(page, '#total-talent', '608,800.00 元');
  await Promise.all([page.waitForEvent('load'), page.click('#update-now')]);
  await page.waitForSelector('main form');
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await expectText(page, '#total-talent', '608,800.00 元');
  assert.equal(await page.locator('#update-notice').count(), 0);
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, ['talent-check-next-build-0001'], 'the old build\'s files are gone');
  await context.close();
});
