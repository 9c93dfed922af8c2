"""A person's data rights on screen: export everything as JSON, erase on request (after a clear question)."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from classroom.data_rights import ErasureResult, erase_person, export_json, export_person
from classroom.text import fold

from ..changes import NOTHING
from ..files import ask_save
from ..ops import Ops
from ..words import day_text


def export_to_file(parent: QWidget, ops: Ops, participant_id: int, name: str) -> None:
    suggested = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or str(participant_id)
    chosen = ask_save(parent, QCoreApplication.translate("DataRights", "Export the person's data"),
                      f"du-lieu-{suggested}.json", QCoreApplication.translate("DataRights", "JSON files (*.json)"), ".json")
    if chosen is None:
        return
    path = str(chosen)

    def work(session: Session) -> dict[str, Any]:
        return export_person(session, participant_id, actor=ops.actor)  # recorded in the audit log: a write

    def written(data: dict[str, Any]) -> None:
        title = QCoreApplication.translate("DataRights", "Export")
        try:
            Path(path).write_text(export_json(data), encoding="utf-8")
        except OSError as exc:
            text = QCoreApplication.translate("DataRights", "Cannot write “%1”: %2")
            QMessageBox.warning(parent, title, text.replace("%1", path).replace("%2", exc.strerror or type(exc).__name__))
            return
        text = QCoreApplication.translate("DataRights", "Everything held on %1 was saved in “%2”.")
        QMessageBox.information(parent, title, text.replace("%1", name).replace("%2", path))
    ops.mutate(work, written, changes=NOTHING)  # only the audit log of the export


def erase_with_confirmation(parent: QWidget, ops: Ops, participant_id: int, name: str,
                            done: Callable[[int], None]) -> None:
    question = QCoreApplication.translate(
        "DataRights", "Erase %1 at their request?\n\nTheir name, personal ID, phone, day and month of birth, "
        "occupation and notes are removed for good. Anonymous counts stay for the statistics (year of birth, gender, "
        "village, target group, classes and attendance). This cannot be undone.")
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DataRights", "Erase the person's data"),
                      question.replace("%1", name), parent=parent)
    erase = box.addButton(QCoreApplication.translate("DataRights", "Erase"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("DataRights", "Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is not erase:
        return

    def finished(result: ErasureResult) -> None:
        if result.certificates:
            lines = "\n".join(f"• {c.serial} — {c.course} ({c.class_code}), {day_text(c.issued_on)}"
                              for c in result.certificates)
            text = QCoreApplication.translate(
                "DataRights", "The data was erased. These certificates were issued to the person; revoke them if "
                "the request covers them:\n\n%1")
            QMessageBox.information(parent, QCoreApplication.translate("DataRights", "Data erased"),
                                    text.replace("%1", lines))
        done(participant_id)
    ops.mutate(lambda session: erase_person(session, participant_id, actor=ops.actor), finished)
