"""The participant registry: creating people and reading the list fast."""
from __future__ import annotations

import random
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Protocol
from datetime import date, datetime, time

from sqlalchemy import Select, String, Text, case, cast, func, or_, select
from sqlalchemy.orm import Session

from models import LOCAL_TZ, Commune, Enrollment, EnrollmentStatus, Participant, TargetGroup, Village, now_local

from . import audit
from .errors import InvalidInput, Problem
from .text import fold, name_sort_key, nfc
from .validation import BirthDate, check_person

#: Card codes avoid vowels, W and D: a scanner "types" them, and Vietnamese input
#: methods (Telex, VNI) rewrite vowel+letter or vowel+digit sequences and "dd".
CARD_ALPHABET = "BCFGHKLMNPQRTVXZ23456789"
CARD_TOKEN_LENGTH = 8


class ParticipantRow(Protocol):
    """One line of the registry as list screens and the command line read it.

    The rows are SQLAlchemy ``Row`` tuples straight from the query (immutable, detached,
    safe to hand to another thread): building 100,000 objects of our own would double
    the load time of the registry.
    """

    id: int
    full_name: str
    birth_year: int | None
    birth_month: int | None
    birth_day: int | None
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


def _consented_now(today: date | None) -> datetime:
    """Consent given now; on a ``today`` passed in (a clock other than the machine's), that day."""
    at = now_local()
    if today is not None and at.date() != today:
        at = datetime.combine(today, time(9), LOCAL_TZ)
    return at


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
        consent_at=person.consent_at or (_consented_now(today) if person.consent_purpose else None),
        consent_purpose=nfc(person.consent_purpose),
    )
    session.add(p)
    session.flush()
    audit.record(session, actor, "create", "participant", p.id, fields=sorted(
        k for k, v in vars(person).items() if v not in (None, "")))
    return p


def birth_iso(year: int | None, month: int | None, day: int | None) -> str:
    """"1958-03-07", "1958" for a year alone, "" when unknown (formatted directly: it runs per row)."""
    if year is None:
        return ""
    if month is None or day is None:
        return f"{year:04d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _row_query() -> Select[Any]:
    p = Participant
    return (
        select(p.id, p.full_name, p.birth_year, p.birth_month, p.birth_day, p.gender, p.national_id, p.phone,
               func.coalesce(Village.name, "").label("village"), p.target_group, p.card_code.label("card"),
               p.sort_key, p.name_folded)
        .outerjoin(Village, Village.id == p.village_id)
        .where(p.erased_at.is_(None))
    )


def load_participant_rows(session: Session, class_id: int | None = None) -> list[ParticipantRow]:
    """Every person not erased (or those in one class), in Vietnamese name order.

    Read in id order and sorted here rather than by ``ORDER BY sort_key``: walking that
    index costs a table lookup per row, and 100,000 people must load in well under a second.
    """
    stmt = _row_query().order_by(Participant.id)
    if class_id is not None:
        stmt = stmt.join(Enrollment, Enrollment.participant_id == Participant.id).where(
            Enrollment.class_id == class_id, Enrollment.status != EnrollmentStatus.WITHDRAWN)
    rows: list[Any] = list(session.connection().execute(stmt).all())
    rows.sort(key=attrgetter("sort_key"))  # stable: equal names stay in id order
    return rows


def _birth_text(dialect: str) -> Any:
    """The birth as ``birth_iso`` writes it ("1956-03-05", "1956" for a year alone, "" unknown), in SQL."""
    p = Participant
    if dialect == "sqlite":
        year = func.printf("%04d", p.birth_year)
        full = func.printf("%04d-%02d-%02d", p.birth_year, p.birth_month, p.birth_day)
    else:
        def pad(column: Any, width: int) -> Any:
            return func.lpad(cast(column, String), width, "0")

        year = pad(p.birth_year, 4)
        full = pad(p.birth_year, 4) + "-" + pad(p.birth_month, 2) + "-" + pad(p.birth_day, 2)
    return case((p.birth_year.is_(None), ""), (or_(p.birth_month.is_(None), p.birth_day.is_(None)), year), else_=full)


def participant_json_query(dialect: str, class_id: int | None = None) -> Select[Any]:
    """The people not erased (of a class: not withdrawn) in name order, which is the order of revision 0011's
    partial index (its WHERE is the index's predicate: read in order, never sorted), each made a JSON object
    by the database itself (SQLite's ``json_object``, PostgreSQL's ``json_build_object``): one text a row,
    with the keys and values of ``list participants --json``."""
    p = Participant
    pairs = ("id", p.id, "full_name", p.full_name, "birth_date", _birth_text(dialect), "gender", p.gender,
             "national_id", p.national_id, "phone", p.phone, "village", func.coalesce(Village.name, ""),
             "target_group", p.target_group, "card", p.card_code)
    made = func.json_object(*pairs) if dialect == "sqlite" else cast(func.json_build_object(*pairs), Text)
    stmt = (select(made).select_from(p).outerjoin(Village, Village.id == p.village_id)
            .where(p.erased_at.is_(None)).order_by(p.sort_key, p.id))
    if class_id is not None:
        stmt = stmt.join(Enrollment, Enrollment.participant_id == p.id).where(
            Enrollment.class_id == class_id, Enrollment.status != EnrollmentStatus.WITHDRAWN)
    return stmt


def iter_participant_json(session: Session, class_id: int | None = None, batch: int = 5000) -> Iterator[str]:
    """Each person of :func:`participant_json_query` as one JSON object's text, read as they are used:
    PostgreSQL's ``COPY … TO STDOUT`` (:func:`_copied_out`), SQLite's own stepping ``batch`` rows at a time (a
    province's million people in flat memory, without a Python object made for each value)."""
    connection = session.connection()
    stmt = participant_json_query(connection.dialect.name, class_id)
    if connection.dialect.name == "postgresql":
        yield from _copied_out(connection, stmt)
        return
    result = connection.execute(stmt)
    cursor = result.cursor
    try:
        while rows := cursor.fetchmany(batch):
            yield from (r[0] for r in rows)
    finally:
        result.close()


def _copied_out(connection: Any, stmt: Select[Any]) -> Iterator[str]:
    """The one-column rows of ``stmt`` through PostgreSQL's ``COPY (…) TO STDOUT``: one message a row as
    the server makes them, without a cursor's round trips or a row object each. Its text format doubles
    every backslash (the only one of its escapes a JSON text can hold: JSON writes control characters as
    ``\\u00XX``), undone here. ``stmt`` holds no value from outside (a class id at most, a number)."""
    sql = str(stmt.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    driver = connection.connection.driver_connection
    encoding = driver.info.encoding
    with driver.cursor() as cursor, cursor.copy(f"COPY ({sql}) TO STDOUT") as copy:
        for row in copy:
            text = bytes(row)
            if b"\\" in text:
                text = text.replace(b"\\\\", b"\\")
            yield text[:-1].decode(encoding)


def load_first_rows(session: Session, limit: int = 100) -> list[ParticipantRow]:
    """The first screenful in name order, for showing the registry while the rest loads."""
    stmt = _row_query().order_by(Participant.sort_key, Participant.id).limit(limit)
    return list(session.connection().execute(stmt).all())
