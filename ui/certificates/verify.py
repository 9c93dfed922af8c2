"""Verify a certificate: paste what a scanner types, or open a photo or a PDF of it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from classroom import certificates as certs
from classroom.qr_read import read_qr_texts
from classroom.signing import looks_like_certificate

from ..changes import NOTHING
from ..files import ask_open
from ..ops import Ops
from ..words import describe_error

STYLES = {"genuine": "background:#1e7b34;color:white;", "revoked": "background:#b36b00;color:white;",
          "not_genuine": "background:#b3261e;color:white;", "idle": "background:#eef1f4;color:#333;",
          "unknown_issuer": "background:#5b5f66;color:white;"}


class VerifyPanel(QWidget):
    SHOWS = NOTHING  # a certificate checked against the register shown at the time it is checked

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyPanel")
        self._ops = ops
        self._pending = ""
        title = QLabel(self.tr("Verify a certificate"))
        title.setObjectName("panelTitle")
        hint = QLabel(self.tr("Scan the QR code of the certificate into the field below (or paste its text and "
                              "press Enter), or open a photo or a PDF of it. No internet is needed."))
        hint.setWordWrap(True)
        self.text = QLineEdit()
        self.text.setObjectName("verifyText")
        self.text.setPlaceholderText(self.tr("QR text: “Chứng nhận …” then BDHVS2.…"))
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
        if not text.strip():
            return
        if self._pending:  # a scanner types the readable line, Enter, then the code line
            text, self._pending = self._pending + "\n" + text, ""
        if "BDHVS" not in text.upper():
            self._pending = text
            self._show("idle", self.tr("Reading…"), self.tr("The readable line came; waiting for the code line."))
            return
        self._ops.query(lambda s: certs.verify(s, text), self._show_result, self._failed)

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
            return certs.verify(s, next((t for t in texts if looks_like_certificate(t)), texts[0]))  # type: ignore[arg-type]
        self._ops.query(work, lambda r: self._show_result(r) if r else self._show(
            "not_genuine", self.tr("No QR code found"), self.tr("No QR code could be read in %1. Take the photo "
                                                                 "straight on, in good light.").replace("%1", str(path))),
            self._failed)

    def _show_result(self, result: certs.Verification) -> None:
        r = result.record
        if result.status == "genuine" and r:
            self._show("genuine", self.tr("GENUINE certificate"), self._describe(result))
        elif result.status == "revoked" and r:
            when = result.revoked_at.strftime("%d/%m/%Y") if result.revoked_at else ""
            self._show("revoked", self.tr("REVOKED certificate"), self._describe(result) + "<br>" + self.tr(
                "Revoked on %1: %2").replace("%1", when).replace("%2", result.revoke_reason))
        elif result.status == "unknown_issuer" and result.issuer:
            i = result.issuer
            self._show("unknown_issuer", self.tr("UNKNOWN ISSUER"), self.tr(
                "It says %1 (code %2) issued it, but its key %3… is on no trust list held here: it cannot be "
                "checked. Take in the receiving office's latest trust list (Settings, Keys and trust) and check "
                "again.").replace("%1", i.name).replace("%2", i.commune).replace("%3", i.fingerprint))
        else:
            why = {"bad_signature": self.tr("its content was altered"),
                   "unknown_key": self.tr("it was not signed with this commune's key"),
                   "issuer_mismatch": self.tr("one commune's key signed for another commune")}.get(
                result.reason, self.tr("it is not a certificate code of this program"))
            self._show("not_genuine", self.tr("NOT GENUINE"), self.tr("This code is not valid: %1.").replace("%1", why))

    def _describe(self, result: certs.Verification) -> str:
        r = result.record
        assert r is not None
        born = " (" + self.tr("born %1").replace("%1", str(r.birth_year)) + ")" if r.birth_year else ""
        return (self.tr("Holder: %1").replace("%1", f"<b>{r.holder_name}</b>{born}") + "<br>"
                + self.tr("Course: %1").replace("%1", r.course_title) + "<br>"
                + self.tr("Issued on %1 by the People's Committee of %2 (code %3)").replace(
                    "%1", r.issued_on.strftime("%d/%m/%Y")).replace("%2", result.issuer_words or r.commune_name).replace("%3", r.commune_code)
                + "<br>" + self.tr("Serial: %1").replace("%1", r.serial) + self._trusted(result))

    def _trusted(self, result: certs.Verification) -> str:
        i = result.issuer
        if i is None:
            return ""
        how = {"own_key": self.tr("this installation's own key"),
               "pinned": self.tr("a key pinned when the commune's package was consolidated"),
               "trust_list": self.tr("a key on the trust list taken in")}.get(i.trusted_by, "")
        return "<br>" + self.tr("Signed with %1: %2").replace("%1", how).replace("%2", i.fingerprint)

    def _show(self, kind: str, verdict: str, details: str) -> None:
        self.verdict.setStyleSheet(STYLES[kind] + "font-size:20pt;font-weight:bold;padding:8px;border-radius:6px;")
        self.verdict.setText(verdict)
        self.verdict.setProperty("kind", kind)
        self.details.setText(f"<div style='font-size:13pt'>{details}</div>")

    def _failed(self, exc: BaseException) -> None:
        self._show("not_genuine", self.tr("Cannot read the file"), describe_error(exc))
