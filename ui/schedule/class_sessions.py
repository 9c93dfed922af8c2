"""The sessions of an existing class, to move, cancel or add one at a time; then whom to tell."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.scheduling import (
    ClassDetail, Notice, SchedulingConflict, SessionInfo, add_session, cancel_session, move_session,
)
from models import SessionStatus

from ..ops import Ops
from .preview import ui_language
from .session_dialogs import CancelDialog, NoticeDialog, SessionTimeDialog
from .words import conflict_text, describe, session_status, time_span



class SessionsBox(QWidget):
    changed = Signal()

    def __init__(self, ops: Ops, class_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.class_id = ops, class_id
        self.detail: ClassDetail | None = None
        self.venues: list[tuple[int, str]] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("classSessions")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Venue"), self.tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.move_button = QPushButton(self.tr("Move…"))
        self.cancel_button = QPushButton(self.tr("Cancel session…"))
        self.add_button = QPushButton(self.tr("Add a session…"))
        row = QHBoxLayout()
        for button in (self.move_button, self.cancel_button, self.add_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.add_button.clicked.connect(self.add_one)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()
        self.last_notice: NoticeDialog | None = None

    def show_detail(self, detail: ClassDetail, venues: list[tuple[int, str]]) -> None:
        self.detail, self.venues = detail, venues
        names = dict(venues)
        self.table.setRowCount(len(detail.sessions))
        grey = QBrush(QColor("#888888"))
        for r, s in enumerate(detail.sessions):
            moved = self.tr(" (moved from %1)").replace("%1", f"{s.moved_from:%d/%m}") if s.moved_from else ""
            status = session_status(s.status)
            cells = [time_span(s.starts_at, s.ends_at) + moved, names.get(s.venue_id or detail.data.venue_id, ""),
                     (status + (f": {s.note}" if s.note else "")).strip(": ")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s.id)
                if s.status == SessionStatus.CANCELLED:
                    item.setForeground(grey)
                self.table.setItem(r, c, item)
        self._update_buttons()

    def selected(self) -> SessionInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if not rows or self.detail is None:
            return None
        return self.detail.sessions[min(rows)]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        can_change = chosen is not None and chosen.status == SessionStatus.SCHEDULED
        self.move_button.setEnabled(can_change)
        self.cancel_button.setEnabled(can_change)

    def move_selected(self) -> None:
        chosen, detail = self.selected(), self.detail
        if chosen is None or detail is None:
            return
        dialog = SessionTimeDialog(self.tr("Move a session"), chosen.starts_at, chosen.ends_at, self.venues,
                                   chosen.venue_id or detail.data.venue_id, self)
        if dialog.exec() != SessionTimeDialog.DialogCode.Accepted:
            return
        (starts, ends), venue, session_id = dialog.times(), dialog.venue_id(), chosen.id
        self._run(lambda allow: lambda s: move_session(s, session_id, starts, ends, venue_id=venue,
                                                       allow_conflicts=allow, actor=self.ops.actor, language=ui_language()))

    def cancel_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        dialog = CancelDialog(time_span(chosen.starts_at, chosen.ends_at), self)
        if dialog.exec() != CancelDialog.DialogCode.Accepted:
            return
        reason, session_id = dialog.reason.text(), chosen.id
        self._run(lambda _allow: lambda s: cancel_session(s, session_id, reason, actor=self.ops.actor))

    def add_one(self) -> None:
        detail = self.detail
        if detail is None:
            return
        last = detail.sessions[-1] if detail.sessions else None
        starts = last.starts_at + timedelta(days=7) if last else datetime.now().astimezone()
        ends = last.ends_at + timedelta(days=7) if last else starts + timedelta(hours=2)
        dialog = SessionTimeDialog(self.tr("Add a session"), starts, ends, self.venues, detail.data.venue_id, self)
        if dialog.exec() != SessionTimeDialog.DialogCode.Accepted:
            return
        (starts, ends), venue, class_id = dialog.times(), dialog.venue_id(), detail.id
        self._run(lambda allow: lambda s: add_session(s, class_id, starts, ends, venue_id=venue, allow_conflicts=allow,
                                                      actor=self.ops.actor, language=ui_language()))

    def _run(self, make: Callable[[bool], Callable[[Session], Notice]], allow: bool = False) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, SchedulingConflict) and self._ask_anyway(exc):
                self._run(make, True)
                return
            QMessageBox.warning(self, self.tr("Not changed"), describe(exc))
        self.ops.mutate(make(allow), self._done, failed)

    def _ask_anyway(self, exc: SchedulingConflict) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Conflicts"),
                          "\n".join(conflict_text(c) for c in exc.conflicts[:12]), parent=self)
        anyway = box.addButton(self.tr("Change anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Keep as it was"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is anyway

    def _done(self, notice: Notice) -> None:
        self.changed.emit()
        self.last_notice = NoticeDialog(notice, self)
        self.last_notice.open()
