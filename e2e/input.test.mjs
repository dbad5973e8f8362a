// Journeys about how answers are typed and kept, on a phone (touch, 390 px):
// units and full-width digits, examples that fit each field, warnings that
// let the user go on, the honours behind one question, the share panel, and
// a share link that meets a different saved draft. Each one also checks
// accessibility (axe-core), the console, and that no request leaves the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, assertAccessible, assertClean } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

const phone = (options = {}) =>
  browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, ...options });

async function open(url = server.url, options) {
  return openApp(browser, url, undefined, await phone(options));
}

async function check(app) {
  await assertAccessible(app.page);
  assertClean(app, server.url);
}

async function finish(app) {
  await check(app);
  await app.context.close();
}

// Taps a field, empties it and types `text` key by key, as a person would.
async function type(page, selector, text) {
  await page.tap(selector);
  await page.locator(selector).selectText();
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
}

// A date (the date picker's own key order depends on the locale).
const date = (page, selector, value) => page.fill(selector, value);

// Someone aged `years` today, as YYYY-MM-DD.
function bornYearsAgo(years) {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years, d.getMonth(), 1);
  return d.toISOString().slice(0, 10);
}

async function phdAtEnterprise(page) {
  await date(page, '#birth-date', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await page.tap('#mode-full_time');
  await page.selectOption('#employer-type', 'enterprise');
  await page.tap('#first-social-insurance');
}

test('a loan term in years counts twelve months a year, and a rate like 0.0345 is asked about', async () => {
  const app = await open();
  const { page } = app;
  await date(page, '#birth-date', '2001-03-01');
  await page.selectOption('#degree', 'junior_college');
  await page.tap('#wants-loan');
  assert.equal(await page.getAttribute('#loan-principal', 'inputmode'), null, 'the full keyboard types 万');
  assert.equal(await page.getAttribute('#loan-months', 'inputmode'), 'numeric');
  assert.match(await page.textContent('#loan-months-help'), /按月填写，例如 36；写“3年”也可以/);
  assert.equal(await page.textContent('#group-loan .field:has(#loan-months) .suffix'), '个月');
  await type(page, '#loan-principal', '３０万');
  await type(page, '#loan-months', '3年');
  await type(page, '#loan-rate', '0.0345');
  await page.waitForSelector('#loan-rate-error:has-text("是不是 3.45%")');
  assert.equal(await page.textContent('#loan-rate-error'), '是不是 3.45%？年利率按百分比填写，“0.0345”表示 0.0345%。');
  assert.equal(await page.getAttribute('#loan-rate', 'aria-invalid'), 'true');
  assert.equal(await page.locator('#total-talent').count(), 0, 'nothing is computed with a doubtful rate');
  assert.match(await page.textContent('#fix-fields'), /1 项填写需要更正/);
  await check(app);

  await type(page, '#loan-rate', '3.45');
  await page.waitForSelector('#total-talent');
  assert.equal(await page.textContent('#total-talent'), '15,525.00 元', '36 months, not 3 (1,293.75)');
  assert.equal(await page.inputValue('#loan-principal'), '３０万', 'kept as typed');
  assert.equal(await page.inputValue('#loan-months'), '3年');

  await page.tap('#lang-switch');
  await page.waitForSelector('#category >> text=Category E talent');
  await type(page, '#loan-rate', '345');
  await page.waitForSelector('#loan-rate-error:has-text("Did you mean 3.45 %?")');
  assert.match(await page.textContent('#loan-rate-error'), /“345” means 345 %/);
  await type(page, '#loan-rate', '0');
  await page.waitForSelector('#loan-rate-error:has-text("between 0.5 % and 20 %")');
  await type(page, '#loan-rate', '３．４５');
  await page.waitForSelector('#total-talent');
  assert.equal(await page.textContent('#total-talent'), '¥15,525.00');
  await finish(app);
});

test('full-width digits and thousands separators are read, and each example fits its field', async () => {
  const app = await open();
  const { page } = app;
  await phdAtEnterprise(page);
  await type(page, '#contract-years', '３');
  await page.waitForSelector('#total-talent');
  assert.equal(await page.textContent('#total-talent'), '608,800.00 元');
  await type(page, '#purchase-price', '３５０，０００');
  await page.waitForSelector('#total-talent >> text=558,800.00 元');
  assert.equal(await page.inputValue('#purchase-price'), '３５０，０００', 'kept as typed');
  await type(page, '#purchase-price', '35万');
  await page.waitForSelector('#total-talent >> text=558,800.00 元');
  await type(page, '#contract-years', '36个月');
  await page.waitForSelector('#total-talent >> text=558,800.00 元');

  await type(page, '#contract-years', 'three');
  await page.waitForSelector('#contract-years-error:not(:empty)');
  assert.equal(await page.textContent('#contract-years-error'), '“three”不是数字，请填写如 3 或 2.5');
  await type(page, '#purchase-price', '35,00');
  await page.waitForSelector('#purchase-price-error:not(:empty)');
  assert.equal(await page.textContent('#purchase-price-error'), '“35,00”不是数字，请填写如 450000 或 45万');
  await check(app);
  await type(page, '#contract-years', '3');
  await type(page, '#purchase-price', '350,000');
  await page.waitForSelector('#total-talent >> text=558,800.00 元');
  for (const id of ['purchase-price', 'bingtuan-support']) {
    assert.equal(await page.getAttribute(`#${id}`, 'inputmode'), null, `${id}: 万 can be typed`);
  }
  assert.equal(await page.getAttribute('#contract-years', 'inputmode'), 'decimal');
  await finish(app);
});

test('implausible answers get a warning beside them and the result still shows', async () => {
  const app = await open();
  const { page } = app;
  await date(page, '#birth-date', bornYearsAgo(17));
  await page.selectOption('#degree', 'bachelor');
  await page.waitForSelector('#degree-warning:not(:empty)');
  assert.match(await page.textContent('#degree-warning'), /未满18周岁取得本科及以上学历很少见/);
  assert.equal(await page.getAttribute('#degree-warning', 'role'), 'status');
  assert.match(await page.getAttribute('#degree', 'aria-describedby'), /degree-warning/);
  assert.equal(await page.textContent('#category'), 'D类人才', 'a warning holds nothing back');
  const colour = (sel) => page.$eval(sel, (e) => getComputedStyle(e).color);
  await page.tap('#has-startup');
  await date(page, '#graduation-date', bornYearsAgo(1));
  await page.waitForSelector('#graduation-date-warning:not(:empty)');
  assert.match(await page.textContent('#graduation-date-warning'), /毕业时未满18周岁/);
  assert.equal(await page.getAttribute('#graduation-date', 'aria-invalid'), 'false', 'still a valid answer');
  await date(page, '#registration-date', '2101-01-01');
  await page.waitForSelector('#registration-date-error:not(:empty)');
  assert.notEqual(await colour('#graduation-date-warning'), await colour('#registration-date-error'), 'a style of its own');
  await check(app);
  await app.context.close();

  const other = await open();
  await phdAtEnterprise(other.page);
  await type(other.page, '#contract-years', '3');
  await type(other.page, '#bingtuan-support', '100万');
  await other.page.waitForSelector('#bingtuan-support-warning:not(:empty)');
  assert.match(await other.page.textContent('#bingtuan-support-warning'), /超过第11条第1款全部补贴之和的最高额（788,000.00 元）/);
  assert.equal(await other.page.textContent('#total-talent'), '1,000,000.00 元', 'computed with it: the higher applies');
  await type(other.page, '#bingtuan-support', '10万');
  await other.page.waitForSelector('#bingtuan-support-warning:empty', { state: 'attached' });
  await other.page.tap('#lang-switch');
  await type(other.page, '#bingtuan-support', '1000000');
  await other.page.waitForSelector('#bingtuan-support-warning:has-text("(¥788,000.00)")');
  await finish(other);
});

test('the honours wait behind one yes/no question, and the equivalence question is explained', async () => {
  const app = await open();
  const { page } = app;
  await date(page, '#birth-date', '1980-05-05');
  await page.selectOption('#degree', 'bachelor');
  assert.ok(await page.isHidden('#honor-tianshan_talent_first'));
  assert.match(await page.textContent('fieldset:has(#has-honours-yes) legend'), /天山英才、兵团英才/);
  await page.tap('#has-honours-yes');
  await page.tap('#honor-tianshan_talent_first');
  await page.waitForSelector('#benefit-talent_honor_award');
  await page.tap('#has-honours-no');
  await page.waitForSelector('#benefit-talent_honor_award', { state: 'detached' });
  assert.ok(await page.isHidden('#honor-tianshan_talent_first'));
  await page.tap('#has-honours-yes');
  assert.ok(await page.isChecked('#honor-tianshan_talent_first'), 'hidden answers are kept');
  await page.waitForSelector('#benefit-talent_honor_award');
  assert.match(await page.textContent('#claimed-equivalent-help'), /“相当人才”指学历、职称或荣誉不符合上面的条件/);
  await check(app);
  await page.tap('#lang-switch');
  await page.waitForSelector('#claimed-equivalent-help >> text=/An “equivalent talent” does not meet/');
  assert.equal(await page.textContent('label:has(#has-honours-no)'), 'None of these');
  await finish(app);
});

test('the share panel says what the link holds, copies it, and shares it where the browser can', async () => {
  const app = await open(server.url, { permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = app;
  await date(page, '#birth-date', '1992-04-15');
  await page.tap('#make-link');
  const link = await page.inputValue('#share-link');
  assert.match(await page.textContent('#share-link-help'), /包括出生日期：任何拿到链接的人都能看到/);
  assert.equal(await page.getAttribute('#share-link', 'aria-describedby'), 'share-link-help');
  assert.equal(await page.locator('#native-share').count(), await page.evaluate(() => ('share' in navigator ? 1 : 0)));
  await page.tap('#copy-link');
  await page.waitForSelector('#copy-status >> text=链接已复制。');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  await finish(app);

  // No clipboard: the link is selected for the user to copy.
  const bare = await open(server.url, {});
  await bare.context.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
  await bare.page.reload();
  await bare.page.waitForSelector('main form');
  await bare.page.waitForSelector('#prepaint', { state: 'detached' });
  await bare.page.tap('#make-link');
  await bare.page.tap('#copy-link');
  await bare.page.waitForSelector('#copy-status >> text=/无法自动复制：链接已选中/');
  const selected = await bare.page.evaluate(() => {
    const i = document.activeElement;
    return i.id === 'share-link' && i.selectionStart === 0 && i.selectionEnd === i.value.length;
  });
  assert.ok(selected, 'the whole link is selected');
  await finish(bare);

  // Where the Web Share API exists, the system's share sheet gets the link.
  const sharing = await phone();
  await sharing.addInitScript(() => {
    navigator.share = async (data) => { window.sharedData = data; };
  });
  const phoneApp = await openApp(browser, server.url, undefined, sharing);
  await date(phoneApp.page, '#birth-date', '1992-04-15');
  await phoneApp.page.tap('#make-link');
  await phoneApp.page.tap('#native-share');
  await phoneApp.page.waitForFunction(() => window.sharedData);
  const shared = await phoneApp.page.evaluate(() => window.sharedData);
  assert.equal(shared.url, await phoneApp.page.inputValue('#share-link'));
  assert.equal(shared.title, '阿拉尔人才政策自测');
  await finish(phoneApp);
});

test('a share link that differs from the saved draft asks which to keep', async () => {
  // A link with other answers, made elsewhere.
  const maker = await open();
  await date(maker.page, '#birth-date', '1992-04-15');
  await maker.page.selectOption('#degree', 'doctorate');
  await maker.page.tap('#make-link');
  const link = await maker.page.inputValue('#share-link');
  await finish(maker);

  const context = await phone();
  const app = await openApp(browser, server.url, undefined, context);
  await date(app.page, '#birth-date', '1985-01-01');
  await app.page.waitForSelector('#category');
  await check(app);
  await app.page.close();

  // Keep the draft.
  const first = await openApp(browser, link, undefined, context);
  await first.page.waitForSelector('#link-choice');
  assert.match(await first.page.textContent('#choice-text'), /与本机保存的草稿不同/);
  assert.equal(await first.page.inputValue('#birth-date'), '1992-04-15', 'the link is shown meanwhile');
  assert.ok(!first.page.url().includes('#'));
  await check(first);
  await first.page.tap('#keep-draft');
  await first.page.waitForSelector('#link-choice', { state: 'detached' });
  assert.equal(await first.page.inputValue('#birth-date'), '1985-01-01');
  assert.match(await first.page.textContent('#notice'), /已恢复你上次填写的内容/);
  await first.page.reload();
  await first.page.waitForSelector('#category');
  assert.equal(await first.page.inputValue('#birth-date'), '1985-01-01');
  await check(first);
  await first.page.close();

  // Keep the link's answers: they become the draft.
  const second = await openApp(browser, link, undefined, context);
  await second.page.waitForSelector('#link-choice');
  await second.page.tap('#keep-link');
  await second.page.waitForSelector('#link-choice', { state: 'detached' });
  assert.match(await second.page.textContent('#notice'), /已改用分享链接中的答案/);
  await second.page.reload();
  await second.page.waitForSelector('#category');
  assert.equal(await second.page.inputValue('#birth-date'), '1992-04-15');
  assert.equal(await second.page.inputValue('#degree'), 'doctorate');

  // Pasted into the open app over a different draft: asked again.
  await date(second.page, '#birth-date', '1970-07-07');
  await second.page.waitForSelector('#category');
  await second.page.goto(link);
  await second.page.waitForSelector('#link-choice');
  await second.page.tap('#keep-draft');
  await second.page.waitForSelector('#link-choice', { state: 'detached' });
  assert.equal(await second.page.inputValue('#birth-date'), '1970-07-07');
  await finish(second);
});
