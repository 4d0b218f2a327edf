#!/usr/bin/env bash
# Checks that the wasm package (www/pkg, from scripts/build.sh) annotates exactly
# as the native CLI does, on every shared document and golden input, with the
# default options and with newsroom lexicons. Code that differs between the two
# builds (src/sort.rs) is only covered by the cargo tests natively; this covers
# the wasm side. Usage: scripts/wasm_parity.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-target/wasm-parity}
mkdir -p "$work"
shared=../shared/data
cargo build --quiet --release --bin annotate
python3 - "$shared" "$work/input.jsonl" <<'PY'
import glob, json, sys
shared, out = sys.argv[1], sys.argv[2]
docs = []
for name in ("gum/gum.jsonl", "gum/gum-news.jsonl"):
    for line in open(f"{shared}/{name}", encoding="utf-8"):
        d = json.loads(line)
        docs.append({"id": d["id"], "text": d["text"]})
# ClaimBuster sentences, 40 to a document.
sentences = [json.loads(l)["text"] for l in open(f"{shared}/claimbuster/claimbuster.jsonl", encoding="utf-8")]
for i in range(0, len(sentences), 40):
    docs.append({"id": f"claimbuster-{i}", "text": "\n\n".join(sentences[i:i + 40])})
for path in sorted(glob.glob(f"{shared}/articles/*.txt") + glob.glob("tests/golden/*/*.txt")):
    docs.append({"id": path, "text": open(path, encoding="utf-8").read()})
for path in sorted(glob.glob("tests/golden/*/*.html")):
    docs.append({"id": path, "text": open(path, encoding="utf-8").read(), "html": True})
with open(out, "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print(f"[parity] {len(docs)} documents", file=sys.stderr)
PY
cat > "$work/options.json" <<'JSON'
{"customEntities": [{"text": "Qwiket AI", "label": "ORG"}, {"text": "Putin", "label": "PERSON"},
  {"text": "Kyiv", "label": "GPE"}, {"text": "the Kremlin", "label": "ORG"}],
 "contestedTerms": [{"term": "regime", "reason": "loaded"}, {"term": "war", "reason": "test"}],
 "hedges": [{"term": "reportedly", "reason": "hearsay"}]}
JSON
for opts in "" "$work/options.json"; do
  native=(target/release/annotate --jsonl)
  [ -n "$opts" ] && native+=(--options "$opts")
  "${native[@]}" < "$work/input.jsonl" > "$work/native.jsonl"
  node scripts/wasm_parity.mjs "$work/input.jsonl" $opts > "$work/wasm.jsonl"
  python3 - "$work/native.jsonl" "$work/wasm.jsonl" "${opts:-default options}" <<'PY'
import json, sys
native = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
wasm = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
bad = [n["id"] for n, w in zip(native, wasm) if n != w]
if len(native) != len(wasm) or bad:
    sys.exit(f"[parity] {sys.argv[3]}: {len(bad)} of {len(native)} differ, first {bad[:5]}")
print(f"[parity] {sys.argv[3]}: {len(native)} documents identical", file=sys.stderr)
PY
done
