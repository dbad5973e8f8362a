// The payment timeline of the talent page's candidate: bars and a table of
// years 1 to 8 on the talent result, in Chinese and English, on screen and
// in print, and the same on the timeline page. Checked
// also with axe-core, for console errors and for requests leaving the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, switchToEnglish, expectText, expectVisible, expectHidden, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';
import { phdAtEnterprise } from './answers.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

test('a PhD sees each year: living and housing in years 1 to 3, the purchase instalments later', async () => {
  const app = await openApp(browser, server.url, { width: 1280, height: 900 });
  const { page } = app;
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await expectText(page, '#timeline-heading', '发放时间表');
  await expectText(page, '#timeline-year-1', /第1年\s*60,000\.00 元\s*9,600\.00 元\s*—\s*69,600\.00 元/);
  await expectText(page, '#timeline-year-3', /69,600\.00 元$/);
  await expectText(page, '#timeline-year-4', /80,000\.00 元（购房后）\s*80,000\.00 元/);
  await expectText(page, '#timeline-year-8', /80,000\.00 元（购房后）/);
  assert.equal(await page.locator('#timeline-table tbody tr').count(), 8);
  assert.equal(await page.locator('.bars .bar-row').count(), 8);
  assert.ok(await page.locator('.bars rect').count() >= 11, 'a segment per benefit and year');
  // Printed as the table alone: the bars say nothing more.
  await page.emulateMedia({ media: 'print' });
  await expectVisible(page, '#timeline-table');
  await expectHidden(page, '.bars');
  await page.emulateMedia({ media: 'screen' });
  // Where the Bingtuan pays more, the timeline says its table is the city's standard.
  assert.equal(await page.locator('#timeline-bingtuan').count(), 0);
  await page.fill('#bingtuan-support', '700000');
  await expectText(page, '#timeline-bingtuan', /兵团人才政策支持 700,000\.00 元 高于师市标准/);
  await page.fill('#bingtuan-support', '');
  await switchToEnglish(page);
  await expectText(page, '#timeline-heading', 'Payment timeline');
  await expectText(page, '#timeline-year-4', /Year 4\s*—\s*—\s*¥80,000\.00 \(after buying a home\)/);
  // The timeline page, linked from the pages beside the talent page, draws the same.
  await page.goto(`${server.url}timeline.html`);
  await page.waitForSelector('#timeline-table');
  await expectText(page, '#timeline-year-4', /Year 4\s*—\s*—\s*¥80,000\.00 \(after buying a home\)/);
  assert.equal(await page.locator('#timeline-table tbody tr').count(), 8);
  await finish(app, server.url);
});

test('on a phone the table scrolls in its own box and the page stays as wide as the screen', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await phdAtEnterprise(page);
  await page.waitForSelector('#timeline-table');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  const wrap = page.locator('#timeline .table-wrap');
  assert.ok(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth), 'the table is wider than its box');
  await expectVisible(page, '#timeline .scroll-hint');
  await finish(app, server.url);
});

test('without a candidate the timeline page says what to do and offers nothing to print', async () => {
  const app = await openApp(browser, `${server.url}timeline.html`, undefined, null, '#timeline-none');
  const { page } = app;
  await expectText(page, '#timeline-none', /请先在个人人才自测中填写/);
  assert.equal(await page.locator('#timeline-print').count(), 0);
  // Once the talent page has a result, there is.
  await page.goto(server.url);
  await page.waitForSelector('main form');
  await phdAtEnterprise(page);
  await page.goto(`${server.url}timeline.html`);
  await page.waitForSelector('#timeline-table');
  assert.equal(await page.isVisible('#timeline-print'), true);
  await finish(app, server.url);
});
