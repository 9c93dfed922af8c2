"""Settings, "Keys and trust": this installation's key fingerprint (to read aloud to whoever checks
its certificates or packages)."""
from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from classroom import trust

from ..ops import Ops


def _load(session: Session) -> trust.KeyInfo | None:
    return trust.own_key(session)


class TrustForm(QWidget):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("keyFingerprint")
        big = QFont(self.fingerprint.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        big.setBold(True)
        self.fingerprint.setFont(big)
        self.public_key = QLabel()
        for label in (self.fingerprint, self.public_key):
            label.setTextInteractionFlags(label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint of this installation's key:"), self.fingerprint)
        form.addRow(self.tr("Public key:"), self.public_key)
        note = QLabel(self.tr("Certificates and packages signed here carry this key. Read the fingerprint to the "
                              "receiving office, or compare it with the one printed under each certificate's QR code."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch(1)

    def reload(self) -> None:
        self._ops.query(_load, self.show_key)

    def show_key(self, info: trust.KeyInfo | None) -> None:
        if info is None:
            self.fingerprint.setText(self.tr("no key yet"))
            self.public_key.setText(self.tr("A key is made when the first certificate is issued or the first "
                                            "package exported."))
        else:
            self.fingerprint.setText(info.fingerprint)
            self.public_key.setText(info.public_key)
