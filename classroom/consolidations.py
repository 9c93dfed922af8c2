"""The receiving office's record of its consolidations (``models.consolidation``).

``consolidate_and_record`` is what the command line and the window run: verify and pin
(``trust.consolidate_pinned``), record the run and each package added, then write the workbook, all
in the caller's transaction: when the workbook cannot be written, neither the pins nor the record
are kept. Nothing of any person is recorded (DOMAIN.md, personal data): communes, periods, totals,
the file's SHA-256 and the signer's fingerprint. A file consolidated before (same SHA-256) is added
again and comes back in ``Recorded.repeats``: it is not an error.
No Qt, no sentences: codes and data.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import ConsolidatedPackage, ConsolidationRun

from .reporting.consolidate import Consolidation
from .reporting.merged import write_consolidation_file
from .reporting.targets import GROUPS, Figures
from .signing import fingerprint
from .trust import consolidate_pinned

Counts = dict[str, tuple[int, int, int]]  # target group -> (enrolled, completed, certified)


@dataclass(frozen=True)
class Repeat:
    """A package whose very file (same SHA-256) was consolidated here before."""

    path: str
    commune_code: str
    commune_name: str
    first_run_id: int
    first_at: datetime


@dataclass(frozen=True)
class Recorded:
    run_id: int
    repeats: list[Repeat]


def _counts(by_group: Mapping[str, Figures]) -> str:
    return json.dumps({g: [f.enrolled, f.completed, f.certified] for g in GROUPS if (f := by_group.get(g))})


def _made_on(created_at: str) -> date | None:
    try:
        return date.fromisoformat(created_at[:10])
    except ValueError:
        return None


def record_run(session: Session, result: Consolidation, workbook: Path | str, now: datetime, *,
               replaces: int | None = None) -> Recorded:
    """Add the run and its packages (flushed, in the caller's transaction); ``replaces``: a run recorded
    before that this one redoes, deleted first with its packages, so that they are not repeats."""
    if replaces is not None:
        session.execute(delete(ConsolidationRun).where(ConsolidationRun.id == replaces))  # packages: ON DELETE CASCADE
    shas = {t.package.path: t.package.digest.file_sha256.hex() for t in result.communes}  # read_all digests each
    earlier: dict[str, tuple[int, datetime]] = {}  # SHA-256 -> the run that first added that file, and when
    for sha, run_id, at in session.execute(
            select(ConsolidatedPackage.sha256, ConsolidatedPackage.run_id, ConsolidationRun.consolidated_at)
            .join(ConsolidationRun, ConsolidationRun.id == ConsolidatedPackage.run_id)
            .where(ConsolidatedPackage.sha256.in_(set(shas.values()))).order_by(ConsolidatedPackage.id)):
        earlier.setdefault(sha, (run_id, at))
    run = ConsolidationRun(
        consolidated_at=now, workbook=os.path.abspath(workbook), accepted=result.accepted,
        refused=len(result.refused), refusals=json.dumps([{"path": r.path, "code": r.code} for r in result.refused]),
        enrolled=result.total.enrolled, completed=result.total.completed, certified=result.total.certified,
        in_several=result.in_several, by_group=_counts(result.by_group))
    session.add(run)
    session.flush()
    repeats: list[Repeat] = []
    for t in result.communes:
        p = t.package
        sha = shas[p.path]
        first: int | None = None
        if (before := earlier.get(sha)) is not None:
            first, first_at = before
            repeats.append(Repeat(p.path, p.commune.code, p.commune.name, first, first_at))
        session.add(ConsolidatedPackage(
            run_id=run.id, first_run_id=first, consolidated_at=now, commune_code=p.commune.code,
            commune_name=p.commune.name, province_code=p.commune.province_code, province_name=p.commune.province_name,
            period_start=p.period.start, period_end=p.period.end, made_on=_made_on(p.created_at), sha256=sha,
            fingerprint=fingerprint(p.public_key), rows=p.digest.rows if p.digest is not None else len(p.rows),
            enrolled=t.total.enrolled, completed=t.total.completed, certified=t.total.certified,
            by_group=_counts(t.by_group)))
    session.flush()
    return Recorded(run.id, repeats)


def consolidate_and_record(session: Session, paths: Sequence[Path | str], out: Path | str, *,
                           accept: Mapping[str, str] | None = None, now: datetime,
                           trusted_keys: frozenset[str] | None = None,
                           progress: Callable[[int, int], None] | None = None,
                           cancelled: Callable[[], bool] | None = None,
                           replaces: int | None = None) -> tuple[Consolidation, Recorded]:
    """Verify, pin, record and write the workbook, in the caller's transaction (all or nothing).
    ``replaces``: the id of a run this one redoes (the same packages again once a changed key is accepted):
    it is deleted with its packages in the same transaction, so the record keeps one run, not two."""
    result = consolidate_pinned(session, paths, accept=accept, now=now, trusted_keys=trusted_keys,
                                progress=progress, cancelled=cancelled)
    recorded = record_run(session, result, out, now, replaces=replaces)
    write_consolidation_file(Path(out), result, cancelled=cancelled)
    return result, recorded


# --- reading the record -------------------------------------------------------------------------

@dataclass(frozen=True)
class RunRow:
    id: int
    consolidated_at: datetime
    workbook: str
    accepted: int
    refused: int
    refusals: list[tuple[str, str]]  # (path, code)
    enrolled: int
    completed: int
    certified: int
    in_several: int
    by_group: Counts


@dataclass(frozen=True)
class PackageRow:
    run_id: int
    commune_code: str
    commune_name: str
    province_code: str
    province_name: str
    period_start: date | None
    period_end: date | None
    made_on: date | None
    consolidated_at: datetime
    sha256: str
    fingerprint: str
    rows: int
    enrolled: int
    completed: int
    certified: int
    by_group: Counts
    first_run_id: int | None  # not None: the same file was consolidated before, first in that run


@dataclass(frozen=True)
class Record:
    runs: list[RunRow]  # newest first
    run_id: int | None  # the run whose packages are listed (the newest when none was asked for)
    packages: list[PackageRow]  # by province code, then commune code


def _json(text: str, empty: Any) -> Any:
    try:
        value = json.loads(text)
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def _group_counts(text: str) -> Counts:
    raw = _json(text, {})
    return {g: (int(v[0]), int(v[1]), int(v[2])) for g, v in raw.items()
            if isinstance(v, list) and len(v) == 3 and all(isinstance(x, int) for x in v)}


def _run_row(r: ConsolidationRun) -> RunRow:
    refusals = [(str(x.get("path", "")), str(x.get("code", ""))) for x in _json(r.refusals, []) if isinstance(x, dict)]
    return RunRow(r.id, r.consolidated_at, r.workbook, r.accepted, r.refused, refusals, r.enrolled, r.completed,
                  r.certified, r.in_several, _group_counts(r.by_group))


def consolidation_runs(session: Session) -> list[RunRow]:
    """Every run recorded, newest first."""
    return [_run_row(r) for r in session.scalars(
        select(ConsolidationRun).order_by(ConsolidationRun.consolidated_at.desc(), ConsolidationRun.id.desc()))]


def run_packages(session: Session, run_id: int) -> list[PackageRow]:
    """The packages one run added up, by province code, then commune code."""
    return [PackageRow(p.run_id, p.commune_code, p.commune_name, p.province_code, p.province_name, p.period_start,
                       p.period_end, p.made_on, p.consolidated_at, p.sha256, p.fingerprint, p.rows, p.enrolled,
                       p.completed, p.certified, _group_counts(p.by_group), p.first_run_id)
            for p in session.scalars(select(ConsolidatedPackage).where(ConsolidatedPackage.run_id == run_id)
                                     .order_by(ConsolidatedPackage.province_code, ConsolidatedPackage.commune_code,
                                               ConsolidatedPackage.period_start, ConsolidatedPackage.id))]


def consolidation_record(session: Session, run_id: int | None = None) -> Record:
    """The runs, and the packages of ``run_id`` (the newest run when None, or when it is not recorded)."""
    runs = consolidation_runs(session)
    chosen = run_id if run_id is not None and any(r.id == run_id for r in runs) else (runs[0].id if runs else None)
    return Record(runs, chosen, run_packages(session, chosen) if chosen is not None else [])


__all__ = ["PackageRow", "Record", "Recorded", "Repeat", "RunRow", "consolidate_and_record", "consolidation_record",
           "consolidation_runs", "record_run", "run_packages"]
