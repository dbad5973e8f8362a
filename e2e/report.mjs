// Size and speed of the release build in dist/:
//  * each asset's brotli size (quality 11) and the total first load, which
//    leaves out what is fetched only on demand (the English texts),
//  * the median cold load-to-interactive over 5 runs in headless Chromium,
//  * the median time from changing an answer to the updated result.
// Goals: ≤ 120 KB brotli; ≤ 400 ms to interactive on loopback; ≤ 16 ms answer → result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serveDist } from './static-server.mjs';
import { launch } from './browser.mjs';
import { phdAtEnterprise } from './answers.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ON_DEMAND = new Set(['en.json']);

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const verdict = (ok) => (ok ? 'goal met' : 'GOAL NOT MET');
const sizes = new Map();
console.log('asset                                        raw        brotli');
for (const name of readdirSync(DIST).sort()) {
  const path = DIST + name;
  if (!statSync(path).isFile()) continue;
  const raw = readFileSync(path);
  sizes.set(name, brotli(raw));
  const note = ON_DEMAND.has(name) ? '   on demand, not in a first load' : '';
  console.log(`${name.padEnd(44)} ${kb(raw.length).padStart(10)} ${kb(sizes.get(name)).padStart(10)}${note}`);
}
// A page's first load: the page and every file of dist/ it names.
for (const page of [...sizes.keys()].filter((n) => n.endsWith('.html'))) {
  const html = readFileSync(DIST + page, 'utf8');
  const named = new Set([...html.matchAll(/(?:href|src)=["']?\/?(?:[^"' >]*\/)?([^"' >/]+)/g)].map((m) => m[1]));
  const assets = [page, ...[...named].filter((n) => n !== page && sizes.has(n) && !ON_DEMAND.has(n))];
  const total = assets.reduce((sum, n) => sum + sizes.get(n), 0);
  console.log(`first load of ${page.padEnd(30)} ${''.padStart(10)} ${kb(total).padStart(10)}   ${verdict(total <= 120 * 1024)} (≤ 120 KB): ${assets.length} files`);
}

const server = await serveDist();
const browser = await launch();
const loads = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('talent-check:interactive').length > 0);
  loads.push(await page.evaluate(() => performance.getEntriesByName('talent-check:interactive')[0].startTime));
  await context.close();
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await page.waitForSelector('main form');
await phdAtEnterprise(page);
const answers = await page.evaluate(async () => {
  const input = document.getElementById('birth-date');
  const change = (value) => new Promise((resolve) => {
    const before = document.getElementById('category')?.textContent;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const now = document.getElementById('category')?.textContent;
      if (now && now !== before) { observer.disconnect(); resolve(performance.now() - t0); }
    });
    observer.observe(document.getElementById('result'), { subtree: true, childList: true, characterData: true });
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const times = [];
  for (let i = 0; i < 21; i++) times.push(await change(i % 2 ? '1992-04-15' : '1975-04-15'));
  return times;
});
await browser.close();
await server.close();

console.log(`cold load to interactive (5 runs): median ${median(loads).toFixed(0)} ms  [${loads.map((x) => x.toFixed(0)).join(', ')}]   ${verdict(median(loads) <= 400)} (≤ 400 ms)`);
console.log(`answer → result (21 changes):      median ${median(answers).toFixed(1)} ms  [min ${Math.min(...answers).toFixed(1)}, max ${Math.max(...answers).toFixed(1)}]   ${verdict(median(answers) <= 16)} (≤ 16 ms)`);
