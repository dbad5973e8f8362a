// The build behind Debian's nginx with deploy/nginx/: the headers a deployment
// sends (CSP, caching, brotli and gzip) and the pages working behind them, with 0 CSP
// violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openApp, assertClean, expectText } from './browser.mjs';
import { DIST, nginxAndLaunch } from './session.mjs';
import { phdAtEnterprise } from './answers.mjs';

let nginx;
let browser;
nginxAndLaunch((n, b) => { nginx = n; browser = b; });

test('pages are revalidated, hashed assets cached for a year, text compressed, every response under the CSP', async () => {
  const page = await fetch(nginx.url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-encoding'), 'br', 'pages compressed for a browser that takes brotli');
  const gzipPage = await fetch(nginx.url, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gzipPage.headers.get('content-encoding'), 'gzip');
  assert.equal(page.headers.get('cache-control'), 'no-cache');
  assert.match(page.headers.get('content-security-policy'), /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  assert.match(page.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  const wasm = readdirSync(DIST).find((n) => /^talent-app-[0-9a-f]+_bg\.wasm$/.test(n));
  // The build's brotli copy where it is accepted, gzip otherwise; caches told the difference.
  const asset = await fetch(`${nginx.url}${wasm}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(asset.headers.get('content-type'), 'application/wasm');
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.equal(asset.headers.get('content-encoding'), 'br');
  assert.equal(Number(asset.headers.get('content-length')), statSync(join(DIST, `${wasm}.br`)).size,
    'the build\'s own copy, not one compressed on the fly');
  assert.match(asset.headers.get('vary'), /Accept-Encoding/);
  assert.match(asset.headers.get('content-security-policy'), /default-src 'self'/);
  const served = Buffer.from(await asset.arrayBuffer());
  assert.deepEqual(served, readFileSync(join(DIST, wasm)), 'the brotli copy is the file itself');
  const gzip = await fetch(`${nginx.url}${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(gzip.headers.get('content-encoding'), 'gzip');
  assert.match(gzip.headers.get('vary'), /Accept-Encoding/);
  // The batch worker's files keep their names from build to build: revalidated, never stale.
  const worker = await fetch(`${nginx.url}batch-worker_bg.wasm`);
  assert.equal(worker.headers.get('content-type'), 'application/wasm');
  assert.equal(worker.headers.get('cache-control'), 'no-cache');
  const english = await fetch(`${nginx.url}en.json?v=1`);
  assert.equal(english.headers.get('cache-control'), 'no-cache');
  assert.equal((await fetch(`${nginx.url}missing.html`)).status, 404);
});

test('behind nginx the talent, enterprise and batch pages work with 0 CSP violations', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
  });
  const app = await openApp(browser, nginx.url, undefined, context);
  const { page } = app;
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  await page.click('#to-enterprise');
  await page.waitForSelector('#registered-in-city');
  await page.click('nav.pages a[href="batch.html"]');
  await page.fill('#batch-text', 'label,birth_date,full_time_degree\n甲,1992-04-15,doctorate');
  await page.click('#batch-run');
  await page.waitForSelector('#batch-row-2');
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assertClean(app, nginx.url);
  await context.close();
});
