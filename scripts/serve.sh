#!/usr/bin/env bash
# Installs missing tools, then serves the app at http://127.0.0.1:8080/ and rebuilds on change.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
bash scripts/setup.sh
exec trunk serve --release --offline "$@"
