// The app (behind nginx) inside a portal's page on another origin, put there by embed.js
// with one script tag and one element: no header or footer of its own, the
// language and accent colour from the portal (one too light for text
// darkened), the frame's height following the content with no scrollbar of
// its own, the link copied from inside the frame, language messages heard
// from the portal only, storage refused as a cross-origin frame may find it,
// and the portal's page printed with the result and no page left blank.
// Share links lead to the app's own page, or with data-share to the portal's,
// which hands a link's answers to the frame (talent, enterprise and
// comparison links, in English too); a damaged or hostile fragment there
// hands on nothing but the app's damaged-link message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from './static-server.mjs';
import { DIST } from './session.mjs';
import { startNginx } from './nginx.mjs';
import { launch, assertAccessible, expectText, expectValue } from './browser.mjs';
import { littleGiantInFrame, phdAtEnterprise } from './answers.mjs';

let host;
let app;
let browser;
const pages = {};
before(async () => {
  host = await serveDist(pages);
  const hostOrigin = host.url.replace(/\/$/, '');
  // The app from nginx as deployed, its frame-ancestors naming the portal.
  app = await startNginx(DIST, `'self' ${hostOrigin}`);
  pages['/portal.html'] = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="icon" href="data:,"></head>
<body><main><h1>人才服务</h1><div id="talent-check"></div></main>
<script src="${app.url}embed.js" data-src="${app.url}" data-lang="en" data-accent="#005a9c"></script></body></html>`;
  // Portal pages that ask for the links: the talent page's, the enterprise
  // page's, and the comparison's, whose links lead to the first.
  const portal = (path, heading, attributes) => {
    pages[path] = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="icon" href="data:,"></head>
<body><main><h1>${heading}</h1><div id="talent-check"></div></main>
<script src="${app.url}embed.js" ${attributes}></script></body></html>`;
  };
  portal('/service.html', '人才服务', `data-src="${app.url}" data-share="page"`);
  portal('/firms.html', '企业服务', `data-src="${app.url}enterprise.html" data-share="page"`);
  portal('/scenarios.html', '情形比较', `data-src="${app.url}compare.html" data-share="/service.html?from=menu"`);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await app?.stop();
  await host?.close();
});

const frameHeight = (page) => page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
// The whole page, the margins that collapse through the body (the update notice's) included.
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
// No scrollbar inside the frame: all of the content shows.
const noInnerScroll = (frame) => frame.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight);
// The update notice as public/sw-register.js puts it at the top of the page.
const showNotice = (frame) => frame.evaluate(() => {
  const notice = document.createElement('div');
  notice.id = 'update-notice';
  notice.className = 'notice banner no-print';
  notice.append(Object.assign(document.createElement('span'), { textContent: '已更新。' }),
    Object.assign(document.createElement('button'), { type: 'button', textContent: '更新' }));
  document.body.prepend(notice);
});

test('embedded by a portal on another origin: fits, follows, speaks the portal\'s language, hears only the portal', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });
  // As a browser that keeps a cross-origin frame from storage.
  await context.addInitScript(() => {
    if (window === window.top) return;
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { get() { throw new DOMException('storage refused', 'SecurityError'); } });
    }
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${host.url}portal.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  assert.equal(await page.getAttribute('iframe', 'allow'), 'clipboard-write', 'the frame may write the clipboard');
  await frame.waitForSelector('main form');
  await frame.waitForSelector('#prepaint', { state: 'detached' });
  await frame.waitForSelector('html[lang=en]');
  assert.equal(await frame.getAttribute('html', 'lang'), 'en', 'the language the portal asked for');
  assert.equal(await frame.isVisible('#lang-switch'), true, 'the language switch stays');
  assert.equal(await frame.isVisible('nav.pages'), false, 'no header links of its own');
  assert.equal(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#005a9c');

  // The frame is as tall as its content, before and after the result appears.
  await page.waitForFunction(async () => true);
  const fits = async () => {
    for (let i = 0; i < 50; i++) {
      if (Math.abs(await frameHeight(page) - await contentHeight(frame)) <= 1) return true;
      await page.waitForTimeout(100);
    }
    return false;
  };
  assert.ok(await fits(), 'fits at first');
  assert.ok(await noInnerScroll(frame), 'no scrollbar in the frame at first');
  const before = await frameHeight(page);
  await phdAtEnterprise(frame);
  await expectText(frame, '#total-talent', '¥608,800.00');
  assert.ok(await fits(), 'fits with the result');
  assert.notEqual(await frameHeight(page), before, 'the height followed the content');
  assert.ok(await noInnerScroll(frame), 'no scrollbar in the frame with the result');
  const withoutNotice = await frameHeight(page);
  await showNotice(frame);
  assert.ok(await fits(), 'fits with the update notice');
  assert.ok(await noInnerScroll(frame), 'no scrollbar in the frame with the update notice');
  assert.ok(await frameHeight(page) > withoutNotice, 'the notice and its margin added');
  await frame.evaluate(() => document.getElementById('update-notice').remove());

  // A message from another origin is ignored; the portal's is heard.
  await frame.evaluate(() => window.dispatchEvent(new MessageEvent('message', {
    data: { type: 'talent-check:lang', lang: 'zh-CN' }, origin: 'https://elsewhere.example', source: window.parent,
  })));
  await page.waitForTimeout(300);
  assert.equal(await frame.getAttribute('html', 'lang'), 'en');
  await page.evaluate(() => window.TalentCheck.setLang('zh-CN'));
  await frame.waitForSelector('html[lang=zh-CN]');
  await expectText(frame, '#total-talent', '608,800.00 元');

  // 复制链接 inside the frame writes the link.
  await frame.tap('#make-link');
  const link = await frame.inputValue('#share-link');
  await frame.tap('#copy-link');
  await frame.waitForSelector('#copy-status >> text=链接已复制。');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  assert.match(link, new RegExp(`^${app.url}#t\\d+\\.`), 'without data-share, to the app\'s own page');

  await assertAccessible(frame);
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('embedded, the page never draws its own header and nothing moves when the app takes over', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.getElementById('prepaint')) {
        window.embeddedFirst = document.documentElement.classList.contains('embedded');
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/talent-app-*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${app.url}?embed`);
  await page.waitForSelector('#prepaint #birth-date');
  const top = () => page.evaluate(() => document.getElementById('birth-date').getBoundingClientRect().top);
  const before = await top();
  release();
  await page.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(await page.evaluate(() => window.embeddedFirst), true, 'embedded when the painted header is parsed');
  assert.equal(await top(), before, 'the first question stays where it was painted');
  assert.equal(await page.isVisible('#lang-switch'), true);
  await context.close();
});

test('an accent too light for text on white is darkened to 4.5:1, and the portal warned; a dark one is kept', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  for (const [given, used] of [['#0f0f', '#008900'], ['#ffff00', '#7a7a00'], ['#005a9c', '#005a9c']]) {
    const path = `/accent-${given.slice(1)}.html`;
    pages[path] = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="icon" href="data:,"></head>
<body><div id="talent-check"></div><script src="${app.url}embed.js" data-src="${app.url}" data-accent="${given}"></script></body></html>`;
    const page = await context.newPage();
    const warnings = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${host.url}${path.slice(1)}`);
    const frame = await (await page.waitForSelector('iframe')).contentFrame();
    await frame.waitForSelector('#prepaint', { state: 'detached' });
    const accent = await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim());
    assert.equal(accent, used, given);
    const contrast = await frame.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.querySelector('.lang')).color.match(/\d+/g).map((c) => {
        const v = c / 255;
        return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
    });
    assert.ok(contrast >= 4.5, `${given}: ${contrast} against white`);
    assert.deepEqual(warnings, given === used ? [] : [
      `embed.js: data-accent ${given} 用作白底上的文字太浅（对比度低于 4.5:1），改用 ${used} · too light for text on white (under 4.5:1); using ${used}.`,
    ], given);
    await page.close();
  }
  await context.close();
});

test('the portal\'s page printed: the result on a page of its own, no page left blank', async (t) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${host.url}portal.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#prepaint', { state: 'detached' });
  await phdAtEnterprise(frame);
  await expectText(frame, '#total-talent', '¥608,800.00');
  // On screen the frame has grown to the result, several pages tall.
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height > 2 * 1123);
  const dir = mkdtempSync(join(tmpdir(), 'talent-print-'));
  const file = join(dir, 'portal.pdf');
  const pdf = await page.pdf({ format: 'A4' });
  writeFileSync(file, pdf);
  // The portal's heading, then the frame, which does not fit under it.
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g).length;
  assert.equal(pages, 2, 'pages printed');
  if (existsSync('/usr/bin/pdftotext')) {
    const text = (n) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }).trim();
    assert.match(text(1), /人才服务/);
    assert.match(text(2), /608,800\.00/, 'the result printed');
  } else {
    t.diagnostic('no pdftotext (poppler-utils): the pages\' text is not read');
  }
  rmSync(dir, { recursive: true, force: true });
  await page.close();
});

// What the frame asks its QR worker to draw: the share box's and the printout's codes.
const recordCodes = (context) => context.addInitScript(() => {
  if (window === window.top) return;
  window.drawn = [];
  // Only the QR worker's: the next steps' worker is sent the page's address too.
  const Native = window.Worker;
  window.Worker = class extends Native {
    constructor(url, options) {
      super(url, options);
      this.draws = String(url).includes('qr-worker');
    }
  };
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (data, ...rest) {
    if (this.draws && typeof data === 'string') window.drawn.push(data);
    return post.call(this, data, ...rest);
  };
});

// The PhD of the acceptance case phd-enterprise-b, typed and tapped into the talent page in `frame`.
async function typePhd(page, frame) {
  await frame.focus('#birth-date');
  await page.keyboard.type('04151992');
  await frame.selectOption('#degree', 'doctorate');
  await frame.tap('#mode-full_time');
  await frame.selectOption('#employer-type', 'enterprise');
  await frame.tap('#first-social-insurance');
  await frame.tap('#contract-years');
  await page.keyboard.type('3');
  await expectText(frame, '#total-talent', '608,800.00 元');
}

// A share link opened on another device: a fresh browser, the portal's page at `link`.
async function opened(link, ready) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.goto(link);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector(ready);
  return { context, page, frame, errors };
}

// Makes the share link in `frame` (`make`, its button), which starts with
// `start` (up to its stamp's letter: the format's number follows), and copies
// it as a visitor does.
async function copyLink(page, frame, make, start, copied) {
  await frame.tap(make);
  const escaped = start.replace(/[.?+]/g, '\\$&');
  const link = await expectValue(frame, '#share-link', new RegExp(`^${escaped}\\d+\\.[^#]*\\.[0-9a-f]{8}$`));
  await frame.tap('#copy-link');
  await frame.waitForSelector(`#copy-status >> text=${copied}`);
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the link copied');
  return link;
}

test('data-share="page": links made in the frame lead to the portal\'s page, which opens them in the frame, in Chinese and English', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });
  await recordCodes(context);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${host.url}service.html?from=menu`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#prepaint', { state: 'detached' });
  assert.ok((await page.getAttribute('iframe', 'src')).startsWith(app.url), 'the app from its own origin');
  await typePhd(page, frame);

  const portalPage = `${host.url}service.html?from=menu`;
  // The portal's page, its query kept.
  const link = await copyLink(page, frame, '#make-link', `${portalPage}#t`, '链接已复制。');
  // The share box's code and the printout's are of that link.
  await frame.waitForSelector('.qr-code svg');
  await frame.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await frame.waitForSelector('#print-qr-box svg', { state: 'attached' });
  const drawn = await frame.evaluate(() => window.drawn);
  assert.ok(drawn.includes(link), 'the QR code drawn is the link\'s');
  assert.deepEqual(drawn.filter((d) => !d.startsWith(`${portalPage}#t`)), [], 'no code of another address');

  // Opened elsewhere: the portal's page, the frame with the same answers and result.
  const there = await opened(link, '#total-talent');
  await expectText(there.frame, '#total-talent', '608,800.00 元');
  await expectText(there.frame, '#notice', /已从分享链接载入答案。/);
  assert.equal(await there.frame.inputValue('#birth-date'), '1992-04-15');
  assert.equal(await there.frame.inputValue('#contract-years'), '3');
  const src = new URL(await there.page.getAttribute('iframe', 'src'));
  assert.equal(src.origin + src.pathname, app.url, 'the talent page, from the app\'s origin');
  assert.equal(src.hash, new URL(link).hash, 'the link\'s answers handed to the frame');
  assert.equal(there.page.url(), portalPage, 'handed on, off the portal\'s address');
  await assertAccessible(there.page);
  assert.deepEqual(there.errors, [], 'console errors');

  // A link pasted into that page's address bar (only the fragment changes), then a damaged one.
  await there.page.evaluate((hash) => { location.hash = hash; }, `#t2.birth-date=1970-04-15&degree=doctorate.${'0'.repeat(8)}`);
  await expectText(there.frame, '#notice', /这个分享链接不完整或已被改动，无法打开。已为你打开一份空白自测。/);
  await expectValue(there.frame, '#birth-date', '');
  await there.page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await expectText(there.frame, '#total-talent', '608,800.00 元');
  await there.context.close();

  // Made in English: the link says so, and opens in English.
  await frame.tap('#lang-switch');
  await frame.waitForSelector('html[lang=en]');
  const english = await copyLink(page, frame, '#make-link', `${portalPage}&lang=en#t`, 'Link copied.');
  assert.equal(new URL(english).hash, new URL(link).hash, 'the same answers');
  const inEnglish = await opened(english, '#total-talent');
  await inEnglish.frame.waitForSelector('html[lang=en]');
  await expectText(inEnglish.frame, '#total-talent', '¥608,800.00');
  await expectText(inEnglish.frame, '#notice', /Answers loaded from the share link\./);
  assert.equal(new URL(await inEnglish.page.getAttribute('iframe', 'src')).searchParams.get('lang'), 'en');
  assert.equal(inEnglish.page.url(), `${host.url}service.html?from=menu&lang=en`);
  assert.deepEqual(inEnglish.errors, [], 'console errors');
  await inEnglish.context.close();

  // Without data-share, a portal's page hands nothing on: its links are the app's.
  const plain = await opened(`${host.url}portal.html${new URL(link).hash}`, 'main form');
  await plain.frame.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(new URL(await plain.page.getAttribute('iframe', 'src')).hash, '', 'nothing handed on');
  assert.equal(await plain.frame.inputValue('#birth-date'), '');
  await plain.context.close();
  assert.deepEqual(errors, [], 'console errors');
  await context.close();
});

test('enterprise and comparison links lead to the portal\'s pages, and a talent page\'s portal opens a comparison', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  // The enterprise page: a little giant that already received 50,000 yuan.
  await page.goto(`${host.url}firms.html`);
  let frame = await (await page.waitForSelector('iframe')).contentFrame();
  await littleGiantInFrame(page, frame);
  const firms = await copyLink(page, frame, '#e-make-link', `${host.url}firms.html#e`, '链接已复制。');
  const firmsThere = await opened(firms, '#e-total');
  await expectText(firmsThere.frame, '#e-total', '150,000.00 元');
  assert.equal(await firmsThere.frame.inputValue('#specialized-awards-received'), '5万');
  assert.equal(new URL(await firmsThere.page.getAttribute('iframe', 'src')).pathname, '/enterprise.html');
  assert.deepEqual(firmsThere.errors, [], 'console errors');
  await firmsThere.context.close();

  // The comparison of this device's candidate (a PhD), scenario 2 on a 2-year contract;
  // its portal's links lead to the talent page's portal (data-share names it).
  await page.goto(`${host.url}service.html`);
  frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#prepaint', { state: 'detached' });
  await typePhd(page, frame);
  await page.goto(`${host.url}scenarios.html`);
  frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#compare-table');
  await frame.tap('#s1-years');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2');
  await expectText(frame, '#compare-row-0 td:nth-of-type(2)', /合同 2 年/);
  const scenarios = await copyLink(page, frame, '#compare-make-link', `${host.url}service.html?from=menu#c`, '链接已复制。');
  const compared = await opened(scenarios, '#compare-table');
  assert.equal(new URL(await compared.page.getAttribute('iframe', 'src')).pathname, '/compare.html', 'the page that made the link');
  await expectText(compared.frame, '#notice', /已从分享链接载入答案。/);
  assert.equal(await compared.frame.inputValue('#s1-years'), '2');
  await expectText(compared.frame, '#compare-row-0 td:nth-of-type(2)', /合同 2 年/);
  assert.deepEqual(compared.errors, [], 'console errors');
  await compared.context.close();
  await context.close();
});

test('a damaged or hostile fragment on the portal\'s page: the app\'s damaged-link message, or nothing handed on', async () => {
  // Stamped and written in the links' characters: handed on, and the app refuses it.
  for (const link of [`${host.url}firms.html#e1.little-giant=1.0123abcd`, `${host.url}service.html#t2.%3Cimg%20src%3Dx%3E.00000000`]) {
    const damaged = await opened(link, '#notice');
    await expectText(damaged.frame, '#notice', /这个分享链接不完整或已被改动/);
    assert.equal(new URL(await damaged.page.getAttribute('iframe', 'src')).origin + '/', app.url, 'the frame stays the app\'s');
    assert.equal(await damaged.frame.locator('img').count(), 0, 'nothing drawn from it');
    assert.equal(new URL(damaged.page.url()).hash, '', 'handed on, off the portal\'s address');
    assert.deepEqual(damaged.errors, [], 'console errors and dialogs');
    await damaged.context.close();
  }
  // Characters no link holds (an apostrophe, parentheses), or the portal's own
  // anchor: nothing handed on, the fragment stays the portal's.
  for (const hash of ["#t2.x'%3E%3Cimg%20src=x%20onerror=alert(1)%3E.00000000", '#contact']) {
    const other = await opened(`${host.url}service.html${hash}`, 'main form');
    await other.frame.waitForSelector('#prepaint', { state: 'detached' });
    assert.equal(new URL(await other.page.getAttribute('iframe', 'src')).hash, '', hash);
    assert.equal(new URL(other.page.url()).hash, hash);
    assert.equal(await other.frame.locator('#notice').count(), 0, 'no notice: a fresh self-check');
    assert.equal(await other.frame.inputValue('#birth-date'), '');
    assert.deepEqual(other.errors, [], 'console errors and dialogs');
    await other.context.close();
  }
});

test('data-share naming a page of another origin is refused with a warning: the links stay the app\'s', async () => {
  pages['/elsewhere.html'] = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="icon" href="data:,"></head>
<body><div id="talent-check"></div><script src="${app.url}embed.js" data-src="${app.url}" data-share="https://elsewhere.example/page"></script></body></html>`;
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto(`${host.url}elsewhere.html`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await frame.waitForSelector('#prepaint', { state: 'detached' });
  assert.equal(new URL(await page.getAttribute('iframe', 'src')).searchParams.get('share'), null);
  assert.deepEqual(warnings, ['embed.js: data-share https://elsewhere.example/page 不是本门户的页面，分享链接仍指向自测本身'
    + ' · is no page of this portal\'s origin; share links lead to the self-check itself.']);
  await frame.click('#make-link');
  assert.match(await frame.inputValue('#share-link'), new RegExp(`^${app.url}#t\\d+\\.`));
  // Nor does the app take a page of another origin than its portal's, asked for in its address.
  const src = new URL(await page.getAttribute('iframe', 'src'));
  src.searchParams.set('share', 'https://elsewhere.example/page');
  await frame.goto(src.href);
  await frame.waitForSelector('#prepaint', { state: 'detached' });
  await frame.click('#make-link');
  assert.match(await frame.inputValue('#share-link'), new RegExp(`^${app.url}#t\\d+\\.`));
  assert.equal(await frame.getAttribute('html', 'data-share'), null);
  await page.close();
});
