#!/usr/bin/env bash
# One entry point for the project. On a fresh machine it installs what it needs itself.
#   ./build.sh          build the unpacked extension into dist/
#   ./build.sh package  build, then the store zips target/second-thought-<version>-{chrome,firefox,source}.zip
#   ./build.sh version X.Y.Z   set the version everywhere it is written, and start its CHANGELOG.md entry
#   ./build.sh test     every test: cargo (native + wasm), lints, unit and end-to-end tests in Chromium and Firefox ESR
#   ./build.sh bench    the benchmark suite → target/bench/report.json
#   ./build.sh demo     open Chromium with dist/ loaded on the demo pages
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
WASM_TARGET=wasm32-unknown-unknown
# Panic messages in the wasm name dependencies' files under this machine's CARGO_HOME; mapped to one
# fixed prefix, the same sources give the same bytes anywhere (BUILDING.md). This replaces any
# rustflags from .cargo/config.toml for these builds, which sets none.
WASM_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=/cargo"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

ensure_rust_wasm() {
  if ! rustup target list --installed | grep -qx "$WASM_TARGET"; then
    step "adding the $WASM_TARGET target"
    rustup target add "$WASM_TARGET"
  fi
  local want have
  want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
  if [ -z "$want" ]; then cargo generate-lockfile >/dev/null; want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock); fi
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    step "installing wasm-bindgen-cli $want (matches Cargo.lock; a few minutes, once)"
    cargo install wasm-bindgen-cli --version "$want" --locked --force
  fi
}

ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "installing JS tools (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then
    step "installing Debian chromium"
    apt_install chromium fonts-noto-color-emoji
  fi
}

# Firefox ESR for the second e2e run; openssl makes the fixture server's throwaway certificate.
ensure_firefox() {
  if [ ! -x /usr/bin/firefox-esr ] || ! command -v openssl >/dev/null; then
    step "installing Debian firefox-esr and openssl"
    apt_install firefox-esr openssl
  fi
}

apt_install() {
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq "$@" >/dev/null
}

# The e2e files that run in Firefox ESR too (tests/e2e/harness.mjs, BROWSER=firefox). The others run
# in Chromium only: hardening-* read every world and the worker through the DevTools protocol,
# options and flows-options need Playwright's downloads, file chooser and service worker, a11y
# emulates colour schemes per page (WebDriver BiDi cannot in Firefox), update reloads an unpacked
# extension in place.
FIREFOX_E2E=(sites site-access pairing flows-keyboard flows-reshare flows-dark flows-policy flows-popup flows-csp popup replies context)
# The e2e files that measure time or load (script time, popup opening, a worker stopped mid-burst,
# an update) or drive the machine hard: they run with no other browser beside them.
ALONE_E2E=(hardening-failures hardening-hostile hardening-privacy hardening-scale hardening-storage popup update)

# wasm_module NAME PROFILE CARGO_FLAGS: builds the crate to wasm, binds it, shrinks it → target/wasm/NAME{.js,_bg.wasm}
wasm_module() {
  local name=$1 profile=$2 out=target/wasm
  step "building the $name wasm"
  # shellcheck disable=SC2086
  CARGO_ENCODED_RUSTFLAGS="$WASM_RUSTFLAGS" cargo build --locked --profile "$profile" --target "$WASM_TARGET" --lib $3
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-name "$name" --out-dir "$out" "${CARGO_TARGET_DIR:-target}/$WASM_TARGET/$profile/second_thought.wasm"
  node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
    -o "$out/${name}_bg.opt.wasm" "$out/${name}_bg.wasm"
  mv "$out/${name}_bg.opt.wasm" "$out/${name}_bg.wasm"
}

build() {
  ensure_rust_wasm
  ensure_node_modules
  # Two builds of one crate: the scorer alone for pages (built for speed), settings, stats and
  # policy for the service worker (built for size; see the profiles in Cargo.toml).
  wasm_module page wasm ""
  wasm_module core wasm-small "--features background"
  step "assembling dist/"
  node tools/assemble.mjs
}

# The store zips from dist/; addons.mozilla.org's linter must find nothing to say about Firefox's.
package() {
  step "store packages"
  node tools/package.mjs &&
    step "lint: web-ext on the Firefox package (a warning fails)" &&
    node_modules/.bin/web-ext lint --source-dir target/package/firefox --warnings-as-errors --output=text
}

run_tests() {
  ensure_chromium
  ensure_firefox
  build
  local failed=0
  step "cargo test (native)"
  cargo test --locked --quiet || failed=1
  cargo build --locked --quiet --release --bin second-thought || failed=1  # the parity test compares against it
  step "cargo test (wasm, under Node)"
  cargo test --locked --target "$WASM_TARGET" --test wasm || failed=1  # the page's scorer
  cargo test --locked --target "$WASM_TARGET" --features background --test wasm || failed=1  # the worker's core
  step "lint: safe DOM in extension/"
  node tools/lint-safe-dom.mjs || failed=1
  package || failed=1
  step "reproducible: the source zip, unpacked elsewhere, builds the same three zips"
  node tools/reproduce.mjs || failed=1
  step "building fixture pages"
  node tests/fixtures/build.mjs
  # The two browsers' runs mostly wait (debounces, timeouts, page loads), so they overlap; the files
  # that time the extension (ALONE_E2E) run afterwards with the machine to themselves.
  local chromium=() firefox=() alone=() alone_firefox=() started=$SECONDS firefox_log
  runs_alone() { [[ " ${ALONE_E2E[*]} " == *" $1 "* ]]; }
  for f in tests/e2e/*.test.mjs; do
    if runs_alone "$(basename "$f" .test.mjs)"; then alone+=("$f"); else chromium+=("$f"); fi
  done
  for name in "${FIREFOX_E2E[@]}"; do
    if runs_alone "$name"; then alone_firefox+=("tests/e2e/$name.test.mjs"); else firefox+=("tests/e2e/$name.test.mjs"); fi
  done
  firefox_log=$(mktemp)
  step "end-to-end tests: headless Chromium (${#chromium[@]} files) and Firefox ESR (${#firefox[@]} files) side by side"
  (
    code=0
    BROWSER=firefox node --test --test-concurrency=1 "${firefox[@]}" || code=$?
    echo "Firefox e2e: $((SECONDS - started)) s"
    exit "$code"
  ) >"$firefox_log" 2>&1 &
  local firefox_pid=$!
  node --test --test-concurrency=1 tests/unit/ tools/bench/test/ "${chromium[@]}" || failed=1
  echo "unit and Chromium e2e: $((SECONDS - started)) s"
  wait "$firefox_pid" || failed=1
  echo "== Firefox ESR's output:"
  cat "$firefox_log"
  rm -f "$firefox_log"
  step "end-to-end tests that time the extension, alone (${#alone[@]} files in Chromium, then what of them runs in Firefox)"
  local alone_started=$SECONDS
  node --test --test-concurrency=1 "${alone[@]}" || failed=1
  if [ ${#alone_firefox[@]} != 0 ]; then BROWSER=firefox node --test --test-concurrency=1 "${alone_firefox[@]}" || failed=1; fi
  echo "timed e2e, alone: $((SECONDS - alone_started)) s; all e2e: $((SECONDS - started)) s"
  if [ "$failed" != 0 ]; then echo "SOME TESTS FAILED"; exit 1; fi
  echo "ALL TESTS PASSED"
}

case "${1:-build}" in
  build) build ;;
  package) build; package ;;
  version) node tools/version.mjs "${2:-}" ;;
  test) run_tests ;;
  bench) ensure_chromium; build; node tests/fixtures/build.mjs; node tools/bench/run.mjs ;;
  demo) ensure_chromium; build; node tests/fixtures/build.mjs; node tools/demo.mjs ;;
  *) echo "usage: ./build.sh [build|package|test|bench|demo|version X.Y.Z]" >&2; exit 2 ;;
esac
