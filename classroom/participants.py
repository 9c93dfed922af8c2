"""The participant registry: creating people and reading the list fast."""
from __future__ import annotations

import random
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune, Enrollment, EnrollmentStatus, Participant, TargetGroup, Village, now_local

from . import audit
from .errors import InvalidInput, Problem
from .text import fold, name_sort_key, nfc
from .validation import BirthDate, check_person

#: Card codes avoid vowels, W and D: a scanner "types" them, and Vietnamese input
#: methods (Telex, VNI) rewrite vowel+letter or vowel+digit sequences and "dd".
CARD_ALPHABET = "BCFGHKLMNPQRTVXZ23456789"
CARD_TOKEN_LENGTH = 8


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    """One line of the registry as the list screens and the CLI show it."""

    id: int
    full_name: str
    birth: str  # ISO date or year alone, "" when unknown
    gender: str | None
    national_id: str | None
    phone: str | None
    village: str
    target_group: str
    card: str
    sort_key: bytes
    name_folded: str


@dataclass
class PersonInput:
    """What a form, an import row or the demo gives to create or edit a person."""

    full_name: str
    birth: str | int | date | None = None
    gender: str | None = None
    national_id: str | None = None
    phone: str | None = None
    village_id: int | None = None
    target_group: str = TargetGroup.OTHER
    occupation: str = ""
    needs: str = ""
    consent_purpose: str = ""
    consent_at: datetime | None = None


def new_card_code(commune_code: str, rng: random.Random | None = None) -> str:
    pick = rng.choice if rng else secrets.choice
    return f"{commune_code}-" + "".join(pick(CARD_ALPHABET) for _ in range(CARD_TOKEN_LENGTH))


def create_participant(session: Session, person: PersonInput, *, actor: str = "",
                       today: date | None = None, rng: random.Random | None = None) -> Participant:
    """Validate and add one person; ``InvalidInput`` lists every problem found."""
    checked = check_person(person.full_name, person.birth, person.gender, person.national_id,
                           person.phone, today=today)
    problems = [p for p in checked.problems if p.is_error]
    if person.target_group not in TargetGroup.__members__.values():
        problems.append(Problem("target_group_unknown", "target_group", params={"value": person.target_group}))
    if checked.national_id and session.scalar(
            select(Participant.id).where(Participant.national_id == checked.national_id)) is not None:
        problems.append(Problem("national_id_registered", "national_id"))
    if problems:
        raise InvalidInput(problems)
    commune_code = session.scalar(select(Commune.code)) or "00000"
    birth: BirthDate | None = checked.birth
    p = Participant(
        full_name=checked.full_name, name_folded=fold(checked.full_name),
        sort_key=name_sort_key(checked.full_name),
        birth_year=birth.year if birth else None, birth_month=birth.month if birth else None,
        birth_day=birth.day if birth else None, gender=checked.gender,
        national_id=checked.national_id, phone=checked.phone, village_id=person.village_id,
        target_group=str(person.target_group), occupation=nfc(person.occupation), needs=nfc(person.needs),
        card_code=new_card_code(commune_code, rng),
        consent_at=person.consent_at or (now_local() if person.consent_purpose else None),
        consent_purpose=nfc(person.consent_purpose),
    )
    session.add(p)
    session.flush()
    audit.record(session, actor, "create", "participant", p.id, fields=sorted(
        k for k, v in vars(person).items() if v not in (None, "")))
    return p


def birth_iso(year: int | None, month: int | None, day: int | None) -> str:
    if year is None:
        return ""
    return BirthDate(year, month, day).iso()


def load_participant_rows(session: Session, class_id: int | None = None) -> list[ParticipantRow]:
    """Every person not erased (or those in one class), in Vietnamese name order, in one query."""
    p = Participant
    stmt = (
        select(p.id, p.full_name, p.birth_year, p.birth_month, p.birth_day, p.gender, p.national_id,
               p.phone, Village.name, p.target_group, p.card_code, p.sort_key, p.name_folded)
        .outerjoin(Village, Village.id == p.village_id)
        .where(p.erased_at.is_(None))
        .order_by(p.sort_key, p.id)
    )
    if class_id is not None:
        stmt = stmt.join(Enrollment, Enrollment.participant_id == p.id).where(
            Enrollment.class_id == class_id, Enrollment.status != EnrollmentStatus.WITHDRAWN)
    return [
        ParticipantRow(r[0], r[1], birth_iso(r[2], r[3], r[4]), r[5], r[6], r[7], r[8] or "", r[9],
                       r[10], r[11], r[12])
        for r in session.execute(stmt)
    ]

