"""Writes data/gazetteers/first_name_intl.txt: given names of international news.

Called by scripts/gazetteers.sh, which installs PyPI Faker (MIT) at a pinned
version; see data/gazetteers/README.md. Why: first_name.txt comes from the US
Census, so "Vladimir", "Volodymyr" or "Narendra" are unknown as first names,
and "Vladimir Putin" looked like an organisation named after a city.

Why selective: all 22,811 given names of every Faker locale made the tagger
worse on GUM news. This keeps the Latin-script names of the locales of
countries that news covers most, plus Russian and Ukrainian names transliterated
by the tables below, and drops ordinary English words, place names and names
the US list already has. Only standard library, so the output depends only on
the pinned package version.
"""
import argparse
import importlib
import os

# Locales whose names are written in Latin script in English-language news.
# (Western European names are mostly in the US list already; de_DE alone would
# add 1,200 names, es_CO repeats es_ES / es_MX. Arabic, Chinese and Devanagari
# locales are not in Latin script; Hindi is transliterated below. tr_TR, 1,500
# names, made the model drop "Recep" from "met Recep Tayyip Erdogan": two listed
# first names in a row read as a word before a name.)
LATIN_LOCALES = [
    "en_IN", "en_KE", "en_NG", "en_PK", "es_ES", "es_MX", "fr_DZ", "fr_FR", "ha_NG",
    "id_ID", "ig_NG", "it_IT", "pl_PL", "pt_BR", "yo_NG", "zu_ZA",
]

# Russian: BGN/PCGN 1947 without diacritics, as English-language news writes it
# ("Vladimir", "Mikhail"); endings -ий and -ей take the news forms "-y" and "-ei"
# ("Dmitry", "Sergei") as a second spelling.
RU = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюя",
              ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
               "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))
RU["ё"] = "yo"
# Ukrainian: the official national table (Cabinet of Ministers resolution 55, 2010):
# word-initial є ї й ю я are ye yi y yu ya, elsewhere ie i i iu ia; г is h.
UK = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'’",
              ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l",
               "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",
               "iu", "ia", "", ""]))
UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def ru_latin(name):
    low = name.lower()
    out = []
    for i, c in enumerate(low):
        if c == "е" and (i == 0 or low[i - 1] in "аеёиоуыэюяъь"):
            out.append("ye")
        else:
            out.append(RU.get(c, c))
    bgn = "".join(out)
    news = bgn
    if low.endswith("ий"):
        news = bgn[:-2] + "y"
    elif low.endswith("ей"):
        news = bgn[:-2] + "ei"
    return {bgn.title(), news.title()}


def uk_latin(name):
    low = name.lower()
    out = "".join(UK_INITIAL.get(c, UK.get(c, c)) if i == 0 else UK.get(c, c) for i, c in enumerate(low))
    return {out.title()}


# Hindi (Devanagari): consonants with their inherent "a", vowel signs replacing it,
# long and short vowels written alike ("Rahul", not "Raahul"), and the inherent "a"
# dropped at the end of a word and between two pronounced vowels ("Rajkumar",
# "Amit") unless the consonant closes a cluster ("Narendra", "Aditya").
HI_CONS = dict(zip("कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह",
                   ["k", "kh", "g", "gh", "n", "ch", "chh", "j", "jh", "n", "t", "th", "d", "dh", "n",
                    "t", "th", "d", "dh", "n", "p", "ph", "b", "bh", "m", "y", "r", "l", "v", "sh",
                    "sh", "s", "h"]))
HI_VOWEL = dict(zip("अआइईउऊऋएऐओऔ", ["a", "a", "i", "i", "u", "u", "ri", "e", "ai", "o", "au"]))
HI_SIGN = dict(zip("ािीुूृेैोौ", ["a", "i", "i", "u", "u", "ri", "e", "ai", "o", "au"]))


def hi_latin(name):
    units = []  # [consonant or "", vowel or None for "inherent a", cluster-closing]
    for c in name:
        if c in HI_CONS:
            units.append([HI_CONS[c], "a", units and units[-1][1] == "", True])
        elif c in HI_VOWEL:
            units.append(["", HI_VOWEL[c], False, False])
        elif c in HI_SIGN and units:
            units[-1][1], units[-1][3] = HI_SIGN[c], False
        elif c == "\u094d" and units:  # virama
            units[-1][1], units[-1][3] = "", False
        elif c in "\u0902\u0901" and units:  # anusvara, candrabindu
            units[-1][1] += "n"
        elif c == "\u093c":  # nukta
            continue
        else:
            return set()
    for i in reversed(range(1, len(units))):  # right to left: "Anupam", not "Anupm"
        u = units[i]
        if u[3] and not u[2] and (i + 1 == len(units) or units[i - 1][1] and units[i + 1][1]):
            u[1] = ""
    return {"".join(c + v for c, v, _, _ in units).title()}


def given_names(locale):
    prov = importlib.import_module("faker.providers.person." + locale).Provider
    names = set()
    for attr in ("first_names", "first_names_male", "first_names_female"):
        v = getattr(prov, attr, None)
        if isinstance(v, dict):
            names.update(v)
        elif isinstance(v, (list, tuple)):
            names.update(v)
    return names


def read_list(path):
    with open(path, encoding="utf-8") as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True, help="data/gazetteers")
    ap.add_argument("--common-words", required=True, help="data/ner/common_words.txt")
    a = ap.parse_args()
    found = {}
    for loc in LATIN_LOCALES:
        for n in given_names(loc):
            found.setdefault(n, set()).add(loc)
    for n in given_names("ru_RU"):
        for t in ru_latin(n):
            found.setdefault(t, set()).add("ru_RU")
    for n in given_names("uk_UA"):
        for t in uk_latin(n):
            found.setdefault(t, set()).add("uk_UA")
    for n in given_names("hi_IN"):
        for t in hi_latin(n):
            found.setdefault(t, set()).add("hi_IN")
    skip = read_list(a.common_words) | read_list(os.path.join(a.out, "first_name.txt"))
    for f in ("country", "region", "demonym", "norp", "org", "person_title"):
        skip |= read_list(os.path.join(a.out, f + ".txt"))
    keep = sorted(
        n for n in found
        if n.lower() not in skip
        and n[:1].isupper()
        and len(n) >= 3
        and all(c.isalpha() or c in "-'" for c in n)
        and all(ord(c) < 0x250 for c in n)
    )
    with open(os.path.join(a.out, "first_name_intl.txt"), "w", encoding="utf-8") as f:
        f.write("# Given names of international news not in first_name.txt: PyPI Faker 40.54.0 (MIT),\n")
        f.write("# person providers of " + " ".join(LATIN_LOCALES) + ",\n")
        f.write("# and ru_RU / uk_UA / hi_IN transliterated (scripts/intl_names.py). Generated by scripts/gazetteers.sh.\n")
        for n in keep:
            f.write(n + "\n")
    print(f"first_name_intl: {len(keep)}")


if __name__ == "__main__":
    main()
