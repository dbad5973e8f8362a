// The talent page before its wasm arrives: the questions are painted with the
// page, answers typed into them are kept, and the app takes that very form
// over (the same element, not losing focus where the browser has `moveBefore`,
// the caret where it was). The wasm is held back on purpose to give the
// typing time. Also checked with axe-core, for console errors and for
// requests leaving the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, finish, expectText, watchedPage } from './browser.mjs';
import { serveAndLaunch } from './session.mjs';

let server;
let browser;
serveAndLaunch((s, b) => { server = s; browser = b; });

// `moveBefore`: whether the browser has the DOM's state-keeping move (Chromium
// does; where it is missing, the form moves the old way and focus is put back).
async function typedBeforeTheApp(moveBefore) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const { page, errors, requests } = await watchedPage(context);
  if (!moveBefore) await page.addInitScript(() => { delete Element.prototype.moveBefore; });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/talent-app-*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(server.url);

  // Painted with the page: the first screen's questions, in the state of an
  // empty form; the later sections come with the app.
  await page.waitForSelector('#prepaint #questions');
  await expectText(page, '#boot', /正在加载/);
  assert.equal(await page.locator('#prepaint #about h2').textContent(), '关于你');
  assert.ok(await page.isHidden('#group-honours'), 'what depends on other answers is hidden');
  assert.equal(await page.locator('#job').innerHTML(), '', 'a later section is painted empty');
  assert.ok(await page.isHidden('#job'));
  await assertAccessible(page);
  await page.evaluate(() => { document.getElementById('questions').painted = true; });

  // A visitor starts before the app is there: a date, a choice, a tap, typed keys.
  await page.fill('#birth-date', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await page.tap('#has-honours-yes');
  await page.tap('#title-finder');
  await page.keyboard.type('高级工程');
  await page.keyboard.press('ArrowLeft');
  await page.evaluate(() => {
    window.blurs = 0;
    document.getElementById('title-finder').addEventListener('blur', () => { window.blurs += 1; });
  });

  release();
  await page.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(await page.evaluate(() => document.getElementById('questions').painted), true,
    'the painted form itself, not one drawn again');
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15');
  assert.equal(await page.inputValue('#degree'), 'doctorate');
  assert.ok(await page.isChecked('#has-honours-yes'));
  assert.ok(await page.isVisible('#honor-tianshan_talent_first'), 'the app shows what the answers open, in a group painted empty');
  assert.equal(await page.inputValue('#title-finder'), '高级工程');
  await page.waitForSelector('#title-matches [data-title]');
  const caret = await page.evaluate(() => [document.activeElement.id, document.activeElement.selectionStart]);
  assert.deepEqual(caret, ['title-finder', 3], 'focus and caret where they were');
  assert.equal(await page.evaluate(() => window.blurs), moveBefore ? 0 : 1,
    moveBefore ? 'the box being typed into never lost focus: a phone keeps its keyboard up' : 'moved the old way');
  // The later sections, filled by the app, in the state of the answers.
  assert.ok(await page.isChecked('#mode-none'), 'the default choice');
  // The answers reached the draft, with nothing typed since.
  await page.reload();
  await page.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15');
  assert.equal(await page.inputValue('#degree'), 'doctorate');
  assert.ok(await page.isChecked('#has-honours-yes'));
  // And the engine: the filled sections work like the rest.
  await page.tap('#mode-full_time');
  assert.ok(await page.isVisible('#employer-type'), 'the app shows what the answers open');
  await expectText(page, '#category', /B类人才/);
  await finish({ page, errors, requests, context }, server.url);
}

test('questions typed into before the app runs are kept, in the same form, never losing focus', () => typedBeforeTheApp(true));

test('where the browser lacks moveBefore, focus and the caret are put back', () => typedBeforeTheApp(false));
