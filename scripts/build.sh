#!/usr/bin/env bash
# Builds the wasm package into www/pkg (wasm-pack, --target web: importable from a
# page with no bundler), then shrinks it with npm binaryen's wasm-opt when present.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
wasm-pack build --profile wasm-release --target web --out-dir www/pkg --out-name article_annotator "$@"
WASM=www/pkg/article_annotator_bg.wasm
OPT=.tools/node_modules/.bin/wasm-opt
# -Os, matching the crate's opt-level "s" for wasm (see Cargo.toml); opt-level "z" with
# -Oz --converge made it 43 KB smaller gzipped but ran at about half the speed.
FLAGS="-Os --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
--enable-mutable-globals --enable-reference-types --enable-multivalue"
# binaryen.js is slow (~2 min), so its output is cached by the input's and the flags' hash.
CACHE=target/wasm-opt-cache
if [ -x "$OPT" ]; then
  mkdir -p "$CACHE"
  key=$( (sha256sum < "$WASM"; echo "$FLAGS") | sha256sum | cut -c1-32)
  if [ -f "$CACHE/$key.wasm" ]; then
    cp "$CACHE/$key.wasm" "$WASM"
  else
    echo "[build] wasm-opt -Oz --converge (binaryen.js; cached afterwards)" >&2
    # shellcheck disable=SC2086 # FLAGS is a list of flags
    "$OPT" $FLAGS "$WASM" -o "$WASM.opt" && mv "$WASM.opt" "$WASM" && cp "$WASM" "$CACHE/$key.wasm"
  fi
fi
rm -f www/pkg/.gitignore
printf '[build] %s: %s bytes, %s bytes gzipped\n' "$WASM" "$(wc -c < "$WASM")" "$(gzip -9c "$WASM" | wc -c)"
