#!/usr/bin/env bash
# The engine as a JavaScript module, for a portal with its own UI:
#   scripts/build-js.sh OUT
# OUT then holds index.js (assess, readNumber, policyVersion, contractVersion, init),
# index.d.ts with contract.d.ts (the JSON's types, generated from the Rust types by
# rules/src/typescript.rs), package.json and the wasm-bindgen module with its wasm.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

OUT="${1:?usage: scripts/build-js.sh OUT}"
mkdir -p "$OUT"
cargo build --locked -p talent-rules-js --target wasm32-unknown-unknown --profile wasm-release
wasm-bindgen --target web --out-dir "$OUT" --out-name talent_rules \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/talent_rules_js.wasm"
wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$OUT/talent_rules_bg.wasm" -o "$OUT/talent_rules_bg.wasm"
cp js/index.js js/index.d.ts js/contract.d.ts js/package.json "$OUT/"
