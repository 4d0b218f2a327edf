"""The issue's reference baseline for the claim scorer, reproducible.

Issue #5 compares the scorer with "a TF-IDF (1-2-grams) + logistic regression
baseline", F1 0.715 / AP 0.807, "on the same data and folds protocol". This runs
that baseline (scikit-learn's TfidfVectorizer(ngram_range=(1, 2)) and
LogisticRegression() at their defaults, decision at probability 0.5) on each
ClaimBuster kfold file, twice:

- on the folds `claims_eval` uses (src/claims/train/cv.rs `stratified_folds`,
  ported below bit for bit), fold seed 52020 and, with --seeds, others; so its
  figures sit beside the scorer's on exactly the same test folds;
- on scikit-learn's StratifiedKFold(5, shuffle=True) with seeds 0-2 (how such a
  baseline is usually run), to show which file reproduces the issue's figures.

Run through scripts/claims_baseline.sh (a throw-away venv, pinned versions).
"""

import argparse
import json
import os

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_fscore_support
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline

MASK = (1 << 64) - 1
FOLD_SEED = 52020


class Rng:
    """xorshift64* as in src/claims/train/mod.rs `Rng`."""

    def __init__(self, seed):
        self.s = max(seed, 1)

    def next_u64(self):
        s = self.s
        s ^= s >> 12
        s ^= (s << 25) & MASK
        s ^= s >> 27
        self.s = s
        return (s * 0x2545F4914F6CDD1D) & MASK

    def shuffle(self, v):
        for i in range(len(v) - 1, 0, -1):
            j = self.next_u64() % (i + 1)
            v[i], v[j] = v[j], v[i]


def stratified_folds(y, k, seed):
    """The fold of every example, as `cv::stratified_folds` deals them."""
    fold = [0] * len(y)
    rng = Rng(seed)
    for cls in (True, False):
        idx = [i for i, v in enumerate(y) if bool(v) == cls]
        rng.shuffle(idx)
        for n, i in enumerate(idx):
            fold[i] = n % k
    return np.array(fold)


def scores(texts, y, fold):
    prob = np.zeros(len(y))
    for f in sorted(set(fold)):
        train, test = fold != f, fold == f
        pipe = make_pipeline(TfidfVectorizer(ngram_range=(1, 2)), LogisticRegression())
        pipe.fit([t for t, m in zip(texts, train) if m], y[train])
        prob[test] = pipe.predict_proba([t for t, m in zip(texts, test) if m])[:, 1]
    p, r, f1, _ = precision_recall_fscore_support(y, prob >= 0.5, average="binary")
    return p, r, f1, average_precision_score(y, prob)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "../../shared/data/claimbuster"))
    ap.add_argument("--seeds", default="", help="more fold seeds of claims_eval's folds, e.g. 1,2,3,4,5")
    args = ap.parse_args()
    extra = [int(s) for s in args.seeds.split(",") if s]
    print("TF-IDF 1-2-grams + LogisticRegression() (scikit-learn defaults), check-worthy class")
    print(f"{'file':<12} {'folds':<34} {'P':>6} {'R':>6} {'F1':>6} {'AP':>6}")
    for name in ("kfold_20ncs", "kfold_25ncs", "kfold_30ncs"):
        rows = json.load(open(os.path.join(args.data, name + ".json")))
        texts = [r["text"] for r in rows]
        y = np.array([int(r["label"]) == 1 for r in rows])
        for seed in [FOLD_SEED] + extra:
            fold = stratified_folds(list(y), 5, seed)
            print(f"{name:<12} {'claims_eval folds, seed ' + str(seed):<34}", "%6.3f %6.3f %6.3f %6.3f" % scores(texts, y, fold))
        sk = []
        for seed in range(3):
            fold = np.zeros(len(y), dtype=int)
            for f, (_, test) in enumerate(StratifiedKFold(5, shuffle=True, random_state=seed).split(texts, y)):
                fold[test] = f
            sk.append(scores(texts, y, fold))
        print(f"{name:<12} {'StratifiedKFold, seeds 0-2 (mean)':<34}", "%6.3f %6.3f %6.3f %6.3f" % tuple(np.mean(sk, axis=0)))


if __name__ == "__main__":
    main()
