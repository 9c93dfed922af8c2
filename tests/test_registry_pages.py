"""A province's registry read a page at a time (classroom.registry_pages): narrowed to a target group and
sorted by a column either way round, walking every page gives exactly the people a plain query gives, in
the same order, with nobody twice, whatever falls on a page's edge (equal names, equal or unknown birth
dates, a whole village or group of equal values, people of no village)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import event, select

from classroom import registry_pages
from classroom.data_rights import erase_person
from classroom.participants import PersonInput, create_participant
from classroom.registry_pages import BIRTH, GROUP, NAME, ORDERS, VILLAGE, position, registry_count, registry_page
from classroom.text import collation_key
from models import Participant, TargetGroup, Village
from models.db import Database
from tests.conftest import DEMO_TODAY

GROUPS = [None, str(TargetGroup.FARMER), str(TargetGroup.OTHER)]


def _add_awkward_people(db: Database) -> None:
    """People whose values tie or are missing, on top of the demo's 150."""
    with db.transaction() as s:
        village = s.scalars(select(Village.id).order_by(Village.id)).first()
        commune = s.scalars(select(Village.commune_id)).first()
        s.add(Village(commune_id=commune, name="Thôn Mới"))  # nobody lives there yet
        people = [  # made out of name order (given name first: An, Bảo, Bình, Cường, Dung), so ids are not names
            ("Đỗ Thị Dung", "07/03/1958", None, TargetGroup.FARMER),
            ("Phạm Văn Bảo", "1960", village, TargetGroup.FARMER),
            ("Nguyễn Văn An", "1960", village, TargetGroup.FARMER),  # a year alone
            ("Nguyễn Văn An", "1960", village, TargetGroup.FARMER),  # the same again: only the id tells them apart
            ("Nguyễn Văn An", "03/1960", village, TargetGroup.FARMER),  # a month and year
            ("Nguyễn Văn An", None, village, TargetGroup.FARMER),  # no birth date
            ("Nguyễn Văn An", None, None, TargetGroup.FARMER),  # nor village
            ("Lê Thị Bình", None, None, TargetGroup.OTHER),
            ("Lê Thị Bình", "07/03/1958", None, TargetGroup.OTHER),
            ("Lê Thị Bình", "07/03/1958", None, TargetGroup.OTHER),
            ("Trần Văn Cường", "07/03/1958", village, TargetGroup.OTHER),
        ]
        for name, birth, village_id, group in people:
            create_participant(s, PersonInput(name, birth=birth, village_id=village_id, target_group=group),
                               today=DEMO_TODAY)
        gone = create_participant(s, PersonInput("Nguyễn Văn An", birth="1960", target_group=TargetGroup.FARMER),
                                  today=DEMO_TODAY)
    with db.transaction() as s:
        erase_person(s, gone.id)  # never shown, never counted


@pytest.fixture
def registry(demo_db: Database) -> Database:
    _add_awkward_people(demo_db)
    return demo_db


def _everyone(db: Database) -> list[Any]:
    p = Participant
    with db.sessions() as s:
        return list(s.execute(select(p.id, p.sort_key, p.name_folded, p.birth_year, p.birth_month, p.birth_day,
                                     p.village_id, p.target_group, p.phone, p.national_id)
                              .where(p.erased_at.is_(None))).all())


def _expected_order(db: Database, order: str) -> Callable[[Any], Any]:
    """The sort key of one person in ``order``: the column's value, then the name, then the id."""
    with db.sessions() as s:
        villages = s.execute(select(Village.id, Village.name)).all()
    rank = {v.id: n for n, v in enumerate(sorted(villages, key=lambda v: (collation_key(v.name), v.id)), 1)}
    column: dict[str, Callable[[Any], Any]] = {
        NAME: lambda r: (),
        BIRTH: lambda r: (r.birth_year or 0, r.birth_month or 0, r.birth_day or 0),  # unknown parts first
        VILLAGE: lambda r: rank[r.village_id] if r.village_id is not None else 0,  # no village first
        GROUP: lambda r: r.target_group,
    }
    return lambda r: (column[order](r), bytes(r.sort_key), r.id)


def _walk(db: Database, query: str = "", size: int = 3, **how: Any) -> list[int]:
    """Every id the pages give, asking ``size`` at a time from each last row's position."""
    ids: list[int] = []
    after = None
    with db.sessions() as s:
        while True:
            page = registry_page(s, query, after, size, **how)
            ids.extend(row.id for _section, row in page)
            assert len(ids) <= 400, "the pages go round in circles"
            if len(page) < size:
                return ids
            after = position(page[-1])


@pytest.mark.parametrize("order", ORDERS)
def test_every_order_and_group_walks_every_person_once_in_order(registry: Database, order: str) -> None:
    everyone = _everyone(registry)
    key = _expected_order(registry, order)
    for group in GROUPS:
        wanted = sorted((r for r in everyone if group is None or r.target_group == group), key=key)
        assert wanted or group == str(TargetGroup.OTHER)
        for descending in (False, True):
            expected = [r.id for r in (reversed(wanted) if descending else wanted)]
            for size in (3, 7):
                assert _walk(registry, size=size, group=group, order=order, descending=descending) == expected, (
                    order, group, descending, size)
        with registry.sessions() as s:
            assert registry_count(s, "", group=group) == len(wanted)


def test_ties_fall_on_the_pages_edges(registry: Database) -> None:
    """The fixture's ties are long enough to cross pages of 3: five "Nguyễn Văn An", three born 07/03/1958."""
    everyone = _everyone(registry)
    an = [r for r in everyone if r.name_folded == "nguyen van an"]
    born = [r for r in everyone if (r.birth_year, r.birth_month, r.birth_day) == (1958, 3, 7)]
    assert len(an) >= 5 and len(born) >= 4
    assert any(r.birth_year is None for r in everyone) and any(r.village_id is None for r in everyone)
    assert any(r.birth_year is not None and r.birth_day is None for r in everyone)


@pytest.mark.parametrize("group", GROUPS)
def test_a_search_narrowed_to_a_group_keeps_the_search_order(registry: Database, group: str | None) -> None:
    everyone = [r for r in _everyone(registry) if group is None or r.target_group == group]
    names = sorted((r for r in everyone if r.name_folded.startswith("nguyen van")), key=lambda r: (r.name_folded, r.id))
    for order in ORDERS:  # a column sort gives way to the search's own order
        assert _walk(registry, "Nguyễn Văn", group=group, order=order, descending=True) == [r.id for r in names]
    phone = next(r.phone for r in _everyone(registry) if r.phone)
    digits = phone[:3]
    by_phone = sorted((r for r in everyone if (r.phone or "").startswith(digits)), key=lambda r: (r.phone, r.id))
    by_id = sorted((r for r in everyone if (r.national_id or "").startswith(digits)), key=lambda r: (r.national_id, r.id))
    assert _walk(registry, digits, group=group, order=BIRTH) == [r.id for r in by_phone + by_id]
    with registry.sessions() as s:
        assert registry_count(s, "nguyen van", group=group) == len(names)
        assert registry_count(s, digits, group=group) == len(by_phone) + len(by_id)
        assert registry_count(s, "nguyen van", cap=2, group=group) == min(len(names), 3)
    assert registry_pages.searching("nguyen") and registry_pages.searching(" 09 12")
    assert not registry_pages.searching("") and not registry_pages.searching("   ")


def test_an_order_not_offered_is_refused(registry: Database) -> None:
    with registry.sessions() as s, pytest.raises(ValueError):
        registry_page(s, "", order="phone")


@pytest.mark.sqlite
def test_every_page_is_read_along_an_index_never_sorted(registry: Database) -> None:
    """SQLite's plan of every page statement: an index in the page's order (revisions 0011 and 0012), no
    temporary sort (which at a million would read every row of the group for one page)."""
    statements: list[str] = []

    def keep(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if "participants" in statement:  # pages, sections read together, villages with someone
            statements.append(statement)

    event.listen(registry.engine, "before_cursor_execute", keep)
    try:
        for order in ORDERS:
            for group in GROUPS:
                for descending in (False, True):
                    _walk(registry, size=7, group=group, order=order, descending=descending)
        for query in ("nguyen", "09"):
            for group in GROUPS:
                _walk(registry, query, size=7, group=group)
    finally:
        event.remove(registry.engine, "before_cursor_execute", keep)
    assert statements
    with registry.engine.connect() as conn:
        for statement in set(statements):
            values = [None] * statement.count("?")
            plan = " / ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, tuple(values)))
            assert "TEMP B-TREE" not in plan and "INDEX ix_participants_" in plan, (statement, plan)
            if "EXISTS" in statement:  # a probe a village: the village is part of the index's range
                assert "<expr>=?" in plan, plan
    assert any("_arm" in statement for statement in statements)  # sections were read together

