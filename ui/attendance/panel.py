"""Marking attendance as it happens: this week's sessions, a roster, a scan field, keys.

Focus decides the mode. In the scan field (where the window puts the focus) a USB or
Bluetooth scanner types a card's text and Enter. On the roster, one key marks the
selected person and moves down; a digit (card texts start with the commune's code)
sends the typing back to the scan field, so a scan never turns into a mark.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from classroom import attendance as att
from classroom import audit_marks
from models import LOCAL_TZ

from ..changes import ATTENDANCE, AUDIT, CLASSES, ENROLLMENTS, PEOPLE, PLACES
from ..empty_state import EmptySwitch
from ..ops import Ops
from ..words import describe_error
from .prompts import WalkInPrompts
from .results import ResultsDialog
from .roster_model import RosterModel, status_word

BANNER_STYLES = {
    "good": "background:#1e7b34;color:white;", "warn": "background:#b36b00;color:white;",
    "bad": "background:#b3261e;color:white;", "idle": "background:#eef1f4;color:#333;",
}


class AttendancePanel(QWidget):
    SHOWS = CLASSES | ENROLLMENTS | ATTENDANCE | PEOPLE | PLACES  # the week's sessions and their rosters
    changed = Signal()  # a mark was saved or undone

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self._ops = ops
        self.assessment_vneid = True  # the instructor's program enters results only
        self.week_start = self._today() - timedelta(days=self._today().weekday())
        self.session_id: int | None = None
        self._sitting = False  # marks made in the session on screen, owed to the audit log when it is left
        self.empty: EmptySwitch | None = None  # the window puts what to do with no session in the list's place
        self.undo_stack: list[tuple[int, list[att.MarkState]]] = []
        self.keys = {  # one key per status, in the person's language
            self.tr("P", "key: present").upper(): "present", self.tr("L", "key: late").upper(): "late",
            self.tr("A", "key: absent").upper(): "absent", self.tr("E", "key: excused").upper(): "excused",
        }

        title = QLabel(self.tr("Attendance"))
        title.setObjectName("panelTitle")
        self.week_label = QLabel()
        prev_week, next_week = QPushButton(self.tr("◀ Previous week")), QPushButton(self.tr("Next week ▶"))
        prev_week.clicked.connect(lambda: self._move_week(-7))
        next_week.clicked.connect(lambda: self._move_week(7))
        self.sessions = QListWidget()
        self.sessions.setObjectName("sessionList")
        self.sessions.setWordWrap(True)
        self.sessions.setSpacing(3)
        self.sessions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sessions.currentItemChanged.connect(self._session_chosen)

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        nav.addWidget(prev_week)
        nav.addWidget(next_week)
        lv.addWidget(self.week_label)
        lv.addLayout(nav)
        lv.addWidget(self.sessions, 1)

        self.header = QLabel(self.tr("Choose a session on the left."))
        self.header.setWordWrap(True)
        self.header.setObjectName("sessionHeader")
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(self.tr("Scan a QR card (or type its code) and press Enter"))
        self.scan.returnPressed.connect(self._scanned)
        self.banner = QLabel(" ")
        self.banner.setObjectName("scanBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setMinimumHeight(56)
        self._show_banner("idle", self.tr("Ready for the first card"))
        self.prompts = WalkInPrompts()  # cards of people not enrolled: questions that wait, never block
        self.prompts.enrol.connect(lambda session_id, pid: self.enroll_walk_in(pid, session_id))
        self.model = RosterModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultSectionSize(120)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.installEventFilter(self)
        self.everyone = QPushButton(self.tr("Everyone present (the rest)"))
        self.everyone.clicked.connect(self._everyone_present)
        self.undo = QPushButton(self.tr("Undo last mark"))
        self.undo.clicked.connect(self._undo)
        self.newcomer = QPushButton(self.tr("Walk-in: a new person…"))
        self.newcomer.clicked.connect(self._new_person)
        self.results = QPushButton(self.tr("Results of the class…"))
        self.results.clicked.connect(self._show_results)
        self.assess = QPushButton(self.tr("Assessment and VNeID…"))
        self.assess.setObjectName("assessButton")
        self.assess.clicked.connect(self.open_assessment)
        self.paper = QCheckBox(self.tr("Entering a paper sign-in sheet"))
        self.paper.setToolTip(self.tr("Same order and numbers as the printed sheet; marks are recorded as from paper"))
        keys_help = QLabel(self.tr("Keys on the list: P present · L late · A absent · E excused · ↑↓ choose a person · Esc back to scanning"))
        keys_help.setObjectName("keysHelp")
        self.summary = QLabel()

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.header)
        rv.addWidget(self.scan)
        rv.addWidget(self.banner)
        rv.addWidget(self.prompts)
        rv.addWidget(self.table, 1)
        # Two rows, so that the screen fits a 1366-pixel laptop (the usual commune PC).
        buttons = QHBoxLayout()
        for widget in (self.everyone, self.undo, self.newcomer, self.results):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.assess)
        more.addWidget(self.paper)
        more.addStretch(1)
        more.addWidget(self.summary)
        rv.addLayout(buttons)
        rv.addLayout(more)
        keys_help.setWordWrap(True)
        rv.addWidget(keys_help)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        left.setMinimumWidth(280)
        split.setSizes([320, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(split, 1)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self._undo)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self._focus_scan)
        self._set_enabled(False)

    # -- sessions of the week
    @staticmethod
    def _today() -> date:
        return datetime.now(LOCAL_TZ).date()

    @staticmethod
    def _now() -> datetime:
        """The clock the marks are taken by (tests set it)."""
        return datetime.now(LOCAL_TZ).replace(microsecond=0)

    def show_week_of(self, day: date) -> None:
        self.week_start = day - timedelta(days=day.weekday())
        self.reload()

    def reload(self) -> None:
        start = self.week_start
        self.week_label.setText(self.tr("Week %1 – %2").replace("%1", start.strftime("%d/%m/%Y"))
                                .replace("%2", (start + timedelta(days=6)).strftime("%d/%m/%Y")))
        self._ops.query(lambda s: att.sessions_between(s, start, start + timedelta(days=6)), self._show_sessions)

    def _move_week(self, days: int) -> None:
        self.week_start += timedelta(days=days)
        self.reload()

    def _label(self, info: att.SessionInfo, marked: int, enrolled: int) -> str:
        when = info.starts_at
        return (f"{when.strftime('%d/%m')} {when.strftime('%H:%M')}–{info.ends_at.strftime('%H:%M')}"
                f"  {info.class_code}\n{info.course_title}\n{info.venue} · "
                + self.tr("%1/%2 marked").replace("%1", str(marked)).replace("%2", str(enrolled)))

    def _show_sessions(self, infos: list[att.SessionInfo]) -> None:
        keep = self.session_id
        self.sessions.blockSignals(True)
        self.sessions.clear()
        today, chosen = self._today(), None
        for info in infos:
            when = info.starts_at
            item = QListWidgetItem(self._label(info, info.marked, info.enrolled), self.sessions)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            if when.date() == today:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            if info.id == keep or (keep is None and chosen is None and when.date() >= today):
                chosen = item
        if not infos:
            QListWidgetItem(self.tr("No sessions this week."), self.sessions).setFlags(Qt.ItemFlag.NoItemFlags)
        if self.empty is not None:
            self.empty.set_empty(not infos)
        self.sessions.blockSignals(False)
        if chosen is not None:
            self.sessions.setCurrentItem(chosen)  # (re)loads its roster

    def _session_chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        session_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if session_id is not None:
            self.open_session(session_id)

    def open_session(self, session_id: int) -> None:
        """Show one session's roster (from the list, or from elsewhere in the window)."""
        if session_id != self.session_id:
            self.close_sitting()
            self.undo_stack.clear()
            self.prompts.clear()  # questions about another session's door
        self.session_id = session_id
        self._ops.query(lambda s: (att.session_info(s, session_id), att.roster(s, session_id)), self._show_roster)

    def _show_roster(self, loaded: tuple[att.SessionInfo, list[att.RosterLine]]) -> None:
        info, lines = loaded
        if info.id != self.session_id:
            return
        self.header.setText(f"<b>{info.class_code} · {info.course_title}</b><br>"
                            f"{info.starts_at.strftime('%d/%m/%Y %H:%M')}–{info.ends_at.strftime('%H:%M')} · {info.venue}")
        self.info = info
        if not att.has_started(info.starts_at, self._now()):
            self.header.setText(self.header.text() + "<br><span style='color:#b3261e'>" + self.tr(
                "This session has not started yet: it can be marked from %1.").replace(
                "%1", (info.starts_at - att.OPENS_BEFORE).strftime("%H:%M %d/%m/%Y")) + "</span>")
        row = max(self.table.currentIndex().row(), 0)
        self.model.session_day = info.starts_at.date()
        self.model.set_lines(lines)
        for line in lines:  # enrolled meanwhile (on another screen): their question is answered
            self.prompts.forget(line.participant_id)
        self.table.setColumnWidth(3, 190)
        if lines:
            self.table.selectRow(min(row, len(lines) - 1))
        self._update_counts()
        self._set_enabled(True)

    def _update_counts(self) -> None:
        lines, info = self.model.lines, self.info
        counts = {s: sum(1 for x in lines if x.status == s) for s in att.STATUSES}
        for i in range(self.sessions.count()):  # keep the week's list in step without reloading it
            item = self.sessions.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == info.id:
                item.setText(self._label(info, len(lines) - sum(1 for x in lines if x.status is None), len(lines)))
        self.summary.setText(self.tr("Present %1 · late %2 · absent %3 · excused %4 · not marked %5 / %6").replace(
            "%1", str(counts["present"])).replace("%2", str(counts["late"])).replace("%3", str(counts["absent"]))
            .replace("%4", str(counts["excused"])).replace("%5", str(sum(1 for x in lines if x.status is None)))
            .replace("%6", str(len(lines))))

    def _set_enabled(self, on: bool) -> None:
        for w in (self.scan, self.table, self.everyone, self.undo, self.newcomer, self.results, self.assess, self.paper):
            w.setEnabled(on)
        if on and not self.table.hasFocus():
            self._focus_scan()

    def _focus_scan(self) -> None:
        self.scan.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan.selectAll()

    # -- marking
    def _refresh(self) -> None:
        """After a mark: the roster again (one query); the week's list keeps its own counts fresh."""
        if self.session_id is not None:
            self.open_session(self.session_id)

    def close_sitting(self) -> None:
        """The officer leaves the session (another session, another screen, the window closed): the
        marks made in it go to the audit log as one row (classroom.audit_marks)."""
        if self.session_id is None or not self._sitting:
            return
        self._sitting = False
        session_id, actor = self.session_id, self._ops.actor
        self._ops.mutate(lambda s: audit_marks.close_sitting(s, session_id=session_id, actor=actor),
                         lambda _written: None, changes=AUDIT)  # a row in the audit log, nothing else

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self.close_sitting()
        super().hideEvent(event)

    def _done(self, states: list[att.MarkState]) -> None:
        self._sitting = True
        if states and self.session_id is not None:
            self.undo_stack.append((self.session_id, states))
        self._refresh()
        self.changed.emit()

    def mark_selected(self, status: str) -> None:
        row = self.table.currentIndex().row()
        if self.session_id is None or row < 0:
            return
        line, session_id = self.model.lines[row], self.session_id
        reason, arrived = "", None
        if status == "excused":
            reason, ok = QInputDialog.getText(self, self.tr("Excused absence"),
                                              self.tr("Reason (may be left empty):"))
            if not ok:
                return
        now = self._now()
        if status == "late" and not self.paper.isChecked() and self.info.starts_at <= now <= self.info.ends_at:
            arrived = now.replace(second=0)  # marked as they come in; afterwards (or from paper) the time is not known
        actor, source = self._ops.actor, "paper" if self.paper.isChecked() else "office"
        ahead = status == "excused"  # an absence may be excused before the session (told in advance)
        self._ops.mutate(lambda s: [att.mark(s, session_id, line.participant_id, status, actor=actor, source=source,
                                             reason=reason, arrived_at=arrived, now=now, allow_future=ahead)],
                         self._done, self._failed,
                         changes=ATTENDANCE, origin=self)
        if row + 1 < self.model.rowCount():
            self.table.selectRow(row + 1)

    def _everyone_present(self) -> None:
        if self.session_id is None:
            return
        session_id, actor, now = self.session_id, self._ops.actor, self._now()
        self._ops.mutate(lambda s: att.mark_everyone_present(s, session_id, actor=actor, now=now), self._done, self._failed,
                         changes=ATTENDANCE, origin=self)

    def _undo(self) -> None:
        if not self.undo_stack:
            return
        session_id, states = self.undo_stack.pop()
        actor = self._ops.actor
        self._ops.mutate(lambda s: [att.restore(s, session_id, st, actor=actor) for st in reversed(states)],
                         lambda _r: (setattr(self, "_sitting", True), self._refresh(), self.changed.emit()),
                         self._failed, changes=ATTENDANCE, origin=self)

    def enroll_walk_in(self, participant_id: int, session_id: int | None = None) -> None:
        """Enrol someone at the door in the class of ``session_id`` (default: the session shown) and mark them."""
        session_id = session_id if session_id is not None else self.session_id
        if session_id is None:
            return
        self.prompts.forget(participant_id)
        actor, now = self._ops.actor, self._now()
        self._ops.mutate(lambda s: [att.walk_in(s, session_id, participant_id, actor=actor, now=now)], self._walked_in,
                         self._failed, changes=ENROLLMENTS | ATTENDANCE, origin=self)

    def _walked_in(self, states: list[att.MarkState]) -> None:
        self._done(states)
        self._show_banner("good", self.tr("Enrolled on the spot and marked present"))

    def _new_person(self) -> None:
        """A newcomer not yet in the registry: the registry's form (with its checks), then enrolled here."""
        from ..registry.person_dialog import PersonDialog

        dialog = PersonDialog(self._ops, parent=self)
        dialog.saved.connect(self.enroll_walk_in)
        dialog.exec()

    def _show_results(self) -> None:
        if self.session_id is None:
            return
        session_id, now = self.session_id, self._now()

        def load(s: Any) -> tuple[Any, ...]:
            info = att.session_info(s, session_id)
            klass = s.get(att.CourseClass, info.class_id)
            return info.class_code, klass.completion_percent, att.class_results(s, info.class_id, now), \
                att.session_tallies(s, info.class_id)
        self._ops.query(load, lambda r: ResultsDialog(*r, parent=self).exec(), self._failed)

    def open_assessment(self) -> None:
        """The grid of results and VNeID confirmations of the chosen session's class."""
        from ..assessment.dialog import AssessmentDialog

        info = getattr(self, "info", None)
        if info is None:
            return
        dialog = AssessmentDialog(self._ops, info.class_id, parent=self, with_vneid=self.assessment_vneid)
        dialog.exec()

    def _scanned(self) -> None:
        text = self.scan.text()
        self.scan.clear()
        if self.session_id is None or not text.strip():
            return
        session_id, actor, now = self.session_id, self._ops.actor, self._now()
        self._ops.mutate(lambda s: att.scan(s, session_id, text, actor=actor, now=now),
                         lambda result: self._show_scan(result, session_id), self._failed,
                         changes=ATTENDANCE, origin=self)  # this roster shows the mark in place

    def _show_scan(self, result: att.ScanResult, session_id: int | None = None) -> None:
        if session_id is not None and session_id != self.session_id:
            return  # the officer moved to another session meanwhile: its roster is being loaded
        session_id = self.session_id
        if result.kind == "marked":
            self._sitting = True
            self._show_banner("good" if result.status == "present" else "warn",
                              f"✔ {result.full_name} — {status_word(result.status)}")
            if result.previous is not None and self.session_id is not None:
                self.undo_stack.append((self.session_id, [result.previous]))
            self.changed.emit()
        elif result.kind == "already":
            self._show_banner("warn", self.tr("%1 is already marked (%2)").replace("%1", result.full_name)
                              .replace("%2", status_word(result.status)))
        elif result.kind == "not_enrolled":
            self._show_banner("bad", self.tr("%1 is not enrolled in this class").replace("%1", result.full_name))
            if result.participant_id is not None and session_id is not None:
                self.prompts.ask(session_id, result.participant_id, result.full_name)  # answered when there is time
        elif result.kind == "not_started":
            self._show_banner("warn", self.tr("%1: this session has not started yet; nothing was recorded").replace(
                "%1", result.full_name))
        elif result.kind == "foreign_card":
            self._show_banner("bad", self.tr("This card belongs to another commune"))
        else:
            self._show_banner("bad", self.tr("Unknown card: not in the registry"))
        if result.participant_id is not None:
            row = self.model.row_of(result.participant_id)
            if row >= 0:
                if result.kind == "marked":  # one row changed: show it without reloading the roster
                    self.model.update_line(row, status=result.status, reason="", arrived_at=result.arrived_at,
                                           marked_by=self._ops.actor)
                    self._update_counts()
                self.table.selectRow(row)
        self._focus_scan()

    def _show_banner(self, kind: str, text: str) -> None:
        self.banner.setStyleSheet(BANNER_STYLES[kind] + "font-size:18pt;font-weight:bold;border-radius:6px;")
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)

    def _failed(self, exc: BaseException) -> None:
        self._show_banner("bad", describe_error(exc))
        self._refresh()

    # -- keys on the roster
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            text = event.text()
            if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier & ~Qt.KeyboardModifier.KeypadModifier:
                return False
            if text.upper() in self.keys:
                self.mark_selected(self.keys[text.upper()])
                return True
            if text[:1].isdigit():  # a scanner typing a card: hand it to the scan field
                self._focus_scan()
                self.scan.setText(text)
                return True
        return super().eventFilter(watched, event)
