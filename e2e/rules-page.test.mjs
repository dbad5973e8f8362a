// The rules page (rules.html, src/rules_page/), behind nginx as deployed (its
// strict CSP: the page has no script, its styles are files): a link to
// §11(1) opens at that item on a phone with the item in sight; the contents
// lead to a clause by a tap and by the keyboard; a value's link shows its
// note; on a tablet each value stands beside its sentence; axe finds nothing;
// printed to A4, every page has text (none left blank) and the text of the
// clauses is all there. A result card's clause on the talent page leads there,
// and its words open on the card by keyboard (fetched when first
// wanted), as the browser tells a screen reader, in Chinese and English, in
// Chromium, Firefox and WebKit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nginxAndLaunch } from './session.mjs';
import { openApp, watchedPage, assertAccessible, assertClean, eventually, switchToEnglish } from './browser.mjs';
import { phdAtEnterprise } from './answers.mjs';
import { launchEngine } from './engines.mjs';

let server;
let browser;
nginxAndLaunch((s, b) => { server = s; browser = b; });

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 820, height: 1180 };

// Whether the top of `selector` is on screen.
const inSight = (page, selector) => page.evaluate((s) => {
  const r = document.querySelector(s).getBoundingClientRect();
  return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
}, selector);

test('rules.html#s11-1 on a phone opens at §11(1), the contents lead to a clause by tap and key', async () => {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const app = await watchedPage(context);
  const { page } = app;
  await page.goto(`${server.url}rules.html#s11-1`);
  await eventually('§11(1) in sight', () => inSight(page, '#s11-1'), (v) => v === true, true);
  assert.match(await page.textContent('#s11-1 h3'), /§11\(1\)/);
  assert.match(await page.textContent('#s11-1'), /（1）对师市经开区、企业、农业科技园区/);
  // The values beside its sentences, each with the day it is in force from.
  const housing = await page.textContent('#v-housing_monthly');
  assert.match(housing, /住房补助/);
  assert.match(housing, /A类 [\d,]+元/);
  assert.match(housing, /自\d{4}-\d{2}-\d{2}起执行/);
  assert.ok(await page.isVisible('#v-housing_monthly'));
  assert.ok(await page.isVisible('#INT-03'), 'the housing reading beside its sentence');
  await assertAccessible(page);

  // The contents: a tap on §13, then back up and §16 by the keyboard.
  await page.goto(`${server.url}rules.html`);
  await page.tap('nav.contents a[href="#s13"]');
  await eventually('§13 in sight', () => inSight(page, '#s13'), (v) => v === true, true);
  assert.equal(new URL(page.url()).hash, '#s13');
  await page.focus('nav.contents a[href="#s15"]');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#s16');
  await page.keyboard.press('Enter');
  await eventually('§16 in sight', () => inSight(page, '#s16'), (v) => v === true, true);

  // A value's own link, as a recruiter sends it.
  await page.goto(`${server.url}rules.html#v-startup_grant`);
  await eventually('the start-up grant in sight', () => inSight(page, '#v-startup_grant'), (v) => v === true, true);
  assert.match(await page.textContent('#v-startup_grant'), /§13/);
  assertClean(app, server.url);
  await context.close();
});

test('on a tablet each value stands beside its sentence, and axe finds nothing', async () => {
  const context = await browser.newContext({ viewport: TABLET });
  const app = await watchedPage(context);
  const { page } = app;
  await page.goto(`${server.url}rules.html#v-living_monthly`);
  const [text, note] = await page.evaluate(() => {
    const note = document.getElementById('v-living_monthly');
    const row = note.closest('.row');
    const box = (e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top }; };
    return [box(row.querySelector('.text')), box(note)];
  });
  assert.ok(note.left >= text.right, `the note (from ${note.left}) right of its sentence (to ${text.right})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the screen');
  await assertAccessible(page);
  assertClean(app, server.url);
  await context.close();
});

test('printed to A4: no page left blank, every clause printed', async (t) => {
  const context = await browser.newContext({ viewport: TABLET });
  const page = await context.newPage();
  await page.goto(`${server.url}rules.html`);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 2, `${pages} pages printed`);
  if (!existsSync('/usr/bin/pdftotext')) {
    t.diagnostic('no pdftotext (poppler-utils): the pages\' text is not read');
    await context.close();
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'rules-print-'));
  const file = join(dir, 'rules.pdf');
  writeFileSync(file, pdf);
  const text = (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).trim();
  for (let n = 1; n <= pages; n++) assert.ok(text(n).length > 40, `page ${n} of ${pages} has text`);
  const all = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
  for (const words of ['1.构建重点园区聚才平台', '（4）其他具有一技之长', '16.严格申报程序', '予以废止']) {
    assert.ok(all.includes(words), `printed: ${words}`);
  }
  rmSync(dir, { recursive: true, force: true });
  await context.close();
});

test('a result card\'s clause leads to its place on the rules page', async () => {
  const app = await openApp(browser, server.url, PHONE, await browser.newContext({ viewport: PHONE, hasTouch: true }));
  const { page } = app;
  await phdAtEnterprise(page);
  const link = '#benefit-living_subsidy a[href="rules.html#s11-1"]';
  assert.equal(await page.textContent(link), '§11(1)');
  await page.tap(link);
  await page.waitForURL(/rules\.html#s11-1$/);
  await eventually('§11(1) in sight', () => inSight(page, '#s11-1'), (v) => v === true, true);
  assertClean(app, server.url);
  await app.context.close();
});

// Screenshots for a person to look at (results/, not kept in git).
const SHOTS = new URL('results/rules/', import.meta.url);

// What the browser tells a screen reader of an element: its role, name and
// whether it is expanded (Chromium's accessibility tree).
async function announced(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes[0];
  const expanded = node.properties?.find((p) => p.name === 'expanded')?.value.value ?? null;
  return { role: node.role.value, name: node.name?.value, expanded };
}

const WORDS = '#benefit-living_subsidy details.clause-words';
const fetched = (requests) => requests.filter((u) => new URL(u).pathname.endsWith('/clauses.json')).length;

test('a card\'s clause words open and close by keyboard, fetched when wanted, in Chinese and English', async () => {
  mkdirSync(SHOTS, { recursive: true });
  // Without the service worker, which stores every file once there is a result.
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, serviceWorkers: 'block' });
  const app = await openApp(browser, server.url, PHONE, context);
  const { page, requests } = app;
  await phdAtEnterprise(page);
  assert.equal(fetched(requests), 0, 'no words before they are wanted');
  // From the clause's link, Tab reaches its words.
  await page.focus('#benefit-living_subsidy a.clause');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate((s) => document.activeElement === document.querySelector(`${s} > summary`), WORDS));
  assert.deepEqual(await announced(page, `${WORDS} > summary`), { role: 'DisclosureTriangle', name: '条文原文', expanded: false });
  await page.keyboard.press('Enter');
  await eventually('the words of §11(1)', () => page.textContent(`${WORDS} .words`), (t) => t.includes('（1）对师市经开区、企业、农业科技园区'), '§11(1)');
  assert.ok(await page.textContent(`${WORDS} .words`).then((t) => t.includes('以上引进人才') && !t.includes('（2）')), 'item (1), its Bingtuan paragraph, not item (2)');
  assert.equal((await announced(page, `${WORDS} > summary`)).expanded, true);
  assert.equal(await page.getAttribute(`${WORDS} .more a`, 'href'), 'rules.html#s11-1');
  assert.ok(fetched(requests) >= 1, 'fetched once wanted');
  await assertAccessible(page);
  await page.locator(WORDS).scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('card-words-phone-zh.png', SHOTS).pathname });
  // Closed by the same key, opened again by Space.
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate((s) => document.querySelector(s).open, WORDS), false);
  assert.equal((await announced(page, `${WORDS} > summary`)).expanded, false);
  await page.keyboard.press(' ');
  assert.equal(await page.evaluate((s) => document.querySelector(s).open, WORDS), true);
  // What does not apply has its clause's words too.
  const other = '#ineligible-flexible_daily_subsidy details.clause-words';
  await page.focus(`${other} > summary`);
  await page.keyboard.press('Enter');
  await eventually('the words of §11(2)', () => page.textContent(`${other} .words`), (t) => t.startsWith('（2）'), '§11(2)');

  // In English: the text as published, marked as Chinese, and its English summary.
  await switchToEnglish(page);
  assert.deepEqual(await announced(page, `${WORDS} > summary`), { role: 'DisclosureTriangle', name: 'The clause in its own words', expanded: false });
  await page.focus(`${WORDS} > summary`);
  await page.keyboard.press('Enter');
  await eventually('the summary of §11(1)', () => page.textContent(`${WORDS} .words .summary`).catch(() => ''), (t) => t.startsWith('A talent of category A, B or C'), 'English');
  assert.equal(await page.getAttribute(`${WORDS} .words .text`, 'lang'), 'zh-CN');
  await assertAccessible(page);
  await page.locator(WORDS).scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('card-words-phone-en.png', SHOTS).pathname });
  assertClean(app, server.url);
  await app.context.close();
});

test('on a tablet the words read within the card; words that did not come keep pointing to the link, and come at the next opening', async () => {
  // Without the service worker, which would answer from what it stored.
  const app = await openApp(browser, server.url, TABLET, await browser.newContext({ viewport: TABLET, serviceWorkers: 'block' }));
  const { page } = app;
  await phdAtEnterprise(page);
  await page.route('**/clauses.json', (route) => route.abort());
  await page.click(`${WORDS} > summary`);
  await eventually('ready to try again', () => page.getAttribute(WORDS, 'data-words'), (k) => k === 's11-1', 's11-1');
  assert.match(await page.textContent(`${WORDS} .words`), /条文载入中；也可点上面的条款编号/);
  await page.unroute('**/clauses.json');
  // Closed, then opened again: the words come.
  await page.click(`${WORDS} > summary`);
  await page.click(`${WORDS} > summary`);
  await eventually('the words', () => page.textContent(`${WORDS} .words`), (t) => t.includes('（1）对师市经开区'), '§11(1)');
  const [card, words] = await page.evaluate((s) => [document.querySelector('#benefit-living_subsidy'), document.querySelector(s)]
    .map((e) => { const r = e.getBoundingClientRect(); return { left: r.left, right: r.right }; }), WORDS);
  assert.ok(words.left >= card.left && words.right <= card.right, 'inside its card');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'nothing wider than the screen');
  await page.locator(WORDS).scrollIntoViewIfNeeded();
  await page.screenshot({ path: new URL('card-words-tablet-zh.png', SHOTS).pathname });
  await app.context.close();
});

// The PhD at an enterprise as a share link (format 2), for the engines driven by WebDriver.
const T2_LINK = 't2.birth-date=1992-04-15&degree=doctorate&mode=full_time&employer-type=enterprise'
  + '&first-social-insurance=1&contract-years=3&purchase-price=350000.f0abae87';

for (const engine of ['firefox', 'webkit']) {
  test(`${engine}: the rules page opens at a clause, and a card's words open and close by keyboard`, async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await launchEngine(engine);
    try {
      await page.goto(`${server.url}rules.html#s13`);
      await eventually(`${engine}: §13 in sight`, () => page.evaluate(() => {
        const r = document.getElementById('s13').getBoundingClientRect();
        return r.top >= 0 && r.top < window.innerHeight;
      }), (v) => v === true, true, 15000);
      await page.goto(`${server.url}#${T2_LINK}`);
      await eventually(`${engine}: the result`, () => page.evaluate((s) => document.querySelector(s) !== null, WORDS), (v) => v === true, true, 15000);
      await page.evaluate((s) => document.querySelector(`${s} > summary`).focus(), WORDS);
      await page.press('Enter');
      await eventually(`${engine}: the words`, () => page.evaluate((s) => document.querySelector(`${s} .words`).textContent, WORDS),
        (t) => t.includes('（1）对师市经开区'), '§11(1)', 15000);
      assert.equal(await page.evaluate((s) => document.querySelector(s).open, WORDS), true);
      await page.screenshot(new URL(`card-words-${engine}.png`, SHOTS).pathname);
      await page.press('Enter');
      await eventually(`${engine}: closed`, () => page.evaluate((s) => document.querySelector(s).open, WORDS), (v) => v === false, false);
    } finally {
      await page.close();
    }
  });
}
