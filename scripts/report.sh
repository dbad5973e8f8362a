#!/usr/bin/env bash
# Builds the release, measures it (e2e/report.mjs) and writes every measured
# figure the docs cite into one generated file, docs/report.md (or OUT), with
# the date and the commit measured, so that no figure is ever copied by hand.
# Also counts the tests, and, only where ../shared/bench/ratio.sh is beside the
# checkout, times the engine against two JavaScript rules engines; the project
# does not depend on it, and the report says when it was not run.
# Usage: scripts/report.sh [OUT]
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
out=${1:-docs/report.md}
bash scripts/setup.sh
bash scripts/build.sh dist
bash scripts/build-js.sh target/js-module
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Recorded before measuring: what was measured is this commit and these changes.
commit=$(git log -1 --format='%h (%cs): %s')
changed=$(git status --porcelain --untracked-files=no | grep -v " ${out}\$" | wc -l || true)
when=$(date -u '+%Y-%m-%d %H:%M UTC')
# Timings depend on what else the machine was doing: its load is reported beside them.
load=$(cut -d' ' -f1-3 /proc/loadavg)

node e2e/report.mjs | tee "$tmp/report.txt"

# The talent page's wasm as the server may send it (quality 11, as precompress.mjs).
wasm=$(ls dist/talent-app-*_bg.wasm)
wasm_raw=$(stat -c %s "$wasm")
wasm_br=$(stat -c %s "$wasm.br")
wasm_gz=$(gzip -9 -c "$wasm" | wc -c)

# Tests: the Rust ones as their harness lists them, wasm-bindgen-test's by their
# attribute, the acceptance cases by their input files, the end-to-end files'
# test() calls (one in a loop over the engines runs once per engine).
count_rust() {
  local n
  n=$(cargo test -q "$@" -- --list 2>/dev/null | grep -c ': test$' || true)
  if [ "$n" -gt 0 ]; then echo "$n"; else echo "not counted: \`cargo test $* -- --list\` failed"; fi
}
rules_tests=$(count_rust -p talent-rules)
app_tests=$(count_rust -p talent-app --lib --features batch)
frame_tests=$(count_rust -p talent-frame)
web_tests=$(grep -c '#\[wasm_bindgen_test\]' tests/web.rs || true)
cases=$(find rules/tests/policy_cases -name '*.input.json' | wc -l)
e2e_files=$(find e2e -maxdepth 1 -name '*.test.mjs' | wc -l)
e2e_tests=$(cat e2e/*.test.mjs | grep -cE '^\s*test\(' || true)

bench=../shared/bench/ratio.sh
if [ -f "$bench" ]; then
  if bash "$bench" > "$tmp/bench.txt" 2>&1; then bench_ran=yes; else bench_ran=failed; fi
else
  bench_ran=absent
fi

{
  echo "# Measured figures"
  echo
  echo "Written by \`scripts/report.sh\`, which builds the release and measures it;"
  echo "never edited by hand. Run it again to refresh every figure at once."
  echo
  echo "* measured: $when, on a machine with $(nproc) cores (load average before measuring: $load)"
  echo "* commit: $commit"
  if [ "$changed" -gt 0 ]; then
    echo "* the working tree also had uncommitted changes to $changed tracked files"
  fi
  echo
  echo "## First loads"
  echo
  echo "Each page with every file it starts with, brotli quality 11; the goal is"
  echo "at most 120 KB (122,880 bytes) each. What a page loads only after it is up"
  echo "(workers, offline files, English texts, kiosk and embed mode) is listed"
  echo "under [Every file](#every-file)."
  echo
  echo "| page | first load, brotli | bytes | files | goal |"
  echo "|---|---|---|---|---|"
  sed -nE 's/^first load of ([^ ]+) +([0-9.]+ KB) +(goal met|GOAL NOT MET) \(≤ 120 KB\): ([0-9]+) files, ([0-9]+) of [0-9]+ bytes$/| `\1` | \2 | \5 | \4 | \3 |/p' "$tmp/report.txt"
  echo
  echo "The talent page's wasm, \`$(basename "$wasm")\`: $wasm_raw bytes raw,"
  echo "$wasm_br with brotli (the build's \`.br\` copy), $wasm_gz with gzip -9."
  echo
  sed -nE 's/^engine module \(target\/js-module: (.*)\) +([0-9.]+ KB) brotli$/The engine as a JavaScript module (`scripts\/build-js.sh`: \1): \2 brotli./p' "$tmp/report.txt"
  echo
  echo "## Speed"
  echo
  echo "Goals and conditions as \`e2e/report.mjs\` states them: cold load and"
  echo "answer → result in headless Chromium on loopback; the batch page from the"
  echo "file chosen to the table shown; the talent page from nginx on an emulated"
  echo "slow phone; a share link's result in each engine on one slow link."
  echo
  echo '```text'
  sed -n '/^cold load to interactive/,$p' "$tmp/report.txt"
  echo '```'
  echo
  echo "## Tests"
  echo
  echo "| what | count |"
  echo "|---|---|"
  echo "| engine (\`cargo test -p talent-rules\`: unit, acceptance, boundary, property, command line, doc tests) | $rules_tests |"
  echo "| acceptance cases (\`rules/tests/policy_cases/\`, one test each, counted above) | $cases |"
  echo "| app logic natively (\`cargo test -p talent-app --lib --features batch\`) | $app_tests |"
  echo "| kiosk and embed module (\`cargo test -p talent-frame\`) | $frame_tests |"
  echo "| app in headless Chromium (\`tests/web.rs\`, wasm-bindgen-test) | $web_tests |"
  echo "| end to end (\`test()\` calls in $e2e_files files \`e2e/*.test.mjs\`; one in a loop over the engines runs once per engine) | $e2e_tests |"
  echo
  echo "## Side-by-side bench"
  echo
  case $bench_ran in
    yes)
      echo "\`../shared/bench/ratio.sh\` (beside this checkout): \`talent-check assess --jsonl\`"
      echo "against the same §10 and §11(1) subset in json-rules-engine and Publicodes."
      echo
      echo '```text'
      cat "$tmp/bench.txt"
      echo '```' ;;
    failed)
      echo "Not measured: \`../shared/bench/ratio.sh\` is beside this checkout but failed:"
      echo
      echo '```text'
      tail -n 20 "$tmp/bench.txt"
      echo '```' ;;
    absent)
      echo "Not measured: this optional comparison needs \`../shared/bench/ratio.sh\`"
      echo "beside the checkout, which is not there. Nothing else depends on it." ;;
  esac
  echo
  echo "## Every file"
  echo
  echo '```text'
  sed -n '1,/^engine module\|^first load of/{/^first load of\|^engine module/!p}' "$tmp/report.txt"
  echo '```'
} > "$out"
echo "wrote $out"
