// Serves ../dist on a free loopback port, as any static web server would;
// `pages` adds HTML pages of the tests' own (a host page embedding the app),
// `headers` goes with every response (a Content Security Policy); `root` and
// `prefix` serve another build under a sub-path. `requests` lists every
// path asked for, in order, whichever browser asked.
//
// `slow` ({ bitsPerSecond, latency }) makes it a slow connection the same
// for every engine, without any browser's own throttling: each response
// waits `latency` ms, then its body, compressed as nginx serves it (the
// build's brotli copies, or gzip for a browser that takes no brotli over
// plain HTTP), shares one link of `bitsPerSecond` with the others in flight.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
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

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// One link shared by every response: each chunk takes its turn on it.
function slowLink({ bitsPerSecond, latency }) {
  let free = 0;
  return async (req, res, status, head, body) => {
    await sleep(latency);
    const accepts = req.headers['accept-encoding'] ?? '';
    if (body.length > 1024 && /text|javascript|wasm|json|svg|manifest/.test(head['content-type'] ?? '')) {
      if (/\bbr\b/.test(accepts)) {
        body = await readFile(`${head.file}.br`).catch(() => brotliCompressSync(body));
        head['content-encoding'] = 'br';
      }
      else if (/\bgzip\b/.test(accepts)) [body, head['content-encoding']] = [gzipSync(body, { level: 9 }), 'gzip'];
    }
    delete head.file;
    res.writeHead(status, { ...head, 'content-length': body.length });
    for (let at = 0; at < body.length; at += 4096) {
      const chunk = body.subarray(at, at + 4096);
      const start = Math.max(performance.now(), free);
      free = start + (chunk.length * 8 * 1000) / bitsPerSecond;
      await sleep(free - performance.now());
      res.write(chunk);
    }
    res.end();
  };
}

export async function serveDist(pages = {}, port = 0, headers = {}, root = DIST, prefix = '/', slow = null) {
  const requests = [];
  const send = slow ? slowLink(slow) : async (req, res, status, head, body) => {
    delete head.file;
    res.writeHead(status, head);
    res.end(body);
  };
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    requests.push(path);
    if (Object.hasOwn(pages, path)) {
      await send(req, res, 200, { 'content-type': TYPES['.html'], ...headers }, Buffer.from(pages[path]));
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
      await send(req, res, 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers, file }, body);
    } catch {
      if (res.headersSent) return;
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const bound = server.address().port;
  return {
    url: `http://127.0.0.1:${bound}/`,
    requests,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }),
  };
}

// `node e2e/static-server.mjs [PORT]`: serves dist/ at http://127.0.0.1:PORT/ (8080) until stopped.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8080);
  const { url } = await serveDist({}, port);
  console.log(`serving dist/ at ${url} (Ctrl+C stops)`);
}
