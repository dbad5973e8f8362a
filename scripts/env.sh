# Sourced by the other scripts: the pinned tools on PATH (wasm-opt from npm;
# trunk and wasm-bindgen from `cargo install`, in CARGO_HOME's bin or the
# usual ~/.cargo/bin), the browser for tests, and the flags that make the
# wasm the same bytes wherever it is built.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
export PATH="$ROOT/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"

# The wasm carries the source paths of its panic locations: the crates'
# under CARGO_HOME (rust_decimal's among them), generated code under the
# target folder. Left absolute, the same source gave other bytes, and another
# size, in every checkout and CARGO_HOME; mapped to fixed names it gives the
# same. cargo's `trim-paths` profile option would do this but is unstable in
# cargo 1.95, and .cargo/config.toml cannot name folders that differ by
# machine. Only the wasm target: native builds keep their paths, and their
# cache shared with a plain `cargo test`. A RUSTFLAGS of one's own replaces
# these (cargo's precedence). rustc applies the last matching prefix, so a
# CARGO_HOME or target folder inside the checkout still gets its own name.
# One name is out of their reach: leptos's wasm_split_helpers exports a
# marker named by a hash of its Cargo.toml's path (CARGO_MANIFEST_PATH), so
# the wasm's bytes still depend on where CARGO_HOME is.
remap_path_prefixes() {
  local flags="" from to
  while [ $# -gt 0 ]; do
    from="$1" to="$2"
    shift 2
    [ -n "$from" ] || continue
    case "$from" in
      *[[:space:]]*)
        # cargo splits these flags at whitespace: such a folder stays unmapped.
        echo "env.sh: '$from' has a space, so its path stays in the wasm" >&2
        continue ;;
    esac
    flags+=" --remap-path-prefix=$from=$to"
  done
  echo "${flags# }"
}
target_dir="${CARGO_TARGET_DIR:-$ROOT/target}"
case "$target_dir" in /*) ;; *) target_dir="$ROOT/$target_dir" ;; esac
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$(remap_path_prefixes \
  "$ROOT" /talent \
  "${CARGO_HOME:-$HOME/.cargo}" /cargo \
  "$target_dir" /target)"
unset target_dir
