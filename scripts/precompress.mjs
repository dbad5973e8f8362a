// Brotli copies of a build's code, for servers that send them as they are
// (nginx's brotli_static, most CDNs):
//   node scripts/precompress.mjs DIR
// writes NAME.br (quality 11, more than a server compresses on the fly) beside
// every .wasm, .js and .css file of DIR that it makes smaller. Not the service
// worker, the pages or the JSON: small, revalidated on every visit, and left
// to the server to compress. A file replaced by hand needs its copy replaced
// or removed too: the server sends the copy.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/precompress.mjs DIR');
let before = 0;
let after = 0;
for (const name of readdirSync(dir)) {
  if (!/\.(wasm|js|css)$/.test(name) || name === 'sw.js') continue;
  const raw = readFileSync(join(dir, name));
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  });
  if (br.length >= raw.length) continue;
  writeFileSync(join(dir, `${name}.br`), br);
  before += raw.length;
  after += br.length;
}
console.log(`precompress.mjs: ${(before / 1024).toFixed(0)} KB of code, ${(after / 1024).toFixed(0)} KB as brotli`);
