// The build for a sub-path (`scripts/build.sh target/dist-rencai /rencai/`,
// run by scripts/test.sh), served under /rencai/ only: every page loads,
// computes, fetches English and links to the others, and nothing is asked
// of the site's root; embedded with data-share, a portal's page opens a
// link's answers on the page under /rencai/ that made it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serveDist } from './static-server.mjs';
import { launch, openApp, finish, expectText, expectValue, assertClean } from './browser.mjs';
import { startNginx } from './nginx.mjs';
import { littleGiantInFrame, phdAtEnterprise } from './answers.mjs';

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

test('embedded from /rencai/ with data-share: an enterprise link made in a portal\'s frame opens in the portal, on /rencai/enterprise.html', async () => {
  const base = `${server.url}rencai/`;
  const pages = {};
  const portal = await serveDist(pages);
  const holding = (src) => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="icon" href="data:,"></head>
<body><div id="talent-check"></div><script src="${base}embed.js" data-src="${src}" data-share="page"></script></body></html>`;
  pages['/firms.html'] = holding(`${base}enterprise.html`);
  pages['/service.html'] = holding(base);
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${portal.url}firms.html`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await littleGiantInFrame(page, frame);
    await frame.tap('#e-make-link');
    const link = await expectValue(frame, '#share-link', /#e2\.made=/);
    assert.ok(link.startsWith(`${portal.url}firms.html#e2.made=`), link);
    // Opened on the portal's talent page: its frame goes to the enterprise page under /rencai/.
    const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const there = await other.newPage();
    await there.goto(`${portal.url}service.html${new URL(link).hash}`);
    const opened = await (await there.waitForSelector('iframe')).contentFrame();
    await opened.waitForSelector('#e-total');
    await expectText(opened, '#e-total', '150,000.00 元');
    assert.equal(new URL(await there.getAttribute('iframe', 'src')).pathname, '/rencai/enterprise.html');
    await other.close();
    await context.close();
  } finally {
    await portal.close();
  }
});
