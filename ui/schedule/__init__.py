"""Scheduling screens: the class editor, the calendar, the commune's lists (villages, venues,
instructors, courses).

``ScheduleScreens`` is what the main window knows of them: two navigation entries, a
"New class" button and double-click on the class list, and one ``refresh`` after any
change so that every view shows the same schedule.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton, QWidget

from models import now_local

from ..lazy import LazyScreen, PanelOf
from ..list_panel import ListPanel
from ..ops import Ops

if TYPE_CHECKING:  # the screens (and holidays, the scheduling services) load when first opened
    from .calendar_panel import CalendarPanel
    from .class_editor import ClassEditor
    from ..setup.days_off import DaysOffPanel
    from .places_panel import PlacesPanel


class ScheduleScreens(QObject):
    calendar: PanelOf[CalendarPanel] = PanelOf("_calendar")  # made when first needed
    places: PanelOf[PlacesPanel] = PanelOf("_places")
    days_off: PanelOf[DaysOffPanel] = PanelOf("_days_off")

    def __init__(self, ops: Ops, window: QWidget, today: date | None = None) -> None:
        super().__init__(window)
        self.ops, self.window = ops, window
        self.today = today or now_local().date()
        self._calendar: LazyScreen[CalendarPanel] = LazyScreen(self._make_calendar)
        self._places: LazyScreen[PlacesPanel] = LazyScreen(self._make_places)
        self._days_off: LazyScreen[DaysOffPanel] = LazyScreen(self._make_days_off)
        self.editor: ClassEditor | None = None
        self._listeners: list[Callable[[], None]] = []
        self.lists_listeners: list[Callable[[], None]] = []  # screens that show a village's name (the registry)

    def _make_calendar(self) -> CalendarPanel:
        from .calendar_panel import CalendarPanel
        return CalendarPanel(self.ops, self.open_class, self.today)

    def _make_places(self) -> PlacesPanel:
        from .places_panel import PlacesPanel
        panel = PlacesPanel(self.ops, self.today)
        panel.changed_listeners.append(self._lists_changed)
        return panel

    def _make_days_off(self) -> DaysOffPanel:
        from ..setup.days_off import DaysOffPanel
        return DaysOffPanel(self.ops, self._calendar.reload, self.today)

    def _lists_changed(self) -> None:
        """A list was changed on the lists' screen: the calendar, the classes and the registry show it."""
        self._calendar.reload()
        for listener in (*self._listeners, *self.lists_listeners):
            listener()

    def entries(self) -> list[tuple[str, QWidget]]:
        """Navigation entries: (name, screen); each screen is made and loaded when first opened."""
        return [(QCoreApplication.translate("ScheduleScreens", "Calendar"), self._calendar),
                (QCoreApplication.translate("ScheduleScreens", "Days off"), self._days_off),
                (QCoreApplication.translate("ScheduleScreens", "Lists"), self._places)]

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
        from .class_editor import ClassEditor
        self.editor = ClassEditor(self.ops, class_id, self.today, self.window)
        if class_id is None:
            self.editor.saved.connect(lambda _saved: self.refresh())
        else:  # saved or not, sessions may have moved meanwhile (a save closes the editor: one refresh)
            self.editor.finished.connect(lambda _r: self.refresh())
        self.editor.open()
        return self.editor

    def start(self) -> None:
        """Reloads the schedule screens already made (the others load when first opened)."""
        self._calendar.reload()
        self._places.reload()
        self._days_off.reload()

    def refresh(self) -> None:
        self.start()
        for listener in self._listeners:
            listener()
