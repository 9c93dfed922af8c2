"""Certificates: issued to those who completed, once; serials without gaps; verify and revoke."""
from __future__ import annotations

import io
import subprocess
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classroom import certificates as certs
from classroom import paper
from classroom.attendance import class_results
from classroom.cli import main
from classroom.keys import signing_key
from classroom.signing import encode_readable
from models import Certificate, CourseClass
from models.db import Database, open_database


def finished(s):  # type: ignore[no-untyped-def]
    return s.scalars(select(CourseClass).where(CourseClass.status == "finished").order_by(CourseClass.id)).first()


def test_demo_certificates_are_signed_and_genuine(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        texts = s.scalars(select(Certificate.qr_text)).all()
        assert texts and all("\nBDHVS2." in t and t.startswith("Chứng nhận ") for t in texts)
        assert {certs.verify(s, t).status for t in texts} == {"genuine"}


def test_issued_only_to_those_who_completed_and_only_once(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass = finished(s)
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == klass.id))
        completed = {r.participant_id for r in class_results(s, klass.id) if r.completed}
        serials = certs.issue_for_class(s, klass.id, issued_on=date(2026, 11, 23), actor="x")
        assert len(serials) == len(completed) > 0
        owners = set(s.scalars(select(Certificate.participant_id).where(Certificate.serial.in_(serials))))
        assert owners == completed
        assert certs.issue_for_class(s, klass.id, issued_on=date(2026, 11, 23), actor="x") == []


def test_pages_at_most_bounds_what_printing_makes(demo_db: Database) -> None:
    """The bound the print command uses to start page makers: enrolled people without the class's
    certificate (those who hold one get none again), or for a reprint the certificates not revoked."""
    from models import Enrollment, EnrollmentStatus

    with demo_db.transaction() as s:
        klass = finished(s)
        s.execute(Certificate.__table__.delete().where(Certificate.class_id == klass.id))
        enrolled = s.scalar(select(func.count()).where(Enrollment.class_id == klass.id,
                                                        Enrollment.status == EnrollmentStatus.ENROLLED))
        assert certs.pages_at_most(s, klass.id, reprint=False) == enrolled
        assert certs.pages_at_most(s, klass.id, reprint=True) == 0
        serials = certs.issue_for_class(s, klass.id, issued_on=date(2026, 11, 23), actor="x")
        assert certs.pages_at_most(s, klass.id, reprint=False) == enrolled - len(serials) >= 0
        assert certs.pages_at_most(s, klass.id, reprint=True) == len(serials) > 0
        certs.revoke(s, serials[0], "Cấp nhầm", actor="x")
        assert certs.pages_at_most(s, klass.id, reprint=True) == len(serials) - 1


def test_verify_revoked_and_altered(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        cert = s.scalars(select(Certificate)).first()
        record = certs.verify(s, cert.qr_text).record
        assert record is not None and record.serial == cert.serial
        for field, value in [("holder_name", "Nguyễn Văn Giả"), ("course_title", "Khóa khác"), ("birth_year", 1901),
                             ("serial", "15883-2026-999999"), ("issued_on", date(2020, 1, 1))]:
            forged = encode_readable(replace(record, **{field: value}), signing_key(s))
            tampered = forged.split("\n")[0]  # the altered line with the genuine code and signature
            text = f"{tampered}\n{cert.qr_text.split(chr(10))[1]}"
            assert certs.verify(s, text).status == "not_genuine", field
        certs.revoke(s, cert.serial, "Cấp nhầm", actor="x")
        result = certs.verify(s, cert.qr_text)
        assert result.status == "revoked" and result.revoke_reason == "Cấp nhầm"


def test_serials_stay_without_gaps_under_concurrent_issuing(demo_file: Path, tmp_path: Path) -> None:
    import shutil
    path = tmp_path / "c.sqlite3"
    shutil.copy(demo_file, path)
    db = open_database(path)
    with db.transaction() as s:
        classes = [c.id for c in s.scalars(select(CourseClass))]
        s.execute(Certificate.__table__.delete())
        from models import CertificateRegister
        s.execute(CertificateRegister.__table__.delete())
        for c in s.scalars(select(CourseClass)):  # every class over, no attendance needed: everyone completes
            c.completion_percent = 0
            for x in c.sessions:
                x.status = "held" if x.status == "held" else "cancelled"
    db.close()
    errors: list[BaseException] = []

    def issue(class_id: int) -> None:
        mine = open_database(path)
        try:
            with mine.transaction() as s:
                certs.issue_for_class(s, class_id, issued_on=date(2026, 11, 23), actor="pc")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            mine.close()

    threads = [threading.Thread(target=issue, args=(c,)) for c in classes]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    db = open_database(path)
    with db.sessions() as s:
        numbers = sorted(int(x.rsplit("-", 1)[1]) for x in s.scalars(select(Certificate.serial)))
        total = s.scalar(select(func.count()).select_from(Certificate))
    db.close()
    assert numbers == list(range(1, total + 1)) and total > 100


def test_certificate_pdf_qr_decodes_and_verifies(demo_db: Database, tmp_path: Path, poppler: None) -> None:
    with demo_db.transaction() as s:
        klass = finished(s)
        issued = certs.certificates_of(s, klass.id)[:2]
        buffer = io.BytesIO()
        paper.print_certificates(s, issued, buffer)
    pdf = tmp_path / "gcn.pdf"
    pdf.write_bytes(buffer.getvalue())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert issued[0].holder_name in text and "GIẤY CHỨNG NHẬN" in text
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "p")], check=True)
    from classroom.qr_read import read_qr_texts
    png = next(tmp_path.glob("p*.png"))
    assert read_qr_texts(png) == [issued[0].qr_text]
    assert read_qr_texts(pdf) == [issued[0].qr_text, issued[1].qr_text]


def test_cli_print_verify_revoke(tmp_path: Path, capsys: pytest.CaptureFixture[str], poppler: None) -> None:
    db = str(tmp_path / "x.sqlite3")
    main(["--db", db, "demo", "--participants", "80"])
    capsys.readouterr()
    import json
    main(["--db", db, "list", "classes", "--json"])
    code = next(c["code"] for c in json.loads(capsys.readouterr().out) if c["id"] == 1)  # the year is the demo's
    out = tmp_path / "ban-sao.pdf"
    assert main(["--db", db, "print", "certificates", "--class", "1", "--reprint", "--out", str(out)]) == 0
    assert "BẢN SAO" in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")
    assert main(["--db", db, "verify", "--image", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"] == "genuine" and result["issuer"]["name"] == "Đông Tiến"
    assert main(["--db", db, "revoke", result["serial"], "--reason", "Cấp nhầm"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "verify", "--image", str(out)]) == 4
    assert "THU HỒI" in capsys.readouterr().out
    assert main(["--db", db, "verify", "xin chào"]) == 1
    assert main(["--db", db, "verify", "--image", str(tmp_path / "x.sqlite3")]) == 2
    for what, opt in [("signin", "--session"), ("cards", "--class"), ("roster", "--class"), ("schedule", "--class")]:
        target = tmp_path / f"{what}.pdf"
        assert main(["--db", db, "print", what, opt, "1", "--out", str(target)]) == 0
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert code in text or what == "cards"
    schedule = subprocess.run(["pdftotext", str(tmp_path / "schedule.pdf"), "-"], capture_output=True, text=True).stdout
    assert "THÔNG BÁO LỊCH HỌC" in schedule and "Thứ " in schedule and "Trang 1 / 1" in schedule
    assert main(["--db", db, "print", "roster", "--class", "999", "--out", str(tmp_path / "r.pdf")]) == 2
