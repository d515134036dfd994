#!/usr/bin/env python3
"""Checker for Gazette's training corpus (brat standoff + facts JSON).

Usage: python3 tests/data/train/check.py tests/data/train

For every NAME.ann beside a NAME.txt it verifies:
  - T ids are unique, labels are OntoNotes labels or QUOTE, offsets are code points with
    text[start:end] == stored surface, and spans have no leading/trailing whitespace;
  - no two entity spans (non-QUOTE) overlap;
  - every R line is `SAID Arg1:T Arg2:T`, both ids exist, Arg1 is PERSON/ORG, Arg2 is QUOTE;
  - NAME.facts.json (if present, required by --facts) references existing T ids of fitting labels,
    statement content is copied exactly from the text and lies in the speaker's paragraph
    together with the cue, all mentions of one fact lie in one paragraph, and there is exactly
    one quote fact per SAID relation.
Exit status 0 when every file passes.
"""
import json, os, re, sys

LABELS = {'PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW',
          'LANGUAGE', 'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL'}
AGENT = {'PERSON', 'ORG'}
PARTY = {'PERSON', 'ORG', 'GPE', 'NORP'}
FACT_FIELDS = {
    'statement': {'speaker': AGENT},
    'quote': {'speaker': AGENT, 'quote': {'QUOTE'}},
    'partnership': {'subject': PARTY, 'object': PARTY},
    'deal': {'subject': PARTY, 'object': PARTY | {'PRODUCT', 'FAC', 'WORK_OF_ART'}, 'amount': {'MONEY'}},
    'role': {'person': {'PERSON'}, 'org': {'ORG', 'GPE'}},
    'statistic': {'subject': PARTY | {'PRODUCT', 'LOC', 'FAC', 'EVENT'},
                  'value': {'PERCENT', 'MONEY', 'QUANTITY', 'CARDINAL'}, 'time': {'DATE', 'TIME'}},
    'launch': {'subject': PARTY, 'product': {'PRODUCT', 'WORK_OF_ART'}},
    'competition': {'subject': PARTY, 'object': PARTY},
}
REQUIRED = {'statement': ['speaker', 'cue', 'content'], 'quote': ['speaker', 'quote'],
            'partnership': ['subject', 'object'], 'deal': ['subject'], 'role': ['person', 'role'],
            'statistic': ['subject', 'measure', 'value'], 'launch': ['subject', 'product'],
            'competition': ['subject', 'object']}


def paragraph_of(text, off):
    return text.count('\n', 0, off)


def check(txt_path, ann_path, facts_path, need_facts):
    errs = []
    text = open(txt_path, encoding='utf-8').read()
    if '\r' in text:
        errs.append('CR line endings')
    spans, rels = {}, []
    for n, line in enumerate(open(ann_path, encoding='utf-8').read().split('\n'), 1):
        if not line:
            continue
        parts = line.split('\t')
        if line.startswith('T'):
            if len(parts) != 3:
                errs.append(f'line {n}: malformed T line'); continue
            tid, mid, surf = parts
            m = re.fullmatch(r'(\S+) (\d+) (\d+)', mid)
            if not m:
                errs.append(f'line {n}: malformed span'); continue
            lab, s, e = m.group(1), int(m.group(2)), int(m.group(3))
            if tid in spans:
                errs.append(f'{tid}: duplicate id')
            if lab not in LABELS and lab != 'QUOTE':
                errs.append(f'{tid}: unknown label {lab}')
            if not (0 <= s < e <= len(text)):
                errs.append(f'{tid}: offsets out of range'); continue
            if text[s:e] != surf:
                errs.append(f'{tid}: text[{s}:{e}]={text[s:e]!r} != {surf!r}')
            if surf != surf.strip():
                errs.append(f'{tid}: surrounding whitespace')
            spans[tid] = (lab, s, e, surf)
        elif line.startswith('R'):
            m = re.fullmatch(r'(R\d+)\tSAID Arg1:(T\d+) Arg2:(T\d+)', line)
            if not m:
                errs.append(f'line {n}: malformed relation'); continue
            rels.append(m.groups())
        else:
            errs.append(f'line {n}: unknown line type')
    ents = sorted((s, e, t) for t, (lab, s, e, _) in spans.items() if lab != 'QUOTE')
    for (s1, e1, t1), (s2, e2, t2) in zip(ents, ents[1:]):
        if s2 < e1:
            errs.append(f'overlap {t1} {t2}')
    rids = set()
    for rid, a1, a2 in rels:
        if rid in rids:
            errs.append(f'{rid}: duplicate id')
        rids.add(rid)
        if a1 not in spans or a2 not in spans:
            errs.append(f'{rid}: missing argument'); continue
        if spans[a1][0] not in AGENT:
            errs.append(f'{rid}: Arg1 {a1} is {spans[a1][0]}')
        if spans[a2][0] != 'QUOTE':
            errs.append(f'{rid}: Arg2 {a2} is {spans[a2][0]}')
    if not os.path.exists(facts_path):
        if need_facts:
            errs.append('missing facts file')
        return errs
    facts = json.load(open(facts_path, encoding='utf-8')).get('facts')
    if not isinstance(facts, list):
        return errs + ['facts: no list']
    said = {(a1, a2) for _, a1, a2 in rels}
    qfacts = set()
    for i, f in enumerate(facts):
        kind = f.get('kind')
        if kind not in FACT_FIELDS:
            errs.append(f'fact {i}: unknown kind {kind}'); continue
        for k in REQUIRED[kind]:
            if not f.get(k):
                errs.append(f'fact {i} ({kind}): missing {k}')
        paras = set()
        for field, labs in FACT_FIELDS[kind].items():
            if field not in f:
                continue
            t = f[field]
            if t not in spans:
                errs.append(f'fact {i} ({kind}): {field} {t} does not exist'); continue
            if spans[t][0] not in labs:
                errs.append(f'fact {i} ({kind}): {field} {t} is {spans[t][0]}')
            if kind != 'quote':
                paras.add(paragraph_of(text, spans[t][1]))
        if len(paras) > 1:
            errs.append(f'fact {i} ({kind}): mentions in different paragraphs')
        if kind == 'statement' and f.get('speaker') in spans:
            p = paragraph_of(text, spans[f['speaker']][1])
            lines = text.split('\n')
            if f.get('content', '') not in lines[p]:
                errs.append(f'fact {i}: statement content not copied from the speaker paragraph: {f.get("content")!r}')
            if not re.search(r'\b' + re.escape(f.get('cue', '')) + r'\b', lines[p]):
                errs.append(f'fact {i}: cue {f.get("cue")!r} not in the speaker paragraph')
        if kind == 'quote':
            pair = (f.get('speaker'), f.get('quote'))
            if pair not in said:
                errs.append(f'fact {i}: quote fact without SAID relation {pair}')
            qfacts.add(pair)
    for pair in said - qfacts:
        errs.append(f'SAID {pair} has no quote fact')
    return errs


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(f[:-4] for f in os.listdir(root) if f.endswith('.ann'))
    bad = 0
    for nm in names:
        txt = os.path.join(root, nm + '.txt')
        if not os.path.exists(txt):
            print(f'{nm}: missing .txt'); bad += 1; continue
        errs = check(txt, os.path.join(root, nm + '.ann'), os.path.join(root, nm + '.facts.json'), True)
        if errs:
            bad += 1
            print(f'{nm}: FAIL')
            for e in errs:
                print('   ' + e)
    print(f'{len(names)} files checked, {bad} failed')
    return 1 if bad or not names else 0


if __name__ == '__main__':
    sys.exit(main())
