// The integrator's page (public/integrate.html): a portal team chooses the
// language, an accent and the starting page by taps and keys; the snippet
// follows, the preview (embed.js itself) opens that page in that language with
// a light accent darkened, the copy button puts the snippet on the clipboard;
// a bad colour says so in both languages and keeps what was typed; share
// links lead to the app's page, or, chosen, to the page the code is on; no CSP
// violation or other console error on the page or in its frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from './session.mjs';
import { startNginx } from './nginx.mjs';
import { launch, watchedPage, assertAccessible, assertClean, expectText, expectValue, expectAttribute, expectHidden, eventually } from './browser.mjs';

// Behind nginx as deployed (its strict CSP: no inline script or style), framing allowed
// to the app's own origin, which the preview is.
let server;
let browser;
before(async () => {
  server = await startNginx(DIST, "'self'");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('integrate.html: options by taps and keys, the snippet and the live preview follow, the snippet is copied', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const app = await watchedPage(context);
  const { page } = app;
  await page.goto(`${server.url}integrate.html`);
  const url = server.url;
  const origin = url.replace(/\/$/, '');
  await expectText(page, '#snippet', `<div id="talent-check"></div>\n<script src="${url}embed.js" data-src="${url}" data-lang="zh-CN"></script>`);
  await expectText(page, '#csp-portal', `script-src ${origin};\nframe-src ${origin};`);

  await page.tap('label:has(input[value=en])');
  // A bad colour: the message in both languages, the text kept, the snippet unchanged.
  await page.tap('#accent');
  await page.keyboard.type('#ffff0x');
  await expectHidden(page, '#accent-error', false);
  await expectText(page, '#accent-error', /须为 # 加 3、4、6 或 8 位十六进制数字[\s\S]*A colour is # and 3, 4, 6 or 8 hex digits/);
  await expectAttribute(page, '#accent', 'aria-invalid', 'true');
  assert.equal(await page.inputValue('#accent'), '#ffff0x');
  assert.doesNotMatch(await page.textContent('#snippet'), /#ffff0x/, 'the last whole colour stays in the snippet');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('0');
  await expectHidden(page, '#accent-error');
  assert.equal(await page.getAttribute('#accent', 'aria-invalid'), null);
  assert.equal(await page.inputValue('#accent-picker'), '#ffff00', 'the picker follows the text');
  // On to the starting page: the checked one, then the next by arrow.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.value), '', 'the talent page, checked, has the focus');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.isChecked('input[name=page][value="enterprise.html"]'), true);

  const snippet = `<div id="talent-check"></div>\n<script src="${url}embed.js" data-src="${url}enterprise.html" data-lang="en" `
    + 'data-accent="#ffff00" data-title="Alar talent-policy self-check"></script>';
  await expectText(page, '#snippet', snippet);

  // The preview: embed.js's frame on the enterprise page, in English, the yellow darkened for text on white.
  await eventually('preview frame address', () => page.evaluate(() => document.querySelector('#talent-check iframe')?.src),
    (src) => /enterprise\.html\?embed=1&parent=.*&lang=en&accent=%23[0-9a-f]{6}$/.test(src ?? ''), 'enterprise.html in English with an accent');
  assert.equal(await page.locator('#talent-check iframe').count(), 1, 'one frame');
  const src = new URL(await page.getAttribute('#talent-check iframe', 'src'));
  const used = src.searchParams.get('accent');
  assert.notEqual(used, '#ffff00', 'darkened');
  assert.equal(await page.getAttribute('#talent-check iframe', 'title'), 'Alar talent-policy self-check');
  await expectText(page, '#accent-used', `白底上太浅，改用 ${used}。 · Too light on white; ${used} is used.`);
  const frame = await (await page.$('#talent-check iframe')).contentFrame();
  await frame.waitForSelector('#registered-in-city');
  await frame.waitForSelector('html[lang=en]');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), used);

  await page.tap('#copy');
  await expectText(page, '#copy-status', '已复制到剪贴板。 · Copied to the clipboard.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

  // Share links: the app's own page by default, as the hint says; chosen, the page the code is on.
  await expectText(page, '#share-hint', /默认打开本应用自己的页面[\s\S]*open the app's own page \(its origin and address\) by default/);
  await frame.tap('#e-make-link');
  await expectValue(frame, '#share-link', new RegExp(`^${url}enterprise\\.html\\?lang=en#e2\\.made=`));
  await page.tap('label:has(input[name=share][value=page])');
  await expectText(page, '#snippet', snippet.replace('></script>', ' data-share="page"></script>'));
  await eventually('preview frame address', () => page.evaluate(() => document.querySelector('#talent-check iframe')?.src),
    (src) => new URL(src ?? 'about:blank').searchParams.get('share') === `${url}integrate.html`, 'this page as where links lead');
  const sharing = await (await page.$('#talent-check iframe')).contentFrame();
  await sharing.waitForSelector('html[lang=en]');
  await sharing.tap('#e-make-link');
  await expectValue(sharing, '#share-link', new RegExp(`^${url}integrate\\.html\\?lang=en#e2\\.made=`));

  await assertAccessible(page);
  await assertAccessible(sharing);
  assertClean(app, url);
  await context.close();
});
