// The server and browser a test file shares, for node --test files only.
import { before, after } from 'node:test';
import { serveDist } from './static-server.mjs';
import { launch } from './browser.mjs';

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
