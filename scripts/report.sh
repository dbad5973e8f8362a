#!/usr/bin/env bash
# Builds the release and reports its size and speed (see e2e/report.mjs).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh dist
bash scripts/build-js.sh target/js-module
node e2e/report.mjs
