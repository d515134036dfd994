#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Carries translations over when a string moves to another class (lupdate keys messages by
context, so a moved string comes back unfinished): every unfinished message of NEW.ts whose
source text has a finished translation in OLD.ts gets that translation. Run by `./dev lupdate`;
works on the text, so the rest of the file stays exactly as lupdate wrote it.

    carry-over.py OLD.ts NEW.ts
"""
import re
import sys

MESSAGE = re.compile(r'<message( numerus="yes")?>.*?</message>', re.S)
SOURCE = re.compile(r'<source>(.*?)</source>', re.S)
TRANSLATION = re.compile(r'<translation(?: type="(\w+)")?>(.*?)</translation>|<translation type="unfinished"/>', re.S)


def finished(text):
    known = {}
    for message in MESSAGE.finditer(text):
        source = SOURCE.search(message.group(0))
        translation = TRANSLATION.search(message.group(0))
        if source and translation and translation.group(1) is None and translation.group(2):
            known.setdefault(source.group(1), translation.group(2))
    return known


def main(old_path, new_path):
    with open(old_path, encoding='utf-8') as f:
        known = finished(f.read())
    with open(new_path, encoding='utf-8') as f:
        text = f.read()
    filled = 0

    def fill(match):
        nonlocal filled
        block = match.group(0)
        source = SOURCE.search(block)
        translation = TRANSLATION.search(block)
        if not source or not translation or translation.group(1) != 'unfinished' or source.group(1) not in known:
            return block
        filled += 1
        return block[:translation.start()] + '<translation>' + known[source.group(1)] + '</translation>' + block[translation.end():]

    text = MESSAGE.sub(fill, text)
    with open(new_path, 'w', encoding='utf-8') as f:
        f.write(text)
    print(f'{new_path}: {filled} translation(s) carried over')


if __name__ == '__main__':
    main(*sys.argv[1:3])
