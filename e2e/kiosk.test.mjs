// A fair's shared tablet (?kiosk), served by nginx as deployed: nothing
// stored on the device, a large "next person" button, the QR hand-off offered
// once there is a result (in the visitor's language), and an idle timer that
// warns, then clears the page, the clipboard's share link too. Tapped on a
// touch tablet; checked also with axe, for console errors and for requests
// leaving the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, switchToEnglish, expectText, expectValue, finish } from './browser.mjs';
import { nginxAndLaunch } from './session.mjs';
import { phdAtEnterprise } from './answers.mjs';

let server;
let browser;
nginxAndLaunch((n, b) => { server = n; browser = b; });

// A tablet: touch, its size, Chinese; `permissions` for the clipboard.
const TABLET = { viewport: { width: 820, height: 1180 }, hasTouch: true, locale: 'zh-CN' };
const tablet = (permissions = []) => browser.newContext({ ...TABLET, permissions });

// The PhD of phdAtEnterprise, answered as on a touch screen: taps, and the keyboard for text.
async function tapPhd(page) {
  await page.fill('#birth-date', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await page.tap('#mode-full_time');
  await page.selectOption('#employer-type', 'enterprise');
  await page.tap('#first-social-insurance');
  await page.tap('#contract-years');
  await page.keyboard.type('3');
  await page.waitForSelector('#total-talent');
}

const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

// What this origin keeps, read from a page of it that is not in kiosk mode.
async function stored(page) {
  const other = await page.context().newPage();
  await other.goto(`${server.url}favicon.svg`);
  const n = await other.evaluate(() => localStorage.length + sessionStorage.length);
  await other.close();
  return n;
}

test('a tablet at a fair: nothing stored, the QR hand-off, next person, and the idle reset', async () => {
  const app = await openApp(browser, `${server.url}?kiosk=4`, null, await tablet(['clipboard-read', 'clipboard-write']));
  const { page } = app;
  await page.waitForSelector('#kiosk-next');
  // Not the "this browser cannot save drafts" of a private window: nothing is kept on purpose.
  await expectText(page, '#notice', /这是共用设备：填写的内容不会保存在本机上/);
  // and nothing below says the opposite.
  assert.doesNotMatch(await page.innerText('#keep'), /保存在本机/);
  await expectText(page, '#keep', /分享链接把答案写在链接“#”之后/);
  assert.equal(await page.isVisible('#kiosk-take'), false, 'no hand-off before there is a result');
  await tapPhd(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  await page.tap('#kiosk-take');
  await page.waitForSelector('.qr-code svg');
  assert.ok((await page.locator('.qr-code svg').boundingBox()).width >= 300, 'a large code to scan');
  assert.equal(await stored(page), 0, 'nothing kept on the device');
  const box = await page.locator('#kiosk-next').boundingBox();
  assert.ok(box.height >= 48, 'a large button');

  // The visitor copies the link.
  await page.tap('#copy-link');
  await expectText(page, '#copy-status', '链接已复制。');
  const link = await page.inputValue('#share-link');
  assert.equal(await clipboard(page), link);

  // Left alone: a warning first, then a fresh form; a touch in between keeps it.
  await page.waitForSelector('#kiosk-warning:not([hidden])', { timeout: 8000 });
  await expectText(page, '#kiosk-warning', /无人操作。\d+ 秒后将清空本页/);
  // Its button is one of the app's.
  const look = (selector) => page.evaluate((s) => {
    const c = getComputedStyle(document.querySelector(s));
    return [c.backgroundColor, c.color, c.borderRadius];
  }, selector);
  assert.deepEqual(await look('#kiosk-stay'), await look('#make-link'));
  await page.tap('#kiosk-stay');
  assert.equal(await page.isVisible('#kiosk-warning'), false);
  await expectValue(page, '#birth-date', '1992-04-15');
  await page.waitForSelector('#kiosk-warning:not([hidden])', { timeout: 8000 });
  await page.waitForFunction(() => !document.getElementById('birth-date')?.value, null, { timeout: 10000 });
  await page.waitForSelector('main form');
  await page.waitForSelector('#prepaint', { state: 'detached' });
  await expectValue(page, '#birth-date', '');
  assert.equal(await clipboard(page), '', 'the last visitor\'s link is off the clipboard');

  // The next person, at once: the link copied is gone with the page.
  await tapPhd(page);
  await page.tap('#make-link');
  await page.tap('#copy-link');
  await expectText(page, '#copy-status', '链接已复制。');
  assert.match(await clipboard(page), /#t3\./);
  await page.tap('#kiosk-next');
  await page.waitForFunction(() => document.getElementById('birth-date')?.value === '');
  assert.equal(await clipboard(page), '');
  assert.equal(await stored(page), 0);
  await finish(app, server.url);
});

test('a tablet at a fair: a visitor in English takes an English link; nothing else on the clipboard is touched', async () => {
  const app = await openApp(browser, `${server.url}?kiosk=60`, null, await tablet(['clipboard-read', 'clipboard-write']));
  const { page } = app;
  await page.waitForSelector('#kiosk-next');
  await page.tap('#lang-switch');
  await page.waitForSelector('html[lang=en]');
  await tapPhd(page);
  await page.tap('#kiosk-take');
  await page.waitForSelector('.qr-code svg');
  const link = await page.inputValue('#share-link');
  assert.match(link, /\/\?lang=en#t3\./);

  // Scanned with a phone set to Chinese, which has never opened the app.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN' });
  const scanned = await openApp(browser, link, null, phone);
  await scanned.page.waitForSelector('html[lang=en]');
  await expectText(scanned.page, '#category', 'Category B talent');
  await expectValue(scanned.page, '#birth-date', '1992-04-15');
  await finish(scanned, server.url);

  // Copied, then something else copied over it (a helper's note): 下一位 leaves that alone.
  await page.tap('#copy-link');
  await expectText(page, '#copy-status', 'Link copied.');
  await page.evaluate(() => navigator.clipboard.writeText('会场 Wi-Fi：fair-2026'));
  await page.tap('#kiosk-next');
  await page.waitForSelector('html[lang=zh-CN]');
  await page.waitForFunction(() => document.getElementById('birth-date')?.value === '');
  assert.equal(await clipboard(page), '会场 Wi-Fi：fair-2026');
  await finish(app, server.url);
});

test('a tablet at a fair: where the clipboard cannot be read, 下一位 empties it', async () => {
  const context = await tablet(['clipboard-write']);
  const app = await openApp(browser, `${server.url}?kiosk=60`, null, context);
  const { page } = app;
  await page.waitForSelector('#kiosk-next');
  await tapPhd(page);
  await page.tap('#make-link');
  await page.tap('#copy-link');
  await expectText(page, '#copy-status', '链接已复制。');
  await page.tap('#kiosk-next');
  await page.waitForFunction(() => document.getElementById('birth-date')?.value === '');
  // Read only now, by the test.
  await context.grantPermissions(['clipboard-read']);
  assert.equal(await clipboard(page), '');
  await finish(app, server.url);
});

test('a tablet at a fair: the hiring table shows the visitor\'s answers, which nothing stores', async () => {
  const app = await openApp(browser, `${server.url}?kiosk=60`, { width: 820, height: 1180 });
  const { page } = app;
  await page.waitForSelector('#kiosk-next');
  await phdAtEnterprise(page);
  await expectText(page, '#total-talent', '608,800.00 元');
  const pages = await page.evaluate(() => history.length);
  await page.click('#to-hire');
  await page.waitForURL(/hire\.html\?kiosk=60#t/);
  await page.waitForSelector('#hire-table');
  await expectText(page, '#hire-candidate', /B类人才，出生日期 1992-04-15/);
  assert.equal(await stored(page), 0);
  // The hiring table took the talent page's place, and 下一位 takes its: no
  // page with the visitor's answers stays in the history (nor in a browser's
  // back-forward cache) for the next one to go back to.
  assert.equal(await page.evaluate(() => history.length), pages, 'the talent page replaced');
  await page.click('#kiosk-next');
  await page.waitForURL(/hire\.html\?kiosk=60$/);
  assert.equal(await page.evaluate(() => history.length), pages);
  await finish(app, server.url);
});

test('a tablet at a fair: the header\'s links to the other pages stay in kiosk mode', async () => {
  const app = await openApp(browser, `${server.url}?kiosk=60`, { width: 820, height: 1180 });
  const { page } = app;
  await page.waitForSelector('#kiosk-next');
  await page.click('#to-enterprise');
  await page.waitForURL(/enterprise\.html\?kiosk=60$/);
  await page.waitForSelector('#kiosk-next');
  assert.equal(await page.evaluate(() => window.localStorage), null, 'no storage on the next page either');
  assert.doesNotMatch(await page.innerText('#e-keep'), /保存在本机/);
  await page.click('#kiosk-next');
  await page.waitForURL(/enterprise\.html\?kiosk=60$/);
  assert.equal(await stored(page), 0);
  await finish(app, server.url);
});

test('a tablet at a fair, on a phone in English: both buttons fit the bar, and a focused field scrolls clear of it', async () => {
  const app = await openApp(browser, `${server.url}?kiosk=60`, { width: 390, height: 844 });
  const { page } = app;
  await page.waitForSelector('#kiosk-next');
  await phdAtEnterprise(page);
  await switchToEnglish(page);
  await expectText(page, '#kiosk-take', 'Scan to your phone');
  const take = await page.locator('#kiosk-take').boundingBox();
  const next = await page.locator('#kiosk-next').boundingBox();
  assert.ok(take.x + take.width <= next.x, `side by side: ${JSON.stringify([take, next])}`);
  assert.ok(take.y >= 844 - 88 && next.y >= 844 - 88, 'both on the bar');
  // Tabbing to a field low on the screen brings it above the summary and the bar.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.focus('#first-social-insurance');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return { id: document.activeElement.id, bottom: r.bottom };
  });
  const summary = await page.locator('.mobile-summary').boundingBox();
  assert.equal(focused.id, 'contract-years');
  assert.ok(focused.bottom <= summary.y, `${focused.id} ends at ${focused.bottom}, the summary starts at ${summary.y}`);
  await finish(app, server.url);
});
