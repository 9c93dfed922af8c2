"""Consolidation at the receiving office: many communes' packages into one set of totals.

Every package is verified first (``package.read_package``); one that fails is reported
and adds nothing. A commune that sent the same period twice, or periods that overlap,
is reported too: the first package given is kept, the later ones refused
(``package_same_period`` / ``package_period_overlap``, params: path, commune, kept).

People are counted once across communes by their personal ID; people without one are
counted once within their commune (by the commune's own person number).

A province is a million rows: no package's rows are kept in memory. Reading verifies each package
and keeps its commune's totals, its roster's column widths and, for counting people once across
communes, one compact entry per row (an 8-byte hash of the person's key with the row's group and
result). The merged roster (``Consolidation.rows``) reads the accepted packages again, one at a
time, when it is walked, and refuses (``package_changed``, params: path) a file whose signed data
is no longer the bytes that were verified.
"""
from __future__ import annotations

import hashlib
import json
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import Cancelled, InvalidInput, Problem
from ..text import name_sort_key
from .package import Package, _members, read_package
from .results import Period
from .targets import GROUPS, Figures

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
    rows: "Roster"  # the merged roster, sorted, read again from the packages when walked
    trust: dict[str, Any] = field(default_factory=dict)  # commune code -> classroom.trust.KeyTrust, when pinned
    widths: tuple[int, ...] = ()  # the merged roster's longest value per column (characters; STT excluded)

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
            package = _digested(read_package(path, trusted_keys))
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


@dataclass(frozen=True)
class _Digest:
    """What consolidating keeps of a package once read: no rows."""

    rows: int
    payload_sha256: bytes
    file_sha256: bytes  # of the file as received (b"" for a package not read from a file)
    total: Figures
    by_group: dict[str, Figures]
    keys: array  # per row, 8-byte hash of the person (personal ID, or commune and person number)
    marks: bytes  # per row: group index << 3 | has a personal ID << 2 | passed << 1 | certified
    widths: tuple[int, ...]


_GROUP_INDEX = {g: n for n, g in enumerate(GROUPS)}
# the merged roster's columns (merged.merged_values) from the row's fields: (column, field); the others are
# words looked up from a few values (gender, group, result), constant per commune, or the STT
_SAME_LENGTH = ((1, 1), (2, 2), (4, 4), (5, 5), (6, 6), (10, 8), (11, 9), (12, 10), (13, 11), (17, 15))


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _widths(package: Package) -> tuple[int, ...]:
    """The longest value per column of ``merged.merged_values`` over the package's rows (dates keep their
    length: dd/mm/yyyy, a date or the text as given); column 0 (STT) is left to the whole roster."""
    from .merged import GENDER_WORDS, GROUP_WORDS, RESULT_WORDS

    out = [0] * 18
    if not package.rows:
        return tuple(out)
    columns = list(zip(*package.rows))
    for col, fld in _SAME_LENGTH:
        out[col] = max(len(v) if v else 0 for v in columns[fld])
    out[3] = max(len(GENDER_WORDS.get(v, "")) for v in set(columns[3]))
    out[7], out[8] = len(package.commune.name), len(package.commune.province_name)
    out[9] = max(len(GROUP_WORDS.get(v, GROUP_WORDS["other"])) for v in set(columns[7]))
    out[14] = max(len(str(v)) for v in set(columns[12]))
    out[15] = max(len(str(v)) for v in set(columns[13]))
    out[16] = max(len(RESULT_WORDS.get(v, v)) for v in set(columns[14]))
    return tuple(out)


def _digested(package: Package, keep_rows: bool = False) -> Package:
    """The package with its digest, and without its rows unless ``keep_rows`` (a package not read from a file)."""
    tally = _Tally()
    keys = array("Q")
    marks = bytearray()
    for row in package.rows:
        tally.add(row[TARGET_GROUP], _person(package, row), row)
        nid = row[NATIONAL_ID]
        keys.append(_hash("id\0" + nid if nid else f"local\0{package.commune.code}\0{row[0]}"))
        marks.append(_GROUP_INDEX[row[TARGET_GROUP]] << 3 | bool(nid) << 2 | (row[RESULT] == "passed") << 1
                     | bool(row[CERTIFICATE]))
    digest = _Digest(len(package.rows), b"" if keep_rows else _payload_sha256(package.path),
                     b"" if keep_rows else _file_sha256(package.path), tally.total(), tally.figures(), keys, bytes(marks), _widths(package))
    return replace(package, rows=package.rows if keep_rows else [], digest=digest)


def _payload_sha256(path: str) -> bytes:
    return hashlib.sha256(_members(Path(path))[1]).digest()


def _file_sha256(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").digest()
    except OSError:
        raise InvalidInput([Problem("package_unreadable", "package", params={"path": path})]) from None


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


class Roster:
    """The merged roster: each accepted package's rows, sorted by class, name and person number, read
    again from its file when walked (``package_changed`` when the signed data is no longer the same)."""

    def __init__(self, packages: Sequence[Package], count: int) -> None:
        self.packages = list(packages)
        self.count = count

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[tuple[Package, list[Any]]]:
        for package in self.packages:
            for row in _sorted_rows(package):
                yield package, row


def _sorted_rows(package: Package) -> list[list[Any]]:
    digest = package.digest
    rows = package.rows
    if not rows and digest is not None and digest.rows:  # read and verified before: the same bytes, or refused
        try:
            data = _members(Path(package.path))[1]
        except InvalidInput:
            data = b""
        if hashlib.sha256(data).digest() != digest.payload_sha256:
            raise InvalidInput([Problem("package_changed", "package", params={"path": package.path})])
        rows = json.loads(data.decode("utf-8"))["roster"]
    return sorted(rows, key=lambda r: (r[CLASS_CODE], _name_key(r[FULL_NAME]), r[0]))


def consolidate(packages: Iterable[Package], refused: list[Refusal]) -> Consolidation:
    """Add up packages from ``read_all`` (rows already let go) or read otherwise (rows in hand)."""
    ordered = sorted(packages, key=lambda p: (p.commune.province_code, p.commune.code, p.period.start or Period.min_day()))
    ordered = [p if p.digest is not None else _digested(p, keep_rows=True) for p in ordered]
    communes = []
    people: dict[int, int] = {}  # person hash -> group index << 3 | in several << 2 | completed << 1 | certified
    first_commune: dict[int, int] = {}  # personal-ID hash -> the first commune (index in ``ordered``) met in
    widths = [0] * 18
    count = 0
    for n, package in enumerate(ordered):
        digest = package.digest
        communes.append(CommuneTotals(package, digest.total, digest.by_group))
        widths = [max(a, b) for a, b in zip(widths, digest.widths)]
        count += digest.rows
        for key, mark in zip(digest.keys, digest.marks):
            state = people.get(key)
            if state is None:
                state = mark & 0b11111000
            people[key] = state | (mark & 0b11)
            if mark & 0b100:
                seen = first_commune.setdefault(key, n)
                if seen != n and ordered[seen].commune.code != package.commune.code:
                    people[key] |= 0b100
    by_group: dict[str, list[int]] = {}
    for state in people.values():
        counts = by_group.setdefault(GROUPS[state >> 3], [0, 0, 0])
        counts[0] += 1
        counts[1] += state >> 1 & 1
        counts[2] += state & 1
    figures = {g: Figures(*c) for g, c in by_group.items()}
    total = Figures(len(people), sum(c[1] for c in by_group.values()), sum(c[2] for c in by_group.values()))
    in_several = sum(1 for state in people.values() if state & 0b100)
    return Consolidation(communes, refused, figures, total, in_several, Roster(ordered, count), widths=tuple(widths))


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


__all__ = ["CommuneTotals", "Consolidation", "Refusal", "Roster", "consolidate", "consolidate_files",
           "read_all"]
