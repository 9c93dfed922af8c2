"""Fill translations into a .ts file from a JSON object {source: translation} (or {"source|comment": …}).

    python tools/fill_ts.py resources/translations/area_vi.ts words.json

A helper for writing many translations at once; Qt Linguist does the same by hand.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def fill(ts_path: str, words: dict[str, str]) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        comment = message.findtext("comment")
        tr = message.find("translation")
        assert tr is not None
        key = f"{source}|{comment}" if comment and f"{source}|{comment}" in words else source
        if key in words:
            tr.text = words[key]
            tr.attrib.pop("type", None)
        elif tr.get("type") == "unfinished":
            missing.append(key)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    with open(sys.argv[2], encoding="utf-8") as fh:
        left = fill(sys.argv[1], json.load(fh))
    for key in left:
        print(f"still untranslated: {key!r}")
    sys.exit(1 if left else 0)
