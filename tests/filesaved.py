"""Answering the "File saved" box (``ui.files.offer_open``) in tests, without a modal loop."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

ROLES = {"file": QMessageBox.ButtonRole.AcceptRole, "folder": QMessageBox.ButtonRole.ActionRole,
         "close": QMessageBox.ButtonRole.RejectRole}


def answer_file_saved(monkeypatch: pytest.MonkeyPatch, choice: str = "close") -> list[str]:
    """Every "File saved" box is answered with ``choice`` (file, folder, close); returns their texts."""
    said: list[str] = []
    original = QMessageBox.exec

    def answer(box: QMessageBox) -> int:
        if box.objectName() != "fileSaved":
            return original(box)
        said.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == ROLES[choice]).click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    return said
