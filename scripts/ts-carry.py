#!/usr/bin/env python3
"""Carry translations over to messages whose translation context changed.

lupdate keys a message by (context, source, comment). When code moves a string to another
context (a fixed tr() context, a renamed class), the refreshed .ts has it as a new, unfinished
message and drops the old translated one. This copies the old translation over when the old
message is gone and its source, comment and plural-ness are the same:

    cp translations/modeldeck_de.ts /tmp/de-before.ts
    cmake --build --preset release --target update_translations
    python3 scripts/ts-carry.py /tmp/de-before.ts translations/modeldeck_de.ts

then run update_translations once more to normalise the layout. A source text that was
translated differently in two vanished contexts is left unfinished and listed.
"""
import sys
import xml.etree.ElementTree as ET


def messages(root):
    for ctx in root.findall('context'):
        name = ctx.findtext('name')
        for m in ctx.findall('message'):
            yield name, m


def key(name, m):
    return (name, m.findtext('source'), m.findtext('comment'))


def main(before_path, after_path):
    before = ET.parse(before_path).getroot()
    tree = ET.parse(after_path)
    after = tree.getroot()
    present = {key(n, m) for n, m in messages(after)}
    # Translated messages of the old file that the refresh dropped, by what they say.
    gone = {}
    for n, m in messages(before):
        tr = m.find('translation')
        if key(n, m) in present or tr is None or tr.get('type') in ('unfinished', 'vanished', 'obsolete'):
            continue
        what = (m.findtext('source'), m.findtext('comment'), m.get('numerus'))
        gone.setdefault(what, []).append(tr)
    carried, ambiguous = 0, []
    for n, m in messages(after):
        tr = m.find('translation')
        if tr is None or tr.get('type') != 'unfinished':
            continue
        what = (m.findtext('source'), m.findtext('comment'), m.get('numerus'))
        old = gone.get(what)
        if not old:
            continue
        if len({ET.tostring(t) for t in old}) > 1:
            ambiguous.append(f'[{n}] {what[0]}')
            continue
        m.remove(tr)
        m.append(old[0])
        carried += 1
    with open(after_path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
    print(f'{after_path}: carried {carried} translations to their new context')
    for a in ambiguous:
        print('  translated differently before, left unfinished:', a)


if __name__ == '__main__':
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
