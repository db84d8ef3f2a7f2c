#!/usr/bin/env python3
"""Give unfinished messages the translation the same text already has in another context.

Moving a tr() call into another class changes its context, so pyside6-lupdate marks the moved
text unfinished (and keeps the old one as vanished). This copies the finished translation of
the same source text (same plural form) from any context, preferring a vanished one, which is
where a moved text's translation sits. Run after scripts/update-translations.sh, then run that
script again to compile the .qm.

    python3 scripts/carry-translations.py resources/translations/mentee_desktop_de.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(message: ET.Element) -> tuple[str, str]:
    return (message.findtext("source") or "", message.get("numerus", ""))


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("unfinished",)


def carry(path: Path) -> int:
    tree = ET.parse(path)
    known: dict[tuple[str, str], ET.Element] = {}
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        if not (translation.text or len(translation)):
            continue
        key = _key(message)
        if key not in known or translation.get("type") in ("vanished", "obsolete"):
            known[key] = translation
    carried = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = known.get(_key(message))
        if source is None:
            continue
        translation.text = source.text
        for child in list(translation):
            translation.remove(child)
        for child in source:
            copy = ET.SubElement(translation, child.tag, child.attrib)
            copy.text = child.text
        del translation.attrib["type"]
        carried += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return carried


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(f"{name}: carried {carry(Path(name))} translations over")
