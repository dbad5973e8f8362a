#!/usr/bin/env bash
# Cargo runs every rustc through this (.cargo/config.toml, build.rustc-wrapper).
# leptos's wasm_split_helpers exports a marker named by a hash of its own
# Cargo.toml's path (wasm_split_macros::version_stamp! reads
# CARGO_MANIFEST_PATH), so the wasm's bytes, and its brotli size, changed with
# CARGO_HOME. --remap-path-prefix (scripts/env.sh) cannot reach a hash: a crate
# from the registry is given the path it would have under /cargo instead.
# bash, not sh: dash drops variables whose names are no shell names, and cargo
# hands integration tests CARGO_BIN_EXE_talent-check.
case "${CARGO_MANIFEST_PATH:-}" in
  */registry/src/*)
    CARGO_MANIFEST_PATH="/cargo/registry/src/${CARGO_MANIFEST_PATH#*/registry/src/}"
    export CARGO_MANIFEST_PATH ;;
esac
exec "$@"
