#!/usr/bin/env bash
# Every test: the engine natively, the app in headless Chromium (wasm-bindgen-test),
# then the release build end to end with Playwright, and the JavaScript module in Node.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "style and lints: rustfmt, clippy (native and wasm32), the fuzz target compiles"
cargo fmt --all --check
cargo clippy --workspace --all-targets --all-features -- -D warnings
cargo clippy -p talent-app --target wasm32-unknown-unknown --all-targets --all-features -- -D warnings
cargo check --quiet --manifest-path rules/fuzz/Cargo.toml

step "engine: unit, acceptance, boundary, property and command-line tests"
cargo test -p talent-rules

step "app logic natively: answers, share links, translations, QR"
cargo test -p talent-app --lib --features batch
cargo test -p talent-frame

step "app in the browser: wasm-bindgen-test"
# English compiled in: the test runner does not serve en.json (Playwright covers fetching it).
cargo test -p talent-app --target wasm32-unknown-unknown --test web --features embed-en,batch

step "release build, at the root and under a sub-path; the engine as a JavaScript module"
bash scripts/build.sh dist
# patches/wasm-streams keeps server functions' JS classes out of every page.
if grep -l "IntoUnderlying" dist/*.js; then
  echo "a page's JS glue exports wasm-streams' classes: is patches/wasm-streams still used?" >&2
  exit 1
fi
bash scripts/build.sh target/dist-rencai /rencai/
bash scripts/build-js.sh target/js-module

step "end to end: Playwright in Chromium, the JavaScript module in Node"
cd e2e
node --test
