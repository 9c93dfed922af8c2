"""Settings, "Keys and trust": the key's fingerprint, the trust list taken in from the window."""
from __future__ import annotations

import pytest

from classroom import trust
from models.db import Database
from tests.test_trust import commune
from ui.ops import Ops
from ui.settings.panel import SettingsPanel


def test_settings_show_the_key_fingerprint(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    ops = Ops(demo_db, pytest.fail, synchronous=True)
    panel = SettingsPanel(ops)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    with demo_db.sessions() as s:
        info = trust.own_key(s)
    assert info is not None and panel.trust.fingerprint.text() == info.fingerprint
    assert panel.tabs.tabText(2) == "Khóa ký và tin cậy"


def test_settings_without_a_key_make_none(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    panel = SettingsPanel(Ops(db, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.trust.fingerprint.text() == "chưa có khóa"
    with db.sessions() as s:
        assert trust.own_key(s) is None


def test_window_consolidation_says_taken_on_trust_and_asks_before_a_new_key(  # type: ignore[no-untyped-def]
        qtbot, db: Database, demo_file, tmp_path, monkeypatch, vietnamese: None) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.test_trust import commune, fp, package_of, pins
    from ui.reports.panel import ReportsPanel

    a = commune(demo_file, tmp_path, "a")
    impostor = commune(demo_file, tmp_path, "impostor", new_key=True)
    packs = [str(package_of(a, tmp_path / "a.zip"))]
    merged = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (packs, "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(merged), "")))
    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, _t, text, *a, **k: (asked.append(text), answers.pop(0) if answers else QMessageBox.StandardButton.Ok)[1]))
    panel = ReportsPanel(Ops(db, pytest.fail, synchronous=True), year=2026)
    qtbot.addWidget(panel)
    panel.actions.consolidate()
    dialog = panel.actions.dialog
    assert dialog is not None and not dialog.on_trust.isHidden()
    assert "Tin khi gặp lần đầu" in dialog.on_trust.text() and fp(a) in dialog.on_trust.text()
    assert dialog.communes.item(0, 7).text() == "tin khi gặp lần đầu: nay được ghim"
    dialog.close()
    packs[:] = [str(package_of(impostor, tmp_path / "forged.zip"))]
    answers.append(QMessageBox.StandardButton.No)
    panel.actions.consolidate()
    assert fp(a) in asked[0] and fp(impostor) in asked[0] and "Chấp nhận khóa mới?" in asked[0]
    assert pins(db) == [("15883", fp(a), True)]
    answers.append(QMessageBox.StandardButton.Yes)
    panel.actions.consolidate()
    assert pins(db)[-1] == ("15883", fp(impostor), True)
    assert panel.actions.dialog.communes.item(0, 7).text().startswith("khóa mới được chấp nhận")
    assert Path(merged).exists()


def test_settings_take_in_a_trust_list_confirming_the_office_first(  # type: ignore[no-untyped-def]
        qtbot, db: Database, demo_file, tmp_path, monkeypatch, capsys, vietnamese: None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.test_trust import commune, fp, listed, office_with_a, run, url

    a = office_with_a(db, demo_file, tmp_path, capsys)
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    run(capsys, "--db", url(db), "export", "trust", "--out", str(first))
    run(capsys, "--db", url(db), "export", "trust", "--out", str(second))
    b = commune(demo_file, tmp_path, "b", code="26734", new_key=True)
    asked: list[str] = []
    warned: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _p, _t, text, *a, **k: (asked.append(text), answers.pop(0))[1]))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    panel = SettingsPanel(Ops(b, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.reload()
    form = panel.trust
    assert form.office.text() == "chưa có"
    form.take(str(first))
    assert fp(db) in asked[0] and "không thay đổi gì" in form.message.text() and listed(b) == []
    form.take(str(first))
    assert form.message.text() == "Đã nhận danh sách tin cậy." and listed(b) == [("15883", fp(a))]
    assert fp(db) in form.office.text() and form.held.text() == "1 xã, 1 khóa, 0 giấy chứng nhận bị thu hồi"
    form.take(str(second))
    assert len(asked) == 2  # the office is known now: not asked again
    form.take(str(first))
    assert "không mới hơn" in form.message.text() and "không mới hơn" in warned[-1]
    truncated = tmp_path / "cut.json"
    truncated.write_bytes(second.read_bytes()[:100])
    form.take(str(truncated))
    assert "bị cắt cụt" in form.message.text() and listed(b) == [("15883", fp(a))]


def test_verify_screen_says_unknown_issuer_and_who_vouches_for_a_genuine_one(  # type: ignore[no-untyped-def]
        qtbot, db: Database, demo_file, tmp_path, capsys, vietnamese: None) -> None:
    from tests.test_trust import first_certificate, fp, office_with_a
    from ui.certificates.verify import VerifyPanel

    a = office_with_a(db, demo_file, tmp_path, capsys)
    _, text = first_certificate(a)
    empty = commune(demo_file, tmp_path, "empty", code="26734", new_key=True)
    panel = VerifyPanel(Ops(empty, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.text.setText(text)
    panel.check_text()
    assert panel.verdict.text() == "KHÔNG RÕ NƠI CẤP" and fp(a)[:14] in panel.details.text()
    office = VerifyPanel(Ops(db, pytest.fail, synchronous=True))
    qtbot.addWidget(office)
    office.text.setText(text)
    office.check_text()
    assert office.verdict.text() == "Giấy chứng nhận THẬT"
    assert "khóa đã ghim khi tổng hợp" in office.details.text() and fp(a) in office.details.text()
