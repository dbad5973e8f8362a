// Makes a build (scripts/build.sh) work offline, run on the merged pages:
//   node scripts/offline.mjs DIR
// writes DIR/sw.js (scripts/service-worker.js with the list of every file of
// the build with its size, for the progress the pages show, and a version
// made of their contents), DIR/version.json (the
// policy and that version, for the update notice), DIR/manifest.webmanifest
// and DIR/kiosk.webmanifest (the same, opening in kiosk mode).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/offline.mjs DIR');
const here = (p) => fileURLToPath(new URL(p, import.meta.url));

// The policy the build follows: the document of the newest version in the
// policy data (its [[versions]] are in order, checked by rules/build.rs).
const versions = readFileSync(here('../rules/policy/policy.toml'), 'utf8').split(/^\[\[versions\]\]$/m).slice(1)
  .map((block) => block.split(/^\[/m)[0].match(/^document = "([^"]+)"$/m)?.[1]);
const policy = versions.at(-1);
if (!policy) throw new Error('offline.mjs: rules/policy/policy.toml names no document for its newest version');

const manifest = {
  name: '阿拉尔人才政策自测',
  short_name: '人才自测',
  description: '第一师阿拉尔市特色人才高地建设方案（试行）人才类别与补贴自测',
  lang: 'zh-CN',
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f5f6f8',
  theme_color: '#9b1c1c',
  icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
};
writeFileSync(join(dir, 'manifest.webmanifest'), `${JSON.stringify(manifest, null, 1)}\n`);
// A tablet at a fair added to the home screen opens in kiosk mode (sw-register.js links this one then).
const kiosk = { ...manifest, id: './?kiosk', name: `${manifest.name}（展会平板）`, start_url: './?kiosk' };
writeFileSync(join(dir, 'kiosk.webmanifest'), `${JSON.stringify(kiosk, null, 1)}\n`);

const skip = new Set(['sw.js', 'version.json']);
// Not the brotli copies (scripts/precompress.mjs): the server sends them for their files.
const files = readdirSync(dir).filter((n) => !skip.has(n) && !n.endsWith('.br')).sort();
const hash = createHash('sha256');
for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
const version = hash.digest('hex').slice(0, 16);
writeFileSync(join(dir, 'version.json'), `${JSON.stringify({ policy, version })}\n`);
const worker = readFileSync(here('service-worker.js'), 'utf8');
// The size as stored: what the progress counts (the wire carries less, compressed).
const sized = files.map((f) => [f, statSync(join(dir, f)).size]);
writeFileSync(join(dir, 'sw.js'),
  `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(sized)};\n${worker}`);
console.log(`offline.mjs: ${files.length} files cached by sw.js, version ${version}`);
