#!/usr/bin/env bash
# Builds the release and reports its size and speed (see e2e/report.mjs).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
trunk build --release --offline
node e2e/report.mjs
