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
