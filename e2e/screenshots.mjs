// Screenshots of the release build at phone and desktop widths, for looking at.
// Usage: node screenshots.mjs [out-dir]
import { mkdir } from 'node:fs/promises';
import { serveDist } from './static-server.mjs';
import { launch, openApp } from './browser.mjs';

const out = process.argv[2] ?? 'results/screens';
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  const { page } = await openApp(browser, server.url, viewport);
  await page.fill('#birth', '1992-04-15');
  await page.selectOption('#degree', 'doctorate');
  await page.waitForSelector('#category');
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
