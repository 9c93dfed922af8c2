"""The certificates screen and the verify screen, driven as the officer would."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import select

from models import Certificate, CourseClass
from models.db import Database
from tests.filesaved import answer_file_saved
from ui.certificates.panel import CertificatesPanel
from ui.certificates.verify import VerifyPanel
from ui.ops import Ops


def test_issue_print_and_revoke(qtbot, demo_db: Database, tmp_path: Path, monkeypatch, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()
        class_id = klass.id
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == class_id))
    panel = CertificatesPanel(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    panel.classes.setCurrentIndex(panel.classes.findData(class_id))
    assert panel.issue.isEnabled()
    assert "đang chờ cấp" in panel.summary.text()
    target = tmp_path / "gcn.pdf"
    opened: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes))
    saved = answer_file_saved(monkeypatch, "file")
    due = sum(1 for p in panel.overview.people if p[4] and not p[5])
    qtbot.mouseClick(panel.issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=20000)
    assert opened == [str(target)] and target.read_bytes().startswith(b"%PDF") and str(target) in saved[0]
    assert f"dùng {due} số hiệu" in asked[0] and "15883-" in asked[0]  # how many serial numbers, asked first
    serials = [panel.table.item(r, 4).text() for r in range(panel.table.rowCount())]
    assert any(serials) and not panel.issue.isEnabled()
    row = next(r for r, x in enumerate(serials) if x)
    panel.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Cấp nhầm người", True)))
    panel.revoke_button.click()
    assert panel.table.item(row, 5).text() == "Đã thu hồi"

    book = tmp_path / "so-dang-ky.pdf"  # the register book of the year, from the same screen
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(book), "")))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (2026, True)))
    assert panel.register_book.text() == "Sổ đăng ký của một năm…"
    qtbot.mouseClick(panel.register_book, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: str(book) in opened, timeout=20000)
    assert book.read_bytes().startswith(b"%PDF") and book.stat().st_mode & 0o777 == 0o600


def test_verify_by_scanner_text_and_by_pdf(qtbot, demo_db: Database, tmp_path: Path, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        cert = s.scalars(select(Certificate)).first()
        qr_text, serial = cert.qr_text, cert.serial
    panel = VerifyPanel(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.show()
    line, code = qr_text.split("\n")
    panel.text.insert(line)  # a scanner types the readable line (QTest types ASCII only), Enter, then the code
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.verdict.property("kind") == "idle"
    qtbot.keyClicks(panel.text, code)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.verdict.property("kind") == "genuine" and "THẬT" in panel.verdict.text()
    assert serial in panel.details.text()
    panel.text.insert(line.replace("Chứng nhận ", "Chứng nhận Ông "))
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.text, code)
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.verdict.property("kind") == "not_genuine"
    panel.text.insert(line + " " + code[:-3] + "AAA")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    assert panel.verdict.property("kind") == "not_genuine"
    not_a_pdf = tmp_path / "x.pdf"
    not_a_pdf.write_bytes(b"%PDF-1.4 broken")
    panel.check_file(not_a_pdf)
    assert panel.verdict.property("kind") == "not_genuine" and str(not_a_pdf) in panel.details.text()
