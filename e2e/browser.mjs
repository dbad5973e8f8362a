// Debian's Chromium, driven by playwright-core; flags keep it off the network.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A page in a fresh context that records console errors and every request,
// once `ready` shows (the talent and enterprise pages' form by default) and
// the app runs: the talent page's form is painted before (src/prepaint.rs).
export async function openApp(browser, url, viewport = { width: 390, height: 844 }, context = null, ready = 'main form') {
  const ctx = context ?? await browser.newContext({ viewport });
  const { page, errors, requests } = await watchedPage(ctx);
  await page.goto(url);
  await page.waitForSelector(ready);
  await page.waitForSelector('#prepaint', { state: 'detached' });
  return { page, errors, requests, context: ctx };
}

// A new page of `context` whose console errors and requests are recorded.
export async function watchedPage(context) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  return { page, errors, requests };
}

// Switches to English and waits until it shows: the English texts are
// fetched on first use, so the page changes language only once they are in.
export async function switchToEnglish(page) {
  await page.click('#lang-switch');
  await page.waitForSelector('html[lang=en]');
}

// No accessibility violations by axe-core (WCAG 2.0–2.2 A and AA rules).
// axe is evaluated through the browser's debugging protocol, which a page's
// Content Security Policy does not govern: pages served with the strict
// policy (nginx) are checked too.
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export async function assertAccessible(page) {
  await page.evaluate(AXE);
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

// The checks every journey ends with: axe, the console, requests only to
// `origin`; then the journey's browser context is closed.
export async function finish(app, origin) {
  await assertAccessible(app.page);
  assertClean(app, origin);
  await app.context.close();
}

// Retrying checks: the app updates the page after each input, so a journey
// waits for the final state instead of reading it once. On time-out the
// failure names what was awaited and shows the last value seen.
export const WAIT_MS = 5000;

const describe = (expected) => (expected instanceof RegExp ? String(expected) : JSON.stringify(expected));
const fits = (expected) => (seen) => (expected instanceof RegExp
  ? typeof seen === 'string' && expected.test(seen)
  : seen === expected);

// Reads `read()` until `ok(value)` holds, at most `timeout` ms.
export async function eventually(what, read, ok, expected, timeout = WAIT_MS) {
  const deadline = Date.now() + timeout;
  let seen;
  for (;;) {
    try {
      seen = await read();
    } catch (e) {
      // A page in the middle of a reload has no document to read yet.
      seen = `(unreadable: ${e.message.split('\n')[0]})`;
    }
    if (ok(seen)) return seen;
    if (Date.now() >= deadline) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new assert.AssertionError({
    message: `${what}: expected ${describe(expected)} within ${timeout} ms, last seen ${JSON.stringify(seen)}`,
    actual: seen,
    expected,
    operator: 'eventually',
  });
}

// A property of the first element matching `selector`, or null while there is none.
const property = (page, selector, name) => page.evaluate(
  ([s, n]) => document.querySelector(s)?.[n] ?? null, [selector, name]);

// The element's text equals `expected` (a string) or matches it (a RegExp).
export const expectText = (page, selector, expected, timeout) => eventually(`text of ${selector}`,
  () => property(page, selector, 'textContent'), fits(expected), expected, timeout);

// An input's or select's value.
export const expectValue = (page, selector, expected, timeout) => eventually(`value of ${selector}`,
  () => property(page, selector, 'value'), fits(expected), expected, timeout);

export const expectChecked = (page, selector, expected = true, timeout) => eventually(`${selector} checked`,
  () => property(page, selector, 'checked'), fits(expected), expected, timeout);

export const expectAttribute = (page, selector, name, expected, timeout) => eventually(`${name} of ${selector}`,
  () => page.evaluate(([s, n]) => document.querySelector(s)?.getAttribute(n) ?? null, [selector, name]),
  fits(expected), expected, timeout);

// Hidden as Playwright means it: absent, or not rendered.
export const expectHidden = (page, selector, expected = true, timeout) => eventually(`${selector} hidden`,
  () => page.isHidden(selector), fits(expected), expected, timeout);

export const expectVisible = (page, selector, timeout) => expectHidden(page, selector, false, timeout);

// The page's address, in full.
export const expectUrl = (page, expected, timeout) => eventually('page URL',
  async () => page.url(), fits(expected), expected, timeout);

// The id of the focused element.
export const expectFocus = (page, id, timeout) => eventually('focused element',
  () => page.evaluate(() => document.activeElement?.id ?? null), fits(id), id, timeout);

