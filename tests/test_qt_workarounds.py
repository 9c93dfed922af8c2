"""PySide6 6.12 on Python 3.11 drops a reference to None per void Qt call: importing ui guards against it."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import sys
import ui  # applies the work-arounds
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):  # five times None's whole count in a fresh window process
    label.setText("Lịch học")
print("alive")
"""


def test_many_qt_calls_do_not_abort_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and "alive" in done.stdout, done.stderr[-500:]
