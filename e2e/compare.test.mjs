// The comparison page: the talent page's candidate in two, then three
// scenarios; differences marked; a bad answer named and linked to its field;
// the comparison shared by link and opened again; print; English. Each
// journey also runs axe, and checks the console and that no request leaves the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, switchToEnglish, expectText, expectFocus, expectVisible, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';
import { phdAtEnterprise } from './answers.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

// The comparison page on a tablet, after the talent page has a PhD at an enterprise.
async function comparingAPhd() {
  const app = await openApp(browser, server.url, { width: 1280, height: 900 });
  await phdAtEnterprise(app.page);
  await app.page.goto(`${server.url}compare.html`);
  await app.page.waitForSelector('#compare-table');
  return app;
}

test('a PhD at an enterprise or a research institute, on a 2-year contract, then a third scenario; shared and printed', async () => {
  const app = await openApp(browser, server.url, { width: 1280, height: 900 });
  const { page } = app;
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.goto(`${server.url}compare.html`);
  await page.waitForSelector('#compare-table');
  assert.equal(await page.locator('td.differs').count(), 0, 'two equal scenarios to start with');

  // Scenario 2 by keyboard: another employer, a shorter contract.
  await page.focus('#s1-employer');
  await page.selectOption('#s1-employer', 'research_institute');
  await page.click('#s1-years');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /科研院所 · 今天 · 合同 2 年（与情形一不同）/);
  await expectText(page, '#compare-row-2 td:nth-of-type(1)', '608,800.00 元');
  assert.ok(await page.locator('#compare-row-2 td.differs').count() === 1, 'the talent total differs and is marked');

  await page.focus('#compare-add');
  await page.keyboard.press('Enter');
  await expectFocus(page, 's2-employer');
  await page.fill('#s2-price', 'abc');
  await expectText(page, '#compare-errors', /情形三 · 购房房款：“abc”不是数字/);
  assert.equal(await page.getAttribute('#s2-price', 'aria-invalid'), 'true');
  await expectText(page, '#compare-row-1 td:nth-of-type(3)', '请先更正');
  await page.click('#compare-errors a');
  await expectFocus(page, 's2-price');
  await page.fill('#s2-price', '35万');
  await expectText(page, '#compare-row-0 td:nth-of-type(3)', /房款 35万/);
  assert.equal(await page.getAttribute('#s2-price', 'aria-invalid'), null);
  // Why the 2-year contract pays less, in the row of what is not paid.
  await expectText(page, '#compare-table tbody tr:last-child td:nth-of-type(2)', /生活补助（合同期限须在3年及以上）/);

  // To the talent page and back, or a reload: the comparison is still there.
  await page.reload();
  await page.waitForSelector('#compare-table');
  assert.equal(await page.inputValue('#s2-price'), '35万');
  assert.equal(await page.inputValue('#s1-years'), '2');

  await page.click('#compare-make-link');
  const link = await page.inputValue('#share-link');
  // Format c2: the day it was made (by the device's calendar), then each scenario.
  assert.match(link, /compare\.html#c2\.made=\d{4}-\d{2}-\d{2}~[^~]+~[^~]+~[^~]+\.[0-9a-f]{8}$/);
  const again = await openApp(browser, link, { width: 1280, height: 900 }, null, '#compare-table');
  await expectText(again.page, '#notice', /已从分享链接载入答案/);
  assert.equal(await again.page.inputValue('#s2-price'), '35万');
  assert.equal(await again.page.inputValue('#s1-years'), '2');
  // Made under the version in force today: no note, and the dates stay as they were.
  assert.equal(await again.page.locator('#compare-result .notice').count(), 0);
  await finish(again, server.url);

  // A link in format c1, written before links said the day they were made, still opens.
  const c1 = 'c1.birth-date=1992-04-15&degree=doctorate&employer-type=enterprise~birth-date=1992-04-15&degree=doctorate&employer-type=research_institute&purchase-price=45%E4%B8%87.35638a74';
  const old = await openApp(browser, `${server.url}compare.html#${c1}`, { width: 1280, height: 900 }, null, '#compare-table');
  await expectText(old.page, '#notice', /已从分享链接载入答案/);
  assert.equal(await old.page.inputValue('#s1-employer'), 'research_institute');
  assert.equal(await old.page.inputValue('#s1-price'), '45万');
  assert.equal(await old.page.inputValue('#s0-date'), '');
  await finish(old, server.url);

  await page.emulateMedia({ media: 'print' });
  await expectVisible(page, '#compare-table');
  assert.equal(await page.locator('#compare-form').isVisible(), false, 'the form stays off paper; the table says what each sets');
  await page.emulateMedia({ media: 'screen' });
  await switchToEnglish(page);
  await expectText(page, '#compare-row-0 th', 'What it sets');
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /research institute|Research institute/i);
  await finish(app, server.url);
});

test('a scenario changed here stays when the person is changed on the talent page, which the comparison then follows; a damaged link opens blank', async () => {
  const app = await comparingAPhd();
  const { page } = app;
  await page.fill('#s1-years', '5');
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /合同 5 年/);
  await page.goto(server.url);
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await page.fill('#birth-date', '1970-04-15');
  await expectText(page, '#category', /D类人才/);
  await page.goto(`${server.url}compare.html`);
  await page.waitForSelector('#compare-table');
  await expectText(page, '#compare-person', /1970-04-15/);
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /合同 5 年/);
  // Not the person saved on this device, on a shared tablet say.
  await page.goto('about:blank');
  await page.goto(`${server.url}compare.html#c1.birth-date=1992-04-15.deadbeef`);
  await expectVisible(page, '#compare-none');
  await expectText(page, '#notice', /空白/);
  await finish(app, server.url);
});

test('an impossible date in a scenario is named and the scenario keeps its date', async () => {
  const app = await comparingAPhd();
  const { page } = app;
  // A date box's first part is the month in Chromium's en-US layout.
  const clickDate = () => page.click('#s1-date', { position: { x: 14, y: 20 } });
  await clickDate();
  await page.keyboard.type('01302027');
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /2027-01-30/);
  await clickDate();
  await page.keyboard.type('02');
  await page.keyboard.press('Tab');
  await expectText(page, '#compare-errors', /情形二 · 评估日期.*：日期不完整或不存在.*保存的答案不变/);
  assert.equal(await page.getAttribute('#s1-date', 'aria-invalid'), 'true');
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /2027-01-30/);
  // Corrected, the message goes.
  await clickDate();
  await page.keyboard.type('03');
  await expectText(page, '#compare-row-0 td:nth-of-type(2)', /2027-03-30/);
  assert.equal(await page.locator('#compare-errors').count(), 0);
  assert.equal(await page.getAttribute('#s1-date', 'aria-invalid'), null);
  // Typed into an empty box, where the box's value never changes: named all the same.
  const clickFirstDate = () => page.click('#s0-date', { position: { x: 14, y: 20 } });
  await clickFirstDate();
  await page.keyboard.type('02302027');
  await expectText(page, '#compare-errors', /情形一 · 评估日期.*：日期不完整或不存在/);
  assert.equal(await page.getAttribute('#s0-date', 'aria-invalid'), 'true');
  await expectText(page, '#compare-row-0 td:nth-of-type(1)', /今天/);
  await finish(app, server.url);
});

test('on a phone the table scrolls in its own box; with no answers yet the page says where to start', async () => {
  const app = await openApp(browser, `${server.url}compare.html`, undefined, null, '#compare-none');
  const { page } = app;
  await expectVisible(page, '#compare-none');
  await page.goto(server.url);
  await phdAtEnterprise(page);
  await page.goto(`${server.url}compare.html`);
  await page.waitForSelector('#compare-table');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await expectText(page, '#compare-result .scroll-hint', '表格较宽，可左右滑动查看。');
  // Also once cells differ, with their words for screen readers inside the table's box.
  await page.selectOption('#s1-employer', 'research_institute');
  await page.waitForSelector('td.differs');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await finish(app, server.url);
});
