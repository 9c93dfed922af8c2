"""Guarantee: personal data stays with the commune's officer.

The database, its -wal and -shm files, every backup and every export are readable by the user
alone (even under a permissive umask); ID numbers and phones never reach a log, whatever its
level; an optional password encrypts the signing key, the instructors' files and the backups.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import stat
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from classroom import attendance as att
from classroom import certificates as certs
from classroom import keys, offline
from classroom import password as pw
from classroom.backup import automatic_backup, backup_to, check_backup, daily_backup, restore_from
from classroom.cli import main
from classroom.errors import Refused
from classroom.sealed import is_sealed
from models import AuditEntry, Certificate, CourseClass, Participant, Setting
from models.db import Database, open_database
from tests.listfiles import HEADER, PEOPLE, write_csv
from tests.test_guarantees_hostile import fingerprint

# These look at files the way the program writes them: kept on SQLite when the suite runs on a server.
pytestmark = pytest.mark.sqlite


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """As on a machine whose umask lets everyone read what is made."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def test_database_and_its_side_files_are_private(tmp_path: Path, open_umask: None) -> None:
    db = open_database(tmp_path / "data" / "xa.sqlite3")
    try:
        with db.transaction() as s:
            s.execute(text("INSERT INTO settings (key, value) VALUES ('x', 'y')"))
        with db.sessions() as s:  # a reader keeps the -wal and -shm files there
            s.execute(text("SELECT 1"))
            for suffix in ("", "-wal", "-shm"):
                assert mode(Path(f"{db.path}{suffix}")) == 0o600, suffix
    finally:
        db.close()


def test_backups_exports_and_restores_are_private(demo_db: Database, tmp_path: Path, open_umask: None) -> None:
    made = [backup_to(demo_db, tmp_path / "usb" / "xa.sqlite3"),
            automatic_backup(demo_db, tmp_path / "auto", "before-import")]
    with demo_db.transaction() as s:
        s.execute(text("INSERT INTO settings (key, value) VALUES ('backup_folder', :f)"), {"f": str(tmp_path / "daily")})
    made.append(daily_backup(demo_db))
    made.append(restore_from(demo_db, made[0], tmp_path / "safety"))
    made.append(demo_db.path)
    with demo_db.transaction() as s:
        content = offline.export_class(s, s.scalars(select(CourseClass.id)).first())
    (tmp_path / "lop.json.tmp").write_bytes(b"left by a crash")
    os.chmod(tmp_path / "lop.json.tmp", 0o644)
    offline.write_file(content, tmp_path / "lop.json")
    made.append(tmp_path / "lop.json")
    for path in made:
        assert path is not None and mode(path) == 0o600, path
    for folder in ("auto", "daily", "safety"):
        assert mode(tmp_path / folder) == 0o700, folder


def test_cli_backup_is_private(tmp_path: Path, open_umask: None, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "xa.sqlite3")
    assert main(["--db", db, "demo", "--participants", "20"]) == 0
    assert main(["--db", db, "backup", "--out", str(tmp_path / "out" / "bk.sqlite3")]) == 0
    assert mode(tmp_path / "out" / "bk.sqlite3") == 0o600 and mode(Path(db)) == 0o600


def test_ids_and_phones_never_reach_a_log(tmp_path: Path, caplog: pytest.LogCaptureFixture,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    """Everything logged at DEBUG, SQLAlchemy's statements included, while a commune is made, a list
    imported, attendance marked and certificates issued and printed: no ID number or phone in it."""
    caplog.set_level(logging.DEBUG)
    caplog.set_level(logging.DEBUG, logger="sqlalchemy")  # SQLAlchemy keeps its loggers at WARNING unless told
    db = str(tmp_path / "xa.sqlite3")
    listing = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], "utf-8")
    assert main(["--db", db, "demo", "--participants", "80"]) == 0
    with sqlite3.connect(db) as conn:
        session_id, person, card = conn.execute(
            "SELECT s.id, e.participant_id, p.card_code FROM sessions s JOIN enrollments e ON e.class_id = s.class_id "
            "JOIN participants p ON p.id = e.participant_id WHERE e.status = 'enrolled' LIMIT 1").fetchone()
    steps = [["import", "participants", str(listing)],
             ["attendance", "mark", "--session", str(session_id), "--participant", str(person), "--status", "late"],
             ["attendance", "mark", "--session", str(session_id), "--card", card, "--status", "present"],
             ["print", "certificates", "--class", "1", "--reprint", "--out", str(tmp_path / "gcn.pdf")],
             ["print", "signin", "--session", "1", "--out", str(tmp_path / "signin.pdf")],
             ["list", "participants", "--json"],
             ["import", "participants", str(listing)],  # again: all of them are known, by their IDs
             ["backup", "--out", str(tmp_path / "bk.sqlite3")], ["restore", str(tmp_path / "bk.sqlite3")]]
    for step in steps:
        assert main(["--db", db, *step]) in (0, 3), step
    capsys.readouterr()
    with sqlite3.connect(db) as conn:
        secrets = {v for row in conn.execute("SELECT national_id, phone FROM participants") for v in row if v}
        audit = " ".join(r[0] for r in conn.execute("SELECT details FROM audit_log"))
    assert len(secrets) > 100 and any(p[4] in secrets for p in PEOPLE)
    logged = "\n".join(f"{r.getMessage()} {r.exc_text or ''} {r.stack_info or ''}" for r in caplog.records)
    assert len(caplog.records) > 500  # the logging did run, SQL statements among it
    found = sorted(s for s in secrets if s in logged or s in audit)
    assert not found, found[:5]


def test_paper_carries_no_id_numbers_or_phones(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              poppler: None) -> None:
    """Sign-in sheets, QR cards, rosters, schedules and certificates: names, never ID numbers or phones."""
    import subprocess

    db = str(tmp_path / "xa.sqlite3")
    assert main(["--db", db, "demo", "--participants", "80"]) == 0
    printed = []
    for what, option in (("signin", "--session"), ("cards", "--class"), ("roster", "--class"),
                         ("schedule", "--class"), ("certificates", "--class")):
        out = tmp_path / f"{what}.pdf"
        extra = ["--reprint"] if what == "certificates" else []
        assert main(["--db", db, "print", what, option, "1", *extra, "--out", str(out)]) == 0
        printed.append(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    with sqlite3.connect(db) as conn:
        secrets = {v for row in conn.execute("SELECT national_id, phone FROM participants") for v in row if v}
        names = [r[0] for r in conn.execute("SELECT full_name FROM participants")]
    text = "\n".join(printed)
    assert any(name in text for name in names)  # the papers were read
    assert not [s for s in secrets if s in text]


def test_an_error_message_from_the_database_carries_no_values(demo_db: Database) -> None:
    """A constraint failure (the text a log or an error box would show) names no ID or phone."""
    with demo_db.sessions() as s:
        first, second = s.execute(select(Participant.id, Participant.national_id)
                                  .where(Participant.national_id.is_not(None)).limit(2)).all()
    with pytest.raises(Exception) as failed, demo_db.transaction() as s:
        s.get(Participant, second.id).national_id = first.national_id
        s.flush()
    assert first.national_id not in str(failed.value)


# -- the optional password ------------------------------------------------------------------------------

PASSWORD = "Mật khẩu xã Đông Tiến 2026"


@pytest.fixture
def protected(demo_db: Database) -> Iterator[Database]:
    """The demo commune with a password set, as the next start of the program finds it (key locked)."""
    with demo_db.transaction() as s:
        pw.set_password(s, PASSWORD, actor="Cán bộ Lan")
    keys._unlocked.clear()
    yield demo_db
    keys._unlocked.clear()


def test_the_signing_key_is_encrypted_and_signing_asks_for_the_password(protected: Database) -> None:
    with protected.transaction() as s:  # someone due a certificate again
        cert = s.scalars(select(Certificate)).first()
        class_id = cert.class_id
        s.delete(cert)
    with protected.sessions() as s:
        pem = s.get(Setting, keys.KEY_SETTING).value
        assert pem.startswith(keys.SCRYPT_BEGIN) and "PRIVATE KEY" not in pem  # scrypt, not PKCS#8 with PBKDF2
        genuine = s.scalar(select(Certificate.qr_text))
        assert certs.verify(s, genuine).status == "genuine"  # verifying needs no password
        assert keys.is_locked(s)
    with pytest.raises(Refused) as locked, protected.transaction() as s:
        certs.issue_for_class(s, class_id, issued_on=date(2026, 12, 1), actor="x")
    assert locked.value.code == "signing_key_locked"
    with protected.sessions() as s:
        with pytest.raises(Refused) as wrong:
            pw.unlock(s, "mật khẩu sai")
        assert wrong.value.code == "wrong_password" and keys.is_locked(s)
        nfd = unicodedata.normalize("NFD", PASSWORD)  # as Unikey may type it
        pw.unlock(s, nfd)
        assert not keys.is_locked(s)
    with protected.transaction() as s:
        (serial,) = certs.issue_for_class(s, class_id, issued_on=date(2026, 12, 1), actor="x")
        issued = s.scalar(select(Certificate.qr_text).where(Certificate.serial == serial))
        assert certs.verify(s, issued).status == "genuine"


def test_change_and_remove_the_password(protected: Database, tmp_path: Path) -> None:
    old_backup = backup_to(protected, tmp_path / "old.sqlite3")
    with protected.transaction() as s:
        with pytest.raises(Refused):
            pw.change_password(s, "không phải", "mật khẩu mới 2027", actor="x")
    with protected.transaction() as s:
        pw.change_password(s, PASSWORD, "mật khẩu mới 2027", actor="Cán bộ Lan")
    keys._unlocked.clear()
    with protected.sessions() as s:
        with pytest.raises(Refused):
            pw.unlock(s, PASSWORD)
        pw.unlock(s, "mật khẩu mới 2027")
    assert check_backup(old_backup, PASSWORD).participants == 150  # an older backup keeps its own password
    with protected.transaction() as s:
        with pytest.raises(Refused) as short:
            pw.change_password(s, "mật khẩu mới 2027", "ngắn", actor="x")
        assert short.value.code == "password_too_short"
        pw.remove_password(s, "mật khẩu mới 2027", actor="Cán bộ Lan")
    keys._unlocked.clear()
    with protected.sessions() as s:
        assert not pw.is_protected(s) and not keys.is_locked(s)
        actions = s.execute(select(AuditEntry.action, AuditEntry.actor).where(AuditEntry.entity == "settings")).all()
    assert [tuple(a) for a in actions] == [("set_password", "Cán bộ Lan"), ("change_password", "Cán bộ Lan"),
                                           ("remove_password", "Cán bộ Lan")]
    assert not is_sealed(backup_to(protected, tmp_path / "plain.sqlite3"))


def test_backups_are_sealed_and_open_only_with_the_password(protected: Database, tmp_path: Path) -> None:
    with protected.sessions() as s:
        name = s.scalar(select(Participant.full_name))
    made = [backup_to(protected, tmp_path / "usb" / "xa.sqlite3"),
            automatic_backup(protected, tmp_path / "auto", "before-import")]
    assert made[1] is not None and made[1].name.endswith(".sqlite3.sealed")
    assert not [p for p in (tmp_path / "auto").iterdir() if not p.name.endswith(".sealed")]  # no plain copy, ever
    for path in made:
        data = path.read_bytes()
        assert is_sealed(path) and name.encode() not in data and b"SQLite format 3" not in data
    before = fingerprint(protected)
    for password, code in ((None, "password_needed"), ("sai mật khẩu", "wrong_password")):
        with pytest.raises(Refused) as refused:
            restore_from(protected, made[0], tmp_path / "safety", password)
        assert refused.value.code == code
    assert fingerprint(protected) == before and not (tmp_path / "safety").exists()
    cut = tmp_path / "cut.sqlite3"
    cut.write_bytes(made[0].read_bytes()[:-100])
    with pytest.raises(Refused) as damaged:
        restore_from(protected, cut, tmp_path / "safety", PASSWORD)
    assert damaged.value.code == "sealed_damaged"
    assert check_backup(made[1], PASSWORD).participants == 150
    safety = restore_from(protected, made[0], tmp_path / "safety", PASSWORD)
    change = [a - b for a, b in zip(fingerprint(protected), before)]
    assert safety is not None and is_sealed(safety)
    assert sorted(change) == [0] * (len(change) - 2) + [1, 1]  # the same data, and the restore in the audit log


def test_instructor_files_are_sealed_and_written_back_sealed(protected: Database, tmp_path: Path) -> None:
    with protected.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running")).first()
        content = offline.export_class(s, klass.id)
        offline.write_file(content, tmp_path / "lop.json", pw.sealing_key(s))
    path = tmp_path / "lop.json"
    assert is_sealed(path) and content["roster"][0]["full_name"].encode() not in path.read_bytes()
    with pytest.raises(Refused) as needed:
        offline.read_file(path)
    assert needed.value.code == "password_needed" and needed.value.params["path"] == str(path)
    loaded = offline.read_file(path, PASSWORD)
    local = open_database(tmp_path / "instructor.sqlite3")  # the instructor's laptop
    with local.transaction() as s:
        offline.open_for_instructor(s, loaded)
        sid = next(x["id"] for x in loaded["sessions"] if x["status"] == "scheduled")
        att.mark(s, sid, loaded["roster"][0]["participant_id"], "present", actor="GV Lương")
        offline.save_instructor_marks(s, loaded, path)
    local.close()
    assert is_sealed(path)
    with protected.transaction() as s:
        assert offline.merge(s, offline.read_file(path, PASSWORD), actor="Cán bộ").added == 1


def test_cli_password(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "xa.sqlite3")
    assert main(["--db", db, "demo", "--participants", "40"]) == 0
    monkeypatch.setenv("CLASSROOM_NEW_PASSWORD", PASSWORD)
    assert main(["--db", db, "password", "set"]) == 0
    assert "Đã đặt mật khẩu" in capsys.readouterr().out
    keys._unlocked.clear()
    out = str(tmp_path / "gcn.pdf")
    assert main(["--db", db, "print", "certificates", "--class", "1", "--reprint", "--out", out]) == 0  # no signing
    with sqlite3.connect(db) as conn:  # someone due a certificate again
        class_id = conn.execute("SELECT class_id FROM certificates LIMIT 1").fetchone()[0]
        conn.execute("DELETE FROM certificates WHERE id = (SELECT min(id) FROM certificates)")
    capsys.readouterr()
    code, err = main(["--db", db, "print", "certificates", "--class", str(class_id), "--out", out]), capsys.readouterr().err
    assert code == 2 and "CLASSROOM_PASSWORD" in err and len(err.splitlines()) == 1
    monkeypatch.setenv("CLASSROOM_PASSWORD", PASSWORD)
    assert main(["--db", db, "print", "certificates", "--class", str(class_id), "--out", out]) == 0
    assert "Đã in 1 giấy chứng nhận" in capsys.readouterr().out
    monkeypatch.delenv("CLASSROOM_PASSWORD")
    keys._unlocked.clear()
    assert main(["--db", db, "backup", "--out", str(tmp_path / "bk.sqlite3")]) == 0
    assert is_sealed(tmp_path / "bk.sqlite3")
    capsys.readouterr()
    code, err = main(["--db", db, "restore", str(tmp_path / "bk.sqlite3")]), capsys.readouterr().err
    assert code == 2 and "bk.sqlite3" in err and "CLASSROOM_PASSWORD" in err and len(err.splitlines()) == 1
    monkeypatch.setenv("CLASSROOM_PASSWORD", "sai mật khẩu")
    assert main(["--db", db, "restore", str(tmp_path / "bk.sqlite3")]) == 2
    assert "Mật khẩu không đúng" in capsys.readouterr().err
    monkeypatch.setenv("CLASSROOM_PASSWORD", PASSWORD)
    assert main(["--db", db, "restore", str(tmp_path / "bk.sqlite3")]) == 0
    assert main(["--db", db, "attendance", "export", "--class", "1", "--out", str(tmp_path / "lop.json")]) == 0
    assert is_sealed(tmp_path / "lop.json")
    assert main(["--db", db, "attendance", "import", str(tmp_path / "lop.json")]) == 0
    monkeypatch.setenv("CLASSROOM_NEW_PASSWORD", "mật khẩu mới 2027")
    assert main(["--db", db, "password", "change"]) == 0
    monkeypatch.setenv("CLASSROOM_PASSWORD", "mật khẩu mới 2027")
    assert main(["--db", db, "password", "remove"]) == 0
    assert "Đã bỏ mật khẩu" in capsys.readouterr().out
