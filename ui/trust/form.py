"""Settings, "Keys and trust": this installation's key fingerprint (to read aloud to whoever checks
its certificates or packages) and the trust list it holds, with a button to take in a newer one."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom import trust
from classroom.trustlist import TrustList, TrustState, read_trust_list, take_in, trust_state
from models import LOCAL_TZ

from ..changes import AUDIT
from ..ops import Ops
from .words import describe


def _load(session: Session) -> tuple[trust.KeyInfo | None, TrustState]:
    return trust.own_key(session), trust_state(session)


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class TrustForm(QWidget):
    changed = Signal()  # a trust list was taken in

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.fingerprint = _selectable(QLabel())
        self.fingerprint.setObjectName("keyFingerprint")
        big = QFont(self.fingerprint.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.fingerprint.setFont(big)
        self.public_key = _selectable(QLabel())
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint of this installation's key:"), self.fingerprint)
        form.addRow(self.tr("Public key:"), self.public_key)
        note = QLabel(self.tr("Certificates and packages signed here carry this key. Read the fingerprint to the "
                              "receiving office, or compare it with the one printed under each certificate's QR code."))
        note.setWordWrap(True)
        self.office = _selectable(QLabel())
        self.issued = QLabel()
        self.held = QLabel()
        lists = QFormLayout()
        lists.addRow(self.tr("Office whose lists are taken:"), self.office)
        lists.addRow(self.tr("List held, issued on:"), self.issued)
        lists.addRow(self.tr("It holds:"), self.held)
        self.import_button = QPushButton(self.tr("Take in a trust list…"))
        self.import_button.clicked.connect(self.choose_list)
        self.message = QLabel()
        self.message.setObjectName("trustMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.message, 1)
        box = QGroupBox(self.tr("Trust list (other communes' keys and revoked certificates)"))
        inner = QVBoxLayout(box)
        inner.addLayout(lists)
        explain = QLabel(self.tr("The receiving office publishes a trust list signed with its own key. The first list "
                                 "taken in asks you to confirm the office's fingerprint; after that only newer lists "
                                 "signed by the same office are accepted."))
        explain.setWordWrap(True)
        inner.addWidget(explain)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(box)
        layout.addStretch(1)

    def reload(self) -> None:
        self._ops.query(_load, self.show_state)

    def show_state(self, loaded: tuple[trust.KeyInfo | None, TrustState]) -> None:
        info, state = loaded
        if info is None:
            self.fingerprint.setText(self.tr("no key yet"))
            self.public_key.setText(self.tr("A key is made when the first certificate is issued or the first "
                                            "package exported."))
        else:
            self.fingerprint.setText(info.fingerprint)
            self.public_key.setText(info.public_key)
        if not state.office_fingerprint:
            self.office.setText(self.tr("none yet"))
            self.issued.setText("")
            self.held.setText("")
            return
        self.office.setText(f"{state.office_name} — {state.office_fingerprint}" if state.office_name
                            else state.office_fingerprint)
        self.issued.setText(_when(state.issued_at))
        self.held.setText(self.tr("%1 communes, %2 keys, %3 revoked certificates")
                          .replace("%1", str(state.communes)).replace("%2", str(state.keys))
                          .replace("%3", str(state.revocations)))

    def choose_list(self) -> None:
        picked, _ = QFileDialog.getOpenFileName(self, self.tr("Trust list"), str(Path.home()),
                                                self.tr("Trust lists (*.json);;All files (*)"))
        if picked:
            self.take(picked)

    def take(self, path: str) -> None:
        """Read and check the list off the GUI thread, confirm the office the first time, then take it in."""
        def read(s: Session) -> tuple[TrustList, TrustState]:
            return read_trust_list(path), trust_state(s)
        self._ops.query(read, self._confirm, self._failed)

    def _confirm(self, found: tuple[TrustList, TrustState]) -> None:
        listed, state = found
        office_key = None
        if not state.office_fingerprint:
            answer = QMessageBox.question(
                self, self.tr("First trust list"),
                self.tr("This list is signed by the office whose key fingerprint is\n\n%1\n\nCompare it with the "
                        "fingerprint the receiving office gave you by phone or in writing. Is it the same?")
                .replace("%1", listed.office_fingerprint),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                self.message.setText(self.tr("Not taken in: nothing changed."))
                return
            office_key = listed.office_fingerprint
        now = datetime.now(LOCAL_TZ)
        # the keys of other communes: shown by this form alone (it reloads itself) and the audit log
        self._ops.mutate(lambda s: take_in(s, listed, office_key, now), self._taken, self._failed,
                         changes=AUDIT, origin=self)

    def _taken(self, state: TrustState) -> None:
        self.message.setText(self.tr("Trust list taken in."))
        self.reload()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))
        QMessageBox.warning(self, QCoreApplication.translate("TrustForm", "Trust list"), describe(exc))


def _when(moment: datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d/%m/%Y %H:%M") if moment else ""
