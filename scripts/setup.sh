#!/usr/bin/env bash
# Installs, when missing, what building and testing need on a fresh machine that
# has only Rust (rustup, cargo), Node.js/npm and Debian's apt:
#   setup.sh build   -> wasm32 target, rust-src, wasm-pack, wasm-bindgen-cli at the lockfile's
#                       exact version, a working wasm-opt (npm binaryen) in .tools/
#   setup.sh browser -> Debian chromium + chromium-driver, playwright-core and
#                       axe-core (accessibility checks) for e2e
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*" >&2; }

# cargo install, with the crate's own lockfile when it resolves against the
# registry (a locked dependency can be yanked), else with fresh resolution.
cargo_install() {
  cargo install --locked "$@" || { say "retrying without --locked: $*"; cargo install "$@"; }
}

lock_version() { # version of a package in Cargo.lock
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

setup_build() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  # the standard library's sources, rebuilt for the wasm package so that its
  # panics unwind (scripts/wasm_env.sh)
  if ! rustup component list --installed | grep -q '^rust-src'; then
    say "adding the rust-src component"
    rustup component add rust-src
  fi
  if ! command -v wasm-pack >/dev/null; then
    say "installing wasm-pack"
    cargo_install wasm-pack
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local want; want=$(lock_version wasm-bindgen)
  local have; have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [ "$have" != "$want" ]; then
    say "installing wasm-bindgen-cli $want (the lockfile's wasm-bindgen; found '${have:-none}')"
    cargo_install wasm-bindgen-cli --version "=$want" --force
  fi
  # Debian's binaryen 108 wasm-opt corrupts wasm-bindgen 0.2.13x output; npm's
  # binaryen@132 works. wasm-pack's own wasm-opt step is off (Cargo.toml) and
  # scripts/build.sh runs this one.
  if [ ! -x .tools/node_modules/.bin/wasm-opt ]; then
    say "installing binaryen@132 (wasm-opt) into .tools/"
    mkdir -p .tools
    (cd .tools && npm install --no-save --no-audit --no-fund --loglevel=error binaryen@132 >&2) \
      || say "binaryen unavailable: the package will be built without wasm-opt"
  fi
}

setup_browser() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Debian chromium and chromium-driver"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ]; then
    say "installing playwright-core and axe-core for the end-to-end tests"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error >&2)
  fi
}

case "${1:-build}" in
  build) setup_build ;;
  browser) setup_browser ;;
  all) setup_build; setup_browser ;;
  *) echo "usage: $0 build|browser|all" >&2; exit 2 ;;
esac
