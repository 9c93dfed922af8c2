"""Verify a certificate: paste what a scanner types, or open a photo or a PDF of it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from classroom import certificates as certs
from classroom.qr_read import read_qr_texts

from ..changes import NOTHING
from ..files import ask_open
from ..ops import Ops
from ..words import describe_error

STYLES = {"genuine": "background:#1e7b34;color:white;", "revoked": "background:#b36b00;color:white;",
          "not_genuine": "background:#b3261e;color:white;", "idle": "background:#eef1f4;color:#333;"}


class VerifyPanel(QWidget):
    SHOWS = NOTHING  # a certificate checked against the register shown at the time it is checked

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPanel")
        self._ops = ops
        title = QLabel(self.tr("Verify a certificate"))
        title.setObjectName("panelTitle")
        hint = QLabel(self.tr("Scan the QR code of the certificate into the field below (or paste its text and "
                              "press Enter), or open a photo or a PDF of it. No internet is needed."))
        hint.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setObjectName("verifyText")
        self.text.setPlaceholderText(self.tr("QR text, e.g. BDHVS1.…"))
        self.text.returnPressed.connect(self.check_text)
        open_file = QPushButton(self.tr("Open a photo or PDF…"))
        open_file.clicked.connect(self.choose_file)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setMinimumHeight(60)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setObjectName("verifyDetails")
        self._show("idle", self.tr("Waiting for a certificate"), "")
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(open_file)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.details)
        layout.addStretch(1)

    def check_text(self) -> None:
        text = self.text.text()
        self.text.clear()
        if text.strip():
            self._ops.mutate(lambda s: certs.verify(s, text), self._show_result, self._failed, changes=NOTHING)

    def choose_file(self) -> None:
        picked = ask_open(self, self.tr("Open a photo or PDF of a certificate"),
                          self.tr("Photos and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)"))
        if picked is not None:
            self.check_file(picked)

    def check_file(self, path: Path) -> None:
        def work(s: object) -> certs.Verification | None:
            texts = read_qr_texts(path)
            if not texts:
                return None
            return certs.verify(s, next((t for t in texts if t.upper().startswith("BDHVS1.")), texts[0]))  # type: ignore[arg-type]
        self._ops.mutate(work, lambda r: self._show_result(r) if r else self._show(
            "not_genuine", self.tr("No QR code found"), self.tr("No QR code could be read in %1. Take the photo "
                                                                 "straight on, in good light.").replace("%1", str(path))),
            self._failed, changes=NOTHING)

    def _show_result(self, result: certs.Verification) -> None:
        r = result.record
        if result.status == "genuine" and r:
            self._show("genuine", self.tr("GENUINE certificate"), self._describe(result))
        elif result.status == "revoked" and r:
            when = result.revoked_at.strftime("%d/%m/%Y") if result.revoked_at else ""
            self._show("revoked", self.tr("REVOKED certificate"), self._describe(result) + "<br>" + self.tr(
                "Revoked on %1: %2").replace("%1", when).replace("%2", result.revoke_reason))
        else:
            why = {"bad_signature": self.tr("its content was altered"),
                   "unknown_key": self.tr("it was not signed with this commune's key")}.get(
                result.reason, self.tr("it is not a certificate code of this program"))
            self._show("not_genuine", self.tr("NOT GENUINE"), self.tr("This code is not valid: %1.").replace("%1", why))

    def _describe(self, result: certs.Verification) -> str:
        r = result.record
        assert r is not None
        born = " (" + self.tr("born %1").replace("%1", str(r.birth_year)) + ")" if r.birth_year else ""
        return (self.tr("Holder: %1").replace("%1", f"<b>{r.holder_name}</b>{born}") + "<br>"
                + self.tr("Course: %1").replace("%1", r.course_title) + "<br>"
                + self.tr("Issued on %1 by the People's Committee of %2 (code %3)").replace(
                    "%1", r.issued_on.strftime("%d/%m/%Y")).replace("%2", result.issuer or r.commune_name).replace("%3", r.commune_code)
                + "<br>" + self.tr("Serial: %1").replace("%1", r.serial))

    def _show(self, kind: str, verdict: str, details: str) -> None:
        self.verdict.setStyleSheet(STYLES[kind] + "font-size:20pt;font-weight:bold;padding:8px;border-radius:6px;")
        self.verdict.setText(verdict)
        self.verdict.setProperty("kind", kind)
        self.details.setText(f"<div style='font-size:13pt'>{details}</div>")

    def _failed(self, exc: BaseException) -> None:
        self._show("not_genuine", self.tr("Cannot read the file"), describe_error(exc))
