// Journeys of the enterprise page: the §3 no-stacking rule lowering an
// award, a flexible hire whose category comes from a profile, rows added and
// removed by keyboard, the draft, the share link, English, and a bad answer.
// Each also checks accessibility (axe-core), the console, and that no
// request leaves the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  openApp, switchToEnglish, assertClean,
  expectText, expectValue, expectChecked, expectFocus, expectHidden, expectVisible, finish } from './browser.mjs';
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
  await expectText(page, '#hire-result-0', /张工\s*B类人才\s*45岁（含）以下全日制博士研究生（§10）\s*10\s*3,000\.00 元/);
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

// Every industrial award of §1 and §3 with §12's workstation, and the hire above.
async function everyIndustrialAward(page) {
  await littleGiantWithAPhd(page);
  for (const [id, typed] of [['#platform-national', '1'], ['#platform-regional', '1'], ['#industrial-institute-years', '2'],
    ['#key-tech-projects', '1'], ['#expert-workstations', '1']]) {
    await page.tap(id);
    await page.keyboard.type(typed);
  }
  await page.focus('#high-tech');
  await page.keyboard.press('ArrowDown');
  await expectValue(page, '#high-tech', 'first');
  await page.tap('#tech-sme-first');
  await expectChecked(page, '#tech-sme-first');
}

test('each industrial award is sent where §16 and INT-06 say, never to a sector authority', async () => {
  const app = await openApp(browser, PAGE(), undefined, await phone());
  const { page } = app;
  await everyIndustrialAward(page);
  const where = {
    platform_national: '国家级创新平台奖励：师市发改委、师市科技局',
    platform_regional: '：师市工信局、师市发改委、师市科技局',
    industrial_institute: '：师市工信局',
    high_tech_first: '首次认定高新技术企业奖励：师市科技局',
    tech_sme_first: '：师市科技局',
    little_giant: '专精特新“小巨人”奖励：师市工信局',
    key_tech_breakthrough: '：师市科技局',
    expert_workstation: '：师市科技局',
    hires: '柔性引进人才补助：师市人社局',
  };
  for (const [id, text] of Object.entries(where)) await expectText(page, `#apply-${id}`, new RegExp(text));
  assert.equal(await page.locator('#apply-to .departments li').count(), Object.keys(where).length);
  await expectText(page, '#apply-to', /依据方案第16条：产业项目类由申报单位按类别分别报师市发改委、科技局、工信局/);
  await expectText(page, '#apply-to', /INT-06/);
  assert.doesNotMatch(await page.textContent('#apply-to'), /行业主管部门/);
  await switchToEnglish(page);
  await expectText(page, '#apply-little_giant', /: the city's Industry and Information Technology Bureau$/);
  assert.doesNotMatch(await page.textContent('#apply-to'), /sector's competent department/);
  await finish(app, server.url);
});

test('the printout lists what was entered, keeps the §3 arithmetic and the hires with clause, subtotal and reasons', async () => {
  const tablet = await browser.newContext({ viewport: { width: 1180, height: 820 }, hasTouch: true });
  const app = await openApp(browser, PAGE(), undefined, tablet);
  const { page } = app;
  await littleGiantWithAPhd(page);
  await page.focus('#add-hire');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'hire-1-label');
  await page.keyboard.type('李老师');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expectValue(page, '#hire-1-category', 'A');
  await expectText(page, '#e-total', '154,600.00 元');
  assert.equal(await page.isVisible('#e-entered'), false, 'the answers are printed, not shown twice on screen');
  await page.emulateMedia({ media: 'print' });
  await expectText(page, '#e-entered', /在师市注册登记\s*是\s*属于师属企事业单位\s*是/);
  await expectText(page, '#e-entered', /专精特新\s*国家级专精特新“小巨人”企业[\s\S]*已获得的各级专精特新奖励\s*5万/);
  await expectText(page, '#e-entered', /柔性引进人才 1\s*张工 · 10 天 · 1990-01-01、博士研究生、无职称/);
  await expectText(page, '#e-entered', /柔性引进人才 2\s*李老师 · 4 天 · A类人才/);
  for (const shown of ['#e-entered', '#benefit-little_giant .calc', '#hire-results', '#hire-subtotal', '#apply-to']) {
    assert.equal(await page.isVisible(shown), true, `${shown} printed`);
  }
  assert.equal(await page.isVisible('.left'), false, 'the form is not printed');
  await expectText(page, '#benefit-little_giant .calc', /200,000\.00 元 减已获 50,000\.00 元（不足时按 0 计）= 150,000\.00 元/);
  await expectText(page, '#hire-results h3', /柔性引进人才补助\s*§11\(2\)/);
  await expectText(page, '#hire-result-0', /张工\s*B类人才\s*45岁（含）以下全日制博士研究生（§10）\s*10\s*3,000\.00 元\s*10 个工作日 × 300\.00 元/);
  await expectText(page, '#hire-result-1', /李老师\s*A类人才\s*按用人单位选定的类别\s*4\s*1,600\.00 元/);
  await expectText(page, '#hire-subtotal', /小计（单位获得）\s*4,600\.00 元/);
  // Where to apply, and the documents the hires need in a line, as the talent page prints them.
  await expectText(page, '#apply-little_giant', '专精特新“小巨人”奖励：师市工信局');
  await expectVisible(page, '#apply-to p.print-only');
  await expectText(page, '#apply-to p.print-only', /身份证、学历、学位证书/);
  // Everything of the printout inside the A4 page's width.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 10_000, 'a PDF was printed');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('#e-entered'), false);
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
  // Format e2: the day it was made (by the device's calendar), then the answers.
  const link = await expectValue(page, '#share-link', /enterprise\.html#e2\.made=\d{4}-\d{2}-\d{2}&registered=1&/);
  assert.ok(link.startsWith(PAGE()), link);
  const other = await openApp(browser, link);
  await expectText(other.page, '#e-total', '153,000.00 元');
  await expectText(other.page, '#notice', /分享链接/);
  await expectValue(other.page, '#hire-0-birth', '1990-01-01');
  // Made under the version in force today: no note, and the date stays today's.
  assert.equal(await other.page.locator('#e-result-body .notice').count(), 0);
  await expectValue(other.page, '#e-assessment-date', '');
  await finish(other, server.url);

  // A link in format e1, written before links said the day they were made, still opens, and is kept as an e2 draft.
  const old = await openApp(browser, `${PAGE()}#e1.registered=1&high-tech=first.5f8bc824`);
  await expectText(old.page, '#notice', /分享链接/);
  await expectValue(old.page, '#high-tech', 'first');
  await expectText(old.page, '#e-result-body', /高新技术企业/);
  const draft = await old.page.evaluate(() => localStorage.getItem('talent-check.enterprise.draft.v1'));
  assert.match(draft, /^e2\.made=\d{4}-\d{2}-\d{2}&registered=1&high-tech=first\.[0-9a-f]{8}$/);
  await finish(old, server.url);

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
