"""A list of sessions, one coloured card per session: the calendar's side, a venue's week, an instructor's page."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from classroom.scheduling import AgendaEntry

from .words import group_colour, weekday


class SessionList(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def show_entries(self, entries: list[AgendaEntry], with_day: bool = True, empty: str = "") -> None:
        self.clear()
        for e in entries:
            when = (f"{weekday(e.starts_at.date(), short=True)} {e.starts_at:%d/%m} " if with_day else "") + \
                f"{e.starts_at:%H:%M}–{e.ends_at:%H:%M}"
            item = QListWidgetItem(f"{when}  {e.class_code}\n{e.title}\n{e.venue}", self)
            item.setData(Qt.ItemDataRole.UserRole, e.class_id)
            item.setBackground(group_colour(e.target_group))
            item.setToolTip(e.instructors)
            if e.cancelled:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
        if not entries and empty:
            QListWidgetItem(empty, self).setData(Qt.ItemDataRole.UserRole, 0)  # never read an empty value
