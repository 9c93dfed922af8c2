"""Who is at the keyboard: on a shared office PC the officer's name is asked at start, so that the audit
log says who changed what. Remembered for the session (``Ops.actor``); the setting ``ask_officer_name``
("0" turns the question off) is on unless the officer turns it off here."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom import audit
from models import Setting

from ..changes import AUDIT
from ..ops import Ops

ASK_SETTING = "ask_officer_name"
LAST_NAME = "safety/officer_name"  # this PC's last answer, offered again


def asks_at_start(session: Session) -> bool:
    row = session.get(Setting, ASK_SETTING)
    return row is None or row.value.strip().lower() not in ("0", "off", "false", "no")


def remember_asking(session: Session, ask: bool, actor: str = "") -> None:
    row = session.get(Setting, ASK_SETTING) or Setting(key=ASK_SETTING)
    value = "1" if ask else "0"
    if row.value != value:
        audit.record(session, actor, "update", "settings", None, key=ASK_SETTING, value=value)
    row.value = value
    session.add(row)


class OfficerDialog(QDialog):
    def __init__(self, name: str, ask_again: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("officerDialog")
        self.setWindowTitle(self.tr("Who is working?"))
        intro = QLabel(self.tr("Your name is written in the log of changes beside everything you change today "
                               "(people, classes, attendance, certificates)."))
        intro.setWordWrap(True)
        self.name = QLineEdit(name, objectName="officerName")
        self.name.setPlaceholderText(self.tr("Full name, e.g. Nguyễn Thị Lan"))
        self.ask_again = QCheckBox(self.tr("Ask at every start (a PC several officers share)"), objectName="askAgain")
        self.ask_again.setChecked(ask_again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name.textChanged.connect(lambda t: self.ok.setEnabled(bool(t.strip())))
        self.ok.setEnabled(bool(name.strip()))
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addWidget(self.name)
        column.addWidget(self.ask_again)
        column.addWidget(buttons)
        self.setMinimumWidth(420)


def ask_officer(parent: QWidget, ops: Ops, shown: Callable[[str], None], *, always: bool = False) -> None:
    """Ask the officer's name (at start only if the setting says so); ``shown(name)`` once it is known."""
    def decide(ask: bool) -> None:
        settings = QSettings()
        if not (ask or always):  # a PC one officer uses: the name given last time on it
            ops.actor = ops.actor or " ".join(str(settings.value(LAST_NAME, "")).split())
            shown(ops.actor)
            return
        dialog = OfficerDialog(str(settings.value(LAST_NAME, "")), ask, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return  # no name given: changes are logged without one (not under the computer's login)
        name = " ".join(dialog.name.text().split())
        ops.actor = name
        settings.setValue(LAST_NAME, name)
        shown(name)
        keep_asking = dialog.ask_again.isChecked()
        if keep_asking != ask:
            ops.mutate(lambda s: remember_asking(s, keep_asking, name), lambda _r: None, changes=AUDIT)
    ops.query(asks_at_start, decide)
