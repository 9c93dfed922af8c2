"""The registry's person services: read one person whole, add, correct, record consent.

Every change lands in the audit log with the names of the fields changed, never the
values of personal IDs or phones. Problems come back as codes (``InvalidInput.problems``):
the validators' (``classroom.validation.PROBLEM_CODES``) and :data:`REGISTRY_PROBLEMS`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models import LOCAL_TZ, Participant, TargetGroup, Village, now_local

from . import audit
from .errors import InvalidInput, NotFound, Problem, Refused
from .participants import PersonInput, create_participant
from .text import fold, name_sort_key, nfc
from .validation import BirthDate, PersonChecked, check_person, today_vn

REGISTRY_PROBLEMS: tuple[str, ...] = (
    "target_group_unknown",  # error, field target_group: not one of the stored groups [value]
    "national_id_registered",  # error, field national_id: another person has this ID
    "consent_purpose_empty",  # error, field consent_purpose: consent is for a stated purpose
    "consent_in_future",  # error, field consent_at: the date is after today
    "consent_purpose_too_long",  # error, field consent_purpose [max_length]
    "occupation_too_long",  # error, field occupation [max_length]
)
MAX_PURPOSE = 200
MAX_OCCUPATION = 150


@dataclass(frozen=True)
class PersonDetails:
    """Everything the editor shows about one person (plain data, safe across threads)."""

    id: int
    full_name: str
    birth: str  # ISO, a year alone, or ""
    gender: str | None
    national_id: str | None
    phone: str | None
    village_id: int | None
    village: str
    target_group: str
    occupation: str
    needs: str
    card: str
    consent_at: datetime | None
    consent_purpose: str
    created_at: datetime
    updated_at: datetime
    erased_at: datetime | None


def birth_of(p: Participant) -> str:
    """The whole birth date known, in ISO: "1958-03-07", "1958-03" (month and year) or "1958"."""
    return BirthDate(p.birth_year, p.birth_month, p.birth_day).iso() if p.birth_year is not None else ""


def load_person(session: Session, participant_id: int) -> PersonDetails:
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound("participant", id=participant_id)
    return PersonDetails(p.id, p.full_name, birth_of(p), p.gender,
                         p.national_id, p.phone, p.village_id, p.village.name if p.village else "", p.target_group,
                         p.occupation, p.needs, p.card_code, p.consent_at, p.consent_purpose, p.created_at,
                         p.updated_at, p.erased_at)


def list_villages(session: Session, keep: int | None = None) -> list[tuple[int, str]]:
    """The villages offered for a person: those not retired, and ``keep`` (the person's own) whatever it is."""
    stmt = select(Village).where(or_(Village.active.is_(True), Village.id == keep)).order_by(Village.name)
    return [(v.id, v.name) for v in session.scalars(stmt)]


def consent_problems(at: datetime | date | None, purpose: str, today: date | None = None) -> list[Problem]:
    """Consent must be explicit, dated and for a stated purpose (Law 91/2025/QH15)."""
    purpose = nfc(purpose)
    problems = []
    if at is not None:
        day = at.date() if isinstance(at, datetime) else at
        if day > (today or today_vn()):
            problems.append(Problem("consent_in_future", "consent_at"))
        if not purpose:
            problems.append(Problem("consent_purpose_empty", "consent_purpose"))
    if len(purpose) > MAX_PURPOSE:
        problems.append(Problem("consent_purpose_too_long", "consent_purpose", params={"max_length": MAX_PURPOSE}))
    return problems


def check_input(session: Session, person: PersonInput, participant_id: int | None = None,
                today: date | None = None) -> tuple[PersonChecked, list[Problem]]:
    """Every problem of a form: the validators', the target group, ID taken by someone else, consent."""
    checked = check_person(person.full_name, person.birth, person.gender, person.national_id, person.phone,
                           today=today)
    problems = list(checked.problems)
    if person.target_group not in TargetGroup.__members__.values():
        problems.append(Problem("target_group_unknown", "target_group", params={"value": person.target_group}))
    if checked.national_id:
        owner = session.scalar(select(Participant.id).where(Participant.national_id == checked.national_id))
        if owner is not None and owner != participant_id:
            problems.append(Problem("national_id_registered", "national_id"))
    if len(nfc(person.occupation)) > MAX_OCCUPATION:
        problems.append(Problem("occupation_too_long", "occupation", params={"max_length": MAX_OCCUPATION}))
    problems += consent_problems(person.consent_at, person.consent_purpose, today)
    return checked, problems


def _aware(at: datetime | date | None) -> datetime | None:
    if at is None:
        return None
    if not isinstance(at, datetime):
        return datetime(at.year, at.month, at.day, 12, tzinfo=LOCAL_TZ)
    return at if at.tzinfo else at.replace(tzinfo=LOCAL_TZ)


def add_participant(session: Session, person: PersonInput, *, actor: str = "", today: date | None = None) -> int:
    """Add one person from the editor; ``InvalidInput`` lists every error."""
    _, problems = check_input(session, person, None, today)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise InvalidInput(errors)
    consent_at = _aware(person.consent_at)
    p = create_participant(session, PersonInput(**{**vars(person), "consent_at": consent_at}), actor=actor,
                           today=today)
    return p.id


def update_participant(session: Session, participant_id: int, person: PersonInput, *, actor: str = "",
                       today: date | None = None) -> list[str]:
    """Correct a person; the names of the fields changed (also in the audit log)."""
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound("participant", id=participant_id)
    if p.erased_at is not None:
        raise Refused("participant_erased", id=participant_id)
    checked, problems = check_input(session, person, participant_id, today)
    errors = [x for x in problems if x.is_error]
    if errors:
        raise InvalidInput(errors)
    birth: BirthDate | None = checked.birth
    new = {
        "full_name": checked.full_name, "gender": checked.gender, "national_id": checked.national_id,
        "phone": checked.phone, "village_id": person.village_id, "target_group": str(person.target_group),
        "occupation": nfc(person.occupation), "needs": nfc(person.needs),
        "consent_purpose": nfc(person.consent_purpose) if person.consent_at else "",
    }
    changed = [k for k, v in new.items() if getattr(p, k) != v]
    for k in changed:
        setattr(p, k, new[k])
    if "full_name" in changed:
        p.name_folded, p.sort_key = fold(p.full_name), name_sort_key(p.full_name)
    b = (birth.year, birth.month, birth.day) if birth else (None, None, None)
    if (p.birth_year, p.birth_month, p.birth_day) != b:
        p.birth_year, p.birth_month, p.birth_day = b
        changed.append("birth")
    consent_at = _aware(person.consent_at)
    same_day = consent_at and p.consent_at and consent_at.date() == p.consent_at.astimezone(LOCAL_TZ).date()
    if (consent_at is None) != (p.consent_at is None) or (consent_at is not None and not same_day):
        p.consent_at = consent_at
        changed.append("consent_at")
    if changed:
        p.updated_at = now_local()
        audit.record(session, actor, "update", "participant", p.id, fields=sorted(changed))
    return sorted(changed)


def record_consent(session: Session, participant_id: int, at: datetime | date | None, purpose: str = "", *,
                   actor: str = "", today: date | None = None) -> None:
    """Record consent (``at`` and ``purpose``), or its withdrawal (``at`` None)."""
    p = session.get(Participant, participant_id)
    if p is None:
        raise NotFound("participant", id=participant_id)
    problems = consent_problems(at, purpose, today)
    if problems:
        raise InvalidInput(problems)
    p.consent_at = _aware(at)
    p.consent_purpose = nfc(purpose) if at is not None else ""
    audit.record(session, actor, "consent" if at is not None else "consent_withdrawn", "participant", p.id,
                 purpose=p.consent_purpose)
