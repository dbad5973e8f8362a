// Every page, and both workers, say nothing in the console: no warning, no
// error. One visitor goes through the pages as a recruiter would: the talent
// page with its share link's QR code (drawn by the QR worker), then the
// enterprise, hiring, timeline, comparison and batch pages, the last with a
// small CSV assessed by the batch worker. Workers' messages are heard on the
// worker itself, since a page's console does not carry them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectText, expectVisible } from './browser.mjs';
import { serveAndLaunch, DIST } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

const NOISY = new Set(['warning', 'error']);

// Records every warning and error of the context's pages and of their workers.
function listen(context) {
  const heard = [];
  const where = (page) => page.url().replace(server.url, '/');
  const record = (source, m) => { if (NOISY.has(m.type())) heard.push(`${source}: ${m.type()}: ${m.text()}`); };
  const watch = (page) => {
    page.on('console', (m) => record(where(page), m));
    page.on('pageerror', (e) => heard.push(`${where(page)}: uncaught: ${e}`));
    page.on('worker', (w) => {
      w.on('console', (m) => record(w.url().replace(server.url, '/'), m));
    });
  };
  context.on('page', watch);
  return heard;
}

test('the workers\' loaders start their wasm the way wasm-bindgen asks, with no deprecated argument', () => {
  for (const loader of ['qr-worker_loader.js', 'batch-worker_loader.js']) {
    const code = readFileSync(join(DIST, loader), 'utf8');
    assert.match(code, /wasm_bindgen\(\{module_or_path:/, loader);
    assert.doesNotMatch(code, /wasm_bindgen\(["']/, loader);
  }
});

test('no page and no worker warns or errs in the console', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const heard = listen(context);
  const page = await context.newPage();
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));

  // The talent page: a PhD typed in, then the share link and its QR code.
  await page.goto(server.url);
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await page.tap('#birth-date');
  await page.keyboard.type('04151992');
  await page.selectOption('#degree', 'doctorate');
  await page.tap('#mode-full_time');
  await page.selectOption('#employer-type', 'enterprise');
  await page.tap('#first-social-insurance');
  await page.tap('#contract-years');
  await page.keyboard.type('3');
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.tap('#make-link');
  await expectVisible(page, '.qr-code svg');

  // The pages beside it, each with the candidate of the talent page's draft.
  for (const [path, ready] of [
    ['enterprise.html', '#e-total'],
    ['hire.html', '#hire-table'],
    ['timeline.html', '#timeline-table'],
    ['compare.html', '#compare-table'],
  ]) {
    await page.goto(`${server.url}${path}`);
    await page.waitForSelector(ready);
  }

  // The batch page: a small CSV typed in, assessed by the batch worker.
  await page.goto(`${server.url}batch.html`);
  await page.waitForSelector('#batch-file');
  await page.tap('#batch-text');
  await page.keyboard.type('label,birth_date,full_time_degree,mode,employer_type,first_social_insurance_in_city,contract_years\n');
  await page.keyboard.type('甲,1992-04-15,doctorate,full_time,enterprise,yes,3');
  await page.tap('#batch-run');
  await expectText(page, '#batch-row-2', /甲\s*B类人才\s*608,800\.00 元/);

  assert.ok(workers.some((u) => u.endsWith('qr-worker_loader.js')), `the QR worker ran: ${workers}`);
  assert.ok(workers.some((u) => u.endsWith('batch-worker_loader.js')), `the batch worker ran: ${workers}`);
  assert.deepEqual(heard, [], 'console warnings and errors');
  await context.close();
});
