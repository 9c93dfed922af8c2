"""A person's data: JSON for machines, a PDF in large type for the person; the same content, whole and private."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom import attendance as att
from classroom import audit_marks
from classroom.cli import main
from classroom.data_rights import write_export
from classroom.errors import InvalidInput
from models import ClassSession, Enrollment, EnrollmentStatus, Participant
from models.db import Database


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _someone(db: Database) -> int:
    with db.transaction() as s:
        sid, cid = s.execute(select(ClassSession.id, ClassSession.class_id).order_by(ClassSession.starts_at)).first()
        pid = s.scalar(select(Enrollment.participant_id).where(Enrollment.class_id == cid,
                                                               Enrollment.status == EnrollmentStatus.ENROLLED))
        att.mark(s, sid, pid, "excused", actor="Nguyễn Thị Lan", reason="Ốm")
        audit_marks.close_sitting(s, session_id=sid)
        return pid


def test_pdf_says_what_the_json_says(demo_db: Database, tmp_path: Path, poppler: None) -> None:
    pid = _someone(demo_db)
    with demo_db.transaction() as s:
        data = write_export(s, pid, tmp_path / "du-lieu.json", actor="Lan")
        write_export(s, pid, tmp_path / "du-lieu.pdf", actor="Lan")
    for out in (tmp_path / "du-lieu.json", tmp_path / "du-lieu.pdf"):
        assert out.stat().st_mode & 0o777 == 0o600
    assert json.loads((tmp_path / "du-lieu.json").read_text(encoding="utf-8"))["person"]["id"] == pid
    text = " ".join(text_of(tmp_path / "du-lieu.pdf").split())
    person = data["person"]
    for words in ("DỮ LIỆU CÁ NHÂN", person["full_name"], "Thông tin cá nhân", "Các lớp đã ghi danh", "Điểm danh",
                  "Kết quả đánh giá", "Giấy chứng nhận", "Nhật ký", "Vắng có phép", "(Ốm)",
                  "Trang 1/", "Luật Bảo vệ dữ liệu cá nhân"):
        assert words in text, words
    if person["national_id"]:
        assert person["national_id"] in text  # the person's own paper: their ID is theirs to see
    for e in data["enrollments"]:
        assert e["class_code"] in text
    for c in data["certificates"]:
        assert c["serial"] in text
    for m in data["attendance"]:  # every mark, by its session's day
        day = m["session_starts_at"][:10].split("-")
        assert f"{day[2]}/{day[1]}/{day[0]}" in text
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(tmp_path / "du-lieu.pdf"),
                    str(tmp_path / "p")], check=True)
    marks = [e for e in data["audit"] if e["action"] == "mark"]  # the sitting's row, their own part only
    assert marks and marks[0]["actor"] == "Nguyễn Thị Lan" and marks[0]["details"]["status"] == "excused"
    assert "participants" not in marks[0]["details"] and "Điểm danh lớp" in text


def test_bad_requests_make_nothing(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        with pytest.raises(InvalidInput) as wrong:
            write_export(s, 1, tmp_path / "x.docx")
    assert wrong.value.problems[0].code == "person_export_format" and not (tmp_path / "x.docx").exists()


def test_export_person_command(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               poppler: None) -> None:
    url = demo_db.url.render_as_string(hide_password=False)
    with demo_db.sessions() as s:
        name = s.get(Participant, 5).full_name  # type: ignore[union-attr]
    out = tmp_path / "nguoi.pdf"
    assert main(["--db", url, "export", "person", "5", "--out", str(out)]) == 0
    assert name in capsys.readouterr().out and name in text_of(out)
    assert main(["--db", url, "export", "person", "5", "--out", str(tmp_path / "nguoi.json")]) == 0
    capsys.readouterr()
    assert main(["--db", url, "export", "person", "99999", "--out", str(tmp_path / "khong.pdf")]) == 2
    assert "99999" in capsys.readouterr().err and not (tmp_path / "khong.pdf").exists()
    assert main(["--db", url, "--lang", "en", "export", "person", "5", "--out", str(tmp_path / "a.txt")]) == 2
    assert ".json or .pdf" in capsys.readouterr().err


def test_person_dialog_prints_the_data_for_the_person(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                      monkeypatch, vietnamese: None) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

    from ui.ops import Ops
    from ui.registry.person_dialog import PersonDialog

    opened: list[str] = []
    said: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, words, *a, **k: said.append(words)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "ba-loan"), "")))
    dialog = PersonDialog(Ops(demo_db, pytest.fail, synchronous=True), 5)
    qtbot.addWidget(dialog)
    button = dialog.findChild(QPushButton, "printPerson")
    assert button is not None and button.text() == "In toàn bộ dữ liệu cho người đó (PDF)…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    out = tmp_path / "ba-loan.pdf"
    assert opened == [str(out)] and out.read_bytes().startswith(b"%PDF") and out.stat().st_mode & 0o777 == 0o600
    assert said and str(out) in said[0]
