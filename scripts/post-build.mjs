// Trunk's post-build hook (Trunk.toml), run in the staging folder before it
// becomes dist/. In a release build it minifies the page's scripts
// (wasm-bindgen's JS glue, boot.js) with terser, since trunk's own minifier
// leaves them nearly as large as they came and every byte counts against the
// first-load budget, and it moves trunk's inline loader into a file of its
// own for a strict CSP, starting the wasm's download itself in place of
// trunk's preload of it; it also makes the workers' loaders start their wasm
// without a deprecation warning. Integrity hashes in the page are written
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
//
// Trunk also names the wasm in a `<link rel=preload as=fetch>`, which WebKit
// (Safari, and every browser on an iPhone) never hands to the glue's fetch():
// it downloaded the wasm twice on a first visit. The loader starts that one
// download itself instead, before it waits for the glue (imported, so no
// longer waited for before the loader runs), and hands the glue the
// response; the preload goes. Every engine then asks for the wasm once.
const loader = page.match(/<script type=module>([\s\S]*?)<\/script>/);
if (loader) {
  const glue = /import\s*init\s*,\s*\*\s*as\s+bindings\s*from\s*(["'][^"']+["'])\s*;?/;
  const wasm = /init\(\s*\{\s*module_or_path\s*:\s*(["'][^"']+["'])\s*\}\s*\)/;
  if (!glue.test(loader[1]) || !wasm.test(loader[1])) throw new Error('trunk\'s loader changed: it no longer imports the glue and starts the wasm as post-build.mjs expects');
  const source = loader[1]
    .replace(glue, (_, js) => `const response = fetch(${loader[1].match(wasm)[1]});\nconst bindings = await import(${js});\nconst init = bindings.default;`)
    .replace(wasm, 'init({ module_or_path: response })');
  const { code } = await minify(source, { module: true, compress: { passes: 2 }, mangle: true });
  const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(staging, name), code);
  const base = process.env.TRUNK_PUBLIC_URL ?? '/';
  page = page.replace(loader[0], `<script type=module src=${base}${name} integrity=${integrity(code)}></script>`);
  page = page.replace(/<link\b[^>]*\bas=["']?fetch\b[^>]*>/g, '');
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
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(page)) throw new Error('index.html still has an inline script');
writeFileSync(html, page);
