// Journeys for the fixes of the title finder, impossible dates, long entries
// on a phone, a failed download, clearing inside a sandboxed iframe, and the
// banner, page title and tab order. Each drives the page with taps, clicks or
// typed keys, and also checks accessibility (axe-core), the console, and that
// no request leaves the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './static-server.mjs';
import { launch, openApp, assertAccessible, expectText, finish } from './browser.mjs';
import { fullTime } from './answers.mjs';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

// The app embedded as a site might do it, in a sandbox that ignores confirm().
const EMBED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title><link rel="icon" href="favicon.svg"></head>
<body><main><h1>Host page</h1>
<iframe title="Talent self-check" src="/" sandbox="allow-scripts allow-same-origin" style="width:420px;height:800px"></iframe>
</main></body></html>`;

let server;
let browser;
before(async () => {
  server = await serveDist({ '/embed.html': EMBED });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const activeId = (page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);
// As long as the other files' waits: on a loaded machine the switch to English
// (en.json fetched, every text drawn again) takes seconds.
const waitFor = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 15000 });
const titleIs = (page, level) => waitFor(page, (l) => document.getElementById('title').value === l, level);

// A phone that reports touch, so page.tap works.
async function touchPhone(url = server.url) {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  return openApp(browser, url, undefined, context);
}

test('one tap on a suggestion of the title finder sets the level', async () => {
  const app = await touchPhone();
  const { page } = app;
  await page.tap('#title-finder');
  await page.keyboard.type('主治医师');
  await page.tap('#title-matches button:has-text("主治医师 → 中级")');
  await titleIs(page, 'intermediate');
  assert.equal(await activeId(page), 'title', 'focus moves to the level that was set');
  assert.equal(await page.inputValue('#title-finder'), '');
  await page.tap('#title-finder');
  await page.keyboard.type('护士');
  await page.tap('#title-matches button:has-text("护士 → 初级")');
  await titleIs(page, 'junior');
  await finish(app, server.url);
});

test('one click on a suggestion sets the level, abbreviations and other series included', async () => {
  const app = await openApp(browser, server.url, DESKTOP);
  const { page } = app;
  await page.click('#title-finder');
  await page.keyboard.type('高工');
  await page.click('#title-matches button:has-text("高级工程师 → 副高级")');
  await titleIs(page, 'associate_senior');
  await page.click('#title-finder');
  await page.keyboard.type('记者');
  const names = await page.locator('#title-matches button').allTextContents();
  assert.equal(names[0], '记者 → 中级', 'the exact name first');
  for (const name of ['助理记者 → 初级', '主任记者 → 副高级', '高级记者 → 正高级']) assert.ok(names.includes(name), name);
  await page.click('#title-matches button:has-text("高级记者 → 正高级")');
  await titleIs(page, 'senior');
  for (const [typed, shown, level] of [
    ['四级律师', '四级律师 → 初级', 'junior'],
    ['三级教师', '三级教师 → 初级', 'junior'],
    ['副研究馆员', '副研究馆员 → 副高级', 'associate_senior'],
    ['高级讲师', '高级讲师 → 副高级', 'associate_senior'],
    ['实习研究员', '研究实习员 → 初级', 'junior'],
    ['中级会计', '会计师 → 中级', 'intermediate'],
  ]) {
    await page.click('#title-finder');
    await page.keyboard.type(typed);
    await page.click(`#title-matches button:has-text("${shown}")`);
    await titleIs(page, level);
  }
  await page.click('#lang-switch');
  await page.click('#title-finder');
  await page.keyboard.type('journalist');
  assert.ok((await page.locator('#title-matches button').allTextContents()).includes('senior journalist → Senior'));
  await finish(app, server.url);
});

test('the title finder works with the keyboard alone, and says when nothing matches', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  for (let i = 0; i < 12 && await activeId(page) !== 'title-finder'; i++) await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'title-finder');
  await page.keyboard.type('主治医师');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '主治医师 → 中级',
    'Tab goes on to the first suggestion, not to the page body');
  await page.keyboard.press('Enter');
  await titleIs(page, 'intermediate');
  assert.equal(await activeId(page), 'title');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await activeId(page), 'title-finder');
  await page.keyboard.type('园艺大师');
  await waitFor(page, () => /未找到/.test(document.getElementById('title-matches').textContent));
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'title', 'with nothing to pick, Tab goes on to the level');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await waitFor(page, () => document.getElementById('title-matches').textContent === '');
  await page.click('#lang-switch');
  // Once the form is drawn in English: the finder typed into before that is replaced.
  await waitFor(page, () => document.documentElement.lang === 'en' && /title/i.test(document.querySelector('label[for=title-finder]').textContent));
  await page.focus('#title-finder');
  await page.keyboard.type('gardener');
  await waitFor(page, () => /No title/.test(document.getElementById('title-matches').textContent));
  await finish(app, server.url);
});

// Clicks a date box's first part (the month, in Chromium's en-US layout).
const clickDate = (page, id) => page.click(`#${id}`, { position: { x: 14, y: 20 } });

test('an impossible date gets a message and never replaces the saved date', async () => {
  const app = await openApp(browser, server.url);
  const { page } = app;
  // Typed into an empty box: the browser reports no value at all.
  await clickDate(page, 'birth-date');
  await page.keyboard.type('02302025');
  await waitFor(page, () => /不存在|不完整/.test(document.getElementById('birth-date-error').textContent));
  await clickDate(page, 'birth-date');
  await page.keyboard.type('04151992');
  await waitFor(page, () => document.getElementById('birth-date-error').textContent === '');
  await page.selectOption('#degree', 'doctorate');
  await page.waitForSelector('#category');
  await page.reload();
  await page.waitForSelector('#category');
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15');

  await clickDate(page, 'birth-date');
  await page.keyboard.type('02302025');
  await waitFor(page, () => /不存在|不完整/.test(document.getElementById('birth-date-error').textContent));
  assert.equal(await page.getAttribute('#birth-date', 'aria-invalid'), 'true');
  assert.equal(await page.textContent('#category'), 'B类人才', 'the result still uses the saved date');
  await page.keyboard.press('Tab');
  await page.reload();
  await page.waitForSelector('#category');
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15', 'the saved date survives the reload');

  // A date put right is taken at once.
  await clickDate(page, 'birth-date');
  await page.keyboard.type('02281992');
  await waitFor(page, () => document.getElementById('birth-date-error').textContent === '');
  assert.equal(await page.inputValue('#birth-date'), '1992-02-28');
  // Typed over again without leaving the box: the date typed first is the one kept.
  await clickDate(page, 'birth-date');
  await page.keyboard.type('02311992');
  await waitFor(page, () => document.getElementById('birth-date-error').textContent !== '');
  await page.reload();
  await page.waitForSelector('#category');
  assert.equal(await page.inputValue('#birth-date'), '1992-02-28');

  // The message in English; a box really emptied empties the answer.
  await page.click('#lang-switch');
  await clickDate(page, 'birth-date');
  await page.keyboard.type('02301992');
  await waitFor(page, () => /Not a complete, real date/.test(document.getElementById('birth-date-error').textContent));
  // From the year back to the month, part by part; the last Shift+Tab leaves the box.
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Shift+Tab');
  }
  assert.notEqual(await activeId(page), 'birth-date');
  await page.waitForSelector('#start-hint');
  assert.equal(await page.textContent('#birth-date-error'), '');
  await page.reload();
  await page.waitForSelector('#start-hint');
  assert.equal(await page.inputValue('#birth-date'), '');
  await finish(app, server.url);
});

test('a long entry wraps on a phone instead of widening the page', async () => {
  const app = await touchPhone();
  const { page } = app;
  await fullTime(page, { birth: '1992-04-15', degree: 'doctorate', contract: '' });
  await page.tap('#contract-years');
  await page.keyboard.type('合同'.repeat(50) + 'x'.repeat(200));
  const error = await page.textContent('#contract-years-error');
  assert.ok(error.length < 80, error);
  assert.match(error, /合同合同合同合同合同合同合同合同合同合同…/);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `the page is ${width} px wide`);
  await finish(app, server.url);
});

// The boot page when the app's code cannot load: only the failures caused on purpose reach the console.
async function failedLoad(handler, clock = false) {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  if (clock) await page.clock.install();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.route('**/*.wasm', handler);
  await page.goto(server.url);
  return { page, errors, requests, context };
}

async function assertRetry(app) {
  const { page } = app;
  assert.match(await page.textContent('#load-error'), /未能加载[\s\S]*could not load/);
  assert.ok(await page.isHidden('#load-slow'));
  assert.ok(await page.isHidden('#boot > p'), 'no more "loading"');
  // In sight at the foot of the screen, however far down the form the page is.
  const box = await page.locator('#load-failed').boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height, 'the message is on the screen');
  await assertAccessible(page);
  // Only the refused download and what follows from it.
  const unexpected = app.errors.filter((e) => !/404|ERR_INTERNET_DISCONNECTED|WebAssembly|wasm|Failed to fetch|magic word/i.test(e));
  assert.deepEqual(unexpected, [], 'console errors besides the refused download');
  app.errors.length = 0;
  await page.unroute('**/*.wasm');
  await retried(page);
  assert.equal(await page.locator('#boot').count(), 0, 'the message goes with the loading line');
}

// Taps retry and waits for the app of the reloaded page (whose language
// switch has an id the painted one lacks): until the new page is parsed,
// no #prepaint is there either.
async function retried(page) {
  await page.tap('#retry');
  await page.waitForSelector('#lang-switch');
  await page.waitForSelector('#prepaint', { state: 'detached' });
}

test('a missing download says so and offers to retry', async () => {
  const app = await failedLoad((route) => route.fulfill({ status: 404, body: 'not found' }));
  await app.page.waitForSelector('#load-failed', { state: 'visible', timeout: 5000 });
  await assertRetry(app);
  await finish(app, server.url);
});

test('a cut connection says so and offers to retry', async () => {
  const app = await failedLoad((route) => route.abort('internetdisconnected'));
  await app.page.waitForSelector('#load-failed', { state: 'visible', timeout: 5000 });
  await assertRetry(app);
  await finish(app, server.url);
});

test('answers typed while the download fails are still there after the retry', async () => {
  const app = await failedLoad((route) => route.abort('internetdisconnected'));
  const { page } = app;
  await page.waitForSelector('#load-failed', { state: 'visible', timeout: 5000 });
  await page.fill('#birth-date', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await page.tap('#has-honours-yes');
  app.errors.length = 0;
  await page.unroute('**/*.wasm');
  await retried(page);
  assert.equal(await page.inputValue('#birth-date'), '1992-04-15');
  assert.equal(await page.inputValue('#degree'), 'doctorate');
  assert.ok(await page.isChecked('#has-honours-yes'), 'a choice too');
  await page.tap('#mode-full_time');
  await expectText(page, '#category', /B类人才/);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'nothing left behind for the retry');
  await finish(app, server.url);
});

test('a download that hangs is called slow after ten seconds, the message gone once the app runs', async () => {
  const held = [];
  const app = await failedLoad((route) => { held.push(route); }, true);
  await app.page.waitForSelector('#boot');
  await app.page.clock.runFor(9000);
  assert.ok(await app.page.isHidden('#load-failed'), 'not before ten seconds');
  await app.page.clock.runFor(1500);
  await app.page.waitForSelector('#load-failed', { state: 'visible', timeout: 2000 });
  assert.match(await app.page.textContent('#load-slow'), /网络较慢，自测仍在加载/);
  assert.ok(await app.page.isHidden('#load-error'), 'not called a failure while it may still come');
  await assertAccessible(app.page);
  // Only slow after all: once the app runs, the message goes.
  await Promise.all(held.map((r) => r.continue()));
  await app.page.waitForSelector('main form');
  await app.page.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(await app.page.locator('#boot').count(), 0, 'the message goes with the loading line');
  await finish(app, server.url);
});

test('clearing everything works inside a sandboxed iframe, confirmed in the page', async () => {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  const app = { page, context, errors: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') app.errors.push(m.text()); });
  page.on('pageerror', (e) => app.errors.push(String(e)));
  page.on('request', (r) => app.requests.push(r.url()));
  await page.goto(`${server.url}embed.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('main form').waitFor();
  await frame.locator('#prepaint').waitFor({ state: 'detached' });
  await frame.locator('#birth-date').click({ position: { x: 14, y: 20 } });
  await page.keyboard.type('04151992');
  await frame.locator('#degree').selectOption('doctorate');
  await frame.locator('#category').waitFor();

  // Cancelled with Escape: nothing lost, focus back on the button.
  await frame.locator('#clear').click();
  await frame.locator('#clear-confirm').waitFor({ timeout: 3000 });
  const inner = page.frames().find((f) => f !== page.mainFrame());
  assert.equal(await inner.evaluate(() => document.activeElement.id), 'clear-cancel');
  await page.keyboard.press('Escape');
  await frame.locator('#clear-confirm').waitFor({ state: 'hidden' });
  assert.equal(await inner.evaluate(() => document.activeElement.id), 'clear');
  assert.equal(await frame.locator('#birth-date').inputValue(), '1992-04-15');

  // Cancelled with its button.
  await frame.locator('#clear').click();
  await frame.locator('#clear-cancel').click();
  await frame.locator('#clear-confirm').waitFor({ state: 'hidden' });
  assert.equal(await frame.locator('#birth-date').inputValue(), '1992-04-15');

  // Confirmed: everything goes, also from the saved draft.
  await frame.locator('#clear').click();
  await assertAccessible(inner);
  await frame.locator('#clear-yes').click();
  await frame.locator('#start-hint').waitFor();
  assert.equal(await frame.locator('#birth-date').inputValue(), '');
  assert.equal(await inner.evaluate(() => document.activeElement.id), 'clear');
  await inner.evaluate(() => location.reload());
  await frame.locator('#start-hint').waitFor();
  assert.equal(await frame.locator('#birth-date').inputValue(), '');
  await finish(app, server.url);
});

test('on a phone the notice button stays on one line, the summary bar comes early, the title follows the language', async () => {
  const app = await touchPhone();
  const { page } = app;
  // Fresh: the header's link and switch, then the summary bar, then the first question.
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'to-enterprise');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'to-hire');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'lang-switch');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'mobile-summary no-print');
  await page.keyboard.press('Tab');
  assert.equal(await activeId(page), 'birth-date');

  // A long notice (a link from another version) beside its button.
  await page.goto(`${server.url}#t0.abc.1234`);
  await page.waitForSelector('#notice');
  const lines = await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('#notice button'));
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  assert.equal(lines, 1, '知道了 on one line');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `the page is ${width} px wide`);

  await page.tap('#notice button');
  await page.waitForSelector('#notice', { state: 'detached' });

  assert.equal(await page.title(), '阿拉尔人才政策自测');
  await page.tap('#lang-switch');
  await waitFor(page, () => document.title === 'Alar talent policy self-check');
  await page.reload();
  await page.waitForSelector('main form');
  await page.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(await page.title(), 'Alar talent policy self-check');
  await page.tap('#lang-switch');
  await waitFor(page, () => document.title === '阿拉尔人才政策自测');
  await finish(app, server.url);
});
