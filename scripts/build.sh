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
# index.html is the talent page and the shell of the others: each of these
# is written from it for the build, with its binary, title, description and
# the styles only those pages use. (page, binary, title, description)
PAGES=(
  "enterprise.html|enterprise|企业奖补自测|企业奖励与柔性引才补助自测"
  "hire.html|hire|招聘对比表|同一人才在各类用人单位的待遇对比"
  "timeline.html|timeline|发放时间表|各项补贴按年份发放的时间表"
  "batch.html|batch|批量自测|候选人表格批量测算人才类别与补贴"
  "compare.html|compare|情形比较|同一人才不同情形的待遇比较"
)

# trunk builds offline (--offline below), so every crate a page, a worker,
# frame/ or a build script needs is fetched first, as Cargo.lock pins it;
# without the network, what is already here is enough.
fetch=(cargo fetch --locked --target wasm32-unknown-unknown --target "$(rustc -vV | sed -n 's/^host: //p')")
"${fetch[@]}" --offline --quiet 2>/dev/null || "${fetch[@]}"

mkdir -p "$DIST"
DIST="$(cd "$DIST" && pwd)"
stage="$(mktemp -d)"
mkdir -p "$stage/all"
# Written beside index.html (trunk resolves the assets from there) and
# removed again, whatever happens.
generated=()
trap 'rm -rf "$stage" "${generated[@]}"' EXIT
for spec in "${PAGES[@]}"; do
  IFS='|' read -r page bin title description <<<"$spec"
  generated+=("$page")
  sed -e "s|data-bin=\"talent-app\"|data-bin=\"$bin\"|" \
      -e "s|<title>[^<]*</title>|<title>$title</title>|" \
      -e "s|人才类别与补贴自测\"|$description\"|" \
      -e "s|\(<link data-trunk rel=\"css\" href=\"style/main.css\" />\)|\1\n  <link data-trunk rel=\"css\" href=\"style/pages.css\" />|" \
      -e '/What to do next, written in a worker/d' -e '/data-bin="next-steps-worker"/d' -e '/public\/next-steps.css/d' \
      index.html >"$page"
  grep -q "data-bin=\"$bin\"" "$page" || { echo "build.sh: index.html no longer fits the page template" >&2; exit 1; }
done
# Pages without a share box need no QR worker.
for page in hire.html timeline.html batch.html; do
  sed -i -e '/QR code is drawn in a worker/d' -e '/data-bin="qr-worker"/d' "$page"
done
# The batch page and its worker (src/bin/batch-worker.rs), both with the feature `batch`.
sed -i -e "s|data-bin=\"batch\"|data-bin=\"batch\" data-cargo-features=\"batch\"|" -e "s|\(  <link data-trunk rel=\"rust\" data-bin=\"batch\"[^>]*>\)|\1\n  <link data-trunk rel=\"rust\" data-bin=\"batch-worker\" data-cargo-features=\"batch\" data-type=\"worker\" data-loader-shim data-wasm-opt=\"3\" data-cargo-profile-release=\"wasm-speed\" />|" batch.html
grep -q 'data-bin="batch-worker"' batch.html || { echo "build.sh: the batch page's worker link was not written" >&2; exit 1; }
# The talent page (index.html) with its first screen painted in: the first
# section of questions in Chinese, drawn natively from the app's own question
# data (src/prepaint.rs).
cargo run --locked --quiet --bin prepaint -- index.html talent.html
generated+=(talent.html)
for page in "${generated[@]}"; do
  trunk build --release --offline --locked --public-url "$PUBLIC_URL" --dist "$stage/${page%.html}" "$page"
  # trunk names every page it writes index.html; the talent page is that one.
  [ "$page" = talent.html ] || mv "$stage/${page%.html}/index.html" "$stage/${page%.html}/$page"
  cp -a "$stage/${page%.html}/." "$stage/all/"
done
# The rules page (rules.html): static, no wasm, written natively from the
# published text and the engine's policy data (src/rules_page/), with the
# stylesheet trunk wrote for the pages and its own.
cargo run --locked --quiet --bin rules-page -- "$stage/all"
# Kiosk and embed mode (frame/), a module boot.js loads only under ?kiosk or ?embed.
cargo build --locked --quiet -p talent-frame --target wasm32-unknown-unknown --profile wasm-release
wasm-bindgen --target web --no-typescript --out-dir "$stage/all" --out-name frame \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/wasm-release/talent_frame.wasm"
wasm-opt -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$stage/all/frame_bg.wasm" -o "$stage/all/frame_bg.wasm"
node -e "require('./e2e/node_modules/terser').minify(require('fs').readFileSync(process.argv[1], 'utf8'),
  { module: true, compress: { passes: 2 }, mangle: true }).then((r) => require('fs').writeFileSync(process.argv[1], r.code))" \
  "$stage/all/frame.js"
# The departments' addresses and telephone numbers, where the deployer gives
# them (docs/deploying.md, "Department contacts"), for the next steps; else a
# file that names none, so that no page asks for one that is not there.
if [ -f deploy/contacts.json ]; then
  cp deploy/contacts.json "$stage/all/contacts.json"
else
  echo '{"format": "talent-contacts/1"}' >"$stage/all/contacts.json"
fi
# The service worker, its list of every file, the manifest.
node scripts/offline.mjs "$stage/all"
# Brotli copies of the code beside it (deploy/nginx/ serves them).
node scripts/precompress.mjs "$stage/all"
# Only now is the old build replaced: a failed build leaves it as it was.
find "$DIST" -mindepth 1 -delete
cp -a "$stage/all/." "$DIST/"
