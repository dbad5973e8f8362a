// The built app in Chromium: answers in, category out, nothing leaves the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist } from './static-server.mjs';
import { launch, openApp } from './browser.mjs';

let server;
let browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('a doctorate under 45 is category B, with the date the age limit ends', async () => {
  const { page, errors, requests } = await openApp(browser, server.url);
  await page.fill('#birth', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await assert.doesNotReject(page.waitForSelector('#category >> text=B类人才'));
  const criteria = await page.locator('.criteria li').allTextContents();
  assert.ok(criteria.some((c) => c.includes('45岁（含）以下全日制博士研究生') && c.includes('2038-04-15')), criteria.join('\n'));
  await page.selectOption('#title', 'senior');
  await page.waitForSelector('#category >> text=B类人才');
  assert.deepEqual(errors, []);
  const foreign = requests.filter((u) => !u.startsWith(server.url));
  assert.deepEqual(foreign, [], 'no request leaves the app');
});

test('a birth date in the future is refused next to the field, and the answer is kept', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.selectOption('#degree', 'master');
  await page.fill('#birth', '2999-01-01');
  await page.waitForSelector('#birth-error >> text=出生日期不能晚于今天');
  assert.equal(await page.getAttribute('#birth', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#degree'), 'master');
  await page.fill('#birth', '1990-01-01');
  await page.waitForSelector('#category');
  assert.equal(await page.getAttribute('#birth', 'aria-invalid'), 'false');
  assert.deepEqual(errors, []);
});
