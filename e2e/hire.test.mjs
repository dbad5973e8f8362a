// The hiring comparison: one candidate of the talent page, a row per kind of
// employer, on a tablet and on a phone, in Chinese and English. Each journey
// also checks accessibility (axe-core), the console, and that no request
// leaves the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, switchToEnglish, expectText, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';
import { phdAtEnterprise } from './answers.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

test('the table for a PhD: a row per kind of employer, benefits in kind shown and counted for the best, on a tablet', async () => {
  const app = await openApp(browser, server.url, { width: 1024, height: 768 });
  const { page } = app;
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.click('#to-hire');
  await page.waitForSelector('#hire-table');
  await expectText(page, '#hire-candidate', /B类人才，出生日期 1992-04-15/);
  assert.equal(await page.locator('#hire-table tbody tr').count(), 9);
  await expectText(page, '#hire-row-enterprise',
    /企业\s*B类人才\s*适用\s*608,800\.00 元\s*非现金待遇：人才服务卡\s*5,800\.00 元\s*\d/);
  // The same money at a public hospital, with a 事业编制 place (§6): the one best row.
  await expectText(page, '#hire-row-public_hospital',
    /公立医院\s*最优\s*B类人才\s*适用\s*608,800\.00 元\s*非现金待遇：按程序纳入事业编制管理、人才服务卡/);
  assert.deepEqual(await page.$$eval('#hire-table tr.best', (rows) => rows.map((r) => r.id)), ['hire-row-public_hospital']);
  assert.equal(await page.locator('#hire-table .tag').count(), 1, 'one row marked');
  await expectText(page, '.hire-main', /金额相同时，非现金待遇（如公立医院按程序纳入事业编制管理）多的排在前面/);
  // A 机关 gets no §11(2) from the `other` row: its per-day amount is for affiliated institutions only.
  const perDay = page.locator('#hire-row-other td').last();
  await expectText(page, '#hire-row-other td:last-child', /机关：不适用（第11条第2款只补助师属企事业单位）\s*其他师属事业单位：300\.00 元/);
  assert.doesNotMatch(await perDay.textContent(), /^\s*300\.00 元\s*$/);
  // The whole table on one tablet screen.
  const box = await page.locator('#hire-table').boundingBox();
  assert.ok(box.width <= 1024, `table ${box.width} px wide`);
  await switchToEnglish(page);
  await expectText(page, '#hire-row-public_hospital', /Best[\s\S]*In kind: Public-institution staff post, Talent service card/);
  await expectText(page, '#hire-row-other td:last-child', /Government offices \(机关\): none/);
  await expectText(page, '#hire-candidate', /Category B talent, born 1992-04-15/);
  await finish(app, server.url);
});

test('on a phone each kind of employer is a card no wider than the screen; without a candidate it says what to do and offers no print', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await phdAtEnterprise(page);
  await page.click('#to-hire');
  await page.waitForSelector('#hire-table');
  assert.equal(await page.isVisible('#hire-print'), true);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `page ${width} px wide`);
  await expectText(page, '#hire-row-enterprise td:first-of-type', /B类人才/);
  await finish(app, server.url);

  const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const empty = await fresh.newPage();
  const errors = [];
  empty.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await empty.goto(`${server.url}hire.html`);
  await expectText(empty, '#hire-none', /请先在个人人才自测中填写/);
  assert.equal(await empty.locator('#hire-print').count(), 0, 'nothing to print');
  await empty.click('#hire-none a');
  await empty.waitForSelector('#birth-date');
  assert.deepEqual(errors, []);
  await fresh.close();
});

test('a candidate from a share link, not yet hired, goes with the links between the pages', async () => {
  const app = await openApp(browser, server.url, { width: 1280, height: 900 });
  const { page } = app;
  await page.fill('#birth-date', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await page.check('#mode-flexible');
  await page.click('#make-link');
  const link = await page.inputValue('#share-link');
  const fragment = link.slice(link.indexOf('#'));
  await finish(app, server.url);

  // Another device: no draft, only the link.
  const other = await openApp(browser, `${server.url}hire.html${fragment}`, { width: 1280, height: 900 }, null, '#hire-table');
  const p = other.page;
  // Not yet hired full time: assessed as a standard full-time hire, each reason once.
  await expectText(p, '#hire-row-enterprise', /608,800\.00 元/);
  const other_ = await p.textContent('#hire-row-other');
  assert.equal((other_.match(/须为首次在师市参加社会保险/g) ?? []).length, 0);
  await p.click('nav.pages a[href^="timeline.html"]');
  // The same candidate there: in flexible work nothing is paid to the talent year by year.
  await expectText(p, '#timeline-candidate', /B类人才，出生日期 1992-04-15/);
  await expectText(p, '#timeline-empty', /暂无按年发放/);
  assert.ok(p.url().endsWith(fragment), p.url());
  await finish(other, server.url);
});
