// Trunk's post-build hook (Trunk.toml), run in the staging folder before it
// becomes dist/. In a release build it minifies the page's scripts
// (wasm-bindgen's JS glue, boot.js) with terser, since trunk's own minifier
// leaves them nearly as large as they came and every byte counts against the
// first-load budget, and it moves trunk's inline loader into a file of its
// own for a strict CSP; it also makes the workers' loaders start their wasm
// without a deprecation warning, and leaves out the integrity hash Chromium
// ignores on the wasm's preload. Integrity hashes in the page are written
// anew, so subresource integrity still holds.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('post-build.mjs runs as trunk\'s post_build hook (TRUNK_STAGING_DIR unset)');
if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

// terser is pinned with the other npm tools in e2e/package-lock.json.
const require = createRequire(new URL('../e2e/package.json', import.meta.url));
const { minify } = require('terser');

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const html = join(staging, 'index.html');
let page = readFileSync(html, 'utf8');
// Every hashed script: a page's wasm-bindgen glue and boot.js.
for (const name of readdirSync(staging).filter((n) => /^[a-z-]+-[0-9a-f]+\.js$/.test(n))) {
  const path = join(staging, name);
  const before = readFileSync(path);
  const { code } = await minify(before.toString('utf8'), { module: true, compress: { passes: 2 }, mangle: true });
  writeFileSync(path, code);
  const old = integrity(before);
  if (!page.includes(old)) throw new Error(`index.html does not name ${name} by its integrity hash`);
  page = page.replaceAll(old, integrity(code));
}
// Trunk's loader is an inline module script, which a strict Content Security
// Policy (script-src 'self') refuses: it moves to a file of its own, named by
// its content's hash and checked by its integrity hash like the others, and
// minified too.
const loader = page.match(/<script type=module>([\s\S]*?)<\/script>/);
if (loader) {
  const { code } = await minify(loader[1], { module: true, compress: { passes: 2 }, mangle: true });
  const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, name), code);
  const base = process.env.TRUNK_PUBLIC_URL ?? '/';
  page = page.replace(loader[0], `<script type=module src=${base}${name} integrity=${integrity(code)}></script>`);
}
// A worker's loader (`<bin>_loader.js`, trunk's `data-loader-shim`) starts
// wasm-bindgen's no-modules glue with the wasm's URL as a bare string, which
// that glue takes as the deprecated form of its argument and says so in the
// worker's console: it is handed `{ module_or_path }` instead. A worker is
// started by name from the app, not by the page, so it has no integrity hash
// there; any the page does carry is written anew.
for (const name of readdirSync(staging).filter((n) => n.endsWith('_loader.js'))) {
  const path = join(staging, name);
  const before = readFileSync(path, 'utf8');
  const code = before.replace(/wasm_bindgen\((["'][^"']+["'])\)/g, 'wasm_bindgen({module_or_path:$1})');
  if (!/wasm_bindgen\(\{module_or_path:/.test(code)) throw new Error(`${name}: trunk's worker loader changed`);
  writeFileSync(path, code);
  page = page.replaceAll(integrity(before), integrity(code));
}
// Chromium ignores `integrity` on a preload of the `fetch` destination (trunk's
// preload of the wasm) and warns about it on every page (crbug.com/981419);
// the glue fetches the wasm without it, so nothing was checked by it anyway.
page = page.replace(/<link\b[^>]*>/g, (tag) => (/\bas=["']?fetch\b/.test(tag)
  ? tag.replace(/\s+integrity=("[^"]*"|'[^']*'|[^\s>]+)/, '') : tag));
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) throw new Error('index.html still has an inline script');
writeFileSync(html, page);
