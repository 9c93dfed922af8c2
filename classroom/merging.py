"""Possible duplicates in the registry, and merging two records of one person.

Same folded name and the same birth date or phone is *possibly* one person (two IDs that
differ are two people). A pair the officer says are different people is remembered (in
the settings, as ``registry.not_duplicates``) and not shown again. Merging keeps one
record, fills its gaps from the other, and moves the other's enrollments, attendance,
assessments and certificates onto it; where both have one for the same class or session
the better one stays. The other record is then deleted, or, if it keeps a certificate of
a class the kept record also holds one for, that certificate is revoked and the record's
identity erased (certificates are never deleted: their serials have no gaps).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    AssessmentResult, AttendanceMark, Certificate, Enrollment, Participant, Setting, VneidConfirmation, now_local,
)

from . import audit
from .errors import NotFound, Refused
from .importing.matching import Known, similar
from .participants import birth_iso

NOT_DUPLICATES = "registry.not_duplicates"
_ENROLL_RANK = {"enrolled": 3, "waiting": 2, "withdrawn": 1}
_MARK_RANK = {"present": 4, "late": 3, "excused": 2, "absent": 1}


@dataclass(frozen=True)
class PersonSummary:
    id: int
    full_name: str
    birth: str
    gender: str | None
    national_id: str | None
    phone: str | None
    village: str
    target_group: str
    enrollments: int
    certificates: int


@dataclass(frozen=True)
class DuplicatePair:
    first: PersonSummary
    second: PersonSummary
    reasons: tuple[str, ...]  # "birth", "phone"


@dataclass
class MergeResult:
    keep_id: int
    other_id: int
    moved: dict[str, int] = field(default_factory=dict)  # enrollments, attendance, assessments, certificates
    merged: dict[str, int] = field(default_factory=dict)  # the same class/session in both: one kept
    filled: list[str] = field(default_factory=list)  # fields the kept record took from the other
    revoked: list[str] = field(default_factory=list)  # serials of the other's certificates revoked
    other_deleted: bool = True


def _dismissed(session: Session) -> set[tuple[int, int]]:
    raw = session.get(Setting, NOT_DUPLICATES)
    try:
        return {(int(a), int(b)) for a, b in json.loads(raw.value)} if raw and raw.value else set()
    except (ValueError, TypeError):
        return set()


def dismiss_duplicate(session: Session, a: int, b: int, *, actor: str = "") -> None:
    """Remember that ``a`` and ``b`` are different people."""
    pairs = _dismissed(session) | {(min(a, b), max(a, b))}
    setting = session.get(Setting, NOT_DUPLICATES) or Setting(key=NOT_DUPLICATES)
    setting.value = json.dumps(sorted(pairs))
    session.add(setting)
    audit.record(session, actor, "not_duplicates", "participant", min(a, b), other_id=max(a, b))


def summaries(session: Session, ids: list[int]) -> dict[int, PersonSummary]:
    from models import Village
    p = Participant
    enrolled = dict(session.execute(select(Enrollment.participant_id, func.count()).where(
        Enrollment.participant_id.in_(ids)).group_by(Enrollment.participant_id)).all())
    certified = dict(session.execute(select(Certificate.participant_id, func.count()).where(
        Certificate.participant_id.in_(ids)).group_by(Certificate.participant_id)).all())
    rows = session.execute(select(p.id, p.full_name, p.birth_year, p.birth_month, p.birth_day, p.gender,
                                  p.national_id, p.phone, func.coalesce(Village.name, ""), p.target_group)
                           .outerjoin(Village, Village.id == p.village_id).where(p.id.in_(ids)))
    return {r[0]: PersonSummary(r[0], r[1], birth_iso(r[2], r[3], r[4]), r[5], r[6], r[7], r[8], r[9],
                                enrolled.get(r[0], 0), certified.get(r[0], 0)) for r in rows}


def find_possible_duplicates(session: Session) -> list[DuplicatePair]:
    """Pairs of registered people that may be one person, by name order of the first."""
    p = Participant
    names = select(p.name_folded).where(p.erased_at.is_(None)).group_by(p.name_folded).having(func.count() > 1)
    people = session.execute(select(p.id, p.full_name, p.name_folded, p.birth_year, p.birth_month, p.birth_day,
                                    p.national_id, p.phone, p.sort_key)
                             .where(p.erased_at.is_(None), p.name_folded.in_(names)).order_by(p.sort_key, p.id)).all()
    groups: dict[str, list[Known]] = {}
    for r in people:
        birth = (r.birth_year, r.birth_month, r.birth_day if r.birth_month else None) if r.birth_year else None
        groups.setdefault(r.name_folded, []).append(
            Known(r.id, r.full_name, r.name_folded, birth, None, r.national_id, r.phone, None, "", "", ""))
    dismissed = _dismissed(session)
    found: list[tuple[int, int, tuple[str, ...]]] = []
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                reasons = similar(a.name_folded, a.birth, a.phone, a.national_id, b)
                if reasons and (min(a.id, b.id), max(a.id, b.id)) not in dismissed:
                    found.append((a.id, b.id, reasons))
    info = summaries(session, sorted({i for a, b, _ in found for i in (a, b)}))
    return [DuplicatePair(info[a], info[b], reasons) for a, b, reasons in found]


def _move(session: Session, model: type, other_id: int, keep_id: int, key: str,
          better: object) -> tuple[int, int]:
    """Move the other's rows of ``model``; where both have one with the same ``key``, keep the better."""
    mine = {getattr(x, key): x for x in session.scalars(select(model).where(model.participant_id == keep_id))}
    moved = merged = 0
    for x in list(session.scalars(select(model).where(model.participant_id == other_id))):
        twin = mine.get(getattr(x, key))
        if twin is None:
            x.participant_id = keep_id
            moved += 1
        else:
            better(twin, x)  # type: ignore[operator]
            session.delete(x)
            merged += 1
    session.flush()
    return moved, merged


def _better_enrollment(keep: Enrollment, other: Enrollment) -> None:
    if _ENROLL_RANK.get(other.status, 0) > _ENROLL_RANK.get(keep.status, 0):
        keep.status, keep.withdrawn_at, keep.withdraw_reason = other.status, other.withdrawn_at, other.withdraw_reason
    keep.enrolled_at = min(keep.enrolled_at, other.enrolled_at)


def _better_mark(keep: AttendanceMark, other: AttendanceMark) -> None:
    if _MARK_RANK.get(other.status, 0) > _MARK_RANK.get(keep.status, 0):
        for f in ("status", "reason", "arrived_at", "marked_at", "marked_by", "source"):
            setattr(keep, f, getattr(other, f))


def _better_assessment(keep: AssessmentResult, other: AssessmentResult) -> None:
    if (other.passed, other.score or 0) > (keep.passed, keep.score or 0):
        for f in ("assessed_on", "passed", "score", "note", "assessor", "recorded_at", "recorded_by"):
            setattr(keep, f, getattr(other, f))


def _better_confirmation(keep: VneidConfirmation, other: VneidConfirmation) -> None:
    if other.confirmed_on < keep.confirmed_on:  # the first confirmation stands
        keep.confirmed_on, keep.seen_by, keep.recorded_at = other.confirmed_on, other.seen_by, other.recorded_at


def _fill_gaps(session: Session, keep: Participant, other: Participant) -> list[str]:
    filled = []
    if other.birth_year and (keep.birth_year is None or (keep.birth_year == other.birth_year and
                                                         keep.birth_day is None and other.birth_day)):
        keep.birth_year, keep.birth_month, keep.birth_day = other.birth_year, other.birth_month, other.birth_day
        filled.append("birth")
    for f in ("gender", "phone", "village_id", "occupation", "needs"):
        if not getattr(keep, f) and getattr(other, f):
            setattr(keep, f, getattr(other, f))
            filled.append(f)
    if not keep.national_id and other.national_id:
        value, other.national_id = other.national_id, None
        session.flush()  # the ID is unique: free it before the kept record takes it
        keep.national_id = value
        filled.append("national_id")
    if other.consent_at and (keep.consent_at is None or other.consent_at < keep.consent_at):
        keep.consent_at, keep.consent_purpose = other.consent_at, other.consent_purpose
        filled.append("consent_at")
    return filled


def merge_participants(session: Session, keep_id: int, other_id: int, *, actor: str = "") -> MergeResult:
    """Keep ``keep_id``; move everything of ``other_id`` onto it (see the module's text)."""
    if keep_id == other_id:
        raise Refused("merge_same_person", id=keep_id)
    keep, other = session.get(Participant, keep_id), session.get(Participant, other_id)
    for pid, p in ((keep_id, keep), (other_id, other)):
        if p is None or p.erased_at is not None:
            raise NotFound("participant", id=pid)
    assert keep is not None and other is not None
    if keep.national_id and other.national_id and keep.national_id != other.national_id:
        raise Refused("merge_different_ids", keep_id=keep_id, other_id=other_id)
    result = MergeResult(keep_id, other_id)
    result.filled = _fill_gaps(session, keep, other)
    for name, model, key, better in (("enrollments", Enrollment, "class_id", _better_enrollment),
                                     ("attendance", AttendanceMark, "session_id", _better_mark),
                                     ("assessments", AssessmentResult, "class_id", _better_assessment),
                                     ("vneid", VneidConfirmation, "class_id", _better_confirmation)):
        result.moved[name], result.merged[name] = _move(session, model, other_id, keep_id, key, better)
    mine = set(session.scalars(select(Certificate.class_id).where(Certificate.participant_id == keep_id)))
    moved = 0
    for cert in session.scalars(select(Certificate).where(Certificate.participant_id == other_id)):
        if cert.class_id in mine:
            if cert.revoked_at is None:
                cert.revoked_at, cert.revoke_reason = now_local(), f"merged #{keep_id}"
                result.revoked.append(cert.serial)
            result.other_deleted = False
        else:
            cert.participant_id = keep_id
            moved += 1
    result.moved["certificates"] = moved
    session.flush()
    if result.other_deleted:
        session.delete(other)
    else:
        from .data_rights import erase_identity
        erase_identity(other)
    session.flush()
    audit.record(session, actor, "merge", "participant", keep_id, other_id=other_id, filled=result.filled,
                 moved=result.moved, merged=result.merged, revoked=result.revoked)
    return result
