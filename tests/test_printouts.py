"""Printouts built into memory: the text extracted from each PDF equals the NFC text given."""
from __future__ import annotations

import dataclasses
import io
import os
import re
import subprocess
import sys
import unicodedata
from datetime import date, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from classroom.signing import CertificateRecord, decode_record, encode_record
from printouts import Cancelled
from printouts.cards import build_cards
from printouts.certificates import build_certificates
from printouts.data import CardData, CertificateData, Issuer, RosterData, RosterRow, SigninData, SigninRow
from printouts.layout import date_line
from printouts.qr import qr_version
from printouts.roster import build_roster
from printouts.signin import build_signin_sheet

pytestmark = pytest.mark.usefixtures("poppler")

NAMES = ["Nguyễn Thị Hường", "Đặng Quốc Việt", "Trương Thị Ưng", "Lê Văn Ơn"]
ISSUER = Issuer("Đông Sơn", "xã", "Thanh Hóa", "Đông Sơn", "Chủ tịch", "Phạm Văn Đồng", signer_on_behalf="TM. Ủy ban nhân dân")


def module_file(name: str) -> str:
    import importlib.util

    spec = importlib.util.find_spec(name)
    assert spec is not None and spec.origin is not None
    return spec.origin


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def pdf_text(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def page_count(data: bytes) -> int:
    out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True).stdout.decode()
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]


def page_size(data: bytes) -> tuple[float, float]:
    out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True).stdout.decode()
    m = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", out, re.M)
    assert m
    return float(m.group(1)), float(m.group(2))


def certificate(name: str, **changes: object) -> CertificateData:
    base = CertificateData(
        serial="38123-2026-000042",
        register_no="042/2026",
        holder_name=name,
        birth="05/03/1956",
        village="Thôn Đông Hòa",
        course_title="Sử dụng dịch vụ công trực tuyến",
        class_code="BDHVS-2026-03",
        first_session=date(2026, 3, 3),
        last_session=date(2026, 3, 28),
        venue="Nhà văn hóa thôn Đông Hòa",
        result="Hoàn thành",
        issued_on=date(2026, 3, 30),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_date_line_pads_days_and_months_one_and_two_only() -> None:
    assert date_line("Đông Sơn", date(2026, 3, 5)) == "Đông Sơn, ngày 05 tháng 3 năm 2026"
    assert date_line("Đông Sơn", date(2026, 2, 5)) == "Đông Sơn, ngày 05 tháng 02 năm 2026"
    assert date_line("Đông Sơn", date(2026, 1, 15)) == "Đông Sơn, ngày 15 tháng 01 năm 2026"
    assert date_line("Đông Sơn", date(2026, 11, 25)) == "Đông Sơn, ngày 25 tháng 11 năm 2026"


def test_issuer_body_in_capitals() -> None:
    assert ISSUER.upper_body == "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN"
    assert Issuer("Phú Quốc", "đặc khu", "An Giang", "Phú Quốc", "", "").upper_body == "ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC"


def test_certificates_landscape_names_and_copy_mark() -> None:
    certs = [certificate(nfd(n), is_copy=(i == 3)) for i, n in enumerate(NAMES)]  # decomposed input
    out = io.BytesIO()
    assert build_certificates(nfd_issuer(), certs, out) == 4
    data = out.getvalue()
    assert page_count(data) == 4
    width, height = page_size(data)
    assert width > height and round(width) == 842 and round(height) == 595
    text = pdf_text(data)
    for name in NAMES:
        assert name in text
    for words in ("GIẤY CHỨNG NHẬN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "ỦY BAN NHÂN DÂN XÃ ĐÔNG SƠN", "Đông Sơn, ngày 30 tháng 3 năm 2026", "Số vào sổ: 042/2026",
                  "38123-2026-000042", "Phạm Văn Đồng", "Ngày sinh: 05/03/1956", "03/03/2026"):
        assert words in text
    pages = text.split("\f")
    assert "BẢN SAO" in pages[3] and not any("BẢN SAO" in p for p in pages[:3])


def nfd_issuer() -> Issuer:
    return dataclasses.replace(ISSUER, commune_name=nfd(ISSUER.commune_name), signer_name=nfd(ISSUER.signer_name))


def test_certificates_progress_and_cancel() -> None:
    seen: list[tuple[int, int]] = []
    build_certificates(ISSUER, [certificate(n) for n in NAMES], io.BytesIO(), progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]
    asked = iter([False, False, True])
    with pytest.raises(Cancelled):
        build_certificates(ISSUER, [certificate(n) for n in NAMES], io.BytesIO(), cancelled=lambda: next(asked))


def test_certificate_qr_decodes_from_rendered_page_and_verifies(tmp_path: Path) -> None:
    import zxingcpp  # PyPI: zxing-cpp (a test dependency)
    from PIL import Image

    key = Ed25519PrivateKey.generate()
    record = CertificateRecord("38123-2026-000042", "Nguyễn Thị Hường", 1956, "Sử dụng dịch vụ công trực tuyến",
                               date(2026, 3, 30), "38123", "Đông Sơn")
    qr_text = encode_record(record, key)
    assert qr_version(qr_text) <= 10
    out = io.BytesIO()
    build_certificates(ISSUER, [certificate("Nguyễn Thị Hường", qr_text=qr_text)], out)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-", str(tmp_path / "page")], input=out.getvalue(), check=True)
    image = Image.open(next(tmp_path.glob("page*.png")))
    found = zxingcpp.read_barcodes(image)
    assert len(found) == 1
    assert found[0].text == qr_text
    got, status = decode_record(found[0].text + "\n", [key.public_key()])
    assert status == "genuine" and got == record


def test_certificates_same_data_and_time_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1774000000")  # ReportLab's clock, frozen
    people = [certificate(n) for n in NAMES]
    first, second = io.BytesIO(), io.BytesIO()
    build_certificates(ISSUER, people, first)
    build_certificates(ISSUER, people, second)
    assert first.getvalue() == second.getvalue()


def test_long_document_built_in_parts_by_processes_is_the_same_file(monkeypatch: pytest.MonkeyPatch,
                                                                      tmp_path: Path) -> None:
    """Parts made by other processes and joined: every page there, in order, QR codes readable, and the
    same bytes whether one, two or three processes made them."""
    import zxingcpp
    from PIL import Image

    from printouts import certificates as module

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1774000000")
    monkeypatch.setattr(module, "PART", 3)
    key = Ed25519PrivateKey.generate()
    people = []
    for n in range(11):
        name = f"{NAMES[n % len(NAMES)]} {n}"
        record = CertificateRecord(f"38123-2026-{n + 1:06d}", name, 1950 + n, "Sử dụng dịch vụ công trực tuyến",
                                   date(2026, 3, 30), "38123", "Đông Sơn")
        people.append(certificate(name, qr_text=encode_record(record, key), serial=record.serial))
    assert [len(r) for r in module.parts_of(11)] == [4, 4, 3]
    seen: list[tuple[int, int]] = []
    alone, two, together = io.BytesIO(), io.BytesIO(), io.BytesIO()
    assert build_certificates(ISSUER, people, alone, processes=1) == 11
    assert build_certificates(ISSUER, people, two, processes=2) == 11  # this one makes parts 1 and 3
    assert build_certificates(ISSUER, people, together, processes=3, progress=lambda d, t: seen.append((d, t))) == 11
    assert alone.getvalue() == two.getvalue() == together.getvalue()
    assert seen[-1] == (11, 11)
    data = together.getvalue()
    assert page_count(data) == 11
    text = pdf_text(data)
    assert [text.index(f"{p.holder_name}\n") < text.index(f"{q.holder_name}\n") for p, q in zip(people, people[1:])] \
        == [True] * 10
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "10", "-l", "10", "-", str(tmp_path / "page")], input=data,
                   check=True)
    found = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("page*.png"))))
    assert [f.text for f in found] == [people[9].qr_text]


def _part_or_fail(head: str, part: list[int], progress: object = None, cancelled: object = None) -> bytes:
    if head in part:  # type: ignore[operator]
        raise ValueError(f"part {part} refused")
    return repr(part).encode()


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "one-process"])
def test_helpers_send_their_parts_or_their_failure_and_are_ended_on_a_cancel(
        fork: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts come back in order; an exception in a helper is raised here; a cancel here ends the helpers
    (none left running or unwaited). The same where this process makes every part itself (no fork: Windows,
    the window's worker threads); where fork exists, both ways are tested."""
    from printouts import Cancelled, parallel
    from printouts.parallel import build_parts

    if not fork:
        monkeypatch.setattr(parallel, "can_fork", lambda: False)
    elif hasattr(os, "fork"):
        assert parallel.can_fork(), "a thread left running: the helpers would not be forked"
    parts = [[n] for n in range(7)]
    assert build_parts(_part_or_fail, None, parts, 3, None, None) == [repr([n]).encode() for n in range(7)]
    with pytest.raises(ValueError, match=r"part \[5\] refused"):  # part 5 is made by helper 2 of 3
        build_parts(_part_or_fail, 5, parts, 3, None, None)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1

    def build(head: object, part: list[int], progress: object = None, cancel: object = None) -> bytes:
        if cancel is not None and cancel():
            raise Cancelled(done=0, total=7)
        return b"x"

    with pytest.raises(Cancelled):
        build_parts(build, None, parts, 2, None, cancelled)
    if hasattr(os, "fork"):
        with pytest.raises(ChildProcessError):  # every helper was waited for (or none was forked)
            os.waitpid(-1, os.WNOHANG)


def test_no_helper_is_started_ahead_where_forking_is_not_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where forking is not safe (no fork, or threads running), nothing is started ahead and the document is
    made here: the same bytes as one process alone."""
    from printouts import parallel

    monkeypatch.setattr(parallel, "can_fork", lambda: False)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1774000000")
    people = [certificate(f"{NAMES[n % len(NAMES)]} {n}", serial=f"38123-2026-{n + 1:06d}") for n in range(5)]
    alone, here = io.BytesIO(), io.BytesIO()
    build_certificates(ISSUER, people, alone, processes=1)
    assert parallel.start_ahead("printouts.certificate_page:warm_up", 2) == 0
    assert parallel._ahead == []
    assert build_certificates(ISSUER, people, here) == 5 and here.getvalue() == alone.getvalue()


def test_helpers_started_ahead_make_the_same_file_and_the_caller_never_loads_reportlab(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Helpers forked before the document is known (as ``print certificates`` does): the same bytes as one
    process alone; used up by the document; unused ones ended; a failed warm-up is raised when the parts are
    asked for; and a process handing its pages to them has not loaded ReportLab."""
    from printouts import certificates as module
    from printouts import parallel

    if not parallel.can_fork():
        pytest.skip("no fork on this system: helpers cannot be started ahead")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1774000000")
    monkeypatch.setattr(module, "PART", 3)
    people = [certificate(f"{NAMES[n % len(NAMES)]} {n}", serial=f"38123-2026-{n + 1:06d}") for n in range(11)]
    alone, ahead = io.BytesIO(), io.BytesIO()
    build_certificates(ISSUER, people, alone, processes=1)
    seen: list[tuple[int, int]] = []
    assert parallel.start_ahead("printouts.certificate_page:warm_up", 3) == 3
    assert parallel.start_ahead("printouts.certificate_page:warm_up", 3) == 0  # some are waiting already
    assert build_certificates(ISSUER, people, ahead, progress=lambda d, t: seen.append((d, t))) == 11
    assert ahead.getvalue() == alone.getvalue() and seen[-1] == (11, 11)
    assert parallel._ahead == []
    parallel.start_ahead("printouts.certificate_page:warm_up", 2)
    parallel.stop_ahead()  # not needed after all: they leave
    parallel.start_ahead("printouts.no_such_module:warm_up", 2)
    with pytest.raises(ModuleNotFoundError):
        build_certificates(ISSUER, people, io.BytesIO())
    with pytest.raises(ChildProcessError):  # every helper was waited for
        os.waitpid(-1, os.WNOHANG)
    script = (
        "import io, sys\n"
        "from printouts import certificates, parallel\n"
        "from printouts.data import CertificateData, Issuer\n"
        "import datetime\n"
        "certificates.PART = 2\n"
        "issuer = Issuer('Đông Sơn', 'xã', 'Thanh Hóa', 'Đông Sơn', 'Chủ tịch', 'Phạm Văn Đồng')\n"
        "day = datetime.date(2026, 3, 30)\n"
        "people = [CertificateData('s%d' % n, '%d/2026' % n, 'Lê Văn Ơn', '1956', 'Thôn Đông Hòa', 'Kỹ năng số',"
        " 'K1', day, day, 'Nhà văn hóa', 'Đạt', day, False, '') for n in range(5)]\n"
        "assert parallel.start_ahead('printouts.certificate_page:warm_up', 2) == 2\n"
        "assert certificates.build_certificates(issuer, people, io.BytesIO()) == 5\n"
        "print(sorted(m for m in sys.modules if m.startswith('reportlab') or m == 'printouts.certificate_page'))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_module_that_draws_sets_reportlab_up_when_loaded() -> None:
    """ReportLab's settings (no ASCII85 around compressed streams) are made by loading printouts.fonts,
    which every module drawing with ReportLab loads; the package itself loads no ReportLab."""
    drawing = sorted(p.stem for p in Path(module_file("printouts")).parent.glob("*.py")
                     if re.search(r"^from reportlab|^import reportlab", p.read_text(encoding="utf-8"), re.M))
    assert {"certificate_page", "qr", "signin", "fonts"} <= set(drawing)
    script = ("import importlib, sys\nfrom reportlab import rl_config\n"
              "import printouts\nassert not [m for m in sys.modules if m.startswith('reportlab.pdfgen')]\n"
              "for name in sys.argv[1:]:\n    importlib.import_module('printouts.' + name)\n"
              "    assert rl_config.useA85 == 0, name\n")
    for name in drawing:  # each in a process of its own: the first module loaded must set it
        subprocess.run([sys.executable, "-c", script, name], check=True)


def test_joining_refuses_what_reportlab_did_not_write() -> None:
    from printouts.pdfjoin import join_pdfs

    one = io.BytesIO()
    build_certificates(ISSUER, [certificate("Lê Văn Ơn")], one)
    for broken in (b"not a pdf at all", one.getvalue()[:-200], one.getvalue().replace(b"2 0 obj", b"9 0 obj", 1)):
        with pytest.raises(ValueError):
            join_pdfs([one.getvalue(), broken], io.BytesIO())


def test_qr_drawing_takes_any_text_and_version(tmp_path: Path) -> None:
    """The QR is drawn from whatever text it is given: a readable Vietnamese line (bytes mode) before a long
    record makes a larger version, and it still reads back exactly."""
    import zxingcpp
    from PIL import Image

    text = "GCN Bình dân học vụ số · Nguyễn Thị Hường · 30/03/2026\n" + "BDHVS1." + "ABCDEFGHIJKLMNOP234567" * 14
    assert qr_version(text) > 10
    out = io.BytesIO()
    build_certificates(ISSUER, [certificate("Nguyễn Thị Hường", qr_text=text)], out)
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-", str(tmp_path / "page")], input=out.getvalue(), check=True)
    found = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("page*.png"))))
    assert [f.text for f in found] == [text]


def signin_data(count: int) -> SigninData:
    rows = tuple(SigninRow(f"{NAMES[i % 4]}" if i < 4 else f"{NAMES[i % 4]} {i}", str(1940 + i), "Thôn Đông Hòa") for i in range(count))
    return SigninData("BDHVS-2026-03", "Sử dụng dịch vụ công trực tuyến", datetime(2026, 3, 3, 8, 0),
                      datetime(2026, 3, 3, 10, 30), "Nhà văn hóa thôn Đông Hòa", ("Hoàng Thu Hà",), rows, "Buổi 1/8")


def test_signin_sheet_60_names_pages_and_footer() -> None:
    out = io.BytesIO()
    build_signin_sheet(ISSUER, signin_data(60), out)
    data = out.getvalue()
    pages = page_count(data)
    assert pages >= 2
    text = pdf_text(data)
    for number in range(1, pages + 1):
        assert f"Trang {number} / {pages}" in text
    for name in NAMES:
        assert name in text
    assert "Lê Văn Ơn 59" in text
    assert "DANH SÁCH KÝ TÊN THAM GIA LỚP HỌC" in text
    assert "Thứ Ba, ngày 03/03/2026, từ 08:00 đến 10:30" in text
    # the header row is repeated on every page, the signature never alone; walk-in rows 61-65 follow
    assert text.count("Họ và tên") == pages
    assert re.search(r"^65$", text, re.M)


def test_signin_sheet_prints_no_id_or_phone() -> None:
    out = io.BytesIO()
    build_signin_sheet(ISSUER, signin_data(3), out)
    assert not re.search(r"\d{9,}", pdf_text(out.getvalue()))


def test_cards_eight_and_ten_a_page() -> None:
    cards = [CardData(nfd(NAMES[i % 4]), "Thôn Đông Hòa", "BDHVS-2026-03", f"P{i:05d}") for i in range(11)]
    for per_page, pages in ((8, 2), (10, 2)):
        out = io.BytesIO()
        assert build_cards(ISSUER, cards, out, per_page=per_page) == pages
        text = pdf_text(out.getvalue())
        for name in NAMES:
            assert name in text
        assert "Lớp: BDHVS-2026-03" in text


def test_card_qr_decodes(tmp_path: Path) -> None:
    import zxingcpp
    from PIL import Image

    out = io.BytesIO()
    build_cards(ISSUER, [CardData("Trương Thị Ưng", "Thôn Đông Hòa", "BDHVS-2026-03", "BDHVS-P:000123")], out)
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-", str(tmp_path / "page")], input=out.getvalue(), check=True)
    found = zxingcpp.read_barcodes(Image.open(next(tmp_path.glob("page*.png"))))
    assert [f.text for f in found] == ["BDHVS-P:000123"]


def test_roster() -> None:
    rows = tuple(RosterRow(i + 1, NAMES[i % 4], "1956", "Nữ", "Thôn Đông Hòa", 7, 8, "Đạt") for i in range(50))
    data = RosterData("BDHVS-2026-03", "Sử dụng dịch vụ công trực tuyến", "Nhà văn hóa thôn Đông Hòa",
                      ("Hoàng Thu Hà",), date(2026, 3, 3), date(2026, 3, 28), rows, printed_on=date(2026, 3, 30))
    out = io.BytesIO()
    build_roster(ISSUER, data, out)
    pages = page_count(out.getvalue())
    assert pages >= 2
    text = pdf_text(out.getvalue())
    assert f"Trang 1 / {pages}" in text and text.count("Họ và tên") == pages
    for name in NAMES:
        assert name in text
    assert "Đông Sơn, ngày 30 tháng 3 năm 2026" in text


def test_printouts_import_no_qt() -> None:
    code = "import sys, printouts.certificates, printouts.signin, printouts.cards, printouts.roster, classroom.signing; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "False"


def test_fast_qr_matrix_equals_qrcode_package() -> None:
    """The fast path (table Reed-Solomon, integer bits, cached placement) changes no module."""
    import random

    import qrcode

    from printouts.qr import qr_matrix

    rng = random.Random(7)
    for _ in range(60):
        text = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.abđ0123456789") for _ in range(rng.randint(1, 500)))
        ec, mask = rng.choice([0, 1, 2, 3]), rng.randint(0, 7)
        code = qrcode.QRCode(error_correction=ec, border=0, mask_pattern=mask)
        code.add_data(text)
        code.make(fit=True)
        assert [[bool(m) for m in row] for row in code.modules] == qr_matrix(text, ec, mask)
