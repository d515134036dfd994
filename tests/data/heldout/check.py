#!/usr/bin/env python3
"""Check Gazette's held-out test corpus (brat standoff + facts JSON).

Usage: python3 tests/data/heldout/check.py tests/data/heldout

For every NAME.ann beside NAME.txt:
  - every T line is `T<n><TAB>LABEL START END<TAB>surface`, LABEL one of the 18 OntoNotes labels
    or QUOTE, T ids unique, 0 <= START < END <= len(text) and text[START:END] == surface
    (offsets in Unicode code points);
  - no two entity (non-QUOTE) spans overlap; no span starts or ends with whitespace;
  - every QUOTE starts right after a quotation mark;
  - every R line is `R<n><TAB>SAID Arg1:T<a> Arg2:T<b>`, R ids unique, both ids exist,
    Arg1 is PERSON or ORG, Arg2 is QUOTE;
  - NAME.facts.json: {"facts": [...]}, every fact has a known kind and its required fields,
    every T reference exists (with the expected label kind), statement "content" occurs in the
    text, and the quote facts are exactly the SAID relations;
  - the text is 300 to 700 words.
Exits 1 on any error.
"""
import json, os, re, sys

LABELS = set("PERSON NORP FAC ORG GPE LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE DATE TIME "
             "PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
OPEN_MARKS = set('"\'\u201c\u2018')
FACT_FIELDS = {
    # kind: (required T fields, optional T fields, required string fields, optional string fields)
    'statement': (['speaker'], [], ['cue', 'content'], []),
    'quote': (['speaker', 'quote'], [], [], []),
    'partnership': (['subject', 'object'], [], [], []),
    'deal': (['subject', 'object'], ['amount'], [], []),
    'role': (['person'], ['org'], ['role'], []),
    'statistic': (['subject', 'value'], ['time'], ['measure'], ['change']),
    'launch': (['subject', 'product'], [], [], []),
    'competition': (['subject', 'object'], [], [], []),
}


def check_file(annpath):
    errs = []
    base = annpath[:-4]
    text = open(base + '.txt', encoding='utf-8').read()
    if '\r' in text:
        errs.append('CR in text')
    words = len(text.split())
    if not 300 <= words <= 700:
        errs.append(f'{words} words (want 300-700)')
    T = {}
    R = {}
    rels = []
    for ln, line in enumerate(open(annpath, encoding='utf-8').read().split('\n'), 1):
        if not line:
            continue
        if line.startswith('T'):
            m = re.fullmatch(r'(T\d+)\t(\S+) (\d+) (\d+)\t(.*)', line)
            if not m:
                errs.append(f'line {ln}: bad T line {line!r}')
                continue
            tid, label, s, e, surf = m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
            if tid in T:
                errs.append(f'{tid}: duplicate id')
            if label not in LABELS and label != 'QUOTE':
                errs.append(f'{tid}: unknown label {label}')
            if not (0 <= s < e <= len(text)):
                errs.append(f'{tid}: bad offsets {s} {e}')
            elif text[s:e] != surf:
                errs.append(f'{tid}: text[{s}:{e}]={text[s:e]!r} != {surf!r}')
            if surf != surf.strip():
                errs.append(f'{tid}: surface has outer whitespace {surf!r}')
            if label == 'QUOTE' and (s == 0 or text[s - 1] not in OPEN_MARKS):
                errs.append(f'{tid}: QUOTE does not start after a quotation mark')
            T[tid] = (label, s, e, surf)
        elif line.startswith('R'):
            m = re.fullmatch(r'(R\d+)\tSAID Arg1:(T\d+) Arg2:(T\d+)', line)
            if not m:
                errs.append(f'line {ln}: bad R line {line!r}')
                continue
            rid, a, b = m.groups()
            if rid in R:
                errs.append(f'{rid}: duplicate id')
            R[rid] = (a, b)
            rels.append((a, b))
        else:
            errs.append(f'line {ln}: unknown line {line!r}')
    for rid, (a, b) in R.items():
        if a not in T or b not in T:
            errs.append(f'{rid}: missing argument')
            continue
        if T[a][0] not in ('PERSON', 'ORG'):
            errs.append(f'{rid}: Arg1 {a} is {T[a][0]}')
        if T[b][0] != 'QUOTE':
            errs.append(f'{rid}: Arg2 {b} is {T[b][0]}')
    ents = sorted((s, e, tid) for tid, (lab, s, e, _) in T.items() if lab != 'QUOTE')
    for (s1, e1, t1), (s2, e2, t2) in zip(ents, ents[1:]):
        if s2 < e1:
            errs.append(f'{t1} and {t2} overlap')
    qs = sorted((s, e, tid) for tid, (lab, s, e, _) in T.items() if lab == 'QUOTE')
    for (s1, e1, t1), (s2, e2, t2) in zip(qs, qs[1:]):
        if s2 < e1:
            errs.append(f'{t1} and {t2} (quotes) overlap')
    # facts
    fpath = base + '.facts.json'
    if not os.path.exists(fpath):
        errs.append('no facts.json')
    else:
        try:
            facts = json.load(open(fpath, encoding='utf-8'))['facts']
        except Exception as ex:  # noqa
            errs.append(f'facts.json unreadable: {ex}')
            facts = []
        qfacts = []
        for i, f in enumerate(facts):
            kind = f.get('kind')
            if kind not in FACT_FIELDS:
                errs.append(f'fact {i}: unknown kind {kind!r}')
                continue
            req_t, opt_t, req_s, opt_s = FACT_FIELDS[kind]
            allowed = set(req_t) | set(opt_t) | set(req_s) | set(opt_s) | {'kind'}
            for k in f:
                if k not in allowed:
                    errs.append(f'fact {i} ({kind}): unexpected field {k}')
            for k in req_t + opt_t:
                if k not in f:
                    if k in req_t:
                        errs.append(f'fact {i} ({kind}): missing {k}')
                    continue
                if f[k] not in T:
                    errs.append(f'fact {i} ({kind}): {k}={f[k]!r} is not a T id')
            for k in req_s:
                if not isinstance(f.get(k), str) or not f.get(k):
                    errs.append(f'fact {i} ({kind}): missing string {k}')
            if kind in ('statement', 'quote') and f.get('speaker') in T and T[f['speaker']][0] not in ('PERSON', 'ORG'):
                errs.append(f'fact {i} ({kind}): speaker is {T[f["speaker"]][0]}')
            if kind == 'role' and f.get('person') in T and T[f['person']][0] != 'PERSON':
                errs.append(f'fact {i} (role): person is {T[f["person"]][0]}')
            if kind == 'statement' and isinstance(f.get('content'), str) and f['content'] not in text:
                errs.append(f'fact {i} (statement): content not in text: {f["content"]!r}')
            if kind == 'quote':
                if f.get('quote') in T and T[f['quote']][0] != 'QUOTE':
                    errs.append(f'fact {i} (quote): quote is not a QUOTE')
                qfacts.append((f.get('speaker'), f.get('quote')))
        if sorted(qfacts) != sorted(rels):
            errs.append('quote facts differ from SAID relations')
    return errs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    anns = sorted(p for p in os.listdir(d) if p.endswith('.ann'))
    if not anns:
        print('no .ann files in', d)
        return 1
    bad = 0
    for a in anns:
        errs = check_file(os.path.join(d, a))
        if errs:
            bad += 1
            print(f'FAIL {a}')
            for e in errs:
                print('   ', e)
        else:
            print(f'ok   {a}')
    print(f'{len(anns)} files, {bad} failing')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
