"""Issuers anyone can check: fingerprints, pinning at consolidation, trust lists, verify by issuer."""
from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom import certificates as certs
from classroom import paper, trust
from classroom.cli import main
from classroom.keys import KEY_SETTING, signing_key
from classroom.signing import fingerprint, public_key_b64
from models import Certificate, CourseClass, Setting
from models.db import Database

FINGERPRINT = re.compile(r"^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$")


def url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def has_key(db: Database) -> bool:
    with db.sessions() as s:
        return s.get(Setting, KEY_SETTING) is not None


def test_fingerprint_is_four_groups_of_four_and_depends_on_the_key(db: Database) -> None:
    with db.transaction() as s:
        key = signing_key(s)
    printed = fingerprint(key)
    assert FINGERPRINT.match(printed)
    assert fingerprint(key.public_key()) == fingerprint(public_key_b64(key)) == printed
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    assert fingerprint(Ed25519PrivateKey.generate()) != printed


def test_keys_show_on_a_database_without_key_says_so_and_makes_none(db: Database,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", url(db), "keys", "show")
    assert code == 1 and "chưa có khóa ký" in err
    code, out, _ = run(capsys, "--db", url(db), "keys", "show", "--json")
    assert code == 1 and json.loads(out) == {"fingerprint": None, "public_key": None, "commune": None}
    code, out, _ = run(capsys, "--db", url(db), "verify", "BDHVS1.AAAA.BBBB", "--json")
    assert code == 1 and json.loads(out)["status"] == "not_genuine"
    assert not has_key(db)


def test_keys_show_prints_fingerprint_public_key_and_commune(demo_db: Database,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.sessions() as s:
        info = trust.own_key(s)
    assert info is not None and FINGERPRINT.match(info.fingerprint)
    code, out, _ = run(capsys, "--db", url(demo_db), "keys", "show", "--json")
    assert code == 0 and json.loads(out) == {"fingerprint": info.fingerprint, "public_key": info.public_key,
                                            "commune": info.commune}
    assert len(info.commune) == 5
    code, out, _ = run(capsys, "--db", url(demo_db), "--lang", "en", "keys", "show")
    assert code == 0 and info.fingerprint in out and info.public_key in out


def test_certificate_prints_the_key_fingerprint_under_the_qr(demo_db: Database, tmp_path: Path,
                                                              poppler: None) -> None:
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).join(Certificate, Certificate.class_id == CourseClass.id)).first()
        issued = certs.certificates_of(s, klass.id)[:1]
        buffer = io.BytesIO()
        paper.print_certificates(s, issued, buffer)
        info = trust.own_key(s)
    pdf = tmp_path / "gcn.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert info is not None and f"Khóa {info.fingerprint}" in text


# --- pinning at consolidation -------------------------------------------------------------------

def commune(demo_file: Path, tmp_path: Path, name: str, *, code: str | None = None, new_key: bool = False) -> Database:
    """A commune's own database: a copy of the demo commune (15883), renamed, or with another key."""
    import shutil

    from classroom.keys import store_signing_key
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from models import Commune
    from models.db import open_database

    path = tmp_path / f"{name}.sqlite3"
    shutil.copy(demo_file, path)
    database = open_database(path)
    with database.transaction() as s:
        c = s.scalars(select(Commune)).one()
        if code is not None:
            c.code, c.name = code, name
        if new_key:
            store_signing_key(s, Ed25519PrivateKey.generate(), None)
    return database


def package_of(database: Database, out: Path) -> Path:
    from classroom.reporting.package import export_package

    with database.transaction() as s:
        export_package(s, out)
    return out


def fp(database: Database) -> str:
    with database.sessions() as s:
        info = trust.own_key(s)
    assert info is not None
    return info.fingerprint


def workbook_text(path: Path) -> str:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row
                     if v is not None)


def pins(database: Database) -> list[tuple[str, str, bool]]:
    from models import IssuerKey

    with database.sessions() as s:
        return [(k.commune_code, k.fingerprint, k.current) for k in s.scalars(
            select(IssuerKey).where(IssuerKey.origin == "pinned").order_by(IssuerKey.id))]


def test_first_package_pins_the_key_and_says_it_was_taken_on_trust(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = commune(demo_file, tmp_path, "a")
    pack = package_of(a, tmp_path / "a.zip")
    out = tmp_path / "tong-hop.xlsx"
    code, said, err = run(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(out))
    assert code == 0, err
    assert "TIN KHI GẶP LẦN ĐẦU" in said and fp(a) in said
    assert pins(db) == [("15883", fp(a), True)]
    text = workbook_text(out)
    assert "Tin khi gặp lần đầu" in text and fp(a) in text and "được tin khi gặp lần đầu" in text
    code, said, _ = run(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(out))
    assert code == 0 and "khớp khóa đã ghim" in said and "TIN KHI" not in said
    assert "Khớp khóa đã ghim" in workbook_text(out)


def test_impostor_package_for_a_pinned_commune_is_refused_with_both_fingerprints(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = commune(demo_file, tmp_path, "a")
    impostor = commune(demo_file, tmp_path, "impostor", new_key=True)
    out = tmp_path / "tong-hop.xlsx"
    assert run(capsys, "--db", url(db), "consolidate", str(package_of(a, tmp_path / "a.zip")), "--out", str(out))[0] == 0
    out.unlink()
    forged = package_of(impostor, tmp_path / "forged.zip")
    code, said, err = run(capsys, "--db", url(db), "consolidate", str(forged), "--out", str(out))
    assert code == 3 and not out.exists()
    assert "15883" in err and fp(a) in err and fp(impostor) in err and "--accept-key" in err
    assert pins(db) == [("15883", fp(a), True)]
    code, _, err = run(capsys, "--db", url(db), "consolidate", str(forged), "--out", str(out),
                       "--accept-key", "15883=AAAA-BBBB-CCCC-DDDD")
    assert code == 3 and pins(db) == [("15883", fp(a), True)]  # accepting another fingerprint accepts nothing
    assert run(capsys, "--db", url(db), "consolidate", str(forged), "--out", str(out), "--accept-key", "15883")[0] == 2
    code, said, err = run(capsys, "--db", url(db), "consolidate", str(forged), "--out", str(out),
                          "--accept-key", f"15883={fp(impostor).lower().replace('-', '')}")
    assert code == 0, err
    assert "Đã chấp nhận khóa mới" in said and out.exists()
    assert pins(db) == [("15883", fp(a), False), ("15883", fp(impostor), True)]
    assert "Khóa mới được cán bộ chấp nhận" in workbook_text(out)


def test_revocations_travel_upward_in_the_package(db: Database, demo_file: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from models import KnownRevocation

    a = commune(demo_file, tmp_path, "a")
    with a.transaction() as s:
        serial = s.scalars(select(Certificate.serial).order_by(Certificate.serial)).first()
        certs.revoke(s, serial, "cấp nhầm", actor="x")
    code, _, err = run(capsys, "--db", url(db), "consolidate", str(package_of(a, tmp_path / "a.zip")),
                       "--out", str(tmp_path / "t.xlsx"))
    assert code == 0, err
    with db.sessions() as s:
        held = [(r.commune_code, r.serial) for r in s.scalars(select(KnownRevocation))]
    assert held == [("15883", serial)]


# --- trust lists --------------------------------------------------------------------------------

def office_with_a(db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Database:
    """A receiving office (``db``) that consolidated commune A's package."""
    a = commune(demo_file, tmp_path, "a")
    code, _, err = run(capsys, "--db", url(db), "consolidate", str(package_of(a, tmp_path / "a.zip")),
                       "--out", str(tmp_path / "t.xlsx"))
    assert code == 0, err
    return a


def listed(database: Database) -> list[tuple[str, str]]:
    from models import IssuerKey

    with database.sessions() as s:
        return sorted((k.commune_code, k.fingerprint) for k in s.scalars(
            select(IssuerKey).where(IssuerKey.origin == "trust_list")))


def test_trust_list_first_needs_the_office_fingerprint_then_only_newer_lists_of_that_office(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = office_with_a(db, demo_file, tmp_path, capsys)
    b = commune(demo_file, tmp_path, "b", code="26734", new_key=True)
    first = tmp_path / "tin-cay-1.json"
    code, said, err = run(capsys, "--db", url(db), "export", "trust", "--out", str(first))
    assert code == 0, err
    office = fp(db)
    assert office in said and "1 xã" in said
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(first))
    assert code == 2 and office in err and "--office-key" in err and listed(b) == []
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(first), "--office-key", "AAAA-BBBB-CCCC-DDDD")
    assert code == 2 and "không phải khóa AAAA-BBBB-CCCC-DDDD" in err and listed(b) == []
    code, said, err = run(capsys, "--db", url(b), "import", "trust", str(first), "--office-key", office)
    assert code == 0, err
    assert office in said and listed(b) == [("15883", fp(a))]
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(first))
    assert code == 2 and "không mới hơn" in err  # the same list again is a replay
    second = tmp_path / "tin-cay-2.json"
    assert run(capsys, "--db", url(db), "export", "trust", "--out", str(second))[0] == 0
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(second))
    assert code == 0, err
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(first))
    assert code == 2 and "không mới hơn" in err and listed(b) == [("15883", fp(a))]


def test_hostile_trust_lists_are_refused_and_change_nothing(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import base64

    from classroom.trustlist import SIGNED_PREFIX
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    office_with_a(db, demo_file, tmp_path, capsys)
    b = commune(demo_file, tmp_path, "b", code="26734", new_key=True)
    good = tmp_path / "good.json"
    run(capsys, "--db", url(db), "export", "trust", "--out", str(good))
    run(capsys, "--db", url(b), "import", "trust", str(good), "--office-key", fp(db))
    before = listed(b)
    head, body = good.read_bytes().split(b"\n", 1)
    envelope = json.loads(head)
    payload = json.loads(body)

    def signed_by(key: Ed25519PrivateKey, p: dict) -> bytes:  # type: ignore[type-arg]
        from classroom.signing import public_key_b64
        p = {**p, "office": {**p["office"], "public_key": public_key_b64(key)}}
        text = json.dumps(p, ensure_ascii=False).encode()
        sig = base64.urlsafe_b64encode(key.sign(SIGNED_PREFIX + text)).decode()
        return json.dumps({**envelope, "public_key": public_key_b64(key), "signature": sig}).encode() + b"\n" + text

    newer = {**payload, "issued_at": "2099-01-01T00:00:00+07:00"}
    with db.transaction() as s:
        office_key = signing_key(s)
    impostor = Ed25519PrivateKey.generate()
    forged_payload = json.loads(json.dumps(newer))
    forged_payload["communes"][0]["keys"][0]["public_key"] = base64.urlsafe_b64encode(
        impostor.public_key().public_bytes_raw()).rstrip(b"=").decode()
    bad_key = json.loads(json.dumps(newer))
    bad_key["communes"][0]["keys"][0]["public_key"] = "bm90LWEta2V5"
    altered = head + b"\n" + body.replace(b"15883", b"15884")
    cases = {
        "truncated": (good.read_bytes()[:-40], "bị cắt cụt"),
        "empty": (b"", "bị cắt cụt"),
        "not json": (b"\x00\xff garbage", "bị cắt cụt"),
        "altered": (altered, "đã bị sửa"),
        "header only": (head + b"\n", "bị cắt cụt"),
        "re-signed by another office": (signed_by(impostor, forged_payload), "cơ quan khác ký"),
        "malformed key": (signed_by(office_key, bad_key), "khóa sai định dạng cho xã 15883"),
        "older, signed by the office": (signed_by(office_key, {**payload, "issued_at": "2020-01-01T00:00:00+07:00"}),
                                        "không mới hơn"),
    }
    for name, (data, words) in cases.items():
        target = tmp_path / f"{name}.json"
        target.write_bytes(data)
        code, _, err = run(capsys, "--db", url(b), "import", "trust", str(target))
        assert code == 2 and words in err and str(target) in err, (name, err)
        assert listed(b) == before, name
    assert run(capsys, "--db", url(b), "import", "trust", str(tmp_path / "missing.json"))[0] == 2
    huge = tmp_path / "huge.json"
    with huge.open("wb") as fh:  # sparse: refused by its size before a byte is read
        fh.truncate(65 * 1024 * 1024)
    code, _, err = run(capsys, "--db", url(b), "import", "trust", str(huge))
    assert code == 2 and "quá lớn" in err and listed(b) == before
    fine = tmp_path / "fine.json"  # the same forging kit with the office's own key and a later date is taken
    fine.write_bytes(signed_by(office_key, forged_payload))
    assert run(capsys, "--db", url(b), "import", "trust", str(fine))[0] == 0
    assert listed(b) != before


# --- verify by issuer ---------------------------------------------------------------------------

def verify_json(capsys: pytest.CaptureFixture[str], database: Database, text: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "--db", url(database), "verify", text, "--json")
    return code, json.loads(out)


def first_certificate(database: Database) -> tuple[str, str]:
    with database.sessions() as s:
        cert = s.scalars(select(Certificate).where(Certificate.revoked_at.is_(None))
                         .order_by(Certificate.serial)).first()
        return cert.serial, cert.qr_text


def test_verify_names_the_issuer_and_how_it_is_trusted(db: Database, demo_file: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    a = office_with_a(db, demo_file, tmp_path, capsys)
    serial, text = first_certificate(a)
    code, got = verify_json(capsys, a, text)
    assert code == 0 and got["status"] == "genuine"
    assert got["issuer"] == {"commune": "15883", "fingerprint": fp(a), "trusted_by": "own_key", "name": "Đông Tiến"}
    code, got = verify_json(capsys, db, text)  # the office pinned A's key
    assert code == 0 and got["issuer"]["trusted_by"] == "pinned" and got["issuer"]["fingerprint"] == fp(a)
    stranger = commune(demo_file, tmp_path, "stranger", code="26734", new_key=True)
    with stranger.transaction() as s:
        s.execute(Certificate.__table__.update().values(qr_text=""))  # it issued nothing of A's
    code, got = verify_json(capsys, stranger, text)
    assert code == 1 and got["status"] == "unknown_issuer" and got["reason"] == "unknown_key"
    assert got["issuer"]["commune"] == "15883" and got["issuer"]["trusted_by"] is None
    assert fp(a).startswith(got["issuer"]["fingerprint"]) and len(got["issuer"]["fingerprint"]) == 14
    assert got["holder"] is None
    code, said, _ = run(capsys, "--db", url(stranger), "verify", text)
    assert code == 1 and "KHÔNG RÕ NƠI CẤP" in said


def test_revocations_are_looked_up_by_issuer_and_serial(db: Database, demo_file: Path, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    a = office_with_a(db, demo_file, tmp_path, capsys)
    serial, text = first_certificate(a)
    b = commune(demo_file, tmp_path, "b", code="26734", new_key=True)
    listing = tmp_path / "list.json"
    run(capsys, "--db", url(db), "export", "trust", "--out", str(listing))
    assert run(capsys, "--db", url(b), "import", "trust", str(listing), "--office-key", fp(db))[0] == 0
    with b.transaction() as s:  # B's own register holds the same serial: B revokes its own
        certs.revoke(s, serial, "của xã B", actor="x")
    code, got = verify_json(capsys, b, text)
    assert code == 0 and got["status"] == "genuine" and got["issuer"]["trusted_by"] == "trust_list"
    with a.transaction() as s:
        certs.revoke(s, serial, "cấp nhầm", actor="x")
    assert run(capsys, "--db", url(db), "consolidate", str(package_of(a, tmp_path / "a2.zip")),
               "--out", str(tmp_path / "t2.xlsx"))[0] == 0
    code, got = verify_json(capsys, db, text)
    assert code == 4 and got["status"] == "revoked"  # the office knows from A's package
    run(capsys, "--db", url(db), "export", "trust", "--out", str(listing))
    assert run(capsys, "--db", url(b), "import", "trust", str(listing))[0] == 0
    code, got = verify_json(capsys, b, text)
    assert code == 4 and got["status"] == "revoked" and got["serial"] == serial
