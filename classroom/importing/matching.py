"""Who is already known: the registry's people and villages, read once per import.

The same personal ID is the same person. The same folded name with the same birth date
(a year alone matches any date of that year) or the same phone is *possibly* the same
person, unless both carry personal IDs and they differ.
"""
from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune, Participant, Village

from ..text import fold
from ..validation import BirthDate
from .values import village_key


#: A birth date as (year, month, day); month and day may be None.
BirthTuple = tuple[int, int | None, int | None]


class Known(NamedTuple):
    """One registered person, as the import compares them (a tuple: a registry of 100,000 loads fast)."""

    id: int
    full_name: str
    name_folded: str
    birth: BirthTuple | None
    gender: str | None
    national_id: str | None
    phone: str | None
    village_id: int | None
    target_group: str
    occupation: str
    needs: str


def birth_tuple(b: BirthDate | None) -> BirthTuple | None:
    return (b.year, b.month, b.day) if b is not None else None


def birth_matches(a: BirthTuple | BirthDate | None, b: BirthTuple | BirthDate | None) -> bool:
    """The same day, or the same year where one side knows the year (or month) only."""
    if isinstance(a, BirthDate):
        a = birth_tuple(a)
    if isinstance(b, BirthDate):
        b = birth_tuple(b)
    if a is None or b is None or a[0] != b[0]:
        return False
    if a[2] is None or b[2] is None:
        return a[1] is None or b[1] is None or a[1] == b[1]
    return (a[1], a[2]) == (b[1], b[2])


def similar(name_folded: str, birth: BirthTuple | BirthDate | None, phone: str | None, national_id: str | None,
            other: Known) -> tuple[str, ...]:
    """Why ``other`` may be the same person: ("birth",), ("phone",), both, or () when not."""
    if name_folded != other.name_folded:
        return ()
    if national_id and other.national_id and national_id != other.national_id:
        return ()
    reasons = []
    if birth_matches(birth, other.birth):
        reasons.append("birth")
    if phone and phone == other.phone:
        reasons.append("phone")
    return tuple(reasons)


T = TypeVar("T")


def chunks(values: list[T], size: int = 500) -> list[list[T]]:
    """Values in lists of ``size``: an IN (...) each, within every database's limit on parameters."""
    return [values[i:i + size] for i in range(0, len(values), size)]


class Registry:
    """The commune's villages, and the registered people a file may name (by ID and by folded name).

    Only the people with the file's IDs and names are read (:meth:`load`): a file of 10,000
    rows against a registry of 100,000 people reads a few thousand rows, not all of them.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_id: dict[str, Known] = {}
        self.by_name: dict[str, list[Known]] = defaultdict(list)
        self.has_commune = session.scalar(select(Commune.id).limit(1)) is not None
        self.village_names: dict[int, str] = {}
        self._villages: dict[str, list[int]] = defaultdict(list)
        self._village_cache: dict[str, tuple[int | None, bool]] = {}
        for vid, name in session.execute(select(Village.id, Village.name)):
            self.village_names[vid] = name
            self._villages[fold(name)].append(vid)
            key = village_key(name)
            if key != fold(name):
                self._villages[key].append(vid)

    def load(self, national_ids: set[str], names: set[str]) -> None:
        p = Participant
        columns = (p.id, p.full_name, p.name_folded, p.birth_year, p.birth_month, p.birth_day, p.gender,
                   p.national_id, p.phone, p.village_id, p.target_group, p.occupation, p.needs)
        seen: set[int] = set()
        queries = [select(*columns).where(p.national_id.in_(c)) for c in chunks(sorted(national_ids))]
        queries += [select(*columns).where(p.name_folded.in_(c)) for c in chunks(sorted(names))]
        for stmt in queries:
            for r in self.session.execute(stmt.where(p.erased_at.is_(None)).order_by(p.id)):
                if r.id in seen:
                    continue
                seen.add(r.id)
                birth = (r.birth_year, r.birth_month, r.birth_day if r.birth_month else None) if r.birth_year else None
                known = Known(r.id, r.full_name, r.name_folded, birth, r.gender, r.national_id, r.phone, r.village_id,
                              r.target_group, r.occupation or "", r.needs or "")
                if known.national_id:
                    self.by_id[known.national_id] = known
                self.by_name[known.name_folded].append(known)
        for group in self.by_name.values():
            group.sort(key=lambda k: k.id)

    def owners(self, national_ids: list[str]) -> dict[str, int]:
        """Who holds each of these IDs now (for the check just before saving)."""
        found: dict[str, int] = {}
        for chunk in chunks(sorted(set(national_ids))):
            found.update(self.session.execute(select(Participant.national_id, Participant.id)
                                              .where(Participant.national_id.in_(chunk))).all())
        return found

    def village(self, text: str) -> tuple[int | None, bool]:
        """(village id, ambiguous): the whole name first, then without "Thôn"/"Tổ dân phố"…, then the
        part before a comma ("Thôn Phú Lộc, xã Đông Tiến")."""
        if text not in self._village_cache:
            self._village_cache[text] = self._village(text)
        return self._village_cache[text]

    def _village(self, text: str) -> tuple[int | None, bool]:
        for candidate in (text, text.split(",")[0]):
            for key in (fold(candidate), village_key(candidate)):
                ids = sorted(set(self._villages.get(key, ())))
                if len(ids) == 1:
                    return ids[0], False
                if len(ids) > 1:
                    return None, True
        return None, False

    def similar_to(self, name_folded: str, birth: BirthTuple | BirthDate | None, phone: str | None,
                   national_id: str | None) -> tuple[Known, tuple[str, ...]] | None:
        for other in self.by_name.get(name_folded, ()):
            reasons = similar(name_folded, birth, phone, national_id, other)
            if reasons:
                return other, reasons
        return None
