#!/usr/bin/env bash
# Installs missing tools, builds the release of every page (scripts/build.sh)
# and serves it at http://127.0.0.1:8080/ (another port: scripts/serve.sh 8081).
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
bash scripts/build.sh dist
exec node e2e/static-server.mjs "${1:-8080}"
