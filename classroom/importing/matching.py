"""Who is already known: the registry's people and villages, read once per import.

The same personal ID is the same person. The same folded name with the same birth date
(a year alone matches any date of that year) or the same phone is *possibly* the same
person, unless both carry personal IDs and they differ.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune, Participant, Village

from ..text import fold
from ..validation import BirthDate
from .values import village_key


@dataclass(frozen=True, slots=True)
class Known:
    """One registered person, as the import compares them."""

    id: int
    full_name: str
    name_folded: str
    birth: BirthDate | None
    gender: str | None
    national_id: str | None
    phone: str | None
    village_id: int | None
    target_group: str
    occupation: str
    needs: str


def birth_matches(a: BirthDate | None, b: BirthDate | None) -> bool:
    if a is None or b is None or a.year != b.year:
        return False
    if a.day is None or b.day is None:
        return a.month is None or b.month is None or a.month == b.month
    return (a.month, a.day) == (b.month, b.day)


def similar(name_folded: str, birth: BirthDate | None, phone: str | None, national_id: str | None,
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


class Registry:
    """The registered people by ID and by folded name, and the commune's villages."""

    def __init__(self, session: Session) -> None:
        p = Participant
        self.by_id: dict[str, Known] = {}
        self.by_name: dict[str, list[Known]] = defaultdict(list)
        stmt = select(p.id, p.full_name, p.name_folded, p.birth_year, p.birth_month, p.birth_day, p.gender,
                      p.national_id, p.phone, p.village_id, p.target_group, p.occupation, p.needs
                      ).where(p.erased_at.is_(None))
        for r in session.execute(stmt):
            birth = BirthDate(r.birth_year, r.birth_month, r.birth_day if r.birth_month else None) \
                if r.birth_year else None
            known = Known(r.id, r.full_name, r.name_folded, birth, r.gender, r.national_id, r.phone, r.village_id,
                          r.target_group, r.occupation or "", r.needs or "")
            if known.national_id:
                self.by_id[known.national_id] = known
            self.by_name[known.name_folded].append(known)
        self.has_commune = session.scalar(select(Commune.id).limit(1)) is not None
        self.village_names: dict[int, str] = {}
        self._villages: dict[str, list[int]] = defaultdict(list)
        for vid, name in session.execute(select(Village.id, Village.name)):
            self.village_names[vid] = name
            self._villages[fold(name)].append(vid)
            key = village_key(name)
            if key != fold(name):
                self._villages[key].append(vid)

    def village(self, text: str) -> tuple[int | None, bool]:
        """(village id, ambiguous): the whole name first, then without "Thôn"/"Tổ dân phố"…, then the
        part before a comma ("Thôn Phú Lộc, xã Đông Tiến")."""
        for candidate in (text, text.split(",")[0]):
            for key in (fold(candidate), village_key(candidate)):
                ids = sorted(set(self._villages.get(key, ())))
                if len(ids) == 1:
                    return ids[0], False
                if len(ids) > 1:
                    return None, True
        return None, False

    def similar_to(self, name_folded: str, birth: BirthDate | None, phone: str | None,
                   national_id: str | None) -> tuple[Known, tuple[str, ...]] | None:
        for other in self.by_name.get(name_folded, ()):
            reasons = similar(name_folded, birth, phone, national_id, other)
            if reasons:
                return other, reasons
        return None
