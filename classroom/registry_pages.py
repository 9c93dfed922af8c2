"""The registry a page at a time, for a province's million people.

A commune's registry (up to some hundred thousand people) is held in memory by the window and searched
there. Past ``BIG`` people the window asks for what it shows instead: a page of rows after the last one
it has (keyset paging, never an OFFSET); a search is a prefix of the accent-folded full name
("nguyen thi h"), or of a phone number or ID number for digits, read as a range of an index
(revision 0011) so that a keystroke touches one page of rows however many people match. Counts are
capped: past ``COUNT_CAP`` matches the window says "more than".

The list may be narrowed to one target group and, without a search, sorted by one of :data:`ORDERS`
either way round; each order is read along an index of revision 0012 (with the group first when
narrowed), so a page of a rare group or of the last birth dates costs what the first page of everyone
costs. Ties are in name order, then by id, as in the window's in-memory list. A search keeps its own
order (the folded name, then phone, then ID number), whatever the column sort.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, func, literal_column, select, tuple_
from sqlalchemy.orm import Session

from models import Participant, TargetGroup, Village

from .participants import ParticipantRow, _row_query
from .text import collation_key, fold

BIG = 200_000  # people: past this the window pages
PAGE = 200  # rows a page
COUNT_CAP = 10_000

# The orders a paged list can be sorted by (a column without one is not sortable when paged: a sort
# without an index would read every row for one page).
NAME, BIRTH, VILLAGE, GROUP = "name", "birth", "village", "group"
ORDERS = (NAME, BIRTH, VILLAGE, GROUP)

# A page's position: (section, the ordering columns' values, id) of its last row. Sections: one per
# value of a column sorted by its values one at a time (each village, each target group), else one;
# a search has the folded-name prefix, or phone prefix then ID-number prefix (digits search both).
After = tuple[int, tuple[Any, ...], int] | None


@dataclass(frozen=True)
class _Section:
    keys: tuple[Any, ...]  # the ordering columns before the id
    condition: ColumnElement[bool] | None = None
    group: str | None = None  # the section holds this target group only


def birth_key() -> ColumnElement[int]:
    """The birth date as one number, year·10000 + month·100 + day, an unknown part 0 (revision 0012's
    index is on this very expression, constants written out, so both engines read the index)."""
    p, zero = Participant, literal_column("0")
    return (func.coalesce(p.birth_year, zero) * literal_column("10000")
            + func.coalesce(p.birth_month, zero) * literal_column("100") + func.coalesce(p.birth_day, zero))


def village_key() -> ColumnElement[int]:
    """The village's id, 0 for no village (revision 0012's index is on this expression)."""
    return func.coalesce(Participant.village_id, literal_column("0"))


def _upper(prefix: str) -> str:
    """The smallest text above every text that starts with ``prefix``."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def _c_order(session: Session, column: Any) -> Any:
    # PostgreSQL sorts text by the database's collation, which may skip spaces; a prefix range needs
    # the bytes' order (the indexes of revisions 0011 and 0012 are made in it). SQLite's default is that order.
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


def _searched(query: str) -> tuple[bool, str] | None:
    """(digits?, the prefix searched) of a search; None when ``query`` searches nothing."""
    text = query.strip()
    if not text:
        return None
    digits = "".join(text.split())
    if digits.isdigit():
        return True, digits
    folded = " ".join(fold(text).split()) + (" " if text.endswith(" ") else "")
    return (False, folded) if folded.strip() else None


def searching(query: str) -> bool:
    """Whether ``query`` searches (its order wins over a column sort) rather than shows everyone."""
    return _searched(query) is not None


def _search_sections(session: Session, query: str) -> list[_Section] | None:
    """The sections of a search, in the order they are shown; None for no search."""
    searched = _searched(query)
    if searched is None:
        return None
    digits, prefix = searched
    columns = (Participant.phone, Participant.national_id) if digits else (Participant.name_folded,)
    out = []
    for column in columns:
        ordered = _c_order(session, column)
        out.append(_Section((ordered,), and_(ordered >= prefix, ordered < _upper(prefix))))
    return out


def _village_order(session: Session) -> list[int]:
    """The villages' ids in the order of their names (Vietnamese order), then by id."""
    villages = session.execute(select(Village.id, Village.name)).all()
    return [v.id for v in sorted(villages, key=lambda v: (collation_key(v.name), v.id))]


def _order_sections(session: Session, order: str) -> list[_Section]:
    p = Participant
    if order == BIRTH:
        return [_Section((birth_key(), p.sort_key))]
    if order == VILLAGE:  # no village (shown as nothing) first, then each village by its name
        return [_Section((p.sort_key,), village_key() == village) for village in [0, *_village_order(session)]]
    if order == GROUP:  # by the value stored, as the in-memory list sorts it
        return [_Section((p.sort_key,), p.target_group == str(g), str(g)) for g in sorted(TargetGroup, key=str)]
    if order != NAME:
        raise ValueError(f"not an order of the registry's pages: {order!r}")
    return [_Section((p.sort_key,))]


def _sections(session: Session, query: str, group: str | None, order: str, descending: bool) -> tuple[list[_Section], bool]:
    """The sections shown and whether they are read backwards (a search reads forwards)."""
    found = _search_sections(session, query)
    if found is not None:
        sections, descending = found, False
    else:
        sections = _order_sections(session, order)
        if descending:
            sections.reverse()
    if group is not None:
        sections = [s for s in sections if s.group in (None, group)]  # the other groups' sections are empty
    return sections, descending


def _in_group(group: str | None) -> ColumnElement[bool] | None:
    return None if group is None else Participant.target_group == group


Item = tuple[int, ParticipantRow]  # (section, row)


def registry_page(session: Session, query: str, after: After = None, limit: int = PAGE, *, group: str | None = None,
                  order: str = NAME, descending: bool = False) -> list[Item]:
    """Up to ``limit`` people matching ``query`` (of target group ``group``, all when None) after position
    ``after`` (None: from the start), each with its section (see :data:`After`). Without a search they are
    in ``order`` (one of :data:`ORDERS`), reversed when ``descending``; a search has its own order."""
    rows: list[Item] = []
    sections, backwards = _sections(session, query, group, order, descending)
    start = after[0] if after else 0
    narrowed = _in_group(group)
    for number in range(start, len(sections)):
        section = sections[number]
        keys = (*section.keys, Participant.id)
        stmt = _row_query().add_columns(*(key.label(f"_k{i}") for i, key in enumerate(section.keys)))
        stmt = stmt.order_by(*(key.desc() if backwards else key for key in keys))
        for condition in (section.condition, narrowed):
            if condition is not None:
                stmt = stmt.where(condition)
        if after and number == after[0]:
            mark, value, first = tuple_(*keys), tuple_(*after[1], after[2]), (*after[1], after[2])[0]
            # the first column's bound besides the rows': SQLite starts an index range at a row value
            # only when its first column is a plain column (not the birth date's expression)
            stmt = stmt.where(and_(keys[0] <= first, mark < value) if backwards else and_(keys[0] >= first, mark > value))
        found = session.connection().execute(stmt.limit(limit - len(rows))).all()
        rows.extend((number, r) for r in found)
        if len(rows) >= limit:
            break
    return rows


def position(item: Item) -> After:
    """The position after one item of :func:`registry_page` (``(section, row)``)."""
    number, row = item
    keys = tuple(value for name, value in row._mapping.items() if name.startswith("_k"))  # type: ignore[attr-defined]
    return number, keys, row.id  # type: ignore[attr-defined]


def registry_count(session: Session, query: str = "", cap: int | None = COUNT_CAP, *, group: str | None = None) -> int:
    """How many people match (all, without a query; of target group ``group`` when given); a search counts
    at most ``cap + 1``: more means "more than cap"."""
    total = 0
    found = _search_sections(session, query)
    for section in found if found is not None else [_Section(())]:
        inner = select(Participant.id).where(Participant.erased_at.is_(None))
        for condition in (section.condition, _in_group(group)):
            if condition is not None:
                inner = inner.where(condition)
        if cap is not None and section.condition is not None:
            inner = inner.limit(cap + 1 - total)
        total += session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    return total


def is_big(session: Session) -> bool:
    """Whether the registry holds more than ``BIG`` people (counted no further)."""
    inner = select(Participant.id).where(Participant.erased_at.is_(None)).limit(BIG + 1).subquery()
    return (session.scalar(select(func.count()).select_from(inner)) or 0) > BIG


__all__: Sequence[str] = ["BIG", "BIRTH", "COUNT_CAP", "GROUP", "NAME", "ORDERS", "PAGE", "VILLAGE", "birth_key",
                          "is_big", "position", "registry_count", "registry_page", "searching", "village_key"]
