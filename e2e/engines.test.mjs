// The core journeys in each of the three engines people use (Chromium,
// Firefox ESR, WebKit), through engines.mjs: one browser per engine, several
// journeys in it, each test named by its engine. The other test files go
// deeper in Chromium; these show the same app works by keys and clicks in
// all three.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
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

for (const engine of ENGINES) {
  describe(engine, () => {
    let page;
    before(async () => { page = await launchEngine(engine); });
    after(async () => { await page?.close(); });

    test(`${engine}: talent result by typed keys`, async () => {
      await open(page);
      await phdAtEnterprise(page);
      await expectText(page, '#total-talent', '608,800.00 元');
      await expectText(page, '#category', 'B类人才');
      await expectText(page, '#category-until', /2038-04-15/);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot(new URL(`talent-${engine}.png`, SHOTS).pathname);
    });
  });
}
