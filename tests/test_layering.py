"""Imports run downward only: ui -> classroom -> models; nothing below ui imports Qt."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


#: The exception tree sits beside the models but touches no database: anyone may raise it.
SHARED = {"models.errors"}


def imported_modules(package: str) -> set[str]:
    names: set[str] = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(a.name.split(".")[0] for a in node.names if a.name not in SHARED)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and node.module not in SHARED:
                names.add(node.module.split(".")[0])
    return names


def test_core_packages_never_import_qt_or_upward() -> None:
    forbidden = {"models": {"PySide6", "classroom", "ui", "printouts"},
                 "classroom": {"PySide6", "ui"},
                 "printouts": {"PySide6", "ui", "models", "sqlalchemy", "classroom"}}
    for package, bad in forbidden.items():
        if (ROOT / package).exists():
            assert not imported_modules(package) & bad, package


def test_importing_the_core_loads_no_qt() -> None:
    code = ("import sys, classroom.cli, classroom.demo, classroom.participants, classroom.classes, models.db;"
            "sys.exit('PySide6' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_qt_keeps_its_references() -> None:
    """PySide6 6.12.0 loses a reference to None on every call returning nothing (on Python 3.11),
    until Python aborts: a busy screen gets there in minutes. The pinned version must not."""
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen';"
            "from PySide6.QtWidgets import QApplication, QLabel; app = QApplication([]); label = QLabel();"
            "before = sys.getrefcount(None);"
            "[label.setText('x') for _ in range(20000)];"
            "sys.exit(0 if sys.getrefcount(None) >= before - 100 else 1)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
