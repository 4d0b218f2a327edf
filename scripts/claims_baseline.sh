#!/usr/bin/env bash
# The issue #5 reference baseline (TF-IDF 1-2-grams + logistic regression) on the
# ClaimBuster kfold files, on claims_eval's folds and on scikit-learn's: see
# scripts/claims_baseline.py. Installs pinned scikit-learn into a throw-away venv.
#
#   bash scripts/claims_baseline.sh [--seeds 1,2,3,4,5]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet scikit-learn==1.9.1 numpy==2.4.6
"$tmp/venv/bin/python" "$here/claims_baseline.py" "$@"
