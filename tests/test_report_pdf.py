"""The PDF report for the upper level: what it says (pdftotext), its pages, and the command."""
from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from classroom.cli import main
from classroom.reporting import Period
from classroom.reporting.dashboard import dashboard
from classroom.reporting.report import export_report
from models.db import Database


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_report_says_what_the_dashboard_counts(demo_db: Database, tmp_path: Path, poppler: None) -> None:
    out = tmp_path / "bao-cao.pdf"
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    with demo_db.sessions() as s:
        export_report(s, out, period)
        d = dashboard(s, period)
    text = " ".join(text_of(out).split())
    for words in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ỦY BAN NHÂN DÂN",
                  "XÃ ĐÔNG TIẾN", "BÁO CÁO", "Từ ngày 01/01/2026 đến ngày 31/12/2026",
                  "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa", "Kết quả theo đối tượng", "Tiến độ thực hiện chỉ tiêu năm",
                  "Kết quả theo thôn, tổ dân phố", "Kết quả theo tháng", "Người cao tuổi", "Thôn Hòa Bình",
                  "Toàn xã: Số người được cấp chứng nhận", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn Thành",
                  "Trang 1 /"):
        assert words in text, words
    assert f"Số người tham gia học: {d.total.enrolled}" in text
    assert f"Số người hoàn thành: {d.total.completed}" in text
    assert f"Số buổi học đã tổ chức: {d.sessions_held}" in text
    for line in d.summary.lines:
        if line.target_group == "elderly":
            assert f"Người cao tuổi {line.figures.enrolled} {line.figures.completed} {line.figures.certified}" in text
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:" in pages and "A4" in pages
    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(out), str(png)], check=True)
    assert list(tmp_path.glob("page*.png"))


def test_report_of_an_empty_period_still_reads(demo_db: Database, tmp_path: Path, poppler: None) -> None:
    out = tmp_path / "trong.pdf"
    with demo_db.sessions() as s:
        export_report(s, out, Period(date(2031, 1, 1), date(2031, 3, 31)))
    text = " ".join(text_of(out).split())
    assert "Chưa giao chỉ tiêu cho năm này" in text and "Số người tham gia học: 0" in text


def test_export_report_command(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               poppler: None) -> None:
    out = tmp_path / "r.pdf"
    url = demo_db.url.render_as_string(hide_password=False)
    demo_db.close()
    code = main(["--db", url, "--lang", "en", "export", "report", "--from", "01/01/2026", "--to", "31/12/2026",
                 "--out", str(out)])
    assert code == 0 and "Printed the report" in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")
    code = main(["--db", url, "export", "report", "--from", "2026-12-31", "--to", "2026-01-01", "--out", str(out)])
    assert code == 2 and "trước ngày bắt đầu" in capsys.readouterr().err


def test_report_carries_its_number_place_date_and_recipient(demo_db: Database, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str], poppler: None) -> None:
    out = tmp_path / "so.pdf"
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    with demo_db.sessions() as s:
        export_report(s, out, period, number="125", recipient="Sở Khoa học và Công nghệ tỉnh Thanh Hóa",
                      on=date(2026, 12, 3))
    text = " ".join(text_of(out).split())
    assert "Số: 125/BC-UBND" in text and "Đông Tiến, ngày 03 tháng 12 năm 2026" in text
    assert "Kính gửi: Sở Khoa học và Công nghệ tỉnh Thanh Hóa" in text
    with demo_db.sessions() as s:  # no number yet: dots to fill by hand; the receiving body by default
        export_report(s, out, period, on=date(2026, 2, 5))
    text = " ".join(text_of(out).split())
    assert "Số: ………/BC-UBND" in text and "ngày 05 tháng 02 năm 2026" in text
    assert "Kính gửi: Ủy ban nhân dân tỉnh Thanh Hóa" in text
    shots = tmp_path / "look"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(shots)], check=True)
    url = demo_db.url.render_as_string(hide_password=False)
    bad = tmp_path / "bad.pdf"
    for option, value, words in (("--number", "12/BC", "Số văn bản “12/BC”"), ("--recipient", "x" * 301, "300"),
                                 ("--date", "31/02/2026", "--date")):
        assert main(["--db", url, "export", "report", "--out", str(bad), option, value]) == 2
        assert words in capsys.readouterr().err
        assert not bad.exists()  # nothing half made
    assert main(["--db", url, "export", "report", "--out", str(out), "--number", "7", "--date", "2026-12-03"]) == 0
    assert "Số: 7/BC-UBND" in text_of(out)
