"""Keep the Qt translations in step with the code.

    python tools/translations.py          # lupdate ui/ -> .ts, then lrelease -> .qm
    python tools/translations.py --check  # exit 1 if a text in ui/ has no Vietnamese

The .ts files under resources/translations are the source of the translations (edit
them with Qt Linguist, ``pyside6-linguist``); the .qm files are built from them and
committed, so a fresh install needs no Qt tools. One .ts per area of the window:
``classroom_vi.ts`` for the modules directly in ui/, ``<area>_vi.ts`` for ui/<area>/,
so that work on different screens never edits the same file. The window loads every
``*_vi.qm``.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
OURS = TS_DIR / "classroom_vi.ts"
QT_STOCK = TS_DIR / "qtbase_vi.ts"  # Qt ships no qtbase_vi: the stock dialog words we use


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    return found


def groups() -> dict[Path, list[str]]:
    """Each .ts file and the ui/ sources it translates."""
    ui = ROOT / "ui"
    found = {OURS: sorted(str(p) for p in ui.glob("*.py"))}
    for area in sorted(p for p in ui.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        found[TS_DIR / f"{area.name}_vi.ts"] = sorted(str(p) for p in area.rglob("*.py"))
    return found


def untranslated(ts: Path) -> list[str]:
    """Source texts whose translation is missing or marked unfinished/obsolete-free."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        if tr is None or tr.get("type") in {"unfinished"} or not (tr.text or "").strip():
            if tr is not None and tr.get("type") == "vanished":
                continue
            missing.append(message.findtext("source") or "")
    return missing


def check() -> int:
    missing = []
    for ts, files in groups().items():
        with tempfile.TemporaryDirectory() as tmp:
            probe = Path(tmp) / "probe.ts"
            if ts.exists():
                shutil.copy(ts, probe)
            subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(probe), "-no-obsolete"],
                           check=True, capture_output=True)
            missing += [f"{ts.name}: {text!r}" for text in untranslated(probe)]
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


def update() -> int:
    for ts, files in groups().items():
        subprocess.run([tool("pyside6-lupdate"), *files, "-ts", str(ts), "-no-obsolete", "-locations", "none",
                        "-target-language", "vi_VN"], check=True)
    for ts in sorted(TS_DIR.glob("*_vi.ts")):
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return check()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    sys.exit(check() if parser.parse_args().check else update())
