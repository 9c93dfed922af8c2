"""A person's rights over their data (Law 91/2025/QH15): see and export it all, have it erased.

``export_person`` gathers everything held on one person as plain JSON-ready data;
``write_export`` writes it as JSON or, for the person to read, as a PDF in large type
(``printouts.person``, the same content), whole and private. ``erase_person`` removes the identity and
keeps what the statistics count: birth year, gender, village, target group, enrollments
and attendance stay, under an anonymous name; the certificates already issued come back
so that the officer can revoke them. Both land in the audit log.
"""
from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import (
    AssessmentResult, AttendanceMark, AuditEntry, AuditPerson, Certificate, ClassSession, Course, CourseClass, Enrollment,
    Participant, VneidConfirmation, now_local,
)

from . import audit
from .errors import InvalidInput, NotFound, Problem, Refused
from .participants import CARD_ALPHABET, CARD_TOKEN_LENGTH
from .registry import birth_of
from .text import fold, name_sort_key

EXPORT_FORMAT = "classroom.person/1"


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _class_info(session: Session) -> dict[int, tuple[str, str]]:
    return {cid: (code, title) for cid, code, title in session.execute(
        select(CourseClass.id, CourseClass.code, Course.title).join(Course, Course.id == CourseClass.course_id))}


def export_person(session: Session, participant_id: int, *, actor: str = "") -> dict[str, Any]:
    """Everything held on one person: fields, enrollments, attendance, assessments, certificates, audit."""
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound("participant", id=participant_id)
    classes = _class_info(session)
    enrollments = list(session.scalars(select(Enrollment).where(Enrollment.participant_id == p.id)
                                       .order_by(Enrollment.enrolled_at, Enrollment.id)))
    marks = session.execute(select(AttendanceMark, ClassSession.class_id, ClassSession.starts_at)
                            .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
                            .where(AttendanceMark.participant_id == p.id).order_by(ClassSession.starts_at)).all()
    assessments = session.scalars(select(AssessmentResult).where(AssessmentResult.participant_id == p.id))
    confirmations = session.scalars(select(VneidConfirmation).where(VneidConfirmation.participant_id == p.id)
                                    .order_by(VneidConfirmation.confirmed_on))
    certificates = session.scalars(select(Certificate).where(Certificate.participant_id == p.id)
                                   .order_by(Certificate.issued_on))
    enrollment_ids = [e.id for e in enrollments]
    entries = session.scalars(select(AuditEntry).where(or_(
        AuditEntry.person_id == p.id,  # the person's own rows: their record, enrolments, certificates
        AuditEntry.id.in_(select(AuditPerson.audit_id).where(AuditPerson.person_id == p.id)),  # marks
        (AuditEntry.entity == "participant") & (AuditEntry.entity_id == p.id),
        (AuditEntry.entity == "enrollment") & AuditEntry.entity_id.in_(enrollment_ids)))
        .order_by(AuditEntry.at, AuditEntry.id))
    data: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "exported_at": _iso(now_local()),
        "person": {
            "id": p.id, "full_name": p.full_name, "birth_date": birth_of(p),
            "gender": p.gender, "national_id": p.national_id, "phone": p.phone,
            "village": p.village.name if p.village else None, "target_group": p.target_group,
            "occupation": p.occupation, "needs": p.needs, "card": p.card_code, "consent_at": _iso(p.consent_at),
            "consent_purpose": p.consent_purpose, "created_at": _iso(p.created_at), "updated_at": _iso(p.updated_at),
            "erased_at": _iso(p.erased_at),
        },
        "enrollments": [{"class_code": classes[e.class_id][0], "course": classes[e.class_id][1], "status": e.status,
                         "enrolled_at": _iso(e.enrolled_at), "withdrawn_at": _iso(e.withdrawn_at),
                         "withdraw_reason": e.withdraw_reason} for e in enrollments],
        "attendance": [{"class_code": classes[cid][0], "session_starts_at": _iso(starts), "status": m.status,
                        "reason": m.reason, "arrived_at": _iso(m.arrived_at), "marked_at": _iso(m.marked_at),
                        "marked_by": m.marked_by, "source": m.source} for m, cid, starts in marks],
        "assessments": [{"class_code": classes[a.class_id][0], "assessed_on": _iso(a.assessed_on), "passed": a.passed,
                         "score": a.score, "assessor": a.assessor, "note": a.note} for a in assessments],
        "vneid_confirmations": [{"class_code": classes[v.class_id][0], "confirmed_on": _iso(v.confirmed_on),
                                 "seen_by": v.seen_by} for v in confirmations],
        "certificates": [{"serial": c.serial, "register_no": c.register_no, "class_code": classes[c.class_id][0],
                          "course": classes[c.class_id][1], "issued_on": _iso(c.issued_on),
                          "revoked_at": _iso(c.revoked_at), "revoke_reason": c.revoke_reason, "reprints": c.reprints}
                         for c in certificates],
        "audit": [{"at": _iso(a.at), "actor": a.actor, "action": a.action, "entity": a.entity,
                   "entity_id": a.entity_id, "details": _own_part(_details(a.details), p.id)} for a in entries],
    }
    audit.record(session, actor, "export", "participant", p.id)
    return data


def _own_part(details: Any, participant_id: int) -> Any:
    """A row about several people (a sitting's marks) shows the person their own part only."""
    if isinstance(details, dict) and isinstance(details.get("participants"), dict):
        mine = details["participants"].get(str(participant_id))
        details = {k: v for k, v in details.items() if k not in ("participants", "people", "marks")
                   and not k.startswith("n_")}
        details["status"] = mine
    return details


def _details(text: str) -> Any:
    try:
        return json.loads(text) if text else {}
    except ValueError:
        return text


def export_json(data: dict[str, Any]) -> str:
    """The export as JSON text, readable (UTF-8, not escaped)."""
    return json.dumps(data, ensure_ascii=False, indent=2)


EXPORT_KINDS = (".json", ".pdf")


def write_export(session: Session, participant_id: int, out: Path, *, actor: str = "") -> dict[str, Any]:
    """Export a person's data to ``out``: JSON, or a PDF for the person to read (by the file's ending);
    the file appears whole and private (0600), or not at all."""
    import io

    from .reporting.workbook import write_atomically

    out = Path(out)
    kind = out.suffix.lower()
    if kind not in EXPORT_KINDS:
        raise InvalidInput([Problem("person_export_format", "out", params={"path": str(out)})])
    data = export_person(session, participant_id, actor=actor)
    if kind == ".json":
        payload = export_json(data).encode("utf-8")
    else:
        from printouts.person import build_person

        from .paper import issuer

        buffer = io.BytesIO()
        build_person(issuer(session), data, buffer, now_local().date())
        payload = buffer.getvalue()
    write_atomically(out, lambda fh: fh.write(payload) and None)
    return data


@dataclass(frozen=True)
class IssuedCertificate:
    serial: str
    class_code: str
    course: str
    issued_on: date


@dataclass(frozen=True)
class ErasureResult:
    participant_id: int
    certificates: tuple[IssuedCertificate, ...]  # issued and not revoked: to revoke


def anonymous_name(participant_id: int) -> str:
    """The name an erased record carries: its number only, the same in every language."""
    return f"#{participant_id}"


def erase_identity(p: Participant) -> None:
    """Remove who the person is; keep what is counted (birth year, gender, village, group)."""
    p.full_name = anonymous_name(p.id)
    p.name_folded, p.sort_key = fold(p.full_name), name_sort_key(p.full_name)
    p.national_id = p.phone = None
    p.birth_month = p.birth_day = None
    p.occupation = p.needs = p.consent_purpose = ""
    p.consent_at = None
    p.card_code = "X-" + "".join(secrets.choice(CARD_ALPHABET) for _ in range(CARD_TOKEN_LENGTH + 4))
    p.erased_at = now_local()


def erase_person(session: Session, participant_id: int, *, actor: str = "") -> ErasureResult:
    """Erase a person's identity on request; the certificates issued to them, for revocation."""
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound("participant", id=participant_id)
    if p.erased_at is not None:
        raise Refused("participant_erased", id=participant_id)
    classes = _class_info(session)
    issued = tuple(IssuedCertificate(c.serial, classes[c.class_id][0], classes[c.class_id][1], c.issued_on)
                   for c in session.scalars(select(Certificate).where(
                       Certificate.participant_id == p.id, Certificate.revoked_at.is_(None)).order_by(Certificate.id)))
    erase_identity(p)
    session.flush()
    audit.record(session, actor, "erase", "participant", p.id, certificates=[c.serial for c in issued])
    return ErasureResult(p.id, issued)
