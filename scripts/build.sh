#!/usr/bin/env bash
# Builds the wasm package into www/pkg (wasm-pack, --target web: importable from a
# page with no bundler); WASM_OPT=1 also runs npm binaryen's wasm-opt -Os over it.
# PKG_DIR=dir builds it elsewhere; arguments go to `cargo build` (the e2e tests
# build a second package with `--features fault-injection`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
PKG_DIR=${PKG_DIR:-www/pkg}
# a package whose panics unwind (the file says why)
. scripts/wasm_env.sh
wasm-pack build --profile wasm-release --target web --out-dir "$PKG_DIR" --out-name article_annotator . "$@"
WASM=$PKG_DIR/article_annotator_bg.wasm
OPT=.tools/node_modules/.bin/wasm-opt
# wasm-opt runs only when asked (WASM_OPT=1). Measured on 2026-11-29 (bench/bench.mjs and
# 10 alternating fresh-process start-ups): -Os made the package 34 KB smaller gzipped
# (557 against 591 KB, budget 700) at the same throughput, but start-up slower: median
# 104 against 94 ms to instantiate and annotate the reference article, 176 against 151 ms
# of process CPU. Its inlining of single-caller functions builds one ~195 KB function
# that V8 is slow to compile. -Oz --converge was 43 KB smaller still but ran at about
# half the speed. On the unwinding build (2026-11-30), -Os saved only 4 KB gzipped (640,709
# against 644,713 bytes), and binaryen must be told of exception handling (it refuses
# `try` and `rethrow` otherwise).
if [ "${WASM_OPT:-0}" != 1 ]; then OPT=/nonexistent; fi
FLAGS="-Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
--enable-mutable-globals --enable-reference-types --enable-multivalue --enable-exception-handling"
# binaryen.js is slow (~2 min), so its output is cached by the input's and the flags' hash.
CACHE=target/wasm-opt-cache
if [ -x "$OPT" ]; then
  mkdir -p "$CACHE"
  key=$( (sha256sum < "$WASM"; echo "$FLAGS") | sha256sum | cut -c1-32)
  if [ -f "$CACHE/$key.wasm" ]; then
    cp "$CACHE/$key.wasm" "$WASM"
  else
    echo "[build] wasm-opt $FLAGS (binaryen.js; cached afterwards)" >&2
    # shellcheck disable=SC2086 # FLAGS is a list of flags
    "$OPT" $FLAGS "$WASM" -o "$WASM.opt" && mv "$WASM.opt" "$WASM" && cp "$WASM" "$CACHE/$key.wasm"
  fi
fi
rm -f "$PKG_DIR/.gitignore"
printf '[build] %s: %s bytes, %s bytes gzipped\n' "$WASM" "$(wc -c < "$WASM")" "$(gzip -9c "$WASM" | wc -c)"
