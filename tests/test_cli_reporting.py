"""``export roster|package``, ``consolidate``: outputs, messages in both languages, exit codes."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from classroom.cli import main
from models.db import Database


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    db.close()  # the command opens the database itself
    code = main(["--db", db.url.render_as_string(hide_password=False), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_roster_xlsx_and_csv(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, demo_db, "export", "roster", "--out", str(tmp_path / "a.xlsx"),
                       "--from", "01/01/2026", "--to", "2026-12-31")
    assert code == 0 and "dòng danh sách" in out
    assert openpyxl.load_workbook(tmp_path / "a.xlsx").sheetnames == ["Danh sách", "Tổng hợp"]
    code, out, _ = run(capsys, demo_db, "--lang", "en", "export", "roster", "--out", str(tmp_path / "a.csv"),
                       "--class", "1")
    assert code == 0 and "Exported" in out and (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize("args, words", [
    (["--out", "x.txt"], "phải có đuôi .xlsx hoặc .csv"),
    (["--out", "x.xlsx", "--from", "2040-01-01"], "Không có lớp nào"),
    (["--out", "x.xlsx", "--from", "31/02/2026"], "không hợp lệ"),
    (["--out", "x.xlsx", "--from", "2026-05-01", "--to", "2026-01-01"], "trước ngày bắt đầu"),
    (["--out", "x.xlsx", "--class", "999"], "Không có lớp mã số 999"),
])
def test_export_roster_refusals(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                args: list[str], words: str) -> None:
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    code, out, err = run(capsys, demo_db, "export", "roster", *args)
    assert code == 2 and words in err and err.count("\n") == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("x")]


def test_package_then_consolidate(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = tmp_path / "goi.zip"
    code, out, _ = run(capsys, demo_db, "export", "package", "--out", str(package), "--from", "2026-01-01",
                       "--to", "2026-12-31")
    assert code == 0 and package.exists() and "chữ ký" in out
    broken = tmp_path / "broken.zip"
    broken.write_bytes(package.read_bytes()[:300])
    out_file = tmp_path / "tong-hop.xlsx"
    code, out, err = run(capsys, demo_db, "consolidate", str(package), str(broken), "--out", str(out_file))
    assert code == 3 and "Đã tổng hợp 1 gói" in out and "broken.zip" in err and "bị cắt cụt" in err
    assert out_file.exists()
    code, out, err = run(capsys, demo_db, "--lang", "en", "consolidate", str(package), str(package),
                         "--out", str(out_file))
    assert code == 3 and "already sent the same period" in err
    code, _, err = run(capsys, demo_db, "--lang", "en", "consolidate", str(broken), "--out", str(tmp_path / "n.xlsx"))
    assert code == 2 and "No valid package" in err and not (tmp_path / "n.xlsx").exists()
