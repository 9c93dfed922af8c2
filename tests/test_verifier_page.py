"""The verifier page in a real headless Chromium: genuine, altered, revoked, unknown issuer, by Web Crypto and
by the bundled implementation; self-contained."""
from __future__ import annotations

import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom import certificates as certs
from classroom.signing import CertificateRecord, encode_readable, encode_record
from classroom.verifier import export_verifier
from models import LOCAL_TZ, Certificate
from models.db import Database
from tests import chromium as browser

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=LOCAL_TZ)
pytestmark = pytest.mark.skipif(browser.chromium() is None, reason=browser.MISSING)


@pytest.fixture
def page_and_texts(demo_db: Database, tmp_path: Path) -> tuple[Path, dict[str, str]]:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    with demo_db.transaction() as s:
        first, second = s.scalars(select(Certificate).order_by(Certificate.serial).limit(2)).all()
        certs.revoke(s, second.serial, "cấp nhầm", actor="x")
        record = certs.verify(s, first.qr_text).record
        from classroom.keys import signing_key
        old_format = encode_record(record, signing_key(s))
        page = export_verifier(s, tmp_path / "kiem-tra-chung-nhan.html", NOW).path
    line, code = first.qr_text.split("\n")
    stranger = encode_readable(CertificateRecord("26734-2026-000001", "Trần Văn Lạ", 1970, "Khóa lạ", NOW.date(),
                                                 "26734", "Xã Khác"), Ed25519PrivateKey.generate())
    return page, {"genuine": first.qr_text, "altered": line.replace(record.holder_name, record.holder_name + " Anh") + "\n" + code,
                  "bad_line": line.replace("(sinh ", "(sinh 1") + "\n" + code,
                  "revoked": second.qr_text, "unknown": stranger, "old_format": old_format,
                  "garbage": "xin chào", "serial": first.serial, "holder": record.holder_name}


def test_the_page_is_self_contained(page_and_texts: tuple[Path, dict[str, str]]) -> None:
    page, _ = page_and_texts
    html = page.read_text("utf-8")
    assert "default-src 'none'" in html
    assert not re.search(r"<(script|img|link|iframe|video|audio|source)[^>]*\s(src|href)\s*=", html, re.I)
    assert "fetch(" not in html and "XMLHttpRequest" not in html and "import(" not in html


@pytest.mark.parametrize("engine", [None, "js"])
def test_answers_in_chromium(page_and_texts: tuple[Path, dict[str, str]], engine: str | None) -> None:
    page, texts = page_and_texts
    expected = {"genuine": "genuine", "altered": "not_genuine", "revoked": "revoked", "unknown": "unknown_issuer",
                "old_format": "genuine", "garbage": "not_genuine", "bad_line": "not_genuine"}
    for name, status in expected.items():
        dom = browser.dump_dom(page, texts[name], engine)
        attributes = browser.body(dom)
        assert attributes["data-status"] == status, (name, engine)
        assert attributes["data-engine"] == (engine or "webcrypto"), name
    dom = browser.dump_dom(page, texts["genuine"], engine)
    assert "THẬT" in dom and texts["holder"] in dom and texts["serial"] in dom
    dom = browser.dump_dom(page, texts["revoked"], engine)
    assert "ĐÃ THU HỒI" in dom
    dom = browser.dump_dom(page, texts["unknown"], engine)
    assert "KHÔNG RÕ NƠI CẤP" in dom and "Trần Văn Lạ" not in dom  # an unknown issuer's claims are not shown


def test_without_a_text_it_waits(page_and_texts: tuple[Path, dict[str, str]]) -> None:
    page, _ = page_and_texts
    assert browser.body(browser.dump_dom(page))["data-status"] == "idle"


def test_chromium_missing_is_said_clearly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert browser.chromium() is None and "chromium" in browser.MISSING
