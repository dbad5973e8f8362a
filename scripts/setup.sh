#!/usr/bin/env bash
# Installs the pinned tools the app needs, skipping whatever is already there.
# Safe to run again and again; every version here is pinned on purpose.
set -euo pipefail
# PATH with the folders the installs below go to, so a second run finds them.
source "$(dirname "$0")/env.sh"
cd "$ROOT"

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen crate pinned in Cargo.toml

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding the $component component"
    rustup component add "$component"
  fi
done

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION"
  cargo install --quiet --locked "trunk@$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # not --locked: its lock file names a crate version the registry lacks
  cargo install --quiet --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
# The other browsers and the display they run on without a screen.
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
# pdftotext reads what a printed page holds (e2e/embed.test.mjs).
command -v pdftotext >/dev/null || missing+=(poppler-utils)
# The web server the end-to-end tests deploy to (deploy/nginx/).
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
# Its brotli modules (deploy/nginx/common.conf).
for module in libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter; do
  dpkg -s "$module" >/dev/null 2>&1 || missing+=("$module")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# wasm-opt (binaryen 132), Playwright and axe-core come from npm, pinned by e2e/package-lock.json
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  log "installing e2e/node_modules"
  (cd e2e && npm ci --no-audit --no-fund --loglevel=error)
fi
log "tools ready"
