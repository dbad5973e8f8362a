// Journeys of the enterprise page: the §3 no-stacking rule lowering an
// award, a flexible hire whose category comes from a profile, rows added and
// removed by keyboard, the draft, the share link, English, and a bad answer.
// Each also checks accessibility (axe-core), the console, and that no
// request leaves the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, switchToEnglish, assertClean,
  expectText, expectValue, expectChecked, expectFocus, expectHidden, finish } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

const PAGE = () => `${server.url}enterprise.html`;

// A little giant that already received 50,000 yuan at another level, and one
// flexible hire described by a profile: a PhD born 1990, 10 days.
async function littleGiantWithAPhd(page) {
  await page.tap('#registered-in-city');
  await page.focus('#registered-in-city');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expectChecked(page, '#division-affiliated');
  await page.selectOption('#specialized', 'little_giant');
  await page.click('#specialized-awards-received');
  await page.keyboard.type('5万');
  await page.tap('#add-hire');
  await expectFocus(page, 'hire-0-label');
  await page.keyboard.type('张工');
  await page.keyboard.press('Tab');
  await page.keyboard.type('10');
  await page.click('#hire-0-birth');
  await page.keyboard.type('01011990');
  await page.selectOption('#hire-0-degree', 'doctorate');
}

// A phone that takes taps.
const phone = () => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('the no-stacking rule lowers an award, and a hire is paid by the category of its profile', async () => {
  const app = await openApp(browser, PAGE(), undefined, await phone());
  const { page } = app;
  await expectText(page, 'h1', '企业奖补自测');
  await littleGiantWithAPhd(page);
  await expectText(page, '#benefit-little_giant .amount', '150,000.00 元');
  await expectText(page, '#benefit-little_giant', /200,000\.00 元 减已获 50,000\.00 元（不足时按 0 计）= 150,000\.00 元/);
  await expectText(page, '#benefit-little_giant', /INT-05/);
  await expectText(page, '#hire-result-0', /张工\s*B类人才\s*10\s*3,000\.00 元/);
  await expectText(page, '#e-total', '153,000.00 元');
  await expectText(page, '#apply-to', /师市工信局/);

  // Not division-affiliated: §11(2) pays nothing, and says why.
  await page.tap('#division-affiliated');
  await expectText(page, '#hire-result-0', /0\.00 元/);
  await expectText(page, '#e-total', '150,000.00 元');
  await page.tap('#division-affiliated');
  await expectText(page, '#e-total', '153,000.00 元');
  await finish(app, server.url);
});

test('hire rows come and go by keyboard, a declared category hides the profile', async () => {
  const app = await openApp(browser, PAGE(), { width: 1280, height: 900 });
  const { page } = app;
  await page.focus('#add-hire');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'hire-0-label');
  await page.keyboard.type('李老师');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await expectFocus(page, 'hire-0-category');
  await page.keyboard.press('ArrowDown');
  await expectValue(page, '#hire-0-category', 'A');
  await expectHidden(page, '#hire-0-profile');
  await page.focus('#add-hire');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'hire-1-label');
  await page.keyboard.type('王博士');
  await expectText(page, '#hire-result-1', /请选择人才类别/);
  await expectText(page, '#hire-results', /李老师/);
  // Removing the first row: the second takes its place and focus.
  await page.focus('#hire-0-remove');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'hire-0-label');
  await expectValue(page, '#hire-0-label', '王博士');
  await page.focus('#hire-0-remove');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'add-hire');
  assert.equal(await page.locator('fieldset.hire').count(), 0);
  await finish(app, server.url);
});

test('the draft survives a reload, a share link opens elsewhere, and English reads the same', async () => {
  const app = await openApp(browser, PAGE(), undefined, await phone());
  const { page } = app;
  await littleGiantWithAPhd(page);
  await expectText(page, '#e-total', '153,000.00 元');
  await page.reload();
  await page.waitForSelector('#hire-0-label');
  await expectValue(page, '#hire-0-label', '张工');
  await expectText(page, '#notice', /已恢复/);
  await expectText(page, '#e-keep', /答案自动保存在本机浏览器中。分享链接/);
  await expectText(page, '#e-total', '153,000.00 元');

  await page.tap('#e-make-link');
  const link = await expectValue(page, '#share-link', /enterprise\.html#e1\./);
  assert.ok(link.startsWith(PAGE()), link);
  const other = await openApp(browser, link);
  await expectText(other.page, '#e-total', '153,000.00 元');
  await expectText(other.page, '#notice', /分享链接/);
  await expectValue(other.page, '#hire-0-birth', '1990-01-01');
  await finish(other, server.url);

  await switchToEnglish(page);
  await expectText(page, 'h1', 'Enterprise awards self-check');
  await expectText(page, '#e-total', '¥153,000.00');
  await expectText(page, '#hire-result-0', /Category B/);
  assert.equal(await page.title(), 'Enterprise awards self-check');
  await finish(app, server.url);
});

test('a bad answer is named beside its field and in a summary that leads there, and loses nothing', async () => {
  const app = await openApp(browser, PAGE());
  const { page } = app;
  await page.click('#platform-national');
  await page.keyboard.type('两个');
  await expectText(page, '#platform-national-error', /“两个”不是数字/);
  await expectText(page, '#fix-fields', /1 项[\s\S]*新认定的国家级创新平台（个）：“两个”不是数字/);
  await expectValue(page, '#platform-national', '两个');
  await page.click('#fix-fields a');
  await expectFocus(page, 'platform-national');
  await page.fill('#platform-national', '2');
  await expectText(page, '#e-total', /0\.00 元/, 5000);
  await expectText(page, '#platform-national-error', '');
  await finish(app, server.url);
});

test('an impossible date is named and never replaces the date given', async () => {
  const app = await openApp(browser, PAGE(), { width: 1280, height: 900 });
  const { page } = app;
  // A date box's first part is the month in Chromium's en-US layout.
  const clickDate = () => page.click('#e-assessment-date', { position: { x: 14, y: 20 } });
  await clickDate();
  await page.keyboard.type('01302026');
  await expectValue(page, '#e-assessment-date', '2026-01-30');
  // The month changed to February: 30 February.
  await clickDate();
  await page.keyboard.type('02');
  await page.keyboard.press('Tab');
  await expectText(page, '#e-assessment-date-error', /不是一个有效的日期/);
  await expectText(page, '.disclaimer', /评估日期 2026-01-30/);
  await page.reload();
  await page.waitForSelector('#e-assessment-date');
  await expectValue(page, '#e-assessment-date', '2026-01-30');
  await finish(app, server.url);
});

test('the talent page and the enterprise page link to each other', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.click('a[href="enterprise.html"]');
  await page.waitForSelector('#registered-in-city');
  await page.click('nav.pages a');
  await page.waitForSelector('#birth-date');
  await finish(app, server.url);
});
