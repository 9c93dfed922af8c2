"""Scheduling screens: the class editor, the calendar, venues and instructors.

``ScheduleScreens`` is what the main window knows of them: two navigation entries, a
"New class" button and double-click on the class list, and one ``refresh`` after any
change so that every view shows the same schedule.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton, QWidget

from models import now_local

from ..list_panel import ListPanel
from ..ops import Ops
from .calendar_panel import CalendarPanel
from .class_editor import ClassEditor
from .places_panel import PlacesPanel


class ScheduleScreens(QObject):
    def __init__(self, ops: Ops, window: QWidget, today: date | None = None) -> None:
        super().__init__(window)
        self.ops, self.window = ops, window
        self.today = today or now_local().date()
        self.calendar = CalendarPanel(ops, self.open_class, self.today)
        self.places = PlacesPanel(ops, self.today)
        self.editor: ClassEditor | None = None
        self._listeners: list[Callable[[], None]] = []

    def entries(self) -> list[tuple[str, QWidget]]:
        """Navigation entries: (name, screen)."""
        return [(QCoreApplication.translate("ScheduleScreens", "Calendar"), self.calendar),
                (QCoreApplication.translate("ScheduleScreens", "Venues & instructors"), self.places)]

    def attach_classes(self, panel: ListPanel) -> None:
        """A "New class" button on the class list; a double-click on a class opens it."""
        button = QPushButton(QCoreApplication.translate("ScheduleScreens", "New class…"))
        button.setObjectName("newClassButton")
        button.clicked.connect(lambda: self.open_class(None))
        panel.top.addWidget(button)
        panel.view.doubleClicked.connect(lambda index: self.open_class(panel.model.row_at(index.row()).id))
        self._listeners.append(panel.reload)

    def open_class(self, class_id: int | None) -> ClassEditor:
        """The class editor (a new class with None), window-modal and not blocking."""
        self.editor = ClassEditor(self.ops, class_id, self.today, self.window)
        self.editor.saved.connect(lambda _saved: self.refresh())
        if class_id is not None:
            self.editor.finished.connect(lambda _r: self.refresh())  # sessions may have moved meanwhile
        self.editor.open()
        return self.editor

    def start(self) -> None:
        self.calendar.reload()
        self.places.reload()

    def refresh(self) -> None:
        self.start()
        for listener in self._listeners:
            listener()
