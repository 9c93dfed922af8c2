"""The certificate register book: serials in order, revocations and reprints, pages numbered, the command."""
from __future__ import annotations

import io
import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom.certificates import count_reprint, revoke
from classroom.cli import main
from classroom.register_book import export_register, register_data
from models import Certificate
from models.db import Database
from printouts.data import Issuer
from printouts.register import RegisterData, RegisterEntry, build_register


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_register_lists_every_certificate_of_the_year_in_order(demo_db: Database, tmp_path: Path,
                                                                poppler: None) -> None:
    with demo_db.transaction() as s:
        certs = s.scalars(select(Certificate).order_by(Certificate.register_no)).all()
        year = certs[0].issued_on.year
        revoke(s, certs[1].serial, "Nhầm", actor="Lan")
        count_reprint(s, certs[2].class_id, [certs[2].serial], actor="Lan")
        count_reprint(s, certs[2].class_id, [certs[2].serial], actor="Lan")
        serials = [c.serial for c in certs if c.issued_on.year == year]
    out = tmp_path / "so.pdf"
    with demo_db.sessions() as s:
        data = export_register(s, year, out, printed_on=date(2026, 12, 3))
    assert [e.serial for e in data.entries] == serials
    assert out.stat().st_mode & 0o777 == 0o600
    text = text_of(out)
    flat = " ".join(text.split())
    for words in ("ỦY BAN NHÂN DÂN XÃ ĐÔNG TIẾN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỔ ĐĂNG KÝ CẤP GIẤY CHỨNG NHẬN",
                  f"Năm {year}", "Số vào sổ", "Số hiệu", "Họ và tên", "Ngày cấp", "Đông Tiến, ngày 03 tháng 12 năm 2026",
                  "TM. ỦY BAN NHÂN DÂN", "Lê Văn Thành", "(Ký, ghi rõ họ tên, đóng dấu)", "NGƯỜI LẬP SỔ",
                  "Đã thu hồi ngày", ": Nhầm", "In lại 2 bản sao",
                  f"Sổ này ghi {len(serials)} giấy chứng nhận, từ số {serials[0]} đến số {serials[-1]}; đã thu hồi 1"):
        assert words in flat, words
    found = [m for m in re.findall(r"\d{5}-\d{4}-\d{6}", text) if m in serials]
    assert found[:len(serials)] == serials  # in register order, each once in the table
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                                                             check=True).stdout)[1])
    assert f"Sổ này có {pages:02d} trang" in flat
    assert [f"Trang {n}/{pages}" in text for n in range(1, pages + 1)] == [True] * pages
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info and "841.89 x 595.276" in info  # landscape
    subprocess.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "p")], check=True)


def test_long_register_breaks_pages_with_the_header_on_each(tmp_path: Path, poppler: None) -> None:
    issuer = Issuer("Đông Sơn", "xã", "Thanh Hóa", "Đông Sơn", "CHỦ TỊCH", "Phạm Văn Đồng",
                    signer_on_behalf="TM. ỦY BAN NHÂN DÂN")
    entries = tuple(RegisterEntry(i + 1, f"38123-2026-{i + 1:06d}", f"Nguyễn Thị Hường {i}", 1950,
                                  "Nhận diện và phòng tránh lừa đảo trên mạng, một tên khóa học rất dài để xuống dòng",
                                  "38123-2026-001", date(2026, 3, 1)) for i in range(120))
    buffer = io.BytesIO()
    pages = build_register(issuer, RegisterData(2026, entries, date(2026, 12, 31)), buffer)
    out = tmp_path / "dai.pdf"
    out.write_bytes(buffer.getvalue())
    text = text_of(out)
    sheets = text.split("\f")[:pages]
    assert pages > 3 and len(sheets) == pages
    for sheet in sheets[:-1]:  # every page of the table starts with its header (the last may hold the signatures)
        assert "Số vào sổ" in sheet
    numbers = re.findall(r"38123-2026-(\d{6})", text)
    assert [int(n) for n in numbers[:120]] == list(range(1, 121))  # every row once, in order, across the pages
    assert [int(n) for n in numbers[120:]] == [1, 120]  # and the closing count: from the first to the last
    empty = io.BytesIO()
    build_register(issuer, RegisterData(2027, (), date(2027, 1, 2)), empty)
    (tmp_path / "trong.pdf").write_bytes(empty.getvalue())
    assert "Chưa cấp giấy chứng nhận nào trong năm." in text_of(tmp_path / "trong.pdf")


def test_print_register_command(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                poppler: None) -> None:
    url = demo_db.url.render_as_string(hide_password=False)
    with demo_db.sessions() as s:
        year = s.scalars(select(Certificate.issued_on)).first().year  # type: ignore[union-attr]
        expected = len(register_data(s, year).entries)
    out = tmp_path / "so-dang-ky.pdf"
    assert main(["--db", url, "print", "register", "--year", str(year), "--out", str(out)]) == 0
    assert f"({expected} giấy chứng nhận)" in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")
    bad = tmp_path / "x.pdf"
    assert main(["--db", url, "--lang", "en", "print", "register", "--year", "1800", "--out", str(bad)]) == 2
    assert "1800" in capsys.readouterr().err and not bad.exists()
    with pytest.raises(SystemExit) as usage:
        main(["--db", url, "print", "register", "--year", "năm nay", "--out", str(bad)])
    assert usage.value.code == 2 and not bad.exists()
    assert main(["--db", url, "print", "register", "--year", str(year), "--out",
                 str(tmp_path / "no-such-folder" / "x" / "y.pdf")]) in (0, 1)
