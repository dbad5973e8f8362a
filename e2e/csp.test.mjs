// Every page under the strict Content Security Policy a portal may send:
// no inline script or style, wasm compiled with 'wasm-unsafe-eval' only.
// Violations are counted from `securitypolicyviolation` events and the console.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './static-server.mjs';
import { launch, openApp, assertClean, expectText } from './browser.mjs';
import { phdAtEnterprise } from './answers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";

let server;
let browser;
before(async () => {
  server = await serveDist({}, 0, { 'content-security-policy': CSP });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// A context that records every violation the pages report, from the first script on.
async function strictContext() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`);
    });
  });
  return context;
}

const violations = (page) => page.evaluate(() => window.violations);

// No violation and a clean console. (axe runs in the other journeys: its
// injected script is itself what this policy forbids.)
async function done(app) {
  assert.deepEqual(await violations(app.page), []);
  assertClean(app, server.url);
  await app.context.close();
}

test('the talent page works with 0 violations, English and the printout included', async () => {
  const app = await openApp(browser, server.url, undefined, await strictContext());
  const { page } = app;
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.click('#make-link');
  await page.waitForSelector('.qr-code svg');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  await done(app);
});

test('the enterprise, hiring and timeline pages work with 0 violations', async () => {
  const app = await openApp(browser, `${server.url}enterprise.html`, undefined, await strictContext());
  const { page } = app;
  await page.click('#registered-in-city');
  await page.click('#add-hire');
  await page.fill('#hire-0-days', '5');
  await page.selectOption('#hire-0-category', 'A');
  await expectText(page, '#hire-result-0', /A类人才/);
  assert.deepEqual(await violations(page), []);
  await page.goto(server.url);
  await phdAtEnterprise(page);
  for (const [link, ready] of [['#to-hire', '#hire-table'], ['nav.pages a[href^="timeline.html"]', '#timeline-table']]) {
    await page.click(link);
    await page.waitForSelector(ready);
    assert.deepEqual(await violations(page), [], link);
  }
  await done(app);
});

test('the batch page and its worker work with 0 violations, the export included', async () => {
  const app = await openApp(browser, `${server.url}batch.html`, undefined, await strictContext(), '#batch-file');
  const { page } = app;
  await page.fill('#batch-text', 'label,birth_date,full_time_degree\n甲,1992-04-15,doctorate');
  await page.click('#batch-run');
  await page.waitForSelector('#batch-row-2');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#batch-export-csv')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  await done(app);
});
