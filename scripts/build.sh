#!/usr/bin/env bash
# The release build of every page into one folder:
#   scripts/build.sh DIST [PUBLIC_URL]
# trunk builds one HTML page per run; each page is built on its own and the
# results are merged. Assets the pages share (style, icon, English texts)
# carry the same content hash, so merging them is safe. PUBLIC_URL is the
# path the site is served under (default /), e.g. /rencai/.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

DIST="${1:?usage: scripts/build.sh DIST [PUBLIC_URL]}"
PUBLIC_URL="${2:-/}"
case "$PUBLIC_URL" in */) ;; *) PUBLIC_URL="$PUBLIC_URL/" ;; esac
PAGES=(index.html enterprise.html hire.html timeline.html)

mkdir -p "$DIST"
DIST="$(cd "$DIST" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/all"
for page in "${PAGES[@]}"; do
  trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$stage/${page%.html}" "$page"
  # trunk names every page it writes index.html.
  [ "$page" = index.html ] || mv "$stage/${page%.html}/index.html" "$stage/${page%.html}/$page"
  cp -a "$stage/${page%.html}/." "$stage/all/"
done
# Only now is the old build replaced: a failed build leaves it as it was.
find "$DIST" -mindepth 1 -delete
cp -a "$stage/all/." "$DIST/"
