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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement, CompoundSelect, Integer, Select, and_, bindparam, exists, func, literal_column, select, tuple_, union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import BindParameter

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
    village: int | BindParameter[int] | None = None  # the section holds this village only (0: no village)


MERGED = 16  # sections read by one statement at most, when the first ones hold less than a page


def birth_key() -> ColumnElement[int]:
    """The birth date as one number, year·10000 + month·100 + day, an unknown part 0 (revision 0012's
    index is on this very expression, constants written out, so both engines read the index)."""
    p, zero = Participant, literal_column("0")
    return (func.coalesce(p.birth_year, zero) * literal_column("10000")
            + func.coalesce(p.birth_month, zero) * literal_column("100") + func.coalesce(p.birth_day, zero))


def _village_key() -> ColumnElement[int]:
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


@lru_cache(maxsize=8192)
def _village_name_key(name: str) -> bytes:
    return collation_key(name)  # a province has some thousand villages: each name keyed once, not once a page


def _village_order(session: Session) -> list[int]:
    """The villages' ids in the order of their names (Vietnamese order), then by id: in a province, the
    villages of one name in different communes come one after the other, each with its people in name order."""
    villages = session.execute(select(Village.id, Village.name)).all()
    return [v.id for v in sorted(villages, key=lambda v: (_village_name_key(v.name), v.id))]


def _order_sections(session: Session, order: str) -> list[_Section]:
    p = Participant
    if order == BIRTH:
        return [_Section((birth_key(), p.sort_key))]
    if order == VILLAGE:  # no village (shown as nothing) first, then each village by its name
        return [_Section((p.sort_key,), village=village) for village in [0, *_village_order(session)]]  # (its
        # condition is made when it is read: a thousand villages' conditions would cost more than a page)
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


def _peopled_villages(session: Session, group: str | None) -> set[int]:
    """The villages (0: none) with someone shown (of ``group``): one probe of an index per village, in the
    database, so that a province's thousand villages cost one statement, not a thousand empty ones."""
    p = Participant

    def someone(village: Any) -> Any:
        found = exists().where(p.erased_at.is_(None), _village_key() == village)
        return found.where(p.target_group == group) if group is not None else found

    # "+ 0": an expression has no type affinity in SQLite, as the index's expression; a column compared
    # with it would lend it INTEGER affinity, and the index would no longer serve
    villages = set(session.scalars(select(Village.id).where(someone(Village.id + literal_column("0")))))
    return villages | {0} if session.scalar(select(someone(literal_column("0")))) else villages


def _section_query(section: _Section, narrowed: ColumnElement[bool] | None, backwards: bool, after: After,
                   limit: int | BindParameter[int]) -> Select[Any]:
    keys = (*section.keys, Participant.id)
    stmt = _row_query().add_columns(*(key.label(f"_k{i}") for i, key in enumerate(section.keys)))
    stmt = stmt.order_by(*(key.desc() if backwards else key for key in keys))
    village = None if section.village is None else _village_key() == section.village
    for condition in (section.condition, village, narrowed):
        if condition is not None:
            stmt = stmt.where(condition)
    if after is not None:
        mark, value, first = tuple_(*keys), tuple_(*after[1], after[2]), after[1][0]  # (a page's sections have keys)
        # the first column's bound besides the rows': SQLite starts an index range at a row value
        # only when its first column is a plain column (not the birth date's expression)
        stmt = stmt.where(and_(keys[0] <= first, mark < value) if backwards else and_(keys[0] >= first, mark > value))
    return stmt.limit(limit)


def _together(arms: Iterable[Select[Any]]) -> CompoundSelect:
    """Sections' statements read by one, each row with its arm's number (``_arm``, from 0)."""
    return union_all(*(select(literal_column(str(arm)).label("_arm"), stmt.subquery()) for arm, stmt in enumerate(arms)))


@lru_cache(maxsize=16)
def _villages_together(width: int, narrowed: bool, backwards: bool) -> CompoundSelect:
    """``width`` villages' sections read by one statement (villages ``v0``…, ``need`` rows each at most, of
    target group ``group`` when ``narrowed``), made once: a thousand villages' statements are not built,
    keyed and planned again for every page."""
    group = Participant.target_group == bindparam("group") if narrowed else None
    need = bindparam("need", type_=Integer)
    return _together(_section_query(_Section((Participant.sort_key,), village=bindparam(f"v{arm}")), group, backwards,
                                    None, need) for arm in range(width))


def _row_order(row: Any) -> tuple[Any, ...]:
    return (*(value for name, value in row._mapping.items() if name.startswith("_k")), row.id)


def registry_page(session: Session, query: str, after: After = None, limit: int = PAGE, *, group: str | None = None,
                  order: str = NAME, descending: bool = False) -> list[Item]:
    """Up to ``limit`` people matching ``query`` (of target group ``group``, all when None) after position
    ``after`` (None: from the start), each with its section (see :data:`After`). Without a search they are
    in ``order`` (one of :data:`ORDERS`), reversed when ``descending``; a search has its own order.

    Sections are read one statement each while they fill the page; past one that holds less, the next
    ones are read together (up to :data:`MERGED`, each its own index range and limit) and put in order
    here: a rare group sorted by village costs a few statements a page, not one a village."""
    rows: list[Item] = []
    sections, backwards = _sections(session, query, group, order, descending)
    start = after[0] if after else 0
    narrowed = _in_group(group)
    todo = list(range(start, len(sections)))
    if any(section.village is not None for section in sections):
        peopled = _peopled_villages(session, group)
        todo = [n for n in todo if sections[n].village in peopled or (after and n == start)]
    width = 1
    while todo and len(rows) < limit:
        batch, todo = todo[:width], todo[width:]
        need = limit - len(rows)
        if len(batch) == 1:
            stmt = _section_query(sections[batch[0]], narrowed, backwards, after if after and batch[0] == start else None,
                                  need)
            found = [(batch[0], r) for r in session.connection().execute(stmt).all()]
        else:
            if all(sections[n].village is not None for n in batch):  # made once, given the villages as values
                merged = _villages_together(width, group is not None, backwards)  # the last batch padded
                values = {f"v{arm}": sections[batch[arm]].village if arm < len(batch) else -1 for arm in range(width)}
                answer = session.connection().execute(merged, {**values, "group": group, "need": need})
            else:
                answer = session.connection().execute(
                    _together(_section_query(sections[n], narrowed, backwards, None, need) for n in batch))
            read = sorted(answer.all(), key=_row_order, reverse=backwards)
            read.sort(key=lambda r: r._arm)  # stable: by section, each in its order
            found = [(batch[r._arm], r) for r in read]
        rows.extend(found[:need])
        width = min(width * 4, MERGED)
    return rows


def position(item: Item) -> After:
    """The position after one item of :func:`registry_page` (``(section, row)``)."""
    number, row = item
    *keys, last = _row_order(row)
    return number, tuple(keys), last


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
                          "is_big", "position", "registry_count", "registry_page", "searching"]
