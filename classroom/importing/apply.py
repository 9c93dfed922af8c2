"""Saving what the officer accepted, in the caller's one transaction.

Rows the preview accepted are created, or update/keep a registered person where the
officer decided so; nothing else is touched. The registry is checked again first: if
someone registered one of the file's personal IDs since the preview, the import is
refused (``registry_changed``) rather than doubling that person. Cancel raises
``Cancelled`` and the caller's transaction rolls everything back.
"""
from __future__ import annotations

import random
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models import Commune, Participant, Village, now_local

from .. import audit
from ..enrollment import EnrollResult, enroll, open_class
from ..errors import Cancelled, Refused
from ..participants import CARD_ALPHABET, CARD_TOKEN_LENGTH
from ..text import fold, name_sort_key, nfc
from .matching import Registry, chunks
from .preview import ImportPreview, PreviewRow
from .rows import ImportedPerson
from .values import village_key

#: What the officer may decide for a row, by the kind of its match (None: no match).
ALLOWED: dict[str | None, tuple[str, ...]] = {
    None: ("new", "skip"),
    "registered_id": ("keep", "update", "skip"),
    "registered_similar": ("new", "keep", "update", "skip"),
    "file_similar": ("new", "skip"),
}


@dataclass(frozen=True)
class RowDecision:
    """``new`` a person, ``update`` the matched one (only ``fields`` if given), ``keep`` the matched one
    as it is (still enrolled when a class is chosen), or ``skip`` the row."""

    action: str
    fields: frozenset[str] | None = None


def default_action(row: PreviewRow) -> str:
    """Nobody is changed unless the officer says so; a possible duplicate is added (and can be merged)."""
    return "keep" if row.match is not None and row.match.kind == "registered_id" else "new"


@dataclass
class ImportResult:
    total: int
    empty: int
    rejected: int
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    kept: list[int] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)  # row numbers
    villages_created: list[str] = field(default_factory=list)
    enrollment: EnrollResult | None = None


def _decision(row: PreviewRow, decisions: Mapping[int, str | RowDecision]) -> RowDecision:
    given = decisions.get(row.row, default_action(row))
    decision = given if isinstance(given, RowDecision) else RowDecision(given)
    if decision.action not in ALLOWED[row.match.kind if row.match else None]:
        raise Refused("import_decision_not_allowed", row=row.row, action=decision.action)
    return decision


class _Cards:
    """Card codes not in use: drawn at random, checked against the registry batch by batch."""

    def __init__(self, session: Session, rng: random.Random | None) -> None:
        self.session = session
        self.prefix = (session.scalar(select(Commune.code).order_by(Commune.id).limit(1)) or "00000") + "-"
        self.pick = rng.choice if rng else secrets.choice
        self.drawn: set[str] = set()

    def _draw(self) -> str:
        while True:
            code = self.prefix + "".join(self.pick(CARD_ALPHABET) for _ in range(CARD_TOKEN_LENGTH))
            if code not in self.drawn:
                self.drawn.add(code)
                return code

    def fresh(self, count: int) -> list[str]:
        codes = [self._draw() for _ in range(count)]
        while True:
            taken = set(self.session.scalars(select(Participant.card_code).where(Participant.card_code.in_(codes))))
            if not taken:
                return codes
            codes = [self._draw() if c in taken else c for c in codes]


def apply_import(session: Session, preview: ImportPreview, decisions: Mapping[int, str | RowDecision] | None = None,
                 *, enroll_class_id: int | None = None, consent_purpose: str = "", actor: str = "",
                 today: date | None = None, rng: random.Random | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> ImportResult:
    decisions = decisions or {}
    if enroll_class_id is not None:
        open_class(session, enroll_class_id)  # unknown or closed: refused before any work
    accepted = preview.accepted
    chosen = [(row, _decision(row, decisions)) for row in accepted]  # refuses a bad decision before any change
    registry = Registry(session)
    matched = _check_unchanged(session, registry, chosen)
    result = ImportResult(preview.total_rows, preview.empty_rows, len(preview.rejected))
    cards = _Cards(session, rng)
    villages = _Villages(session, registry)
    now = now_local()
    purpose = nfc(consent_purpose)
    people: list[int] = []  # everyone the file names, for the class
    fresh: list[tuple[dict[str, object], ImportedPerson]] = []
    for n, (row, decision) in enumerate(chosen):
        if n % 200 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(n, len(chosen))
        person = row.person
        assert person is not None
        if decision.action == "skip":
            result.skipped.append(row.row)
        elif decision.action == "new":
            fresh.append((_new_values(person, villages, now, purpose), person))
        else:
            assert row.match is not None and row.match.participant_id is not None
            pid = row.match.participant_id
            if decision.action == "update":
                fields = [f for f in row.match.changes if decision.fields is None or f in decision.fields]
                if _update(session, matched[pid], person, fields, villages, now, purpose, actor):
                    result.updated.append(pid)
                else:
                    result.kept.append(pid)
            else:
                result.kept.append(pid)
            people.append(pid)
    session.flush()
    # Many at once through Core (building 10,000 ORM objects took longer than all the checks); the new
    # ids are read back by the unique card codes, which works alike on SQLite and PostgreSQL.
    for start in range(0, len(fresh), 1000):
        if cancelled is not None and cancelled():
            raise Cancelled()
        batch = fresh[start:start + 1000]
        for (values, _), card in zip(batch, cards.fresh(len(batch))):
            values["card_code"] = card
        connection = session.connection()  # plain Core: the ORM's bulk path splits rows by which values are None
        connection.execute(insert(Participant.__table__), [values for values, _ in batch])
        cards_to_ids = dict(session.execute(select(Participant.card_code, Participant.id).where(
            Participant.card_code.in_([values["card_code"] for values, _ in batch]))).all())
        ids = [cards_to_ids[values["card_code"]] for values, _ in batch]
        audit.record_many(session, [audit.values(actor, "create", "participant", pid, source="import",
                                                 fields=sorted(person.given))
                                    for pid, (_, person) in zip(ids, batch)])
        result.created += ids
        people += ids
    result.villages_created = villages.created
    if enroll_class_id is not None and people:
        result.enrollment = enroll(session, enroll_class_id, people, actor=actor)
    audit.record(session, actor, "import", "participants", None, file=preview.file, total=result.total,
                 created=len(result.created), updated=len(result.updated), kept=len(result.kept),
                 skipped=len(result.skipped), rejected=result.rejected, empty=result.empty,
                 enrolled_in=enroll_class_id)
    if progress is not None:
        progress(len(chosen), len(chosen))
    return result


def _check_unchanged(session: Session, registry: Registry,
                     chosen: list[tuple[PreviewRow, RowDecision]]) -> dict[int, Participant]:
    """Refuses (``registry_changed``) when the registry moved since the preview; the people the rows
    keep or update, loaded together (a statement per 500, not one per row)."""
    owners = registry.owners([r.person.national_id for r, d in chosen
                              if d.action != "skip" and r.person is not None and r.person.national_id])
    wanted = sorted({r.match.participant_id for r, d in chosen
                     if d.action in ("keep", "update") and r.match is not None and r.match.participant_id is not None})
    matched = {p.id: p for chunk in chunks(wanted) for p in session.scalars(
        select(Participant).where(Participant.id.in_(chunk)))}
    for row, decision in chosen:
        assert row.person is not None
        if decision.action == "skip":
            continue
        owner = owners.get(row.person.national_id) if row.person.national_id else None
        expected = row.match.participant_id if row.match and row.match.kind == "registered_id" else None
        if decision.action in ("keep", "update") and row.match is not None:
            p = matched.get(row.match.participant_id)  # type: ignore[arg-type]
            if p is None or p.erased_at is not None:
                raise Refused("registry_changed", row=row.row)
            if row.match.kind == "registered_similar" and owner == p.id:
                continue  # the person's own ID, taken by another row's update: fine
        if owner != expected:
            raise Refused("registry_changed", row=row.row)
    return matched


class _Villages:
    """Villages by name; new ones are made once, in the commune, when first met."""

    def __init__(self, session: Session, registry: Registry) -> None:
        self.session, self.registry = session, registry
        self.made: dict[str, Village] = {}
        self.created: list[str] = []

    def id_for(self, person: ImportedPerson) -> int | None:
        if person.village_id is not None or not person.village_name:
            return person.village_id
        key = village_key(person.village_name)
        if key not in self.made:
            commune = self.session.scalars(select(Commune).order_by(Commune.id)).first()
            if commune is None:
                return None
            village = Village(commune_id=commune.id, name=nfc(person.village_name))
            self.session.add(village)
            self.session.flush()
            self.made[key] = village
            self.created.append(village.name)
        return self.made[key].id


def _new_values(person: ImportedPerson, villages: _Villages, now: object, purpose: str) -> dict[str, object]:
    b = person.birth
    return dict(
        full_name=person.full_name, name_folded=fold(person.full_name), sort_key=name_sort_key(person.full_name),
        birth_year=b.year if b else None, birth_month=b.month if b else None, birth_day=b.day if b else None,
        gender=person.gender, national_id=person.national_id, phone=person.phone, village_id=villages.id_for(person),
        target_group=person.target_group, occupation=nfc(person.occupation), needs=nfc(person.needs),
        consent_at=now if person.consent else None, consent_purpose=purpose if person.consent else "",
        created_at=now, updated_at=now)


def _update(session: Session, p: Participant, person: ImportedPerson, fields: list[str], villages: _Villages,
            now: object, purpose: str, actor: str) -> bool:
    if "full_name" in fields:
        p.full_name, p.name_folded, p.sort_key = person.full_name, fold(person.full_name), name_sort_key(person.full_name)
    if "birth" in fields and person.birth is not None:
        p.birth_year, p.birth_month, p.birth_day = person.birth.year, person.birth.month, person.birth.day
    for f in ("gender", "national_id", "phone", "target_group", "occupation", "needs"):
        if f in fields:
            setattr(p, f, getattr(person, f))
    if "village" in fields:
        p.village_id = villages.id_for(person)
    if person.consent and p.consent_at is None:
        p.consent_at, p.consent_purpose = now, purpose  # type: ignore[assignment]
        fields = [*fields, "consent"]
    if fields:
        audit.record(session, actor, "update", "participant", p.id, source="import", fields=sorted(fields))
    return bool(fields)
