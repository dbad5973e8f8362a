// A share link that leads to a portal's page (embed.js with data-share="page")
// in each engine (Chromium, Firefox ESR, WebKit), through engines.mjs: the
// portal's page hands the link's answers to the frame, which opens on the
// result; a link made in the frame leads back to the portal's page, in
// Chinese and in English; a link pasted into the open page's address bar is
// handed on too, a damaged one named in the frame. The portal's page is
// served from the app's origin here, so that the journey can read the frame
// through engines.mjs, which drives top-level pages; embed.test.mjs runs it
// across origins, deeper, in Chromium.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { crc32 } from 'node:zlib';
import { eventually } from './browser.mjs';
import { serveDist } from './static-server.mjs';
import { ENGINES, launchEngine } from './engines.mjs';

// A talent link of format 2 (docs/share-links.md) with its CRC-32: the PhD
// of the acceptance case phd-enterprise-b. A link once made keeps opening,
// so it is written here as a visitor may still hold it.
const ANSWERS = 'birth-date=1992-04-15&degree=doctorate&mode=full_time&employer-type=enterprise'
  + '&first-social-insurance=1&contract-years=3';
const LINK = `#t2.${ANSWERS}.${crc32(ANSWERS).toString(16).padStart(8, '0')}`;

let server;
let portal;
before(async () => {
  const pages = {};
  server = await serveDist(pages);
  pages['/portal/service.html'] = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>门户</title><link rel="icon" href="data:,"></head>
<body><main><h1>人才服务</h1><div id="talent-check"></div></main>
<script src="${server.url}embed.js" data-src="${server.url}" data-share="page"></script></body></html>`;
  portal = `${server.url}portal/service.html?from=menu`;
});
after(async () => { await server?.close(); });

const fits = (expected) => (seen) => (expected instanceof RegExp
  ? typeof seen === 'string' && expected.test(seen)
  : seen === expected);

// A property of the first element matching the selector in the portal's frame, or null while there is none.
const inFrame = (page, selector, name) => page.evaluate(([s, n]) => {
  const element = document.querySelector('iframe')?.contentDocument?.querySelector(s);
  return element?.[n] ?? null;
}, [selector, name]);

const frameText = (page, selector, expected, timeout = 15000) => eventually(`${page.name}: text of ${selector} in the frame`,
  () => inFrame(page, selector, 'textContent'), fits(expected), expected, timeout);

const frameValue = (page, selector, expected, timeout = 15000) => eventually(`${page.name}: value of ${selector} in the frame`,
  () => inFrame(page, selector, 'value'), fits(expected), expected, timeout);

// Once the app runs in the frame: its form painted, and taken over from the
// page's painted copy (src/prepaint.rs).
const frameRuns = (page) => eventually(`${page.name}: the app runs in the frame`, () => page.evaluate(() => {
  const doc = document.querySelector('iframe')?.contentDocument;
  return Boolean(doc?.querySelector('main form')) && doc.getElementById('prepaint') === null;
}), fits(true), true, 15000);

// A click on a button in the frame, as its own script sees one.
const tapInFrame = (page, selector) => page.evaluate(
  (s) => document.querySelector('iframe').contentDocument.querySelector(s).click(), selector);

// The portal's page opened at `link` on a device where nothing is saved.
async function openPortal(page, link) {
  await page.goto(server.url);
  await page.evaluate(() => { localStorage.clear(); sessionStorage.clear(); });
  await page.goto('about:blank');
  await page.goto(link);
}

const address = (page) => page.evaluate(() => location.href);
const frameSrc = (page) => page.evaluate(() => document.querySelector('iframe')?.src ?? null);

for (const engine of ENGINES) {
  describe(engine, () => {
    let page;
    before(async () => { page = await launchEngine(engine); });
    after(async () => { await page?.close(); });

    test(`${engine}: a share link to the portal's page opens in its frame, and the frame's links lead back to it`, async () => {
      const link = `${portal}${LINK}`;
      await openPortal(page, link);
      await frameText(page, '#total-talent', '608,800.00 元');
      await frameText(page, '#notice', /已从分享链接载入答案。/);
      await frameValue(page, '#birth-date', '1992-04-15');
      const src = new URL(await frameSrc(page));
      assert.equal(src.origin + src.pathname, server.url, 'the talent page');
      assert.equal(src.hash, new URL(link).hash, 'the link\'s answers handed to the frame');
      assert.equal(await address(page), portal, 'handed on, off the portal\'s address');

      // Made in the frame: the portal's page, the same answers.
      await tapInFrame(page, '#make-link');
      const made = await frameValue(page, '#share-link', new RegExp(`^${escape(portal)}#t\\d+\\.[^#]+\\.[0-9a-f]{8}$`));

      // Pasted into the address bar of the open page (only the fragment changes): damaged, then whole.
      await page.evaluate((hash) => { location.hash = hash; }, `#t2.${ANSWERS}.00000000`);
      await frameText(page, '#notice', /这个分享链接不完整或已被改动，无法打开。/);
      await frameValue(page, '#birth-date', '');
      await page.evaluate((hash) => { location.hash = hash; }, new URL(made).hash);
      await frameText(page, '#total-talent', '608,800.00 元');
      await frameValue(page, '#contract-years', '3');

      // In English: the link says so, and opens in English.
      await tapInFrame(page, '#lang-switch');
      await eventually(`${engine}: the frame in English`, () => page.evaluate(
        () => document.querySelector('iframe').contentDocument.documentElement.lang), fits('en'), 'en');
      await tapInFrame(page, '#make-link');
      const english = await frameValue(page, '#share-link', new RegExp(`^${escape(portal)}&lang=en#t\\d+\\.`));
      await openPortal(page, english);
      await frameText(page, '#total-talent', '¥608,800.00');
      await frameText(page, '#notice', /Answers loaded from the share link\./);
      assert.equal(new URL(await frameSrc(page)).searchParams.get('lang'), 'en');
      assert.equal(await address(page), `${portal}&lang=en`);
    });

    test(`${engine}: the portal's own anchor is left to the portal`, async () => {
      await openPortal(page, `${portal}#contact`);
      await frameRuns(page);
      await frameValue(page, '#birth-date', '');
      assert.equal(new URL(await frameSrc(page)).hash, '');
      assert.equal(await address(page), `${portal}#contact`);
    });
  });
}

const escape = (text) => text.replace(/[.?+]/g, '\\$&');
