// The build behind nginx after one visit: it opens and computes with the
// network off, every page of it; the page says how far the caching is and
// when it is done, which starts only after the first result or once the page
// is quiet; a new build shows a notice on a returning visitor's first load after it, that the app was updated (naming the
// policy only when that changed), and switches only when asked, the page reloaded whole and the answers kept.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// A new build in place of the old: another version of the worker and its files.
const build = (version, policy) => {
  const sw = readFileSync(join(root, 'sw.js'), 'utf8');
  writeFileSync(join(root, 'sw.js'), sw.replace(/^const VERSION = .*$/m, `const VERSION = ${JSON.stringify(version)};`));
  writeFileSync(join(root, 'version.json'), JSON.stringify({ policy, version }));
};

// Every text the offline mark (public/sw-register.js) shows, in order, in window.marks.
const recordMarks = (context) => context.addInitScript(() => {
  window.marks = [];
  new MutationObserver(() => {
    const text = document.getElementById('offline-mark')?.textContent;
    if (text && text !== window.marks.at(-1)) window.marks.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
});

// Every page with an app, and what shows once its app runs.
const PAGES = [['', '#birth-date'], ['enterprise.html', '#registered-in-city'], ['hire.html', '#hire-table'],
  ['timeline.html', '#timeline-table'], ['compare.html', '#compare-table'], ['batch.html', '#batch-file']];
// The policy's text, written at build time: no app, so no offline mark, but stored like the rest.
const RULES = ['rules.html', '#s1-title'];

test('every page of the build is named here', () => {
  const pages = readdirSync(root).filter((n) => n.endsWith('.html')).sort();
  // integrate.html, the integrator's page, has no app of its own: sw.js lists it like any file.
  assert.deepEqual(pages, ['index.html', 'integrate.html', RULES[0], ...PAGES.slice(1).map(([p]) => p)].sort());
});

test('caching waits for the first result; the page shows its progress, then that it is ready offline, and every page opens offline', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordMarks(context);
  const app = await openApp(browser, nginx.url, null, context);
  const { page } = app;
  // The app runs, someone moves through the form: no service worker yet, nothing downloads beside the page.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  assert.equal(await page.locator('#total-talent').count(), 0, 'no result yet');
  assert.deepEqual(context.serviceWorkers(), [], 'not registered before the first result');
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  await expectText(page, '#offline-mark', '尚未离线存储');
  // The result: now the build is stored, and the page says how far.
  await phdAtEnterprise(page);
  await expectText(page, '#offline-mark', '✓ 可离线使用', 15000);
  const marks = await page.evaluate(() => window.marks);
  assert.equal(marks[0], '尚未离线存储');
  assert.ok(marks.some((m) => /^离线存储中 \d{1,2}%$/.test(m)), `progress shown: ${marks}`);
  assert.equal(marks.at(-1), '✓ 可离线使用');
  assert.ok(await page.isVisible('#offline-mark'), 'in the footer');
  await page.click('#lang-switch');
  await expectText(page, '#offline-mark', 'Ready offline');

  // The network off: every page, by its address, from the cache.
  await context.setOffline(true);
  for (const [path, ready] of PAGES) {
    await page.goto(nginx.url + path);
    await page.waitForSelector(ready);
    await expectText(page, '#offline-mark', 'Ready offline');
  }
  await page.goto(nginx.url + RULES[0]);
  await page.waitForSelector(RULES[1]);
  await page.goto(`${nginx.url}?kiosk`);
  await page.waitForSelector('#kiosk-next');
  await context.setOffline(false);
  assertClean(app, nginx.url);
  await context.close();
});

test('a tablet in kiosk mode becomes ready offline with no result computed, and says so in both languages', async () => {
  const context = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
  await recordMarks(context);
  const app = await openApp(browser, `${nginx.url}?kiosk=120`, null, context);
  const { page } = app;
  await expectText(page, '#offline-mark', '✓ 可离线使用 · Ready offline', 20000);
  assert.equal(await page.locator('#total-talent').count(), 0, 'nobody answered');
  const marks = await page.evaluate(() => window.marks);
  assert.ok(marks.some((m) => /^离线存储中 \d{1,2}% · Storing offline \d{1,2}%$/.test(m)), `progress shown: ${marks}`);
  // In the bar, between its buttons, in view.
  const mark = await page.locator('#offline-mark').boundingBox();
  const next = await page.locator('#kiosk-next').boundingBox();
  assert.ok(mark.y > 1180 - 88 && mark.x + mark.width < next.x, JSON.stringify([mark, next]));
  // Added to the home screen, it opens in kiosk mode.
  assert.equal(await page.getAttribute('link[rel=manifest]', 'href'), 'kiosk.webmanifest');
  const installed = await page.evaluate(async () => (await (await fetch('kiosk.webmanifest')).json()).start_url);
  assert.equal(installed, './?kiosk');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#kiosk-next');
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await expectText(page, '#offline-mark', '✓ 可离线使用 · Ready offline');
  await context.setOffline(false);
  assertClean(app, nginx.url);
  await context.close();
});

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

test('a new build: a notice says the app was updated, names the policy only when that changed; the switch waits for the person and keeps the answers', async () => {
  const app = await openApp(browser, nginx.url);
  const { page, context } = app;
  await controlled(page);
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  const before = JSON.parse(readFileSync(join(root, 'version.json'), 'utf8'));
  build('next-build-0001', before.policy);
  await page.reload();
  await page.waitForSelector('#update-notice', { timeout: 15000 });
  await expectText(page, '#update-notice > span', '本自测已更新。已填的答案会保留。');
  await expectText(page, '#update-now', '更新');
  // Its button is one of the app's.
  const look = (selector) => page.evaluate((s) => {
    const c = getComputedStyle(document.querySelector(s));
    return [c.backgroundColor, c.color, c.borderRadius, c.borderColor, c.padding, c.minHeight, c.fontSize];
  }, selector);
  assert.deepEqual(await look('#update-now'), await look('#make-link'));
  await page.click('#lang-switch');
  await expectText(page, '#update-notice > span', 'The self-check has been updated. Your answers are kept.');
  await expectText(page, '#update-now', 'Update');
  await page.click('#lang-switch');
  await expectText(page, '#update-notice > span', '本自测已更新。已填的答案会保留。');
  // Still the old build until asked, and working.
  await expectText(page, '#total-talent', '608,800.00 元');
  await Promise.all([page.waitForEvent('load'), page.click('#update-now')]);
  await page.waitForSelector('main form');
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await expectText(page, '#total-talent', '608,800.00 元');
  assert.equal(await page.locator('#update-notice').count(), 0);
  const caches = await page.evaluate(() => caches.keys());
  assert.deepEqual(caches, ['talent-check-next-build-0001'], 'the old build\'s files are gone');

  // A build under a revised policy names it, in both languages.
  build('next-build-0002', '师市党办发〔2099〕1号');
  await page.reload();
  await page.waitForSelector('#update-notice', { timeout: 15000 });
  await expectText(page, '#update-notice > span', '本自测已更新，现依据师市党办发〔2099〕1号。已填的答案会保留。');
  await page.click('#lang-switch');
  await expectText(page, '#update-notice > span', 'The self-check has been updated and now follows 师市党办发〔2099〕1号. Your answers are kept.');
  await context.close();
});

test('after each redeploy a returning visitor is offered the update on the first load, with no result shown', async () => {
  const app = await openApp(browser, nginx.url);
  const { page, context } = app;
  await controlled(page);
  const { policy } = JSON.parse(readFileSync(join(root, 'version.json'), 'utf8'));
  for (const version of ['redeploy-1', 'redeploy-2', 'redeploy-3']) {
    build(version, policy);
    await page.reload();
    // This document, the one the reload opened, is the one that must show the notice.
    await page.evaluate(() => { window.firstLoad = true; });
    // The visitor moves through the form at once and keeps on: the page is
    // never quiet, yet the notice comes (a first visit's caching would wait).
    await page.waitForSelector('#prepaint', { state: 'detached' });
    let keys = 0;
    while (await page.locator('#update-notice').count() === 0) {
      assert.ok(keys++ < 2000, `${version}: no notice while the visitor typed`);
      await page.keyboard.press('Tab');
    }
    await expectText(page, '#update-notice > span', '本自测已更新。已填的答案会保留。');
    assert.equal(await page.evaluate(() => window.firstLoad), true, `${version}: offered without another load`);
    assert.equal(await page.locator('#total-talent').count(), 0, 'no result asked for it');
    // Taken: the next redeploy finds this build in control.
    await Promise.all([page.waitForEvent('load'), page.click('#update-now')]);
    await page.waitForSelector('main form');
    await page.waitForFunction((v) => caches.keys().then((k) => k.join() === `talent-check-${v}`), version, { timeout: 15000 });
  }
  assertClean(app, nginx.url);
  await context.close();
});
