// The server and browser a test file shares, for node --test files only.
import { before, after } from 'node:test';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveDist } from './static-server.mjs';
import { startNginx } from './nginx.mjs';
import { launch } from './browser.mjs';

// The release build the journeys run against.
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

// The command-line tool as `cargo test -p talent-rules` built it, in cargo's
// target directory (CARGO_TARGET_DIR where one is set).
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(resolve(ROOT, process.env.CARGO_TARGET_DIR ?? 'target'), 'debug', 'talent-check');

// A test file's server of dist/ and browser, started before its tests and
// closed after them; `set` receives both once they are up.
export function serveAndLaunch(set) {
  let server;
  let browser;
  before(async () => {
    server = await serveDist();
    browser = await launch();
    set(server, browser);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

// The same with dist/ behind Debian's nginx (deploy/nginx/) instead; `set`
// receives the nginx server ({ url, stop }) and the browser.
export function nginxAndLaunch(set) {
  let nginx;
  let browser;
  before(async () => {
    nginx = await startNginx(DIST);
    browser = await launch();
    set(nginx, browser);
  });
  after(async () => {
    await browser?.close();
    await nginx?.stop();
  });
}
