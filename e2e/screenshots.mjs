// Screenshots of the release build at phone and desktop widths in both
// languages, for looking at. Usage: node screenshots.mjs [out-dir]
import { mkdir } from 'node:fs/promises';
import { serveDist } from './static-server.mjs';
import { launch, openApp, switchToEnglish } from './browser.mjs';
import { fullTime } from './answers.mjs';

const out = process.argv[2] ?? 'results/screens';
await mkdir(out, { recursive: true });
const server = await serveDist();
const browser = await launch();
const sizes = [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]];
for (const lang of ['zh', 'en']) {
  for (const [name, viewport] of sizes) {
    const { page, context } = await openApp(browser, server.url, viewport);
    if (lang === 'en') await switchToEnglish(page);
    await page.screenshot({ path: `${out}/${lang}-${name}-empty.png` });
    await fullTime(page, { birth: '1992-04-15', degree: 'doctorate', contract: '2x' });
    await page.screenshot({ path: `${out}/${lang}-${name}-error.png`, fullPage: true });
    await page.fill('#contract-years', '3');
    await page.waitForSelector('#total-talent');
    await page.locator('#result').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/${lang}-${name}-result.png`, fullPage: name === 'phone' });
    await context.close();
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
