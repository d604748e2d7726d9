#!/usr/bin/env python3
"""Writes translations/modeldeck_en.ts: English singular and plural forms for every tr() message
with %n, so that "1 job(s)" reads "1 job" and "3 jobs". Run after changing such messages:

    python3 scripts/english-plurals.py

It runs lupdate (-pluralonly) over core/, ui/ and app/, then fills in the two English forms from
the "(s)" convention used in the sources, with the few verbs that change with the number."""

import pathlib
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = pathlib.Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "modeldeck_en.ts"
# Debian keeps Qt 6's lupdate out of PATH; elsewhere it is on it.
LUPDATE = "/usr/lib/qt6/bin/lupdate" if pathlib.Path("/usr/lib/qt6/bin/lupdate").exists() \
    else shutil.which("lupdate6") or "lupdate"

# Words after "(s)" that agree with the number: plural form → singular form.
VERBS = {"are": "is", "were": "was", "repeat": "repeats", "have": "has", "need": "needs"}


def forms(source: str) -> tuple[str, str]:
    singular = re.sub(r"\(s\) (\w+)", lambda m: " " + VERBS.get(m.group(1), m.group(1)), source)
    singular = singular.replace("(s)", "")
    plural = source.replace("(s)", "s")
    return singular, plural


def main() -> int:
    subprocess.run([LUPDATE, "-pluralonly", "-no-obsolete", "-locations", "none", "-target-language", "en",
                    # as update_translations (MODELDECK_LUPDATE_ARGS): with our include paths lupdate
                    # reads Q_DECLARE_TR_FUNCTIONS in headers and records the run-time context
                    "-extensions", "cpp,h", "-I", "core", "-I", "ui", "-I", "app", "-I", "app/cli",
                    "core", "ui", "app", "-ts", str(TS)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tree = ET.parse(TS)
    filled = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        singular, plural = forms(source)
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in (singular, plural):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"{TS.relative_to(ROOT)}: {filled} plural messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
