// deploy/nginx/fill.sh, which fills the nginx files' placeholders: nginx's
// own variables stay as they are, unsafe values are refused, and Debian's
// nginx accepts the result and serves with it (the site at the root, the
// sub-path with its redirect) on loopback.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEPLOY = fileURLToPath(new URL('../deploy/nginx/', import.meta.url));
const FILL = join(DEPLOY, 'fill.sh');
const NGINX = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const MODULES = process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules';
const PLACEHOLDERS = ['LISTEN', 'ROOT', 'FRAME_ANCESTORS', 'PREFIX', 'CONF'];

const scratch = mkdtempSync(join(tmpdir(), 'talent-deploy-'));
chmodSync(scratch, 0o755); // nginx's workers run as nobody
after(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const folder = () => join(scratch, `out-${++folders}`);

const fill = (out, args, env = {}) => spawnSync('sh', [FILL, out, ...args],
  { encoding: 'utf8', env: { ...process.env, NGINX, NGINX_MODULES: MODULES, ...env } });

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

// A built folder of two pages, readable by nginx's workers.
function site() {
  const root = mkdtempSync(join(scratch, 'root-'));
  writeFileSync(join(root, 'index.html'), 'the talent page');
  writeFileSync(join(root, 'enterprise.html'), 'the enterprise page');
  writeFileSync(join(root, 'talent-app-0123456789abcdef_bg.wasm'), 'wasm');
  chmodSync(root, 0o755);
  return root;
}

// nginx's variables ($uri, $args …), in order, leaving out the placeholders.
const nginxVariables = (text) => text.match(/\$(?!\{)\w+/g);

// Starts nginx on the files fill.sh wrote into `out` (`name`: site.conf or
// subpath.conf), as nginx.conf's http block would include them.
async function startNginx(out, name) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${out}/${t};`).join(' ');
  writeFileSync(join(out, 'nginx.conf'), `load_module ${MODULES}/ngx_http_brotli_static_module.so;
load_module ${MODULES}/ngx_http_brotli_filter_module.so;
pid ${out}/nginx.pid; error_log ${out}/error.log;
events {}
http { access_log off; ${temp} include ${out}/${name}; }
`);
  const nginx = spawn(NGINX, ['-p', `${out}/`, '-c', join(out, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  const stop = () => new Promise((resolve) => {
    if (nginx.exitCode !== null) resolve();
    else { nginx.once('exit', resolve); nginx.kill('SIGQUIT'); }
  });
  return { stop, nginx };
}

async function waitFor(url, nginx, out) {
  for (let i = 0; ; i++) {
    try {
      return await fetch(url, { redirect: 'manual' });
    } catch (e) {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(join(out, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

test('the filled files are the templates with the placeholders replaced, nginx variables untouched, tested by nginx -t', () => {
  const values = { LISTEN: '127.0.0.1:8080', ROOT: '/srv/talent-check', FRAME_ANCESTORS: "'self' https://www.example.gov.cn", PREFIX: '/rencai/' };
  for (const [file, args] of [['site.conf', ['LISTEN', 'ROOT', 'FRAME_ANCESTORS']], ['subpath.conf', ['LISTEN', 'ROOT', 'FRAME_ANCESTORS', 'PREFIX']]]) {
    const out = folder();
    const run = fill(out, args.map((name) => `${name}=${values[name]}`));
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`wrote .*${file} \\(tested with ${NGINX} -t\\)`));
    const filled = { ...values, CONF: out };
    for (const name of ['common.conf', 'headers.conf', file]) {
      const template = readFileSync(join(DEPLOY, name), 'utf8');
      const text = readFileSync(join(out, name), 'utf8');
      let expected = template;
      for (const p of PLACEHOLDERS) expected = expected.replaceAll(`\${${p}}`, filled[p]);
      assert.equal(text, expected, name);
      assert.ok(!text.includes('${'), `${name}: a placeholder is left`);
      assert.deepEqual(nginxVariables(text), nginxVariables(template), `${name}: nginx's variables`);
    }
    const conf = readFileSync(join(out, file), 'utf8');
    if (file === 'site.conf') assert.match(conf, /try_files \$uri \$uri\/index\.html =404;/);
    else assert.match(conf, /return 301 \/rencai\/\$is_args\$args;/);
    assert.match(readFileSync(join(out, 'headers.conf'), 'utf8'), /frame-ancestors 'self' https:\/\/www\.example\.gov\.cn"/);
  }
});

test('CONF names where nginx will read the includes from; trailing slashes are dropped', () => {
  const out = folder();
  const run = fill(out, ['LISTEN=8080', 'ROOT=/srv/talent-check/', "FRAME_ANCESTORS='none'", 'CONF=/etc/nginx/talent-check/']);
  assert.equal(run.status, 0, run.stderr);
  const conf = readFileSync(join(out, 'site.conf'), 'utf8');
  assert.match(conf, /^ {4}root \/srv\/talent-check;$/m);
  assert.match(conf, /^ {4}include \/etc\/nginx\/talent-check\/common\.conf;$/m);
  assert.match(run.stderr, /include \/etc\/nginx\/talent-check\/site\.conf in nginx\.conf's http block/);
});

test('a missing or unsafe value is refused with a message naming it, and nothing is written', () => {
  const good = { LISTEN: 'LISTEN=8080', ROOT: 'ROOT=/srv/talent-check', FRAME_ANCESTORS: "FRAME_ANCESTORS='none'" };
  const cases = [
    [{ LISTEN: null }, /LISTEN is missing: give LISTEN=…/],
    [{ ROOT: null }, /ROOT is missing/],
    [{ FRAME_ANCESTORS: null }, /FRAME_ANCESTORS is missing/],
    [{ LISTEN: 'LISTEN=' }, /LISTEN is empty/],
    [{ LISTEN: 'LISTEN=8080; include /etc/passwd' }, /LISTEN '8080; include \/etc\/passwd' holds one of ; \{ \} # \$ " \\/],
    [{ ROOT: 'ROOT=/srv/{x}' }, /ROOT '\/srv\/\{x\}' holds one of ;/],
    [{ ROOT: 'ROOT=/srv/$uri' }, /ROOT '\/srv\/\$uri' holds one of ;/],
    [{ FRAME_ANCESTORS: 'FRAME_ANCESTORS=\'self\'\nadd_header X 1' }, /FRAME_ANCESTORS holds a line break/],
    [{ FRAME_ANCESTORS: 'FRAME_ANCESTORS=\'self\'" always; add_header X "1' }, /FRAME_ANCESTORS .* holds one of/],
    [{ LISTEN: 'LISTEN=8080 # default_server' }, /holds one of/],
    [{ ROOT: 'ROOT=dist' }, /ROOT 'dist' is not an absolute path/],
    [{ ROOT: 'ROOT=/srv/my site' }, /ROOT '\/srv\/my site' holds a space/],
    [{ PREFIX: 'PREFIX=/rencai' }, /PREFIX '\/rencai' must end with a slash, e\.g\. \/rencai\//],
    [{ PREFIX: 'PREFIX=rencai/' }, /PREFIX 'rencai\/' is not an absolute path/],
    [{ PREFIX: 'PREFIX=/ren(cai)/' }, /PREFIX '\/ren\(cai\)\/' may hold only letters, digits/],
    [{ PREFIX: 'PREFIX=' }, /PREFIX is empty/],
    [{ CONF: 'CONF=conf' }, /CONF 'conf' is not an absolute path/],
    [{ OTHER: 'FRAME_ANCESTOR=self' }, /unknown argument 'FRAME_ANCESTOR=self'/],
  ];
  for (const [change, message] of cases) {
    const args = Object.values({ ...good, ...change }).filter((a) => a !== null);
    const out = folder();
    const run = fill(out, args);
    assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, message);
    assert.match(run.stderr, /^fill\.sh: /);
    assert.ok(!existsSync(out), `${args.join(' ')}: ${out} was written`);
  }
  const none = fill('', []);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /the output folder is empty/);
  const first = fill('LISTEN=8080', []);
  assert.match(first.stderr, /the first argument is the output folder, not LISTEN=8080/);
  // The output folder is where nginx reads the includes from unless CONF is given.
  const spaced = join(scratch, 'my conf');
  const unsafe = fill(spaced, Object.values(good));
  assert.equal(unsafe.status, 2);
  assert.match(unsafe.stderr, /CONF \(the output folder, as CONF is not given\) '.*\/my conf' holds a space/);
  assert.ok(!existsSync(spaced));
  assert.equal(fill(spaced, [...Object.values(good), 'CONF=/etc/nginx/talent-check']).status, 0);
});

test('a configuration nginx -t refuses is not written, with a hint for a certificate or the brotli modules; NGINX=none writes it untested', () => {
  const args = ['LISTEN=443 ssl', 'ROOT=/srv/talent-check', "FRAME_ANCESTORS='none'"];
  const out = folder();
  const refused = fill(out, args);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /no "ssl_certificate" is defined/);
  assert.match(refused.stderr, /a 'listen … ssl' needs a certificate/);
  assert.match(refused.stderr, /nginx -t refused the filled files \(above\); nothing was written/);
  assert.ok(!existsSync(out));
  const noBrotli = fill(out, ['LISTEN=8080', ...args.slice(1)], { NGINX_MODULES: join(scratch, 'no-modules') });
  assert.equal(noBrotli.status, 2);
  assert.match(noBrotli.stderr, /common\.conf needs nginx's brotli modules: Debian's libnginx-mod-http-brotli-static and libnginx-mod-http-brotli-filter, looked for in .*\/no-modules/);
  assert.ok(!existsSync(out));
  const untested = fill(out, args, { NGINX: 'none' });
  assert.equal(untested.status, 0, untested.stderr);
  assert.match(untested.stderr, /not tested with nginx -t: NGINX=none/);
  assert.match(readFileSync(join(out, 'site.conf'), 'utf8'), /listen 443 ssl;/);
});

test('nginx serves the filled site.conf: $uri finds each file, a missing one is 404, the headers are filled', async () => {
  const root = site();
  const port = await freePort();
  const out = folder();
  const run = fill(out, [`LISTEN=127.0.0.1:${port}`, `ROOT=${root}`, "FRAME_ANCESTORS='self' https://portal.example"]);
  assert.equal(run.status, 0, run.stderr);
  const { nginx, stop } = await startNginx(out, 'site.conf');
  try {
    const base = `http://127.0.0.1:${port}/`;
    const index = await waitFor(base, nginx, out);
    assert.equal(index.status, 200);
    assert.equal(await index.text(), 'the talent page');
    assert.match(index.headers.get('content-security-policy'), /frame-ancestors 'self' https:\/\/portal\.example$/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    const page = await fetch(`${base}enterprise.html`);
    assert.equal(await page.text(), 'the enterprise page');
    const hashed = await fetch(`${base}talent-app-0123456789abcdef_bg.wasm`);
    assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    // With $uri emptied (a plain envsubst) every address would answer with index.html.
    assert.equal((await fetch(`${base}missing-0123456789ab.js`)).status, 404);
    assert.equal((await fetch(`${base}missing.html`)).status, 404);
  } finally {
    await stop();
  }
});

test('nginx serves the filled subpath.conf: /rencai redirects to /rencai/ with its query, the folder is served', async () => {
  const root = site();
  const port = await freePort();
  const out = folder();
  const run = fill(out, [`LISTEN=127.0.0.1:${port}`, `ROOT=${root}`, "FRAME_ANCESTORS='none'", 'PREFIX=/rencai/']);
  assert.equal(run.status, 0, run.stderr);
  const { nginx, stop } = await startNginx(out, 'subpath.conf');
  try {
    const base = `http://127.0.0.1:${port}/`;
    const bare = await waitFor(`${base}rencai?lang=en&kiosk=60`, nginx, out);
    assert.equal(bare.status, 301);
    assert.equal(new URL(bare.headers.get('location'), base).href, `${base}rencai/?lang=en&kiosk=60`);
    const plain = await fetch(`${base}rencai`, { redirect: 'manual' });
    assert.equal(plain.status, 301);
    assert.equal(new URL(plain.headers.get('location'), base).href, `${base}rencai/`);
    const index = await fetch(`${base}rencai/`);
    assert.equal(index.status, 200);
    assert.equal(await index.text(), 'the talent page');
    assert.match(index.headers.get('content-security-policy'), /frame-ancestors 'none'$/);
    assert.equal(await (await fetch(`${base}rencai/enterprise.html`)).text(), 'the enterprise page');
    // The location inside the folder's still takes the hashed names (^~ stops only the server's patterns).
    const hashed = await fetch(`${base}rencai/talent-app-0123456789abcdef_bg.wasm`);
    assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(hashed.headers.get('content-type'), 'application/wasm');
    // Only the prefix itself is redirected.
    assert.equal((await fetch(`${base}rencaix`, { redirect: 'manual' })).status, 404);
    assert.equal((await fetch(`${base}rencai/missing.html`)).status, 404);
  } finally {
    await stop();
  }
});
