// The build for a sub-path (`scripts/build.sh target/dist-rencai /rencai/`,
// run by scripts/test.sh), served under /rencai/ only: every page loads,
// computes, fetches English and links to the others, and nothing is asked
// of the site's root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from './static-server.mjs';
import { launch, openApp, finish, expectText, assertClean } from './browser.mjs';
import { startNginx } from './nginx.mjs';
import { phdAtEnterprise } from './answers.mjs';

const ROOT = fileURLToPath(new URL('../target/dist-rencai/', import.meta.url));

let server;
let browser;
before(async () => {
  assert.ok(existsSync(ROOT), `no ${ROOT}: run scripts/build.sh target/dist-rencai /rencai/`);
  server = await serveDist({}, 0, {}, ROOT, '/rencai/');
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('under /rencai/ the pages load, compute, speak English and link to each other', async () => {
  const base = `${server.url}rencai/`;
  const app = await openApp(browser, base);
  const { page } = app;
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  await expectText(page, '#total-talent', '¥608,800.00');
  await page.click('#to-enterprise');
  await page.waitForSelector('#registered-in-city');
  assert.equal(page.url(), `${base}enterprise.html`);
  await page.click('nav.pages a[href^="timeline.html"]');
  await page.waitForSelector('#timeline-table');
  // The batch page's worker, fetched from beside the page.
  await page.click('nav.pages a[href="batch.html"]');
  await page.fill('#batch-text', 'label,birth_date,full_time_degree\n甲,1992-04-15,doctorate');
  await page.click('#batch-run');
  await page.waitForSelector('#batch-row-2');
  const outside = app.requests.filter((u) => !u.startsWith(base));
  assert.deepEqual(outside, [], 'every request stays under /rencai/');
  await finish(app, base);
});

test('behind nginx under /rencai/ (deploy/nginx/subpath.conf): headers, the pages, the batch worker, offline', async () => {
  const nginx = await startNginx(ROOT.replace(/\/$/, ''), "'none'", '/rencai/');
  try {
    const base = `${nginx.url}rencai/`;
    const page0 = await fetch(base);
    assert.equal(page0.status, 200);
    assert.equal(page0.headers.get('cache-control'), 'no-cache');
    assert.match(page0.headers.get('content-security-policy'), /frame-ancestors 'none'/);
    const wasm = readdirSync(ROOT).find((n) => /^talent-app-[0-9a-f]+_bg\.wasm$/.test(n));
    const asset = await fetch(`${base}${wasm}`);
    assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(asset.headers.get('content-type'), 'application/wasm');
    assert.notEqual((await fetch(`${nginx.url}${wasm}`)).status, 200, 'nothing at the site\'s root');

    const app = await openApp(browser, base);
    const { page, context } = app;
    await phdAtEnterprise(page);
    await expectText(page, '#total-talent', '608,800.00 元');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope), base);
    await context.setOffline(true);
    await page.goto(`${base}batch.html`);
    await page.fill('#batch-text', 'label,birth_date,full_time_degree\n甲,1992-04-15,doctorate');
    await page.click('#batch-run');
    await page.waitForSelector('#batch-row-2');
    await context.setOffline(false);
    assert.deepEqual(app.requests.filter((u) => !u.startsWith(base)), [], 'every request stays under /rencai/');
    assertClean(app, base);
    await context.close();
  } finally {
    await nginx.stop();
  }
});
