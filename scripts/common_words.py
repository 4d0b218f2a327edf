#!/usr/bin/env python3
"""Writes data/ner/common_words.txt: English words seen in lower case at least
MIN_COUNT times in the name tagger's licensed training texts (GUM academic,
court, interview, bio and voyage; wikigold; UNER English-EWT).

The entity layer reads the list to tell a sentence-initial common word
("Yesterday", "Officials", "Hope") from a first name the gazetteer lacks
("Olha"). Usage: python3 scripts/common_words.py [DATA_DIR] (default ../shared/data).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_COUNT = 5
TRAIN_GENRES = {"academic", "court", "interview", "bio", "voyage"}

data = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
counts = Counter()


def add(text):
    for word in re.findall(r"[A-Za-z]+", text):
        if word[0].islower():
            counts[word] += 1


for line in open(data / "gum" / "gum.jsonl", encoding="utf-8"):
    doc = json.loads(line)
    if doc.get("genre") in TRAIN_GENRES:
        add(doc["text"])
for name in ["wikigold/wikigold.jsonl", "uner-ewt/uner-ewt.jsonl"]:
    for line in open(data / name, encoding="utf-8"):
        add(json.loads(line)["text"])

words = sorted(w for w, n in counts.items() if n >= MIN_COUNT)
out = Path("data/ner/common_words.txt")
with open(out, "w", encoding="utf-8") as f:
    f.write(
        "# Words seen in lower case at least %d times in the tagger's training texts\n"
        "# (GUM CC BY / BY-SA genres, wikigold CC BY 4.0, UNER EWT CC BY-SA 4.0).\n"
        "# Made by scripts/common_words.py; do not edit by hand.\n" % MIN_COUNT
    )
    f.write("\n".join(words) + "\n")
print(f"wrote {out}: {len(words)} words")
