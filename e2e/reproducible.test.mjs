// The build's wasm names no folder of the machine that built it, so the same
// source gives the same bytes, and the same brotli size, wherever the
// checkout and CARGO_HOME are: scripts/env.sh maps the folders rustc writes
// (panic locations), scripts/rustc-wrapper.sh the one crate that hashes its
// own Cargo.toml's path into an export's name (leptos's wasm_split_helpers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = realpathSync(fileURLToPath(new URL('..', import.meta.url)));
const DIST = join(ROOT, 'dist');
const CARGO_HOME = realpathSync(process.env.CARGO_HOME ?? join(homedir(), '.cargo'));
const wasms = () => readdirSync(DIST).filter((f) => f.endsWith('.wasm'));

test('no wasm of the build names the checkout, CARGO_HOME or the target folder', () => {
  assert.ok(wasms().length >= 6, 'every page has its wasm in dist/');
  for (const name of wasms()) {
    const text = readFileSync(join(DIST, name)).toString('latin1');
    for (const folder of [ROOT, CARGO_HOME, join(ROOT, 'target')]) {
      assert.ok(!text.includes(folder), `${name} names ${folder}`);
    }
  }
});

test("the wasm_split marker is named by the crate's path under /cargo, not this machine's", () => {
  const lock = readFileSync(join(ROOT, 'Cargo.lock'), 'utf8');
  const version = lock.match(/name = "wasm_split_helpers"\nversion = "([^"]+)"/)[1];
  const crate = `wasm_split_helpers-${version}`;
  const index = readdirSync(join(CARGO_HOME, 'registry/src'))
    .find((dir) => existsSync(join(CARGO_HOME, 'registry/src', dir, crate)));
  const stamp = (path) => `_WASM_SPLIT_MARKER_${createHash('sha256').update(path).digest('hex').slice(0, 16)}`;
  const fixed = stamp(`/cargo/registry/src/${index}/${crate}/Cargo.toml`);
  const local = stamp(join(CARGO_HOME, 'registry/src', index, crate, 'Cargo.toml'));
  const talent = readFileSync(join(DIST, wasms().find((f) => f.startsWith('talent-app'))), 'latin1');
  // cargo does not know that the crate read CARGO_MANIFEST_PATH: a target
  // folder from before scripts/rustc-wrapper.sh keeps the old name until
  // `cargo clean -p wasm_split_helpers --target wasm32-unknown-unknown --profile wasm-release`.
  assert.ok(talent.includes(fixed), `the talent page's wasm should export ${fixed}`);
  assert.ok(!talent.includes(local), `the talent page's wasm exports ${local}, named by this machine's folder`);
});
