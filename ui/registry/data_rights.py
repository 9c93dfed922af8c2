"""A person's data rights on screen: export everything as JSON, erase on request (after a clear question)."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from classroom.data_rights import ErasureResult, erase_person, write_export
from classroom.text import fold

from ..changes import AUDIT
from ..files import ask_save
from ..open_file import open_with_default_app
from ..ops import Ops
from ..words import day_text, describe_error


def export_to_file(parent: QWidget, ops: Ops, participant_id: int, name: str, kind: str = "json") -> None:
    """Everything held on the person: JSON, or (``kind="pdf"``) a PDF in large type for them to read;
    written whole and private, and recorded in the audit log."""
    suggested = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or str(participant_id)
    filter_text = (QCoreApplication.translate("DataRights", "PDF files (*.pdf)") if kind == "pdf"
                   else QCoreApplication.translate("DataRights", "JSON files (*.json)"))
    target = ask_save(parent, QCoreApplication.translate("DataRights", "Export the person's data"),
                      f"du-lieu-{suggested}.{kind}", filter_text, f".{kind}")
    if target is None:
        return
    actor = ops.actor
    title = QCoreApplication.translate("DataRights", "Export")

    def work(session: Session) -> dict[str, Any]:
        return write_export(session, participant_id, target, actor=actor)  # recorded in the audit log: a write

    def written(_data: dict[str, Any]) -> None:
        text = QCoreApplication.translate("DataRights", "Everything held on %1 was saved in “%2”.")
        QMessageBox.information(parent, title, text.replace("%1", name).replace("%2", str(target)))
        if kind == "pdf":  # for the person to read there and then
            open_with_default_app(target)  # (no program for PDF: the file stays saved, the message said where)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, title, describe_error(exc))
    ops.mutate(work, written, failed, changes=AUDIT)  # only the audit log of the export


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
