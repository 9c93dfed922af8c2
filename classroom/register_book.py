"""The certificate register book of a year, from the database to ``printouts.register``."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Certificate, Course, CourseClass, Participant, now_local
from printouts.register import RegisterData, RegisterEntry, build_register

from .errors import InvalidInput, Problem
from .paper import issuer

FIRST_YEAR, LAST_YEAR = 2000, 2100


def register_data(session: Session, year: int, printed_on: date | None = None) -> RegisterData:
    """Every certificate issued in ``year``, in register order, with what happened to it since."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidInput([Problem("register_year", "year", params={"value": year, "min": FIRST_YEAR,
                                                                     "max": LAST_YEAR})])
    stmt = (select(Certificate.register_no, Certificate.serial, Participant.full_name, Participant.birth_year,
                   Course.title, CourseClass.code, Certificate.issued_on, Certificate.revoked_at,
                   Certificate.revoke_reason, Certificate.reprints)
            .join(Participant, Participant.id == Certificate.participant_id)
            .join(CourseClass, CourseClass.id == Certificate.class_id)
            .join(Course, Course.id == CourseClass.course_id)
            .where(Certificate.issued_on >= date(year, 1, 1), Certificate.issued_on <= date(year, 12, 31))
            .order_by(Certificate.register_no, Certificate.id))
    entries = tuple(RegisterEntry(no, serial, name, born, course, code, issued,
                                  revoked.date() if revoked else None, reason or "", reprints or 0)
                    for no, serial, name, born, course, code, issued, revoked, reason, reprints in session.execute(stmt))
    return RegisterData(year, entries, printed_on or now_local().date())


def print_register(session: Session, year: int, stream: BinaryIO, *, printed_on: date | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> RegisterData:
    data = register_data(session, year, printed_on)
    build_register(issuer(session), data, stream, progress=progress, cancelled=cancelled)
    return data


def export_register(session: Session, year: int, out: Path, **kwargs: object) -> RegisterData:
    """The register book as a PDF file, written whole (a temporary file, then renamed; private)."""
    import io

    from .reporting.workbook import write_atomically

    buffer = io.BytesIO()
    data = print_register(session, year, buffer, **kwargs)  # type: ignore[arg-type]
    write_atomically(Path(out), lambda fh: fh.write(buffer.getvalue()) and None)
    return data
