// The core journeys in each of the three engines people use (Chromium,
// Firefox ESR, WebKit), through engines.mjs: one browser per engine, several
// journeys in it, each test named by its engine. The other test files go
// deeper in Chromium; these show the same app works by keys and clicks in
// all three.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventually } from './browser.mjs';
import { serveDist } from './static-server.mjs';
import { ENGINES, launchEngine } from './engines.mjs';

let server;
before(async () => { server = await serveDist(); });
after(async () => { await server?.close(); });

// Screenshots for a person to look at, beside screenshots.mjs's (results/, not kept in git).
const SHOTS = new URL('results/engines/', import.meta.url);

const fits = (expected) => (seen) => (expected instanceof RegExp
  ? typeof seen === 'string' && expected.test(seen)
  : seen === expected);

// A property of the first element matching the selector, or null while there is none.
const property = (page, selector, name) => page.evaluate(
  ([s, n]) => document.querySelector(s)?.[n] ?? null, [selector, name]);

const expectText = (page, selector, expected, timeout) => eventually(`${page.name}: text of ${selector}`,
  () => property(page, selector, 'textContent'), fits(expected), expected, timeout);

const expectValue = (page, selector, expected, timeout) => eventually(`${page.name}: value of ${selector}`,
  () => property(page, selector, 'value'), fits(expected), expected, timeout);

const waitFor = (page, selector, timeout = 15000) => eventually(`${page.name}: ${selector} shown`,
  () => page.evaluate((s) => document.querySelector(s) !== null, selector), fits(true), true, timeout);

// Opens `path` with nothing saved from an earlier journey, once the app runs
// (the talent page's form is painted before it, src/prepaint.rs).
async function open(page, path = '', ready = 'main form') {
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.goto(server.url + path);
  await appRuns(page, ready);
}

// Once `ready` shows and the app has taken over the talent page's painted form.
async function appRuns(page, ready = 'main form') {
  await waitFor(page, ready);
  await eventually(`${page.name}: the app runs`, () => page.evaluate(() => document.getElementById('prepaint') === null),
    fits(true), true, 15000);
}

// A date typed as a person types it in each engine, month/day/year as the
// engines' en-US date boxes are ordered. Chromium and Firefox move to the
// next part of the date after two digits; WebKitGTK's box waits for a
// separator (or Tab or →) between the parts, so the keys carry one: "/"
// works in all three.
const typedDate = (iso) => { const [y, m, d] = iso.split('-'); return `${m}/${d}/${y}`; };

// The PhD of the acceptance case phd-enterprise-b, by keys and clicks.
async function phdAtEnterprise(page) {
  await page.type('#birth-date', typedDate('1992-04-15'));
  await expectValue(page, '#birth-date', '1992-04-15');
  await page.select('#degree', 'doctorate');
  await page.click('#mode-full_time');
  await page.select('#employer-type', 'enterprise');
  await page.click('#first-social-insurance');
  await page.type('#contract-years', '3');
}

// The PhD above with a house of 350,000 as the app wrote it in format 2.
const T2_LINK = 't2.birth-date=1992-04-15&degree=doctorate&mode=full_time&employer-type=enterprise'
  + '&first-social-insurance=1&contract-years=3&purchase-price=350000.f0abae87';

// The batch page's file as Excel saves it in China.
const GBK = fileURLToPath(new URL('fixtures/candidates-gbk.csv', import.meta.url));

for (const engine of ENGINES) {
  describe(engine, () => {
    let page;
    before(async () => { page = await launchEngine(engine); });
    after(async () => { await page?.close(); });

    test(`${engine}: talent result by typed keys`, async () => {
      await open(page);
      if (engine === 'webkit') {
        // WebKitGTK's date box takes no part of the date until a separator,
        // Tab or → follows it: digits alone leave it half typed, which the
        // page names, keeping the answer it had.
        await page.type('#birth-date', '04151992');
        await page.click('h1');
        await expectText(page, '#birth-date-error', /日期不完整或不存在/);
        await expectValue(page, '#birth-date', '');
        await open(page);
        await page.type('#birth-date', '04\t15\t1992');
        await expectValue(page, '#birth-date', '1992-04-15');
        await expectText(page, '#birth-date-error', '');
        await open(page);
      }
      await phdAtEnterprise(page);
      await expectText(page, '#total-talent', '608,800.00 元');
      await expectText(page, '#category', 'B类人才');
      await expectText(page, '#category-until', /2038-04-15/);
      await page.evaluate(() => document.getElementById('total-talent').scrollIntoView({ block: 'center' }));
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot(new URL(`talent-${engine}.png`, SHOTS).pathname);
    });

    test(`${engine}: share link round trip`, async () => {
      await open(page);
      await phdAtEnterprise(page);
      await page.type('#purchase-price', '350000');
      await expectText(page, '#total-talent', '558,800.00 元');
      await page.click('#make-link');
      const link = await expectValue(page, '#share-link', /#t3\.made=\d{4}-\d\d-\d\d&/);
      assert.ok(link.startsWith(`${server.url}#t3.`), link);
      // Another device: nothing saved, the link opened.
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await page.goto(link);
      await expectText(page, '#total-talent', '558,800.00 元', 15000);
      await expectValue(page, '#purchase-price', '350000');
      await expectValue(page, '#birth-date', '1992-04-15');
      await expectText(page, '#notice', /已从分享链接载入答案/);
      await page.reload();
      await expectText(page, '#total-talent', '558,800.00 元', 15000);
    });

    // The same answers as a link of the format before (t2), which did not
    // say the day it was made: written by the app before, it still opens,
    // under the version of the policy in force today, which nothing names.
    test(`${engine}: a link of the format before opens`, async () => {
      await open(page);
      await page.goto('about:blank');
      await page.goto(`${server.url}#${T2_LINK}`);
      await expectText(page, '#total-talent', '558,800.00 元', 15000);
      await expectValue(page, '#purchase-price', '350000');
      await expectText(page, '#notice', /已从分享链接载入答案/);
      await expectText(page, '#policy-version', '');
      assert.match(await page.evaluate(() => localStorage.getItem('talent-check.draft.v1')), /^t3\.made=/);
    });

    test(`${engine}: language switch`, async () => {
      await open(page);
      await phdAtEnterprise(page);
      await expectText(page, '#total-talent', '608,800.00 元');
      await page.click('#lang-switch');
      await expectText(page, '#category', 'Category B talent');
      await expectText(page, '#total-talent', '¥608,800.00');
      await expectText(page, 'h1', 'Alar talent policy self-check');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      await page.retype('#contract-years', 'x');
      await expectText(page, '#contract-years-error', /is not a number/);
      await page.retype('#contract-years', '3');
      await expectText(page, '#total-talent', '¥608,800.00');
      await page.reload();
      await expectText(page, '#category', 'Category B talent', 15000);
      await page.click('#lang-switch');
      await expectText(page, '#category', 'B类人才');
    });

    test(`${engine}: enterprise page`, async () => {
      await open(page, 'enterprise.html');
      await expectText(page, 'h1', '企业奖补自测');
      await page.click('#registered-in-city');
      await page.press('Tab');
      await page.press('Space');
      await eventually(`${engine}: #division-affiliated checked`,
        () => page.evaluate(() => document.getElementById('division-affiliated').checked), fits(true), true);
      await page.select('#specialized', 'little_giant');
      await page.type('#specialized-awards-received', '50000');
      await page.click('#add-hire');
      await page.type('#hire-0-label', 'Zhang');
      await page.type('#hire-0-days', '10');
      await page.type('#hire-0-birth', typedDate('1990-01-01'));
      await page.select('#hire-0-degree', 'doctorate');
      await expectText(page, '#benefit-little_giant .amount', '150,000.00 元');
      await expectText(page, '#hire-result-0', /Zhang\s*B类人才[\s\S]*3,000\.00 元/);
      await expectText(page, '#e-total', '153,000.00 元');
    });

    test(`${engine}: comparison`, async () => {
      await open(page);
      await phdAtEnterprise(page);
      await expectText(page, '#total-talent', '608,800.00 元');
      await page.goto(`${server.url}compare.html`);
      await waitFor(page, '#compare-table');
      await page.select('#s1-employer', 'research_institute');
      await page.retype('#s1-years', '2');
      await expectText(page, '#compare-row-0 td:nth-of-type(2)', /科研院所 · 今天 · 合同 2 年（与情形一不同）/);
      await expectText(page, '#compare-row-2 td:nth-of-type(1)', '608,800.00 元');
      await expectText(page, '#compare-table tbody tr:last-child td:nth-of-type(2)', /生活补助（合同期限须在3年及以上）/);
    });

    test(`${engine}: batch page with a GBK file`, async () => {
      await open(page, 'batch.html', '#batch-file');
      await page.upload('#batch-file', GBK);
      await waitFor(page, '#batch-table');
      await expectText(page, '#batch-status', /共 4 行，其中 2 行有问题.*按 GBK\/GB18030 读取/);
      await expectText(page, '#batch-row-2', /^2\s*张博士\s*B类人才\s*608,800\.00 元/);
      await expectText(page, '#batch-row-3', /李日期错\s*“出生日期”：日期无效（填写的是“1990-02-30”）/);
    });

    // Last: it stops the server this engine's pages came from.
    test(`${engine}: offline reload`, async (t) => {
      // A server of its own, stopped once the pages are stored: offline, as
      // far as the page can tell, in every engine (none needs an automation
      // switch for it).
      const own = await serveDist();
      try {
        await page.goto(own.url);
        await appRuns(page);
        if (!await page.evaluate(() => 'serviceWorker' in navigator && window.isSecureContext)) {
          t.skip(`${engine}: no service worker in this browser (its automation mode offers none), so no offline use to test`);
          return;
        }
        await phdAtEnterprise(page);
        await expectText(page, '#total-talent', '608,800.00 元');
        await expectText(page, '#offline-mark', '✓ 可离线使用', 30000);
      } finally {
        await own.close();
      }
      await assert.rejects(fetch(own.url), 'the server is gone');
      await page.reload();
      await expectText(page, '#total-talent', '608,800.00 元', 15000);
      await page.retype('#contract-years', '2');
      await expectText(page, '#total-talent', /^(?!608,800\.00 元)[\d,]+\.00 元$/);
      await page.goto(`${own.url}enterprise.html`);
      await waitFor(page, '#registered-in-city');
    });
  });
}
