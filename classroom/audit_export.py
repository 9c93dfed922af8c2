"""The audit log, filtered, to an .xlsx workbook: written whole and private (personal data: who
changed whose record), a page of rows at a time so that a million rows stay in little memory.

The words (column headers, action names) come from the face that asks: the screen passes them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Participant

from . import audit
from .errors import Cancelled, InvalidInput, Problem
from .reporting.workbook import write_atomically
from .reporting.xlsx import Sheet, Value, write_workbook

PAGE = 5000


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int


def person_names(session: Session, rows: Sequence[audit.AuditRow]) -> dict[int, str]:
    """The names of the people the rows are about (an erased person's is their number)."""
    ids = {r.person_id for r in rows if r.person_id is not None}
    if not ids:
        return {}
    return dict(session.execute(select(Participant.id, Participant.full_name).where(Participant.id.in_(ids))).all())


def export_xlsx(session: Session, f: audit.AuditFilter, out: Path, *, title: str, header: Sequence[str],
                widths: Sequence[float], values: Callable[[audit.AuditRow, dict[int, str]], list[Value]],
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> Exported:
    """Write the entries matching ``f`` (newest first), one row each as ``values(row, names)`` makes it."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise InvalidInput([Problem("export_format", "out", params={"path": str(out)})])
    total = audit.count(session, f)
    written = 0

    def rows() -> Iterator[Sequence[Value]]:
        nonlocal written
        yield list(header)
        after = None
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            page = audit.entries(session, f, limit=PAGE, after=after)
            if not page:
                return
            names = person_names(session, page)
            for r in page:
                yield values(r, names)
            written += len(page)
            if progress is not None:
                progress(written, total)
            after = (page[-1].at, page[-1].id)

    write_atomically(out, lambda fh: write_workbook(fh, [Sheet(title, widths, rows(), autofilter=True)],
                                                    title=title))
    return Exported(out, written)
