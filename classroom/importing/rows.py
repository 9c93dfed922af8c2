"""One row of a list as a person: cells converted, what the file gave, what an update would change."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from ..errors import Problem
from ..validation import BirthDate, direction_problem
from .columns import Layout
from .matching import BirthTuple, Known, Registry, birth_matches, birth_tuple
from .values import (
    birth_value, consent_value, national_id_value, phone_value, target_group_value, text_value, too_long,
)

MAX_OCCUPATION = 150  # the column's width in the schema
MAX_NEEDS = 1000


@dataclass(frozen=True)
class ImportedPerson:
    """A row's values, normalised. ``given`` names the fields the file filled (an update never
    empties a registered field). ``village_id`` None with ``village_name`` set: a new village."""

    full_name: str
    birth_input: Any
    birth: BirthDate | None
    gender: str | None
    national_id: str | None
    phone: str | None
    village_id: int | None
    village_name: str
    target_group: str
    occupation: str
    needs: str
    consent: bool
    given: frozenset[str]

    def validated(self, full_name: str, birth: BirthDate | None, gender: str | None, national_id: str | None,
                  phone: str | None) -> ImportedPerson:
        return replace(self, full_name=full_name, birth=birth, gender=gender, national_id=national_id, phone=phone)


def _cell(cells: list[Any], layout: Layout, field: str) -> Any:
    col = layout.column_of(field)
    if col is None or col.index >= len(cells):
        return None
    return cells[col.index]


def convert_row(cells: list[Any], layout: Layout, registry: Registry, default_group: str, today: date,
                swap_day_month: bool) -> tuple[ImportedPerson, list[Problem]]:
    """The row's cells as values for the validators, and what was repaired or refused on the way."""
    problems: list[Problem] = []
    raw = {c.field: _cell(cells, layout, c.field) for c in layout.columns if c.field}
    for f, v in raw.items():
        if (p := too_long(v, f)) is not None:
            problems.append(p)
            raw[f] = None
    given = frozenset(f for f, v in raw.items() if v is not None and v != "")

    if raw.get("full_name") not in (None, ""):
        name = str(raw["full_name"])
    else:
        name = " ".join(str(raw[f]) for f in ("family_name", "given_name") if raw.get(f) not in (None, ""))
    birth: Any = None
    if raw.get("birth") not in (None, ""):
        birth, found = birth_value(raw["birth"], today, swap_day_month)
        problems += found
    national_id = phone = None
    if raw.get("national_id") not in (None, ""):
        national_id, found = national_id_value(raw["national_id"])
        problems += found
    if raw.get("phone") not in (None, ""):
        phone, found = phone_value(raw["phone"])
        problems += found
    group, found = target_group_value(raw.get("target_group"), default_group)
    problems += found
    occupation, found = text_value(raw.get("occupation"), "occupation", MAX_OCCUPATION)
    problems += found
    needs, found = text_value(raw.get("needs"), "needs", MAX_NEEDS)
    problems += found
    consent, found = consent_value(raw.get("consent"))
    problems += found

    village_id, village_name = None, ""
    village_text = str(raw["village"]) if raw.get("village") not in (None, "") else ""
    controlled = direction_problem(village_text, "village")
    if controlled is not None:
        problems.append(controlled)
        village_text = ""
    if village_text:
        village_id, ambiguous = registry.village(village_text)
        if ambiguous:
            problems.append(Problem("village_ambiguous", "village", "warning", {"value": village_text}))
        elif village_id is None and not registry.has_commune:
            problems.append(Problem("village_not_recorded", "village", "warning", {"value": village_text}))
        elif village_id is None:
            village_name = village_text
            problems.append(Problem("village_new", "village", "warning", {"value": village_text}))
    gender = str(raw["gender"]) if raw.get("gender") not in (None, "") else None
    person = ImportedPerson(name, birth, None, gender, national_id, phone, village_id, village_name, group,
                            occupation, needs, consent, given)
    return person, problems


def _birth_changes(new: BirthDate | None, old: BirthTuple | None) -> bool:
    if new is None or birth_tuple(new) == old:
        return False
    if old is None:
        return True
    less_precise = (new.day is None and old[2] is not None) or (new.month is None and old[1] is not None)
    return not (less_precise and birth_matches(new, old))


def person_changes(person: ImportedPerson, known: Known) -> tuple[str, ...]:
    """The fields an update from this row would change (only those the file fills)."""
    changes = []
    if person.full_name != known.full_name:
        changes.append("full_name")
    if _birth_changes(person.birth, known.birth):
        changes.append("birth")
    for f in ("gender", "national_id", "phone"):
        value = getattr(person, f)
        if value is not None and value != getattr(known, f):
            changes.append(f)
    if (person.village_id is not None and person.village_id != known.village_id) or person.village_name:
        changes.append("village")
    if "target_group" in person.given and person.target_group != known.target_group:
        changes.append("target_group")
    for f in ("occupation", "needs"):
        if f in person.given and getattr(person, f) != getattr(known, f):
            changes.append(f)
    return tuple(changes)
