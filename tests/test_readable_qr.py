"""The QR a phone reads: a Vietnamese line the signature covers exactly, then the key id and signature."""
from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from classroom import certificates as certs
from classroom.keys import signing_key
from classroom.signing import (
    CertificateRecord, canonical_text, decode_record, encode_readable, encode_record, readable_line,
)
from models import Certificate
from models.db import Database
from printouts.certificates import build_certificates
from printouts.qr import qr_version
from tests.test_printouts import ISSUER, certificate

KEY = Ed25519PrivateKey.generate()
RECORD = CertificateRecord("15883-2026-000042", "Nguyễn Thị Hường", 1956, "Sử dụng dịch vụ công trực tuyến",
                           date(2026, 11, 23), "15883", "Đông Tiến")
# the longest a real record gets: a long name and the catalogue's longest course title
LONG = CertificateRecord("15883-2026-000042", "Tôn Nữ Thị Phương Thảo Nguyên", 1948,
                         "Sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt trên VNeID",
                         date(2026, 11, 23), "15883", "Phường Đông Tiến")


def test_the_text_starts_with_a_vietnamese_line_the_signature_covers() -> None:
    text = encode_readable(RECORD, KEY)
    line, code = text.split("\n")
    assert line == ("Chứng nhận Nguyễn Thị Hường (sinh 1956) hoàn thành “Sử dụng dịch vụ công trực tuyến”, "
                    "ngày 23/11/2026 tại Đông Tiến (15883), số 15883-2026-000042") == readable_line(RECORD)
    assert code.startswith("BDHVS2.") and code.isascii() and code == code.upper()
    assert decode_record(text, [KEY.public_key()]) == (RECORD, "genuine")
    without_year = CertificateRecord(**{**RECORD.__dict__, "birth_year": None})
    assert "(sinh" not in encode_readable(without_year, KEY)
    assert decode_record(encode_readable(without_year, KEY), [KEY]).record == without_year


@pytest.mark.parametrize("variant", [
    lambda t: t.replace("\n", " "), lambda t: t.replace("\n", "\r\n") + "\r\n", lambda t: "  " + t + "\n",
    lambda t: t.split("\n")[0] + "\n" + t.split("\n")[1].lower(),
])
def test_what_scanners_and_forms_do_to_the_text_still_verifies(variant) -> None:  # type: ignore[no-untyped-def]
    assert decode_record(variant(encode_readable(RECORD, KEY)), [KEY]).status == "genuine"


@pytest.mark.parametrize("change", [
    lambda line: line.replace("Hường", "Hương"), lambda line: line.replace("1956", "1965"),
    lambda line: line.replace("23/11/2026", "23/11/2025"), lambda line: line.replace("000042", "000043"),
    lambda line: line.replace("Đông Tiến", "Đông Sơn"), lambda line: line.replace("Chứng", "CHỨNG"),
    lambda line: line + ".", lambda line: line.replace(" ", "  ", 1), lambda line: line[:-1],
])
def test_a_readable_line_that_differs_from_the_signed_one_is_refused(change) -> None:  # type: ignore[no-untyped-def]
    line, code = encode_readable(RECORD, KEY).split("\n")
    result = decode_record(f"{change(line)}\n{code}", [KEY])
    assert result.status == "not_genuine" and result.reason in ("bad_signature", "bad_payload")


def test_another_certificates_line_with_this_signature_is_refused() -> None:
    other = encode_readable(LONG, KEY).split("\n")[0]
    code = encode_readable(RECORD, KEY).split("\n")[1]
    assert decode_record(f"{other}\n{code}", [KEY]).reason == "bad_signature"
    assert decode_record(encode_readable(RECORD, Ed25519PrivateKey.generate()), [KEY]).reason == "unknown_key"


def test_a_name_that_would_read_back_otherwise_falls_back_to_the_present_format() -> None:
    odd = CertificateRecord(**{**RECORD.__dict__, "holder_name": "An (sinh 1990) hoàn thành “x”, ngày"})
    text = encode_readable(odd, KEY)
    assert text.startswith("BDHVS1.") and decode_record(text, [KEY]).record == odd


def test_certificates_in_the_present_format_keep_verifying(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        cert = s.scalars(select(Certificate)).first()
        record = certs.verify(s, cert.qr_text).record
        old = encode_record(record, signing_key(s))
        assert old.startswith("BDHVS1.")
        assert certs.verify(s, old).status == "genuine" and certs.verify(s, old).record == record
        assert certs.verify(s, old.lower()).status == "genuine"


def test_canonical_text_tells_harmless_changes_from_others() -> None:
    text = encode_readable(RECORD, KEY)
    assert canonical_text(text.replace("\n", " ")) == canonical_text(text.lower().replace(
        text.split("\n")[0].lower(), text.split("\n")[0])) == canonical_text(text)
    assert canonical_text(text.replace("Hường", "Hương")) != canonical_text(text)


@pytest.mark.parametrize("renderer", ["pdftoppm", "pypdfium2"])
def test_the_longest_readable_qr_decodes_from_a_150_dpi_render_at_todays_size(
        renderer: str, tmp_path: Path, poppler: None) -> None:
    import pypdfium2 as pdfium
    import zxingcpp
    from PIL import Image

    text = encode_readable(LONG, KEY)
    assert qr_version(text) <= 14
    out = io.BytesIO()
    build_certificates(ISSUER, [certificate(LONG.holder_name, qr_text=text)], out)
    if renderer == "pdftoppm":
        subprocess.run(["pdftoppm", "-r", "150", "-png", "-", str(tmp_path / "page")], input=out.getvalue(),
                       check=True)
        image = Image.open(next(tmp_path.glob("page*.png")))
    else:
        image = pdfium.PdfDocument(out.getvalue())[0].render(scale=150 / 72).to_pil()
    found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    assert [f.text for f in found] == [text]
    assert decode_record(found[0].text, [KEY]) == (LONG, "genuine")
