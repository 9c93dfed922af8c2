"""The first real day on an empty database: what the officer sees once the first rows arrive."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from classroom.participants import PersonInput, create_participant
from models.db import Database
from ui.main_window import MainWindow
from ui.ops import Ops

FIXED_DAY = date(2027, 2, 22)


def open_window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    window = MainWindow(Ops(db, errors.append, synchronous=True))
    window.schedule.today = FIXED_DAY
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.start()
    window.errors = errors  # type: ignore[attr-defined]
    return window


def test_names_get_their_width_when_the_first_list_comes_into_an_empty_registry(qtbot, db: Database,  # type: ignore[no-untyped-def]
                                                                                vietnamese: None) -> None:
    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    panel = window.participants
    assert panel.model.total() == 0  # columns first fitted to the headings alone
    long_name = "Nguyễn Thị Phương Thảo"
    with db.transaction() as session:
        create_participant(session, PersonInput(full_name=long_name, birth=1960), today=FIXED_DAY)
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.total() == 1)
    shown = panel.view.fontMetrics().horizontalAdvance(long_name)
    assert panel.view.columnWidth(0) >= shown, "the name is cut: its column kept the empty list's width"
    assert panel.model.headerData(0, Qt.Orientation.Horizontal) == "Họ và tên"


def test_the_empty_registry_names_the_button_as_it_is_shown(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db)
    window.setup_assistant.reject()
    hint = window.participants.empty.hint.label.text()
    button = window.participants.actions.add.text()
    assert f"“{button}”" in hint
