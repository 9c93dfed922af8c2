"""From the database to the printouts' plain data (``printouts.data``), and on to PDF.

The printouts know nothing of the database; this is where a class, a session or a set of
certificates becomes the dataclasses they draw. Printed words come from
``printouts.words``: paper speaks Vietnamese.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ClassSession, Commune, CourseClass, Enrollment, EnrollmentStatus, Participant, Village
from printouts import words
from printouts.cards import build_cards
from printouts.certificates import build_certificates
from printouts.data import (
    CardData, CertificateData, Issuer, RosterData, RosterRow, ScheduleData, ScheduleRow, SigninData, SigninRow,
)
from printouts.roster import build_roster
from printouts.schedule import build_schedule
from printouts.signin import build_signin_sheet

from .attendance import class_results
from .certificates import IssuedCertificate
from .errors import NotFound
from .keys import existing_public_key
from .signing import fingerprint, key_id, key_id_of_text
from .validation import BirthDate

Progress = Callable[[int, int], None]


def issuer(session: Session) -> Issuer:
    c = session.scalars(select(Commune).order_by(Commune.id)).first()
    if c is None:
        raise NotFound("commune")
    return Issuer(commune_name=c.name, commune_kind=words.COMMUNE_KIND.get(c.kind, "xã"),
                  province_name=c.province_name, place_name=c.place_name or c.name,
                  signer_title=c.signer_title.upper(), signer_name=c.signer_name,
                  signer_on_behalf="TM. ỦY BAN NHÂN DÂN" if c.signer_title.lower().startswith("chủ tịch") else "")


def _birth_text(year: int | None, month: int | None, day: int | None) -> str:
    return BirthDate(year, month, day).display() if year else ""


def certificate_data(issued: list[IssuedCertificate], *, copies: bool,
                     key: tuple[str, str] | None = None) -> list[CertificateData]:
    """``key``: (key id, fingerprint) of the commune's key, printed under the QRs it signed."""
    kid, printed = key or ("", "")
    return [
        CertificateData(
            serial=c.serial, register_no=f"{c.register_no:03d}/{c.issued_on.year}", holder_name=c.holder_name,
            birth=_birth_text(c.birth_year, c.birth_month, c.birth_day), village=c.village,
            course_title=c.course_title, class_code=c.class_code, first_session=c.first_session or c.issued_on,
            last_session=c.last_session or c.issued_on, venue=c.venue, result=words.PASSED, issued_on=c.issued_on,
            is_copy=copies, qr_text=c.qr_text, honorific=words.HONORIFIC.get(c.gender or "", "Ông/Bà"),
            key_fingerprint=printed if kid and key_id_of_text(c.qr_text) == kid else "")
        for c in issued
    ]


def print_certificates(session: Session, issued: list[IssuedCertificate], stream: BinaryIO, *, copies: bool = False,
                       progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> int:
    public = existing_public_key(session)
    key = (key_id(public), fingerprint(public)) if public is not None else None
    return build_certificates(issuer(session), certificate_data(issued, copies=copies, key=key), stream,
                              progress=progress, cancelled=cancelled)


def _class(session: Session, class_id: int) -> CourseClass:
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    return klass


def _enrolled(session: Session, class_id: int) -> list[tuple[Participant, str]]:
    return [(p, v or "") for p, v in session.execute(
        select(Participant, Village.name).join(Enrollment, Enrollment.participant_id == Participant.id)
        .outerjoin(Village, Village.id == Participant.village_id)
        .where(Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Participant.sort_key, Participant.id))]


def print_signin(session: Session, session_id: int, stream: BinaryIO) -> None:
    s = session.get(ClassSession, session_id)
    if s is None:
        raise NotFound("session", id=session_id)
    klass = s.course_class
    held = [x for x in klass.sessions if x.status != "cancelled"]
    number = next((i + 1 for i, x in enumerate(held) if x.id == s.id), 0)
    data = SigninData(
        class_code=klass.code, course_title=klass.course.title, starts_at=s.starts_at, ends_at=s.ends_at,
        venue=(s.venue or klass.venue).name, instructors=tuple(i.full_name for i in klass.instructors),
        rows=tuple(SigninRow(p.full_name, str(p.birth_year or ""), v) for p, v in _enrolled(session, klass.id)),
        session_label=f"Buổi {number}/{len(held)}" if number else "")
    build_signin_sheet(issuer(session), data, stream)


def print_cards(session: Session, class_id: int, stream: BinaryIO, per_page: int = 8) -> int:
    klass = _class(session, class_id)
    cards = [CardData(p.full_name, v, klass.code, p.card_code) for p, v in _enrolled(session, class_id)]
    return build_cards(issuer(session), cards, stream, per_page=per_page)


def print_roster(session: Session, class_id: int, stream: BinaryIO) -> None:
    klass = _class(session, class_id)
    results = {r.participant_id: r for r in class_results(session, class_id)}
    held = [x.starts_at.date() for x in klass.sessions if x.status != "cancelled"]
    rows = []
    for n, (p, v) in enumerate(_enrolled(session, class_id), start=1):
        r = results[p.id]
        rows.append(RosterRow(n, p.full_name, _birth_text(p.birth_year, p.birth_month, p.birth_day),
                              words.GENDER.get(p.gender or "", ""), v, r.attended, r.held,
                              words.PASSED if r.completed else words.IN_PROGRESS if r.in_progress else words.NOT_YET))
    data = RosterData(class_code=klass.code, course_title=klass.course.title, venue=klass.venue.name,
                      instructors=tuple(i.full_name for i in klass.instructors), first_session=min(held, default=None),
                      last_session=max(held, default=None), rows=tuple(rows),
                      target_group=words.TARGET_GROUP.get(klass.target_group, ""))
    build_roster(issuer(session), data, stream)


def print_schedule(session: Session, class_id: int, stream: BinaryIO) -> None:
    """The class's sessions for the notice board: cancelled ones shown as such, moved ones with their old day."""
    klass = _class(session, class_id)
    rows, number = [], 0
    for x in klass.sessions:
        cancelled = x.status == "cancelled"
        number += 0 if cancelled else 1
        note = "Đã hủy" if cancelled else (f"Dời từ {x.moved_from:%d/%m/%Y}" if x.moved_from else "")
        rows.append(ScheduleRow(0 if cancelled else number, x.starts_at, x.ends_at, (x.venue or klass.venue).name,
                                note))
    commune = session.scalars(select(Commune)).first()
    data = ScheduleData(class_code=klass.code, course_title=klass.course.title,
                        target_group=words.TARGET_GROUP.get(klass.target_group, ""), venue=klass.venue.name,
                        instructors=tuple(i.full_name for i in klass.instructors), rows=tuple(rows),
                        contact=f"Ủy ban nhân dân {words.COMMUNE_KIND.get(commune.kind, 'xã')} {commune.name}"
                        if commune else "")
    build_schedule(issuer(session), data, stream)
