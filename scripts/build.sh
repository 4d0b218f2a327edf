#!/usr/bin/env bash
# Builds the wasm package into www/pkg (wasm-pack, --target web: importable from a
# page with no bundler), then shrinks it with npm binaryen's wasm-opt when present.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
wasm-pack build --release --target web --out-dir www/pkg --out-name article_annotator "$@"
WASM=www/pkg/article_annotator_bg.wasm
OPT=.tools/node_modules/.bin/wasm-opt
if [ -x "$OPT" ]; then
  "$OPT" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$WASM" -o "$WASM.opt" && mv "$WASM.opt" "$WASM"
fi
rm -f www/pkg/.gitignore
printf '[build] %s: %s bytes, %s bytes gzipped\n' "$WASM" "$(wc -c < "$WASM")" "$(gzip -9c "$WASM" | wc -c)"
