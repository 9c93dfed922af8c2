"""The whole journey: communes A and B and a receiving office, each its own database.

A issues; A's package is consolidated (its key pinned, taken on trust); the office exports its trust
list; B takes it in and verifies A's certificate as genuine; A revokes one, the next package and list
carry it and B sees it revoked; an impostor's package for A's code is refused; the verifier page gives
the same answers in Chromium. Attacks: a forged certificate, a truncated, replayed or re-signed list.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from classroom import certificates as certs
from classroom.keys import signing_key
from classroom.signing import CertificateRecord, encode_readable
from models import Certificate, CourseClass
from models.db import Database
from tests import chromium as browser
from tests.test_trust import commune, fp, package_of, run, url


def verify(capsys: pytest.CaptureFixture[str], database: Database, text: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "--db", url(database), "verify", text, "--json")
    return code, json.loads(out)


def commune_b(demo_file: Path, tmp_path: Path) -> Database:
    """Commune B (26734): its own key, its own certificates issued under its own code."""
    b = commune(demo_file, tmp_path, "b", code="26734", new_key=True)
    with b.transaction() as s:
        s.execute(delete(Certificate))
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()
        assert certs.issue_for_class(s, klass.id, issued_on=date(2026, 11, 23), actor="B")
    return b


def test_two_communes_and_an_office(db: Database, demo_file: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    office = db
    a = commune(demo_file, tmp_path, "a")
    b = commune_b(demo_file, tmp_path)
    with a.transaction() as s:  # A issues
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()
        s.execute(delete(Certificate).where(Certificate.class_id == klass.id))
        issued = certs.issue_for_class(s, klass.id, issued_on=date(2026, 11, 24), actor="A")
        kept, revoked_later = (s.scalar(select(Certificate.qr_text).where(Certificate.serial == serial))
                               for serial in issued[:2])
    revoked_serial = issued[1]

    # A's package is consolidated: A's key pinned, taken on trust
    code, said, err = run(capsys, "--db", url(office), "consolidate", str(package_of(a, tmp_path / "a1.zip")),
                          "--out", str(tmp_path / "th1.xlsx"))
    assert code == 0 and "TIN KHI GẶP LẦN ĐẦU" in said, err
    # the office exports its trust list; B takes it in and checks A's certificate
    list1 = tmp_path / "tin-cay-1.json"
    assert run(capsys, "--db", url(office), "export", "trust", "--out", str(list1))[0] == 0
    assert verify(capsys, b, kept)[1]["status"] == "unknown_issuer"  # before the list: B cannot tell
    assert run(capsys, "--db", url(b), "import", "trust", str(list1), "--office-key", fp(office))[0] == 0
    code, got = verify(capsys, b, kept)
    assert code == 0 and got["status"] == "genuine"
    assert got["issuer"] == {"commune": "15883", "fingerprint": fp(a), "trusted_by": "trust_list", "name": "Đông Tiến"}
    assert verify(capsys, b, revoked_later)[0] == 0

    # A revokes; the next package and list carry it; B sees it revoked
    assert run(capsys, "--db", url(a), "revoke", revoked_serial, "--reason", "cấp nhầm người")[0] == 0
    code, said, err = run(capsys, "--db", url(office), "consolidate", str(package_of(a, tmp_path / "a2.zip")),
                          "--out", str(tmp_path / "th2.xlsx"))
    assert code == 0 and "khớp khóa đã ghim" in said, err
    list2 = tmp_path / "tin-cay-2.json"
    run(capsys, "--db", url(office), "export", "trust", "--out", str(list2))
    assert run(capsys, "--db", url(b), "import", "trust", str(list2))[0] == 0
    code, got = verify(capsys, b, revoked_later)
    assert code == 4 and got["status"] == "revoked" and got["serial"] == revoked_serial
    assert verify(capsys, b, kept)[1]["status"] == "genuine"

    # an impostor's package for A's code is refused, and nothing it signs is trusted
    impostor = commune(demo_file, tmp_path, "impostor", new_key=True)
    code, _, err = run(capsys, "--db", url(office), "consolidate", str(package_of(impostor, tmp_path / "x.zip")),
                       "--out", str(tmp_path / "th3.xlsx"))
    assert code == 3 and fp(a) in err and fp(impostor) in err
    with impostor.transaction() as s:
        record = certs.verify(s, kept).record
        forged = encode_readable(CertificateRecord(**{**record.__dict__, "holder_name": "Kẻ Giả Mạo"}), signing_key(s))
    assert verify(capsys, b, forged)[1]["status"] == "unknown_issuer"
    assert verify(capsys, office, forged)[1]["status"] == "unknown_issuer"
    line, code_part = kept.split("\n")
    altered = line.replace(record.holder_name, "Kẻ Giả Mạo") + "\n" + code_part
    code, got = verify(capsys, b, altered)
    assert code == 1 and got["status"] == "not_genuine" and got["reason"] == "bad_signature"

    # attacks on the list: replayed (older), truncated, re-signed by another office
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(list1))
    assert code == 2 and "không mới hơn" in err
    cut = tmp_path / "cut.json"
    cut.write_bytes(list2.read_bytes()[: len(list2.read_bytes()) // 2])
    assert run(capsys, "--db", url(b), "import", "trust", str(cut))[0] == 2
    resigned = tmp_path / "resigned.json"
    run(capsys, "--db", url(impostor), "export", "trust", "--out", str(resigned))
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(resigned))
    assert code == 2 and "cơ quan khác" in err
    assert verify(capsys, b, revoked_later)[1]["status"] == "revoked"  # nothing changed

    # the verifier page B publishes gives the same answers in Chromium
    if browser.chromium() is None:
        pytest.skip(browser.MISSING)
    page = tmp_path / "kiem-tra-chung-nhan.html"
    assert run(capsys, "--db", url(b), "export", "verifier", "--out", str(page))[0] == 0
    assert verify(capsys, b, _first_text(b))[1]["issuer"]["trusted_by"] == "own_key"
    for text, status in ((kept, "genuine"), (revoked_later, "revoked"), (forged, "unknown_issuer"),
                         (altered, "not_genuine"), (_first_text(b), "genuine")):
        assert browser.body(browser.dump_dom(page, text))["data-status"] == status
        assert verify(capsys, b, text)[1]["status"] == status


def _first_text(database: Database) -> str:
    with database.sessions() as s:
        return s.scalars(select(Certificate.qr_text).order_by(Certificate.serial)).first()
