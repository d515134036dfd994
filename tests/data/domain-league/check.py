#!/usr/bin/env python3
"""Checker for Gazette's invented-league evaluation set (brat standoff, entities only).

Usage: python3 tests/data/domain-league/check.py [DIR] [--counts]

For every NAME.txt / NAME.ann pair in DIR (default: this script's folder) it verifies:
  - the text is UTF-8 with `\\n` line ends, and every .txt has an .ann and vice versa;
  - every line is `T<n>\\tLABEL START END\\tsurface`, ids unique, LABEL one of the 18 OntoNotes 5
    labels (this set has no QUOTE spans or SAID relations);
  - offsets are code points, 0 <= START < END <= len(text), text[START:END] == surface, and the
    surface has no leading or trailing whitespace;
  - no two spans overlap.
Prints one line per error and exits 1 if there is any; --counts also prints mentions per label.
"""
import os, re, sys
from collections import Counter

LABELS = ['PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW',
          'LANGUAGE', 'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL']
LINE = re.compile(r'(T\d+)\t(\S+) (\d+) (\d+)\t(.*)')


def check_pair(txt_path, ann_path, counts):
    errs = []
    raw = open(txt_path, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        return [f'not UTF-8: {e}']
    if '\r' in text:
        errs.append('CR line endings')
    ids, spans = set(), []
    for n, line in enumerate(open(ann_path, encoding='utf-8', newline='').read().split('\n'), 1):
        if not line:
            continue
        m = LINE.fullmatch(line)
        if not m:
            errs.append(f'line {n}: malformed: {line!r}')
            continue
        tid, lab, s, e, surf = m.group(1), m.group(2), int(m.group(3)), int(m.group(4)), m.group(5)
        if tid in ids:
            errs.append(f'{tid}: duplicate id')
        ids.add(tid)
        if lab not in LABELS:
            errs.append(f'{tid}: unknown label {lab}')
        if not (0 <= s < e <= len(text)):
            errs.append(f'{tid}: offsets {s}-{e} out of range')
            continue
        if text[s:e] != surf:
            errs.append(f'{tid}: text[{s}:{e}]={text[s:e]!r} != {surf!r}')
        if surf != surf.strip():
            errs.append(f'{tid}: leading/trailing whitespace')
        spans.append((s, e, tid))
        counts[lab] += 1
    spans.sort()
    for (s1, e1, t1), (s2, e2, t2) in zip(spans, spans[1:]):
        if s2 < e1:
            errs.append(f'{t1} and {t2} overlap')
    return errs


def main(argv):
    show = '--counts' in argv
    args = [a for a in argv if a != '--counts']
    d = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    names = sorted({f[:-4] for f in os.listdir(d) if f.endswith(('.txt', '.ann'))})
    counts, nerr, arts = Counter(), 0, 0
    for name in names:
        txt, ann = os.path.join(d, name + '.txt'), os.path.join(d, name + '.ann')
        if not (os.path.exists(txt) and os.path.exists(ann)):
            print(f'{name}: missing .txt or .ann'); nerr += 1; continue
        arts += 1
        for err in check_pair(txt, ann, counts):
            print(f'{name}: {err}'); nerr += 1
    if show:
        for lab in LABELS:
            print(f'{lab}\t{counts[lab]}')
        print(f'total\t{sum(counts.values())}')
    print(f'{arts} articles, {sum(counts.values())} mentions, {nerr} errors')
    return 1 if nerr else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
