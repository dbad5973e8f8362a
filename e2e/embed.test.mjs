// The app (behind nginx) inside a portal's page on another origin, put there by embed.js
// with one script tag and one element: no header or footer of its own, the
// language and accent colour from the portal (one too light for text
// darkened), the frame's height following the content with no scrollbar of
// its own, the link copied from inside the frame, language messages heard
// from the portal only, storage refused as a cross-origin frame may find it,
// and the portal's page printed with the result and no page left blank.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist } from './static-server.mjs';
import { DIST } from './session.mjs';
import { startNginx } from './nginx.mjs';
import { launch, assertAccessible, expectText } from './browser.mjs';
import { phdAtEnterprise } from './answers.mjs';

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
