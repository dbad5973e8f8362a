// User journeys against the release build in Chromium. Each one also checks
// accessibility (axe-core), the console, and that no request leaves the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './static-server.mjs';
import { launch, openApp, assertAccessible, assertClean } from './browser.mjs';
import { fullTime, phdAtEnterprise } from './answers.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});


async function finish(app) {
  await assertAccessible(app.page);
  assertClean(app, server.url);
  await app.context.close();
}

test('a PhD at an enterprise is category B with 608,800 yuan over the periods', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  assert.equal(await page.locator('#boot').count(), 0, 'the loading line is gone once the app runs');
  await phdAtEnterprise(page);
  assert.equal(await page.textContent('#category'), 'B类人才');
  assert.match(await page.textContent('#category-until'), /2038-04-15/);
  assert.equal(await page.textContent('#total-talent'), '608,800.00 元');
  assert.match(await page.textContent('#benefit-living_subsidy'), /第1–36个月，每月 5,000.00 元/);
  assert.match(await page.textContent('#benefit-housing_subsidy'), /800.00 × 36/);
  const purchase = await page.textContent('#benefit-purchase_subsidy');
  for (const year of [4, 5, 6, 7, 8]) assert.match(purchase, new RegExp(`第${year}年 80,000.00 元`));
  assert.match(await page.textContent('#apply-to'), /师市人社局/);
  await finish(app);
});

test('a bachelor at an enterprise gets no subsidy and is told why', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await fullTime(page, { birth: '1999-09-09', degree: 'bachelor' });
  await page.waitForSelector('#not-applicable');
  assert.equal(await page.textContent('#category'), 'D类人才');
  assert.equal(await page.textContent('#total-talent'), '0.00 元');
  const living = await page.textContent('#ineligible-living_subsidy');
  assert.match(living, /该单位类型不适用于你的人才类别/);
  assert.match(living, /该单位类型仅适用于A、B、C类人才/);
  assert.ok(await page.isHidden('#purchase-price'), 'the house price cannot matter here');
  await finish(app);
});

test('a graduate who started a business sees the start-up grant', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.fill('#birth-date', '2000-03-01');
  await page.selectOption('#degree', 'bachelor');
  await page.check('#has-startup');
  await page.fill('#graduation-date', '2023-06-30');
  await page.check('#startup-in-city');
  await page.check('#legal-representative');
  await page.fill('#registration-date', '2024-09-01');
  await page.fill('#insured-employees', '1');
  await page.fill('#tax-paid', '26000');
  await page.fill('#assessment-date', '2026-11-23');
  await page.waitForSelector('#benefit-startup_grant');
  assert.match(await page.textContent('#benefit-startup_grant'), /20,000.00 元/);
  assert.equal(await page.textContent('#total-talent'), '20,000.00 元');
  await page.fill('#tax-paid', '20000');
  await page.waitForSelector('#ineligible-startup_grant');
  assert.match(await page.textContent('#ineligible-startup_grant'), /实际纳税超过20,000.00 元/);
  await finish(app);
});

test('English is one click away and translates the result', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await phdAtEnterprise(page);
  await page.click('#lang-switch');
  await page.waitForSelector('#category >> text=Category B talent');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('#total-talent'), '¥608,800.00');
  assert.equal(await page.textContent('h1'), 'Alar talent policy self-check');
  assert.equal(await page.textContent('label[for=birth-date]'), 'Date of birth');
  await page.fill('#contract-years', 'x');
  assert.match(await page.textContent('#contract-years-error'), /is not a number/);
  await page.fill('#contract-years', '3');
  await page.reload();
  await page.waitForSelector('#category >> text=Category B talent');
  await finish(app);
});

test('a share link restores the answers on another device, with a QR code', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await phdAtEnterprise(page);
  await page.fill('#purchase-price', '350000');
  await page.click('#make-link');
  const link = await page.inputValue('#share-link');
  assert.ok(link.startsWith(server.url + '#t2.'), link);
  assert.ok(await page.isVisible('.qr-code svg'));
  await finish(app);

  const other = await openApp(browser, link);
  await other.page.waitForSelector('#total-talent');
  assert.equal(await other.page.textContent('#total-talent'), '558,800.00 元');
  assert.equal(await other.page.inputValue('#purchase-price'), '350000');
  assert.match(await other.page.textContent('#notice'), /已从分享链接载入答案/);
  assert.ok(!other.page.url().includes('#'), 'the answers moved into the draft');
  await other.page.reload();
  await other.page.waitForSelector('#total-talent');
  assert.equal(await other.page.textContent('#total-talent'), '558,800.00 元');
  await other.page.fill('#purchase-price', '300000');
  await other.page.reload();
  await other.page.waitForSelector('#total-talent');
  assert.equal(await other.page.inputValue('#purchase-price'), '300000', 'a change after opening the link survives a reload');
  await finish(other);
});

test('reloading keeps the draft, and clearing empties it', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await phdAtEnterprise(page);
  await page.click('.mobile-summary');
  await page.goto(`${server.url}#result`);
  await page.reload();
  await page.waitForSelector('#total-talent');
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15', 'an in-page anchor is not mistaken for a share link');
  assert.equal(await page.inputValue('#contract-years'), '3');
  assert.match(await page.textContent('#notice'), /已恢复你上次填写的内容/);
  await page.click('#clear');
  await page.click('#clear-yes');
  await page.waitForSelector('#start-hint');
  assert.equal(await page.inputValue('#birth-date'), '');
  await page.reload();
  await page.waitForSelector('#start-hint');
  await finish(app);
});

test('a tampered or old link gives a clear message and a clean start, and keeps the draft', async () => {
  const good = await openApp(browser, server.url);
  await phdAtEnterprise(good.page);
  await good.page.click('#make-link');
  const link = await good.page.inputValue('#share-link');
  await good.context.close();

  const at = link.indexOf('#t2.') + 6;
  const tampered = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
  for (const [url, message] of [[tampered, /不完整或已被改动/], [`${server.url}#t0.abc.1234`, /来自其他版本/]]) {
    // Opened cold, on a device with no draft.
    const cold = await openApp(browser, url);
    await cold.page.waitForSelector('#notice');
    assert.match(await cold.page.textContent('#notice'), message);
    assert.equal(await cold.page.inputValue('#birth-date'), '', 'a clean start');
    assert.ok(!cold.page.url().includes('#t'), 'the bad fragment is removed');
    await finish(cold);

    // Pasted into the open app: a clean start, and the draft survives until the user types again.
    const app = await openApp(browser, server.url);
    await app.page.fill('#birth-date', '1985-01-01');
    await app.page.goto(url);
    await app.page.waitForSelector('#notice');
    assert.match(await app.page.textContent('#notice'), message);
    assert.equal(await app.page.inputValue('#birth-date'), '');
    await app.page.reload();
    await app.page.waitForSelector('#category');
    assert.equal(await app.page.inputValue('#birth-date'), '1985-01-01');
    await finish(app);
  }
});

test('print gives a one-page A4 summary with the answers and the result', async () => {
  const app = await openApp(browser, server.url, { width: 1280, height: 900 });
  const { page } = app;
  await phdAtEnterprise(page);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isHidden('form.questions'));
  assert.ok(await page.isVisible('.print-summary'));
  assert.match(await page.textContent('.print-summary'), /1992-04-15/);
  assert.ok(await page.isVisible('#total-talent'));
  assert.match(await page.textContent('.disclaimer'), /师市党办发〔2025〕17号/);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.equal(pages, 1, 'one A4 page');
  await page.emulateMedia({ media: 'screen' });
  await finish(app);
});

test('an unreadable saved draft gives a notice and a clean start', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('talent-check.draft.v1', '{"birth_date": 19');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const app = await openApp(browser, server.url, undefined, context);
  await app.page.waitForSelector('#notice');
  assert.match(await app.page.textContent('#notice'), /无法读取，已清除/);
  await phdAtEnterprise(app.page);
  assert.equal(await app.page.textContent('#category'), 'B类人才');
  await finish(app);
});

test('without storage the app says so and still works', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const app = await openApp(browser, server.url, undefined, context);
  await app.page.waitForSelector('#notice');
  assert.match(await app.page.textContent('#notice'), /不允许保存草稿/);
  await phdAtEnterprise(app.page);
  assert.equal(await app.page.textContent('#total-talent'), '608,800.00 元');
  await finish(app);
});

test('the form works with the keyboard alone, in a sensible order', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'lang-switch');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-bar', 'a phone\'s result bar next');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'birth-date');
  await page.keyboard.type('04151992');
  // A date box has its own stops for month, day and year.
  for (let i = 0; i < 3 && await page.evaluate(() => document.activeElement.id) === 'birth-date'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement.id), 'degree');
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await page.waitForSelector('#category >> text=B类人才');
  // Every visible control can be reached and shows a focus outline.
  await page.focus('#mode-full_time');
  await page.keyboard.press('Space');
  await page.waitForSelector('#employer-type:visible');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await finish(app);
});

test('a long result in English still prints on one A4 page', async () => {
  const app = await openApp(browser, server.url, { width: 1280, height: 900 });
  const { page } = app;
  await page.click('#lang-switch');
  await fullTime(page, { birth: '1992-04-15', degree: 'doctorate', employer: 'public_hospital' });
  await page.check('#honor-tianshan_talent_first');
  await page.fill('#purchase-price', '350000');
  await page.fill('#bingtuan-support', '100000');
  await page.check('#has-startup');
  await page.fill('#graduation-date', '2023-06-30');
  await page.check('#startup-in-city');
  await page.fill('#registration-date', '2026-09-01');
  await page.fill('#assessment-date', '2026-11-23');
  await page.check('#wants-loan');
  await page.fill('#loan-principal', '400000');
  await page.fill('#loan-rate', '3.45');
  await page.fill('#loan-months', '48');
  await page.waitForSelector('#ineligible-startup_loan_interest');
  assert.match(await page.textContent('#ineligible-startup_loan_interest'), /Within the caps \(principal ¥300,000.00, 36 months\)/);
  assert.match(await page.textContent('#funding'), /the Bingtuan pays ¥100,000.00 and the city ¥458,800.00/);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1);
  await page.emulateMedia({ media: 'screen' });
  await finish(app);
});

test('an equivalence claim is referred for review, with a clearly labelled what-if', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  await fullTime(page, { birth: '1975-05-05', degree: 'bachelor' });
  await page.selectOption('#claimed-equivalent', 'B');
  await page.waitForSelector('#what-if');
  assert.equal(await page.textContent('#category'), 'D类人才');
  assert.match(await page.textContent('#referrals'), /相当B类人才.*一事一议/);
  assert.match(await page.textContent('#what-if'), /尚未认定[\s\S]*608,800.00 元/);
  assert.equal(await page.textContent('#total-talent'), '0.00 元', 'the real total is unchanged');
  await finish(app);
});
