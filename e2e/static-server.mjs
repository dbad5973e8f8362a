// Serves ../dist on a free loopback port, as any static web server would;
// `pages` adds HTML pages of the tests' own (a host page embedding the app),
// `headers` goes with every response (a Content Security Policy); `root` and
// `prefix` serve another build under a sub-path.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

export async function serveDist(pages = {}, port = 0, headers = {}, root = DIST, prefix = '/') {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { 'content-type': TYPES['.html'], ...headers });
      res.end(pages[path]);
      return;
    }
    // Served under `prefix` only, as a site deployed on a sub-path is.
    if (!path.startsWith(prefix)) {
      res.writeHead(404);
      res.end('not found');
      return;
    }
    const rest = path.slice(prefix.length - 1);
    const file = join(root, rest.endsWith('/') ? `${rest}index.html` : rest);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = server.address().port;
  return { url: `http://127.0.0.1:${bound}/`, close: () => new Promise((r) => server.close(r)) };
}

// `node e2e/static-server.mjs [PORT]`: serves dist/ at http://127.0.0.1:PORT/ (8080) until stopped.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const { url } = await serveDist({}, port);
  console.log(`serving dist/ at ${url} (Ctrl+C stops)`);
}
