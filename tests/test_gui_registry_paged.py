"""A province's registry in the window: past BIG people the list reads a page at a time as it is shown,
and searches by the start of the accent-folded name (or phone / ID digits) in the database."""
from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolTip
from sqlalchemy import select

from classroom import registry_pages
from classroom.participants import load_participant_rows
from classroom.text import fold
from models import Participant, TargetGroup
from models.db import Database
from tests.test_gui_registry import names_shown, open_window, people
from ui.participants_panel import ParticipantsPanel, _haystack, _RegistryPager, participant_columns
from ui.table_model import PagedRowTableModel, RowTableModel


@pytest.fixture
def province(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry_pages, "BIG", 50)  # the 150-person demo commune counts as a province
    from ui.table_model import PagedRowTableModel

    monkeypatch.setattr(PagedRowTableModel, "page_size", 20)


def test_big_registry_loads_pages_as_scrolled_in_name_order(qtbot, demo_db: Database, province: None,  # type: ignore[no-untyped-def]
                                                            vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    panel = window.participants
    model = panel.model
    assert model.paging() and panel.loaded
    assert model.rowCount() == 20
    total = people(demo_db)
    assert panel.count.text() == f"Hiển thị {total} / {total} người"
    with demo_db.sessions() as s:
        everyone = [r.full_name for r in load_participant_rows(s)]
    assert names_shown(window) == everyone[:20]
    panel.view.scrollToBottom()  # the view asks for more as it reaches the end
    qtbot.waitUntil(lambda: model.rowCount() > 20)
    while model.canFetchMore():
        model.fetchMore()
    assert names_shown(window) == everyone  # every page once, in name order, nothing twice


def test_big_registry_search_is_a_folded_name_or_digits_prefix(qtbot, demo_db: Database, province: None,  # type: ignore[no-untyped-def]
                                                               vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    panel = window.participants
    with demo_db.sessions() as s:
        rows = s.execute(select(Participant.full_name, Participant.phone).where(Participant.erased_at.is_(None))).all()
    target = rows[7].full_name
    typed = fold(target)[:7].upper()  # accents left out, capitals: "NGUYEN "
    qtbot.keyClicks(panel.search, typed)
    qtbot.waitUntil(lambda: panel.model.matched() < len(rows))
    expected = sorted((n for n, _ in rows if fold(n).startswith(fold(typed))), key=fold)
    shown = names_shown(window)
    while panel.model.canFetchMore():
        panel.model.fetchMore()
        shown = names_shown(window)
    assert sorted(shown, key=fold) == expected and target in shown
    assert panel.count.text() == f"Hiển thị {len(expected)} / {len(rows)} người"
    assert panel.model.row_at(0).full_name == shown[0]
    phone = next(p for _, p in rows if p)
    panel.search.setText(phone[:6])
    qtbot.waitUntil(lambda: not panel._debounce.isActive())
    found = [panel.model.row_at(i) for i in range(panel.model.rowCount())]
    assert found and all((r.phone or "").startswith(phone[:6]) or (r.national_id or "").startswith(phone[:6])
                         for r in found)
    panel.search.setText("zzzz")
    qtbot.waitUntil(lambda: not panel._debounce.isActive())
    assert panel.model.rowCount() == 0
    assert panel.count.text() == f"Hiển thị 0 / {len(rows)} người"


def _all_rows(panel: ParticipantsPanel) -> list[int]:
    """The ids of every row, reading every page as the view would."""
    model = panel.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(i).id for i in range(model.rowCount())]


def _in_memory(db: Database, group: str | None, column: int, order: Qt.SortOrder) -> list[int]:
    """The order a commune's registry held in memory shows the same people in."""
    model: RowTableModel[Any] = RowTableModel(participant_columns(), _haystack, 0)
    with db.sessions() as s:
        model.set_rows(load_participant_rows(s))
    model.set_filter(None if group is None else (lambda r: r.target_group == group))
    model.sort(column, order)
    return [model.row_at(i).id for i in range(model.rowCount())]


def _click_heading(qtbot, panel: ParticipantsPanel, column: int) -> None:  # type: ignore[no-untyped-def]
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_big_registry_shows_one_group_and_sorts_by_a_clicked_heading(qtbot, demo_db: Database, province: None,  # type: ignore[no-untyped-def]
                                                                      vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    panel = window.participants
    model, header = panel.model, panel.view.horizontalHeader()
    assert model.paging()
    total = people(demo_db)
    farmer = str(TargetGroup.FARMER)
    panel.group.setCurrentIndex(panel.group.findData(farmer))
    farmers = _in_memory(demo_db, farmer, 0, Qt.SortOrder.AscendingOrder)
    assert 20 < len(farmers) < total  # more than one page, fewer than everyone
    assert _all_rows(panel) == farmers
    assert all(model.row_at(i).target_group == farmer for i in range(model.rowCount()))
    assert panel.count.text() == f"Hiển thị {len(farmers)} / {total} người"

    _click_heading(qtbot, panel, 1)  # "Ngày sinh": oldest first, as the list held in memory sorts it
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    by_birth = _in_memory(demo_db, farmer, 1, Qt.SortOrder.AscendingOrder)
    assert by_birth != farmers and _all_rows(panel) == by_birth
    _click_heading(qtbot, panel, 1)  # again: the other way round
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _all_rows(panel) == by_birth[::-1] == _in_memory(demo_db, farmer, 1, Qt.SortOrder.DescendingOrder)

    _click_heading(qtbot, panel, 3)  # "Thôn": village by village, names in order within each
    _click_heading(qtbot, panel, 3)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert _all_rows(panel) == _in_memory(demo_db, farmer, 3, Qt.SortOrder.DescendingOrder)

    _click_heading(qtbot, panel, 2)  # "Giới tính" has no index to page by: not clickable, and it says why
    assert QToolTip.isVisible() and "Danh sách hơn 50 người" in QToolTip.text()  # (BIG, lowered for the test)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (3, Qt.SortOrder.DescendingOrder)
    assert _all_rows(panel) == _in_memory(demo_db, farmer, 3, Qt.SortOrder.DescendingOrder)
    assert "50" in (panel._sort_refusal(2) or "") and panel._sort_refusal(3) is None
    panel.view.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # asked in code: refused all the same, no false mark
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (3, Qt.SortOrder.DescendingOrder)
    assert _all_rows(panel) == _in_memory(demo_db, farmer, 3, Qt.SortOrder.DescendingOrder)

    panel.group.setCurrentIndex(0)  # every group again, still by village the other way round
    assert _all_rows(panel) == _in_memory(demo_db, None, 3, Qt.SortOrder.DescendingOrder)
    assert panel.count.text() == f"Hiển thị {total} / {total} người"
    _click_heading(qtbot, panel, 4)  # target group: a new column starts the right way round
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (4, Qt.SortOrder.AscendingOrder)
    assert _all_rows(panel) == _in_memory(demo_db, None, 4, Qt.SortOrder.AscendingOrder)


def test_big_registry_search_order_is_not_marked_as_a_column_sort(qtbot, demo_db: Database, province: None,  # type: ignore[no-untyped-def]
                                                                  vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    panel = window.participants
    header = panel.view.horizontalHeader()
    _click_heading(qtbot, panel, 1)
    _click_heading(qtbot, panel, 1)  # birth date, youngest first
    by_birth = _in_memory(demo_db, None, 1, Qt.SortOrder.DescendingOrder)
    assert _all_rows(panel) == by_birth and header.isSortIndicatorShown()
    panel.search.setText("nguyen")
    qtbot.waitUntil(lambda: not panel._debounce.isActive())
    found = _all_rows(panel)
    with demo_db.sessions() as s:
        folded = {r.id: r.name_folded for r in load_participant_rows(s)}
    assert found == sorted((i for i in folded if folded[i].startswith("nguyen")), key=lambda i: (folded[i], i))
    assert not header.isSortIndicatorShown()  # the rows are in the search's order: no column is marked
    assert panel._sort_refusal(3) is not None
    _click_heading(qtbot, panel, 3)  # refused while searching: the order stays the search's
    assert _all_rows(panel) == found and not header.isSortIndicatorShown()
    panel.search.clear()
    qtbot.waitUntil(lambda: not panel._debounce.isActive())
    assert header.isSortIndicatorShown()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    assert _all_rows(panel) == by_birth


def test_big_registry_sort_click_does_not_count_the_group_again(qtbot, demo_db: Database, province: None,  # type: ignore[no-untyped-def]
                                                                 vietnamese: None, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, demo_db)
    panel = window.participants
    farmer = str(TargetGroup.FARMER)
    counted: list[tuple[str, str | None]] = []
    count = registry_pages.registry_count

    def counting(session: Any, query: str = "", *args: Any, group: str | None = None, **kwargs: Any) -> int:
        counted.append((query, group))
        return count(session, query, *args, group=group, **kwargs)

    monkeypatch.setattr(registry_pages, "registry_count", counting)
    panel.group.setCurrentIndex(panel.group.findData(farmer))
    assert counted == [("", farmer)]  # the group is counted once, when chosen
    shown = panel.count.text()
    counted.clear()
    _click_heading(qtbot, panel, 1)  # a sort: the same people, no count
    _click_heading(qtbot, panel, 1)
    assert _all_rows(panel) == _in_memory(demo_db, farmer, 1, Qt.SortOrder.DescendingOrder)
    assert counted == [] and panel.count.text() == shown
    panel.reload()  # a reload counts again (the people may have changed)
    assert ("", farmer) in counted and panel.count.text() == shown


class _Held:
    """Ops whose answers wait until delivered, in the order asked (a slow database)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.waiting: list[tuple[Any, Any]] = []

    def query(self, fn: Any, on_success: Any, on_failure: Any = None) -> None:
        self.waiting.append((fn, on_success))

    def deliver(self) -> None:
        while self.waiting:
            fn, on_success = self.waiting.pop(0)
            with self.db.sessions() as s:
                answer = fn(s)
            on_success(answer)


@pytest.mark.parametrize("change", ["group", "sort"])
def test_big_registry_total_and_on_shown_survive_a_change_before_the_first_answer(  # type: ignore[no-untyped-def]
        qtbot, demo_db: Database, province: None, change: str) -> None:
    held = _Held(demo_db)
    model: PagedRowTableModel[Any] = PagedRowTableModel(participant_columns(), _haystack, 0, held, _RegistryPager())
    total, farmer = people(demo_db), str(TargetGroup.FARMER)
    farmers = len(_in_memory(demo_db, farmer, 0, Qt.SortOrder.AscendingOrder))
    calls: list[int] = []
    model.start_paging(lambda: calls.append(model.total()))  # (the panel fits its columns then)
    if change == "group":
        model.set_filter(None, farmer)  # chosen before the first answer came: that answer is dropped
    else:
        model.sort(1, Qt.SortOrder.DescendingOrder)  # a heading clicked before the first answer came
    held.deliver()
    assert calls == [total] and model.total() == total  # the newer answer brought them
    assert model.matched() == (farmers if change == "group" else total) and model.rowCount() == 20
    model.set_filter(None, None)  # every group again: everyone is the total, not 0
    held.deliver()
    assert model.matched() == model.total() == total and calls == [total]  # on_shown once
