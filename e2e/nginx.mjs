// Debian's nginx with the repository's configuration (deploy/nginx/), run on
// loopback by whoever runs the tests: its files, pid and logs in a folder of
// its own, stopped when the tests end.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CONF = fileURLToPath(new URL('../deploy/nginx/', import.meta.url));
// Debian puts it in /usr/sbin, which an ordinary user's PATH may lack.
const NGINX = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
// Where Debian keeps nginx's modules (common.conf needs the brotli ones).
const MODULES = process.env.NGINX_MODULES ?? '/usr/lib/nginx/modules';

// nginx started as root hands its requests to workers of the user `nobody`,
// who cannot read a build in a folder only its owner may enter (a clone in
// root's home, a `mktemp -d`), nor this server's own temporary folder: every
// file would be a 404. The workers then run as the user running the tests,
// who can read both; they listen on loopback only, to the tests, so they
// gain nothing that user does not already have. Widening the folders'
// permissions instead would change files that are not the tests' to change.
// As anyone else nginx keeps its own user and needs no `user` line.
function workerUser() {
  if (process.getuid?.() !== 0) return '';
  const { username } = userInfo();
  const gid = String(process.getgid());
  const group = readFileSync('/etc/group', 'utf8').split('\n')
    .map((line) => line.split(':')).find((fields) => fields[2] === gid)?.[0] ?? username;
  return `user ${username} ${group};\n`;
}

const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});

// `prefix` (e.g. '/rencai/') serves `root` under that sub-path with subpath.conf.
export async function startNginx(root, frameAncestors = "'none'", prefix = null) {
  const dir = mkdtempSync(join(tmpdir(), 'talent-nginx-'));
  const port = await freePort();
  const fill = (text) => text
    .replaceAll('${LISTEN}', `127.0.0.1:${port}`)
    .replaceAll('${ROOT}', root)
    .replaceAll('${FRAME_ANCESTORS}', frameAncestors)
    .replaceAll('${PREFIX}', prefix ?? '/')
    .replaceAll('${CONF}', dir);
  for (const name of ['site.conf', 'subpath.conf', 'common.conf', 'headers.conf']) {
    writeFileSync(join(dir, name), fill(readFileSync(join(CONF, name), 'utf8')));
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  writeFileSync(join(dir, 'nginx.conf'), `${workerUser()}load_module ${MODULES}/ngx_http_brotli_static_module.so;
load_module ${MODULES}/ngx_http_brotli_filter_module.so;
pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events {}
http { access_log off; ${temp} include ${dir}/${prefix ? 'subpath' : 'site'}.conf; }
`);
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    try {
      await fetch(url);
      break;
    } catch (e) {
      if (i > 100 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const stop = () => new Promise((resolve) => {
    nginx.once('exit', () => { rmSync(dir, { recursive: true, force: true }); resolve(); });
    nginx.kill('SIGQUIT');
  });
  return { url, stop };
}
