// A first visit to the talent page asks for each file it starts with (the
// wasm, its JS glue, the loader, boot.js, the stylesheet) exactly once in
// every engine, before the service worker starts: a preload an engine does
// not hand on to the fetch it was meant for (WebKit never does for
// `as=fetch`) would download the wasm twice. Counted by the static server,
// which sees every engine's requests alike; what the service worker
// precaches, from its script on, is not counted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENGINES, launchEngine } from './engines.mjs';
import { serveDist } from './static-server.mjs';

const page = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
const glue = page.match(/\/(talent-app-[0-9a-f]+\.js)\b/)[1];
const FILES = [glue.replace(/\.js$/, '_bg.wasm'), glue,
  ...[...page.matchAll(/\/((?:boot|loader|main)-[0-9a-f]+\.(?:js|css))\b/g)].map((m) => m[1])];

for (const name of ENGINES) {
  test(`a first visit in ${name} asks once for each file the talent page starts with`, { timeout: 120000 }, async () => {
    assert.equal(FILES.length, 5, `the page names ${FILES.join(', ')}`);
    const server = await serveDist();
    const engine = await launchEngine(name);
    try {
      await engine.goto(server.url);
      for (let waited = 0; ; waited += 100) {
        if (await engine.evaluate(() => performance.getEntriesByName('talent-check:interactive').length > 0)) break;
        assert.ok(waited < 60000, `the app did not start in ${name}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const sw = server.requests.indexOf('/sw.js');
      const before = sw < 0 ? server.requests : server.requests.slice(0, sw);
      for (const file of FILES) {
        assert.equal(before.filter((p) => p === `/${file}`).length, 1,
          `${name} asked for ${file} ${before.filter((p) => p === `/${file}`).length} times: ${before.join(' ')}`);
      }
    } finally {
      await engine.close();
      await server.close();
    }
  });
}
