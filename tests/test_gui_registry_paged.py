"""A province's registry in the window: past BIG people the list reads a page at a time as it is shown,
and searches by the start of the accent-folded name (or phone / ID digits) in the database."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from classroom import registry_pages
from classroom.participants import load_participant_rows
from classroom.text import fold
from models import Participant
from models.db import Database
from tests.test_gui_registry import names_shown, open_window, people


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
    panel.view.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # paged: the order stays the name order
    assert names_shown(window)[:20] == everyone[:20]


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
