// Debian's Chromium, driven by playwright-core; flags keep it off the network.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A page in a fresh context that records console errors and every request.
export async function openApp(browser, url, viewport = { width: 390, height: 844 }, context = null) {
  const ctx = context ?? await browser.newContext({ viewport });
  const page = await ctx.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector('main form');
  return { page, errors, requests, context: ctx };
}

// Switches to English and waits until it shows: the English texts are
// fetched on first use, so the page changes language only once they are in.
export async function switchToEnglish(page) {
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
}

// No accessibility violations by axe-core (WCAG 2.0–2.2 A and AA rules).
export async function assertAccessible(page) {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  const problems = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(problems, [], 'axe-core violations');
}

// Nothing went wrong in the console and nothing left the app's own origin.
export function assertClean({ errors, requests }, origin) {
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], 'requests outside the app');
}
