"""Every text on screen has its Vietnamese, and the compiled .qm files match the .ts sources."""
from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"


def test_no_text_in_ui_lacks_vietnamese() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_qm_files_are_built_from_the_current_ts() -> None:
    lrelease = str(Path(sys.executable).with_name("pyside6-lrelease"))
    names = sorted(p.stem for p in TS.glob("*_vi.ts"))
    assert {"classroom_vi", "qtbase_vi"} <= set(names)
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = Path(tmp) / f"{name}.qm"
            subprocess.run([lrelease, str(TS / f"{name}.ts"), "-qm", str(fresh)], check=True, capture_output=True)
            assert fresh.read_bytes() == (TS / f"{name}.qm").read_bytes(), f"run tools/translations.py ({name})"


def test_translations_keep_placeholders() -> None:
    messages = [m for ts in TS.glob("*_vi.ts") for m in ET.parse(ts).getroot().iter("message")]
    for message in messages:
        source = message.findtext("source") or ""
        target = message.findtext("translation") or ""
        for mark in ("%1", "%2", "{path}", "{revision}", "{reason}", "{kind}", "{code}", "{commune}", "%3"):
            assert (mark in source) == (mark in target), (source, target)
