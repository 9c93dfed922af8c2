"""Assessments and VNeID confirmations, per participant and class.

An *assessment* is the standard assessment of basic digital skills (Decision 757/QĐ-BKHCN):
passed or not, an optional score (0 to 100), the day and who assessed. A class set to
"attendance and a passed assessment" completes for a person once their passed result is in.
A *VNeID confirmation* records that the person confirmed the course on VNeID / the national
learning platform (binhdanhocvuso.gov.vn): the day and who saw it. The yearly target
"confirmed on VNeID" counts these.

Both are for people enrolled in the class. Every entry is checked before any is saved (one
bad row refuses them all) and audited. Today comes from the ``clock`` passed in.

Problem codes (field ``participant``, ``score`` or ``date``; params ``id``, ``value``, ``min``,
``max``, ``today``): ``assessment_not_enrolled``, ``assessment_score_range``,
``assessment_date_future``, ``assessment_date_too_old``, ``vneid_not_enrolled``,
``vneid_date_future``, ``vneid_seen_by_missing``.
"""
from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import (
    AssessmentResult, Certificate, CourseClass, Enrollment, EnrollmentStatus, Participant, VneidConfirmation, now_local,
)

from . import audit
from .attendance import class_results
from .errors import InvalidInput, NotFound, Problem
from .text import nfc

SCORE_MIN, SCORE_MAX = 0.0, 100.0
EARLIEST = date(2000, 1, 1)  # a date before this is a typing mistake
Clock = Callable[[], datetime]


@dataclass(frozen=True)
class ResultInput:
    participant_id: int
    passed: bool
    assessed_on: date
    score: float | None = None
    assessor: str = ""
    note: str = ""


@dataclass(frozen=True)
class ResultOutcome:
    """``status``: ``added``, ``changed`` or ``unchanged``. ``certificate``: the serial of a certificate of
    this class the person holds (not revoked) when a result they already had changed: the officer may
    revoke it (it stays valid until revoked)."""

    participant_id: int
    status: str
    certificate: str | None = None


@dataclass(frozen=True)
class SheetLine:
    """One enrolled person on the assessment grid."""

    participant_id: int
    full_name: str
    birth_year: int | None
    attended: int
    held: int
    passed: bool | None  # None: no result yet
    score: float | None
    assessed_on: date | None
    assessor: str
    vneid_on: date | None
    vneid_by: str
    completed: bool
    in_progress: bool
    certificate: str  # serial of a certificate not revoked, "" when none


@dataclass(frozen=True)
class Sheet:
    class_id: int
    class_code: str
    course_title: str
    requires_assessment: bool
    completion_percent: int
    lines: tuple[SheetLine, ...]


def _class(session: Session, class_id: int) -> CourseClass:
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    return klass


def _enrolled(session: Session, class_id: int, ids: Iterable[int]) -> set[int]:
    return set(session.scalars(select(Enrollment.participant_id).where(
        Enrollment.class_id == class_id, Enrollment.participant_id.in_(list(ids)),
        Enrollment.status == EnrollmentStatus.ENROLLED)))


def check_score(score: float | None) -> bool:
    return score is None or (isinstance(score, (int, float)) and not isinstance(score, bool)
                             and not math.isnan(score) and SCORE_MIN <= score <= SCORE_MAX)


def check_results(session: Session, class_id: int, entries: Sequence[ResultInput], today: date) -> list[Problem]:
    """Every problem of the entries (none saved): not enrolled, score out of range, date in the future."""
    enrolled = _enrolled(session, class_id, (e.participant_id for e in entries))
    problems: list[Problem] = []
    for e in entries:
        if e.participant_id not in enrolled:
            problems.append(Problem("assessment_not_enrolled", "participant",
                                    params={"id": e.participant_id, "class_id": class_id}))
        if not check_score(e.score):
            problems.append(Problem("assessment_score_range", "score", params={
                "id": e.participant_id, "value": e.score, "min": f"{SCORE_MIN:g}", "max": f"{SCORE_MAX:g}"}))
        if e.assessed_on > today:
            problems.append(Problem("assessment_date_future", "date", params={
                "id": e.participant_id, "value": e.assessed_on.strftime("%d/%m/%Y"), "today": today.strftime("%d/%m/%Y")}))
        elif e.assessed_on < EARLIEST:
            problems.append(Problem("assessment_date_too_old", "date", params={
                "id": e.participant_id, "value": e.assessed_on.strftime("%d/%m/%Y")}))
    return problems


def _certificates(session: Session, class_id: int, ids: Iterable[int]) -> dict[int, str]:
    return dict(session.execute(select(Certificate.participant_id, Certificate.serial).where(
        Certificate.class_id == class_id, Certificate.participant_id.in_(list(ids)),
        Certificate.revoked_at.is_(None))).all())


def record_results(session: Session, class_id: int, entries: Sequence[ResultInput], *, actor: str,
                   clock: Clock = now_local, recorded_at: datetime | None = None) -> list[ResultOutcome]:
    """Save results (one per person: a second entry for the same person replaces the first).

    Everything is checked first: any problem raises ``InvalidInput`` listing them all, nothing saved.
    ``recorded_at``: when the result was entered, if not now (a result from an instructor's file).
    """
    _class(session, class_id)
    now = clock()
    problems = check_results(session, class_id, entries, now.date())
    if problems:
        raise InvalidInput(problems)
    ids = [e.participant_id for e in entries]
    existing = {a.participant_id: a for a in session.scalars(select(AssessmentResult).where(
        AssessmentResult.class_id == class_id, AssessmentResult.participant_id.in_(ids)))}
    held = _certificates(session, class_id, ids)
    outcomes: dict[int, ResultOutcome] = {}
    for e in entries:
        values = {"passed": bool(e.passed), "score": None if e.score is None else float(e.score),
                  "assessed_on": e.assessed_on, "assessor": nfc(e.assessor).strip()[:100], "note": nfc(e.note).strip()}
        row = existing.get(e.participant_id)
        if row is not None and all(getattr(row, k) == v for k, v in values.items()):
            outcomes.setdefault(e.participant_id, ResultOutcome(e.participant_id, "unchanged"))
            continue
        status = "added" if row is None and e.participant_id not in outcomes else "changed"
        if row is None:
            row = AssessmentResult(class_id=class_id, participant_id=e.participant_id, **values)
            session.add(row)
            existing[e.participant_id] = row
        else:
            for k, v in values.items():
                setattr(row, k, v)
        row.recorded_at, row.recorded_by = recorded_at or now, actor[:100]
        outcomes[e.participant_id] = ResultOutcome(e.participant_id, status,
                                                   held.get(e.participant_id) if status == "changed" else None)
        session.flush()
        audit.record(session, actor, "assess", "assessment", row.id, participant_id=e.participant_id,
                     class_id=class_id, passed=row.passed, score=row.score, assessed_on=row.assessed_on,
                     assessor=row.assessor, change=status)
    return list(outcomes.values())


def remove_result(session: Session, class_id: int, participant_id: int, *, actor: str) -> ResultOutcome:
    """Take a result away (entered by mistake); the certificate held, if any, is named for revocation."""
    _class(session, class_id)
    row = session.scalar(select(AssessmentResult).where(AssessmentResult.class_id == class_id,
                                                        AssessmentResult.participant_id == participant_id))
    if row is None:
        return ResultOutcome(participant_id, "unchanged")
    session.delete(row)
    session.flush()
    audit.record(session, actor, "unassess", "assessment", row.id, participant_id=participant_id, class_id=class_id)
    return ResultOutcome(participant_id, "changed", _certificates(session, class_id, [participant_id]).get(participant_id))


def confirm_vneid(session: Session, class_id: int, participant_ids: Iterable[int], *, confirmed_on: date,
                  seen_by: str, actor: str, clock: Clock = now_local) -> int:
    """Record that these people confirmed the course on VNeID; how many were not confirmed before.

    People already confirmed keep their first confirmation. All checked before any is saved.
    """
    _class(session, class_id)
    ids = list(dict.fromkeys(int(i) for i in participant_ids))
    now = clock()
    seen_by = nfc(seen_by).strip()[:100]
    enrolled = _enrolled(session, class_id, ids)  # one statement for the whole class
    problems = [Problem("vneid_not_enrolled", "participant", params={"id": pid, "class_id": class_id})
                for pid in ids if pid not in enrolled]
    if confirmed_on > now.date():
        problems.append(Problem("vneid_date_future", "date", params={
            "value": confirmed_on.strftime("%d/%m/%Y"), "today": now.date().strftime("%d/%m/%Y")}))
    if not seen_by:
        problems.append(Problem("vneid_seen_by_missing", "seen_by"))
    if problems:
        raise InvalidInput(problems)
    have = set(session.scalars(select(VneidConfirmation.participant_id).where(
        VneidConfirmation.class_id == class_id, VneidConfirmation.participant_id.in_(ids))))
    new = [pid for pid in ids if pid not in have]
    for pid in new:
        session.add(VneidConfirmation(class_id=class_id, participant_id=pid, confirmed_on=confirmed_on,
                                      seen_by=seen_by, recorded_at=now))
    session.flush()
    if new:
        audit.record(session, actor, "vneid_confirm", "class", class_id, participants=new,
                     confirmed_on=confirmed_on, seen_by=seen_by)
    return len(new)


def unconfirm_vneid(session: Session, class_id: int, participant_id: int, *, actor: str) -> bool:
    """Take a confirmation away (entered by mistake); whether there was one."""
    gone = session.execute(delete(VneidConfirmation).where(VneidConfirmation.class_id == class_id,
                                                           VneidConfirmation.participant_id == participant_id))
    if gone.rowcount:  # type: ignore[attr-defined]
        audit.record(session, actor, "vneid_unconfirm", "class", class_id, participant_id=participant_id)
    return bool(gone.rowcount)  # type: ignore[attr-defined]


def class_sheet(session: Session, class_id: int) -> Sheet:
    """The grid of one class: each enrolled person's attendance, result, VNeID confirmation, completion."""
    klass = _class(session, class_id)
    results = {a.participant_id: a for a in session.scalars(
        select(AssessmentResult).where(AssessmentResult.class_id == class_id))}
    confirmed = {v.participant_id: v for v in session.scalars(
        select(VneidConfirmation).where(VneidConfirmation.class_id == class_id))}
    years = dict(session.execute(select(Participant.id, Participant.birth_year).join(
        Enrollment, Enrollment.participant_id == Participant.id).where(Enrollment.class_id == class_id)).all())
    certs = dict(session.execute(select(Certificate.participant_id, Certificate.serial).where(
        Certificate.class_id == class_id, Certificate.revoked_at.is_(None))).all())
    lines = []
    for r in class_results(session, class_id):
        a, v = results.get(r.participant_id), confirmed.get(r.participant_id)
        lines.append(SheetLine(
            r.participant_id, r.full_name, years.get(r.participant_id), r.attended, r.held,
            a.passed if a else None, a.score if a else None, a.assessed_on if a else None, a.assessor if a else "",
            v.confirmed_on if v else None, v.seen_by if v else "", r.completed, r.in_progress,
            certs.get(r.participant_id, "")))
    return Sheet(klass.id, klass.code, klass.course.title, klass.requires_assessment, klass.completion_percent,
                 tuple(lines))
