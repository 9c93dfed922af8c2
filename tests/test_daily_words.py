"""Words of daily use: the officer who gives no name is not logged under the computer's login; the
window's title says the program's name once; "UBND xã Đông Tiến" keeps its "xã"; argparse's own
words in Vietnamese."""
from __future__ import annotations

import argparse
import getpass

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog
from sqlalchemy import select

from classroom import certificates as certs
from classroom.cli import main
from models import AuditEntry, Certificate
from models.db import Database
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.safety import ask_officer_at_start
from ui.safety.officer import OfficerDialog


@pytest.fixture
def window(qtbot, demo_db: Database, vietnamese: None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(win)
    win.show()
    win.start()
    return win


def test_cancelling_the_officers_name_logs_no_computer_login(window: MainWindow, demo_db: Database,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OfficerDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    ask_officer_at_start(window)
    assert window.ops.actor == ""
    assert window.data_menu.officer_label.text() == "Người làm việc: chưa cho biết tên"  # type: ignore[attr-defined]
    window.show_screen(window.certificates)
    panel = window.certificates
    with demo_db.sessions() as s:
        cert = s.scalars(select(Certificate)).first()
    panel.classes.setCurrentIndex(panel.classes.findData(cert.class_id))
    panel.table.selectRow(next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 4).text() == cert.serial))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Cấp nhầm", True)))
    panel.revoke_button.click()
    with demo_db.sessions() as s:
        actors = set(s.scalars(select(AuditEntry.actor).where(AuditEntry.action == "revoke")))
    assert actors == {""} and getpass.getuser() not in actors


def test_the_title_names_the_commune_and_leaves_the_programs_name_to_the_system(window: MainWindow) -> None:
    # Qt shows it as "Xã Đông Tiến, Thanh Hóa — Bình dân học vụ số": the program's name once, added by the system
    assert window.windowTitle() == "Xã Đông Tiến, Thanh Hóa"
    assert "Bình dân học vụ số" not in window.windowTitle() and "Digital Education" not in window.windowTitle()


def test_the_issuer_keeps_its_kind_word(demo_db: Database, qtbot, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    from ui.certificates.verify import VerifyPanel

    with demo_db.sessions() as s:
        qr = s.scalars(select(Certificate.qr_text)).first()
        result = certs.verify(s, qr)
    assert result.status == "genuine" and result.issuer_words == "xã Đông Tiến"
    panel = VerifyPanel(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.text.setText(qr)
    panel.text.returnPressed.emit()
    assert "Ủy ban nhân dân xã Đông Tiến" in panel.details.text()


def test_argparse_speaks_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as out:
        main(["--lang", "vi", "attendance", "mark"])
    err = capsys.readouterr().err
    assert out.value.code == 2
    assert err.startswith("cách dùng: classroom attendance mark") and "thiếu tham số bắt buộc: --session" in err
    with pytest.raises(SystemExit):
        main(["attendance", "-h"])  # Vietnamese is the default
    help_text = capsys.readouterr().out
    assert "hiện hướng dẫn này rồi thoát" in help_text and "tùy chọn:" in help_text and "usage:" not in help_text
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "lst"])
    assert "lựa chọn không hợp lệ: 'lst'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "attendance", "mark"])
    err = capsys.readouterr().err
    assert err.startswith("usage: ") and "the following arguments are required" in err
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # argparse is left as it was
