"""The window fits the commune PC's 1366×768 screen: no screen, no view forces it larger.

Every screen is opened (the lazy ones are made by opening them), both calendar views shown,
in Vietnamese and English, with names longer than the demo's (a venue, an instructor, a
village): the window's minimum size stays within the screen, and it opens maximized.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from models import LOCAL_TZ, ClassSession, CourseClass, Instructor, TargetGroup, Venue, Village
from models.db import Database
from tests.clock import DEMO_NOW
from tests.conftest import DEMO_TODAY
from ui.app import STYLE, install_translations, load_fonts
from ui.attendance.panel import AttendancePanel
from ui.lazy import LazyScreen
from ui.main_window import MainWindow
from ui.ops import Ops

WIDTH, HEIGHT = 1366, 768


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language, and the font and style the program sets (sizes depend on them)."""
    font, style = qapp.font(), qapp.styleSheet()
    family = load_fonts()
    if family:
        qapp.setFont(QFont(family, 10))
    qapp.setStyleSheet(STYLE)
    translators = install_translations(qapp, request.param) if request.param == "vi" else []
    yield request.param
    for t in translators:
        qapp.removeTranslator(t)
    qapp.setFont(font)
    qapp.setStyleSheet(style)


def lengthen_names(db: Database) -> None:
    """Longer names than the demo's, and classes of every target group (the calendar's legend)."""
    with db.transaction() as s:
        groups = list(TargetGroup)
        for i, klass in enumerate(s.scalars(select(CourseClass).order_by(CourseClass.id))):
            klass.target_group = groups[i % len(groups)]
            first = s.scalars(select(ClassSession).where(ClassSession.class_id == klass.id)
                              .order_by(ClassSession.starts_at)).first()
            if first is not None:  # a session in the month shown, for each group
                start = datetime.combine(DEMO_TODAY + timedelta(days=i % 5), time(7 + i), LOCAL_TZ)
                first.starts_at, first.ends_at = start, start + timedelta(hours=1)
        s.scalars(select(Venue)).first().name = "Nhà văn hóa thôn Yên Trường và sân thể thao đa năng liên thôn số 3"
        s.scalars(select(Instructor)).first().full_name = "Nguyễn Thị Phương Hoàng Lan Anh (Trung tâm GDNN–GDTX huyện)"
        s.scalars(select(Village)).first().name = "Tổ dân phố số 12 khu dân cư mới phía Nam đường tỉnh 513"


def test_every_screen_fits_1366_by_768(qtbot, demo_db: Database, language: str,  # type: ignore[no-untyped-def]
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(AttendancePanel, "_today", staticmethod(lambda: DEMO_TODAY))
    monkeypatch.setattr(AttendancePanel, "_now", staticmethod(lambda: DEMO_NOW))  # the 19:00 session is on
    lengthen_names(demo_db)
    errors: list[BaseException] = []
    window = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    window.schedule.today = DEMO_TODAY
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.start()
    seen = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        screen = window.stack.widget(row)
        panel = screen.panel() if isinstance(screen, LazyScreen) else screen
        views = [None]
        if panel is window.schedule.calendar:
            panel.today = panel.anchor = DEMO_TODAY
            views = [panel.week_button, panel.month_button]
        for view in views:
            if view is not None:
                view.setChecked(True)
            QApplication.processEvents()
            hint = panel.minimumSizeHint()
            seen.append((window.nav.item(row).text(), view and view.text(), hint.width(), hint.height()))
            assert hint.width() <= WIDTH - window.nav.width() and hint.height() <= HEIGHT, seen[-1]
            whole = window.minimumSizeHint()
            assert whole.width() <= WIDTH and whole.height() <= HEIGHT, (seen[-1], whole)
    assert window.width() == WIDTH and window.height() == HEIGHT  # nothing pushed the window larger
    assert len(seen) == window.nav.count() + 1 and not errors


def test_the_window_opens_maximized(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import ui.app as app_module

    shown: list[MainWindow] = []
    monkeypatch.setattr(app_module, "ask_officer_at_start", lambda window: None)

    class NoLoop:
        def exec(self) -> int:
            return 0
    window = MainWindow(Ops(demo_db, pytest.fail, synchronous=True))
    qtbot.addWidget(window)
    monkeypatch.setattr(window, "showMaximized", lambda: shown.append(window))
    monkeypatch.setattr(window, "show", lambda: pytest.fail("shown at its own size"))
    monkeypatch.setattr(demo_db, "close", lambda: None)
    assert app_module.run_window(NoLoop(), window, demo_db) == 0  # type: ignore[arg-type]
    assert shown == [window]
