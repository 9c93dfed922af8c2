"""Issuing, reprinting, revoking and verifying certificates of completion.

A certificate is issued to each enrolled person who met the class's completion rule and
has none yet. Its serial comes from the commune's register inside the same transaction
as its record, so a serial is never consumed without its certificate. The QR text is a
record signed with the commune's key (``classroom.signing``): it proves the paper genuine
with no network; revocation is known to this database.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from models import Certificate, Commune, CourseClass, Enrollment, EnrollmentStatus, Participant, SessionStatus, now_local

from . import audit
from .attendance import class_results
from .commune import load_commune
from .errors import Cancelled, NotFound
from .keys import signing_key
from .register import peek_serials, reserve_serials
from .signing import CertificateRecord, encode_readable

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class IssuedCertificate:
    """What a printed certificate shows, read back from the database."""

    serial: str
    register_no: int
    participant_id: int
    holder_name: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
    gender: str | None
    village: str
    course_title: str
    class_code: str
    first_session: date | None
    last_session: date | None
    venue: str
    issued_on: date
    qr_text: str
    reprints: int
    revoked: bool


@dataclass(frozen=True)
class Verification:
    """``status``: genuine | not_genuine | revoked | unknown_issuer; ``record`` what the QR says (for an
    unknown issuer: what it claims, unchecked); ``reason`` why not."""

    status: str
    record: CertificateRecord | None
    reason: str = ""
    revoked_at: datetime | None = None
    revoke_reason: str = ""
    issuer: Issuer | None = None  # who signed it and how that key is trusted here
    issuer_words: str = ""  # "xã Đông Tiến": the issuing commune with its kind word (the QR holds the name alone)


@dataclass(frozen=True)
class IssuePlan:
    """What issuing for a class would do, told before it is done."""

    count: int  # certificates, one serial number each
    first: str  # the serials they would take ("" when none)
    last: str


def issue_plan(session: Session, class_id: int, *, issued_on: date) -> IssuePlan:
    if session.get(CourseClass, class_id) is None:
        raise NotFound("class", id=class_id)
    have = set(session.scalars(select(Certificate.participant_id).where(Certificate.class_id == class_id)))
    count = sum(1 for r in class_results(session, class_id) if r.completed and r.participant_id not in have)
    span = peek_serials(session, issued_on.year, count)
    return IssuePlan(count, *(span or ("", "")))


@dataclass(frozen=True)
class Issuer:
    """``commune``: 5-digit code; ``trusted_by``: own_key | pinned | trust_list, "" when unknown (then
    ``fingerprint`` is the part the QR's key id tells, three groups)."""

    commune: str
    fingerprint: str
    trusted_by: str
    name: str = ""


def issue_for_class(session: Session, class_id: int, *, issued_on: date, actor: str,
                    progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> list[str]:
    """Issue certificates to everyone who completed and has none; returns their serials."""
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    have = set(session.scalars(select(Certificate.participant_id).where(Certificate.class_id == class_id)))
    due = [r for r in class_results(session, class_id) if r.completed and r.participant_id not in have]
    if not due:
        return []
    commune = session.scalars(select(Commune)).first()
    key = signing_key(session)  # locked by the commune's password: refused before anything is issued
    wanted = {r.participant_id for r in due}
    people = {pid: (name, born) for pid, name, born in session.execute(  # one query for the class, not one a person
        select(Participant.id, Participant.full_name, Participant.birth_year)
        .join(Enrollment, Enrollment.participant_id == Participant.id).where(Enrollment.class_id == class_id))
        if pid in wanted}
    numbers = reserve_serials(session, issued_on.year, len(due))  # one statement for the whole class
    code, name = (commune.code, commune.name) if commune else ("", "")
    signer_name, signer_title = (commune.signer_name, commune.signer_title) if commune else ("", "")
    course_title = klass.course.title
    rows, serials = [], []
    for n, (result, (serial, seq)) in enumerate(zip(due, numbers)):
        if cancelled and cancelled():
            raise Cancelled()
        holder, born = people[result.participant_id]
        record = CertificateRecord(serial=serial, holder_name=holder, birth_year=born, course_title=course_title,
                                   issued_on=issued_on, commune_code=code, commune_name=name)
        rows.append(dict(serial=serial, register_no=seq, class_id=class_id, participant_id=result.participant_id,
                         issued_on=issued_on, signer_name=signer_name, signer_title=signer_title,
                         qr_text=encode_readable(record, key), reprints=0, created_at=now_local()))
        serials.append(serial)
        if progress:
            progress(n + 1, len(due))
    session.execute(insert(Certificate), rows)  # one executemany; the transaction keeps it all-or-nothing
    session.flush()
    if serials:  # one row per certificate (the person's own history), then the class's summary
        made = session.execute(select(Certificate.id, Certificate.serial, Certificate.participant_id)
                               .where(Certificate.serial.in_(serials)).order_by(Certificate.register_no))
        audit.record_many(session, [audit.values(actor, "issue", "certificate", cid, serial=serial,
                                                 participant_id=pid, class_code=klass.code)
                                    for cid, serial, pid in made])
        audit.record(session, actor, "issue", "certificates", class_id, count=len(serials),
                     first=serials[0], last=serials[-1])
    return serials


def pages_at_most(session: Session, class_id: int, *, reprint: bool) -> int:
    """How many certificates printing the class can make at the most (its certificates not revoked for a
    reprint, else its people enrolled who hold none of the class yet): to know before issuing whether the
    document will be long."""
    if reprint:
        stmt = select(func.count()).where(Certificate.class_id == class_id, Certificate.revoked_at.is_(None))
    else:
        held = select(Certificate.id).where(Certificate.class_id == class_id,
                                            Certificate.participant_id == Enrollment.participant_id)
        stmt = select(func.count()).where(Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED,
                                          ~held.exists())
    return session.scalar(stmt) or 0


def certificates_of(session: Session, class_id: int, serials: list[str] | None = None) -> list[IssuedCertificate]:
    """The class's certificates (or the given ones) as printed, in Vietnamese name order."""
    from models import Venue, Village

    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    held = [s.starts_at.date() for s in klass.sessions if s.status != SessionStatus.CANCELLED]
    stmt = (select(Certificate.serial, Certificate.register_no, Participant.id, Participant.full_name,
                   Participant.birth_year, Participant.birth_month, Participant.birth_day, Participant.gender,
                   Village.name, Certificate.issued_on, Certificate.qr_text, Certificate.reprints,
                   Certificate.revoked_at)  # columns, not objects: a class of a thousand is read in one go
            .join(Participant, Participant.id == Certificate.participant_id)
            .outerjoin(Village, Village.id == Participant.village_id)
            .where(Certificate.class_id == class_id).order_by(Participant.sort_key, Participant.id))
    if serials is not None:
        stmt = stmt.where(Certificate.serial.in_(serials))
    venue = session.get(Venue, klass.venue_id)
    course, first, last = klass.course.title, min(held, default=None), max(held, default=None)
    return [
        IssuedCertificate(serial, register_no, pid, name, year, month, day, gender, village or "", course, klass.code,
                          first, last, venue.name if venue else "", issued_on, qr_text, reprints, revoked is not None)
        for serial, register_no, pid, name, year, month, day, gender, village, issued_on, qr_text, reprints, revoked
        in session.execute(stmt)
    ]


def count_reprint(session: Session, class_id: int, serials: list[str], *, actor: str) -> None:
    """Reprints are counted (each printed copy says it is a copy)."""
    rows = []
    for c in session.scalars(select(Certificate).where(Certificate.class_id == class_id,
                                                       Certificate.serial.in_(serials)).order_by(Certificate.register_no)):
        c.reprints += 1
        rows.append(audit.values(actor, "reprint", "certificate", c.id, serial=c.serial,
                                 participant_id=c.participant_id, copy=c.reprints))
    audit.record_many(session, rows)


def revoke(session: Session, serial: str, reason: str, *, actor: str) -> Certificate:
    cert = session.scalar(select(Certificate).where(Certificate.serial == serial.strip()))
    if cert is None:
        raise NotFound("certificate", serial=serial)
    if cert.revoked_at is None:
        cert.revoked_at = now_local()
        cert.revoke_reason = reason.strip()
        audit.record(session, actor, "revoke", "certificate", cert.id, serial=cert.serial, reason=cert.revoke_reason,
                     participant_id=cert.participant_id)
    return cert


def verify(session: Session, text: str) -> Verification:
    """Genuine, not genuine (with the reason), revoked or unknown issuer, from a QR text (``classroom.trust``);
    ``issuer_words`` names the issuing commune with its kind word when it is this office's own."""
    from .trust import verify_text

    result = verify_text(session, text)
    record = result.record
    if record is None:
        return result
    ours = load_commune(session)
    words = ours.in_sentence if ours is not None and ours.name == record.commune_name else record.commune_name
    return replace(result, issuer_words=words)


@dataclass(frozen=True)
class ClassCertificates:
    """One class on the certificates screen: who completed, who holds which certificate."""

    class_id: int
    code: str
    title: str
    status: str
    completion_percent: int
    people: list[tuple[int, str, int, int, bool, str, bool]]  # id, name, attended, held, completed, serial, revoked
    requires_assessment: bool = False  # completing also needs a passed assessment
    in_progress: bool = False  # sessions still to come: nobody completes before the last one


def class_overview(session: Session, class_id: int) -> ClassCertificates:
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    held = {c.participant_id: (c.serial, c.revoked_at is not None)
            for c in session.scalars(select(Certificate).where(Certificate.class_id == class_id))}
    results = class_results(session, class_id)
    people = [(r.participant_id, r.full_name, r.attended, r.held, r.completed, *held.get(r.participant_id, ("", False)))
              for r in results]
    return ClassCertificates(klass.id, klass.code, klass.course.title, klass.status, klass.completion_percent, people,
                             bool(klass.requires_assessment), in_progress=any(r.in_progress for r in results))
