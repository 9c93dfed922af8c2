"""Consolidation at the receiving office: many communes' packages into one set of totals.

Every package is verified first (``package.read_package``); one that fails is reported
and adds nothing. A commune that sent the same period twice, or periods that overlap,
is reported too: the first package given is kept, the later ones refused
(``package_same_period`` / ``package_period_overlap``, params: path, commune, kept).

People are counted once across communes by their personal ID; people without one are
counted once within their commune (by the commune's own person number).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Cancelled, InvalidInput, Problem
from ..text import name_sort_key
from .package import Package, read_package
from .results import Period
from .targets import Figures

NATIONAL_ID, TARGET_GROUP, CLASS_CODE, FULL_NAME, RESULT, CERTIFICATE = 4, 7, 8, 1, 14, 15


@dataclass(frozen=True)
class Refusal:
    path: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CommuneTotals:
    package: Package
    total: Figures
    by_group: dict[str, Figures]


@dataclass(frozen=True)
class Consolidation:
    communes: list[CommuneTotals]  # by province code, then commune code
    refused: list[Refusal]
    by_group: dict[str, Figures]  # across communes, each person once
    total: Figures
    in_several: int  # people (by personal ID) found in more than one commune
    rows: list[tuple[Package, list[Any]]]  # the merged roster, sorted
    trust: dict[str, Any] = field(default_factory=dict)  # commune code -> classroom.trust.KeyTrust, when pinned

    @property
    def accepted(self) -> int:
        return len(self.communes)


def _overlap(a: Period, b: Period) -> bool:
    a_lo, a_hi = a.start or Period.min_day(), a.end or Period.max_day()
    b_lo, b_hi = b.start or Period.min_day(), b.end or Period.max_day()
    return a_lo <= b_hi and b_lo <= a_hi


def read_all(paths: Sequence[Path | str], trusted_keys: frozenset[str] | None = None, *,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None) -> tuple[list[Package], list[Refusal]]:
    """Verify every package; the good ones, and the refused with their reasons, in the order given."""
    kept: list[Package] = []
    refused: list[Refusal] = []
    for n, path in enumerate(paths, start=1):
        if cancelled and cancelled():
            raise Cancelled()
        try:
            package = read_package(path, trusted_keys)
        except InvalidInput as exc:
            problem = exc.problems[0]
            refused.append(Refusal(str(path), problem.code, dict(problem.params)))
        else:
            clash = next((k for k in kept if k.commune.code == package.commune.code
                          and _overlap(k.period, package.period)), None)
            if clash is None:
                kept.append(package)
            else:
                same = clash.period == package.period
                refused.append(Refusal(str(path), "package_same_period" if same else "package_period_overlap",
                                       {"path": str(path), "commune": package.commune.name,
                                        "code": package.commune.code, "kept": clash.path}))
        if progress:
            progress(n, len(paths))
    return kept, refused


def _person(package: Package, row: list[Any]) -> tuple[str, ...]:
    nid = row[NATIONAL_ID]
    return ("id", nid) if nid else ("local", package.commune.code, str(row[0]))


class _Tally:
    """Distinct people enrolled, completed and certified, grouped."""

    def __init__(self) -> None:
        self.enrolled: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.completed: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.certified: dict[str, set[tuple[str, ...]]] = defaultdict(set)

    def add(self, group: str, person: tuple[str, ...], row: list[Any]) -> None:
        self.enrolled[group].add(person)
        if row[RESULT] == "passed":
            self.completed[group].add(person)
        if row[CERTIFICATE]:
            self.certified[group].add(person)

    def figures(self) -> dict[str, Figures]:
        return {g: Figures(len(self.enrolled[g]), len(self.completed[g]), len(self.certified[g]))
                for g in self.enrolled}

    def total(self) -> Figures:
        def union(d: dict[str, set[tuple[str, ...]]]) -> int:
            return len(set().union(*d.values())) if d else 0
        return Figures(union(self.enrolled), union(self.completed), union(self.certified))


@lru_cache(maxsize=65536)
def _name_key(name: str) -> bytes:
    return name_sort_key(name)


def consolidate(packages: Iterable[Package], refused: list[Refusal]) -> Consolidation:
    ordered = sorted(packages, key=lambda p: (p.commune.province_code, p.commune.code, p.period.start or Period.min_day()))
    communes = []
    everyone = _Tally()
    group_of: dict[tuple[str, ...], str] = {}
    communes_of: dict[str, set[str]] = defaultdict(set)
    merged: list[tuple[Package, list[Any]]] = []
    for package in ordered:
        tally = _Tally()
        for row in package.rows:
            person = _person(package, row)
            tally.add(row[TARGET_GROUP], person, row)
            group = group_of.setdefault(person, row[TARGET_GROUP])  # a person's group: where first met
            everyone.add(group, person, row)
            if row[NATIONAL_ID]:
                communes_of[row[NATIONAL_ID]].add(package.commune.code)
        communes.append(CommuneTotals(package, tally.total(), tally.figures()))
        rows = sorted(package.rows, key=lambda r: (r[CLASS_CODE], _name_key(r[FULL_NAME]), r[0]))
        merged.extend((package, r) for r in rows)
    in_several = sum(1 for codes in communes_of.values() if len(codes) > 1)
    return Consolidation(communes, refused, everyone.figures(), everyone.total(), in_several, merged)


def consolidate_files(paths: Sequence[Path | str], trusted_keys: frozenset[str] | None = None, *,
                      progress: Callable[[int, int], None] | None = None,
                      cancelled: Callable[[], bool] | None = None) -> Consolidation:
    """Read, verify and add up; refuses (``no_package_accepted``) when not one package can be added."""
    if not paths:
        raise InvalidInput([Problem("no_package_given", "packages")])
    packages, refused = read_all(paths, trusted_keys, progress=progress, cancelled=cancelled)
    if not packages:
        raise InvalidInput([Problem("no_package_accepted", "packages", params={"count": len(refused)})]
                           + [Problem(r.code, "package", params=r.params) for r in refused])
    return consolidate(packages, refused)


__all__ = ["CommuneTotals", "Consolidation", "Refusal", "consolidate", "consolidate_files",
           "read_all"]
