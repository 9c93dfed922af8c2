"""The registry a page at a time, for a province's million people.

A commune's registry (up to some hundred thousand people) is held in memory by the window and searched
there. Past ``BIG`` people the window asks for what it shows instead: a page of rows after the last one
it has (keyset paging, never an OFFSET), in name order; a search is a prefix of the accent-folded full
name ("nguyen thi h"), or of a phone number or ID number for digits, read as a range of an index
(revision 0011) so that a keystroke touches one page of rows however many people match. Counts are
capped: past ``COUNT_CAP`` matches the window says "more than".
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, tuple_
from sqlalchemy.orm import Session

from models import Participant

from .participants import ParticipantRow, _row_query
from .text import fold

BIG = 200_000  # people: past this the window pages
PAGE = 200  # rows a page
COUNT_CAP = 10_000

# A page's position: (section, the ordering column's value, id) of its last row. Sections: name order
# (no search), folded-name prefix, phone prefix, then ID-number prefix (digits search both).
After = tuple[int, Any, int] | None


def _upper(prefix: str) -> str:
    """The smallest text above every text that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _c_order(session: Session, column: Any) -> Any:
    # PostgreSQL sorts text by the database's collation, which may skip spaces; a prefix range needs
    # the bytes' order (the index of revision 0011 is made in it). SQLite's default is that order.
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def _sections(session: Session, query: str) -> list[tuple[Any, ColumnElement[bool] | None]]:
    """(ordering column, condition) for each section of a search, in the order they are shown."""
    text = query.strip()
    if not text:
        return [(Participant.sort_key, None)]
    digits = "".join(text.split())
    if digits.isdigit():
        out = []
        for column in (Participant.phone, Participant.national_id):
            ordered = _c_order(session, column)
            out.append((ordered, and_(ordered >= digits, ordered < _upper(digits))))
        return out
    folded = " ".join(fold(text).split()) + (" " if text.endswith(" ") else "")
    if not folded.strip():
        return [(Participant.sort_key, None)]
    ordered = _c_order(session, Participant.name_folded)
    return [(ordered, and_(ordered >= folded, ordered < _upper(folded)))]


Item = tuple[int, ParticipantRow]  # (section, row)


def registry_page(session: Session, query: str, after: After = None, limit: int = PAGE) -> list[Item]:
    """Up to ``limit`` people matching ``query`` after position ``after`` (None: from the start), each with
    its section (see :data:`After`)."""
    rows: list[Item] = []
    sections = _sections(session, query)
    start = after[0] if after else 0
    for number in range(start, len(sections)):
        column, condition = sections[number]
        stmt = _row_query().add_columns(column.label("_key")).order_by(column, Participant.id)
        if condition is not None:
            stmt = stmt.where(condition)
        if after and number == after[0]:
            stmt = stmt.where(tuple_(column, Participant.id) > tuple_(after[1], after[2]))
        found = session.connection().execute(stmt.limit(limit - len(rows))).all()
        rows.extend((number, r) for r in found)
        if len(rows) >= limit:
            break
    return rows


def position(item: Item) -> After:
    """The position after one item of :func:`registry_page` (``(section, row)``)."""
    number, row = item
    return number, row._key, row.id  # type: ignore[attr-defined]


def registry_count(session: Session, query: str = "", cap: int | None = COUNT_CAP) -> int:
    """How many people match (all, without a query); at most ``cap + 1`` counted: more means "more than cap"."""
    total = 0
    for _column, condition in _sections(session, query):
        inner = select(Participant.id).where(Participant.erased_at.is_(None))
        if condition is not None:
            inner = inner.where(condition)
        if cap is not None and condition is not None:
            inner = inner.limit(cap + 1 - total)
        total += session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    return total


def is_big(session: Session) -> bool:
    """Whether the registry holds more than ``BIG`` people (counted no further)."""
    inner = select(Participant.id).where(Participant.erased_at.is_(None)).limit(BIG + 1).subquery()
    return (session.scalar(select(func.count()).select_from(inner)) or 0) > BIG


__all__: Sequence[str] = ["BIG", "COUNT_CAP", "PAGE", "is_big", "position", "registry_count", "registry_page"]
