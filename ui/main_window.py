"""The main window: a navigation list on the left, one screen at a time on the right."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QStackedWidget, QWidget,
)

from classroom.commune import CommuneInfo, load_commune

from .changes import AUDIT, Changes, shows
from .classes_panel import ClassesPanel
from .empty_state import hint_in_place
from .lazy import LazyScreen, PanelOf
from .ops import Ops
from .participants_panel import ParticipantsPanel
from .safety import attach as attach_safety
from .schedule import ScheduleScreens

if TYPE_CHECKING:  # these screens, and the services behind them, load when first opened
    from sqlalchemy.orm import Session

    from models.db import Database

    from .attendance.panel import AttendancePanel
    from .audit.panel import AuditPanel
    from .certificates.panel import CertificatesPanel
    from .certificates.verify import VerifyPanel
    from .reports.panel import ReportsPanel
    from .settings.panel import SettingsPanel
    from .setup.assistant import SetupAssistant


def _daily_backup(db: Database) -> Path | None:
    from classroom.backup import daily_backup  # cryptography and the backup code: after the list is up
    return daily_backup(db)


def _close_stale_sittings(session: Session) -> int:
    """Marks left without their audit row by a program that stopped mid-sitting (classroom.audit_marks)."""
    from classroom import audit_marks
    from models import now_local

    return audit_marks.close_stale(session, now_local())


class MainWindow(QMainWindow):
    # The screens made when first needed (tests and menus reach their panels here).
    attendance: PanelOf[AttendancePanel] = PanelOf("_attendance")
    certificates: PanelOf[CertificatesPanel] = PanelOf("_certificates")
    verify: PanelOf[VerifyPanel] = PanelOf("_verify")
    reports: PanelOf[ReportsPanel] = PanelOf("_reports")
    settings: PanelOf[SettingsPanel] = PanelOf("_settings")
    audit: PanelOf[AuditPanel] = PanelOf("_audit")

    def __init__(self, ops: Ops) -> None:
        super().__init__()
        self.ops = ops
        self.setObjectName("mainWindow")
        self.resize(1200, 720)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(225)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setIconSize(QSize(0, 0))
        self.stack = QStackedWidget()
        self.classes = ClassesPanel(ops)
        self.participants = ParticipantsPanel(ops)
        self.schedule = ScheduleScreens(ops, self)
        self.schedule.attach_classes(self.classes)
        self.participants.set_empty_hint(
            self.tr("No one in the registry yet. Import the list of people from Excel or CSV (villages are added as "
                    "they come), or add people one at a time with “Add a person…”."),
            self.tr("Import a list…"), self.participants.actions.open_import)
        self.classes.set_empty_hint(
            self.tr("No class yet. A class is a course for one target group at one venue: plan its sessions, and "
                    "the calendar, attendance and certificates follow."),
            self.tr("Plan the first class…"), lambda: self.schedule.open_class(None))
        # The other screens are made, and load their data, when first opened.
        self._attendance = LazyScreen.of(".attendance.panel", "AttendancePanel", ops, on_built=self._attendance_built)
        self._certificates = LazyScreen.of(".certificates.panel", "CertificatesPanel", ops,
                                           on_built=self._certificates_built)
        self._verify = LazyScreen.of(".certificates.verify", "VerifyPanel", ops)
        self._reports = LazyScreen.of(".reports.panel", "ReportsPanel", ops)
        self._settings = LazyScreen.of(".settings.panel", "SettingsPanel", ops, on_built=self._settings_built)
        self._audit = LazyScreen.of(".audit.panel", "AuditPanel", ops)
        # Every change (the Lists and Days off screens, results and VNeID confirmations, the setup assistant,
        # a restore…) reaches the screens here, on the one change broadcast.
        self._stale: set[QWidget] = set()  # screens out of view that a change touched: reloaded when opened
        ops.changed.connect(self._changed)
        screens = [
            (self.tr("Classes"), self.classes),
            *self.schedule.entries(),
            (self.tr("Participants"), self.participants),
            (self.tr("Attendance"), self._attendance),
            (self.tr("Certificates"), self._certificates),
            (self.tr("Verify a certificate"), self._verify),
            (self.tr("Reports"), self._reports),
            (self.tr("Audit log"), self._audit),
            (self.tr("Settings"), self._settings),
        ]
        for name, widget in screens:
            QListWidgetItem(name, self.nav)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._opened)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.commune_label = QLabel()
        self.statusBar().addPermanentWidget(QLabel(self.tr("Data: %1").replace("%1", ops.db.display_name)))
        self.statusBar().addWidget(self.commune_label)
        # The title names the commune; the system adds the program's name after it (Qt appends the
        # application's display name, "Bình dân học vụ số"), so the title must not say it again.
        self.setWindowTitle("")

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        self.nav.setCurrentRow(self.stack.indexOf(self.participants))  # the registry first: looked up most
        attach_safety(self, ops)  # the Data menu: backup, restore, password, who is working
        from .help import HelpMenu  # the Help menu and F1 (the guide itself loads when first opened)
        self.help = HelpMenu(self)

    def _attendance_built(self, panel: AttendancePanel) -> None:
        panel.empty = hint_in_place(
            panel.sessions.parentWidget().layout(), panel.sessions,
            self.tr("No session this week. Look at other weeks with ◀ ▶, or plan a class: its sessions come here."),
            self.tr("Plan a class…"), lambda: self.schedule.open_class(None))

    def _certificates_built(self, panel: CertificatesPanel) -> None:
        panel.empty = hint_in_place(
            panel.layout(), panel.table,
            self.tr("No class yet. Certificates go to the people who complete a class: plan one, take attendance, "
                    "and those who attended enough sessions show here."),
            self.tr("Plan the first class…"), lambda: self.schedule.open_class(None))

    def _changed(self, changes: Changes, origin: QObject | None) -> None:
        """The one change broadcast: the screen on view that shows what changed reloads now (unless
        it made the change and showed it already); the others reload when next opened."""
        if changes.commune:
            self.ops.query(load_commune, self._show_commune)
        current = self.stack.currentWidget()
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if isinstance(screen, LazyScreen) and not screen.built:
                continue  # loads when first opened
            panel = screen.panel() if isinstance(screen, LazyScreen) else screen
            if not changes.touches(shows(panel)):
                continue
            if screen is not current or not getattr(self, "_started", False):
                self._stale.add(screen)
            elif not (isinstance(origin, QWidget) and (origin is panel or panel.isAncestorOf(origin))):
                self._reload(screen)

    def _reload(self, screen: QWidget) -> None:
        self._stale.discard(screen)
        reload = getattr(screen, "reload", None)
        if callable(reload):
            reload()

    def _settings_built(self, settings: SettingsPanel) -> None:
        button = QPushButton(self.tr("Setup assistant…"), objectName="openSetup")
        button.setToolTip(self.tr("The commune, the receiving body, the signer, villages, venues and instructors"))
        button.clicked.connect(self.open_setup)
        settings.top.addWidget(button)  # (what the office and targets forms save is told on Ops.changed)

    def show_screen(self, panel: QWidget) -> None:
        """Opens the screen that shows ``panel`` (one of this window's panels)."""
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if screen is panel or (isinstance(screen, LazyScreen) and screen.built and screen.panel() is panel):
                self.nav.setCurrentRow(index)
                return
        raise ValueError("not a screen of this window")

    def current_panel(self) -> QWidget:
        """The panel on screen now (the one inside its frame, for a screen made when opened)."""
        screen = self.stack.currentWidget()
        return screen.panel() if isinstance(screen, LazyScreen) else screen

    def start(self) -> None:
        """Load what the first screens show; the others load when first opened (the dashboard's
        sums take a second on a large commune: they must not queue before a scan or a search)."""
        self._started = True
        self.ops.query(load_commune, self._show_commune)
        self.participants.reload()
        self.classes.reload()
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if isinstance(screen, LazyScreen):
                screen.forget()  # (after a restore) each loads again when next opened
        self._stale.clear()  # everything loads again
        db = self.ops.db
        self.ops.query(lambda _session: _daily_backup(db), self._backed_up)
        self.ops.mutate(_close_stale_sittings, lambda _written: None, changes=AUDIT)  # the audit log alone
        self._opened(self.stack.currentIndex())

    def _opened(self, index: int) -> None:
        screen = self.stack.widget(index)
        if not getattr(self, "_started", False):
            return
        if screen in self._stale:
            if isinstance(screen, LazyScreen):
                self._stale.discard(screen)
                screen.forget()
            else:
                self._reload(screen)
        if isinstance(screen, LazyScreen):
            screen.open()

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.statusBar().showMessage(self.tr("Today's backup: %1").replace("%1", str(path)), 10000)

    def open_setup(self) -> SetupAssistant:
        """The setup assistant, window-modal and not blocking; what it saves is told on the one change
        broadcast (everything: the commune, its lists), so every screen shows it."""
        from .setup.assistant import SetupAssistant
        self._setup_offered = True
        self.setup_assistant = SetupAssistant(self.ops, self)
        self.setup_assistant.open()
        return self.setup_assistant

    def _show_commune(self, info: CommuneInfo | None) -> None:
        if info is None:
            self.commune_label.setText(self.tr("No commune set up yet"))
            self.setWindowTitle("")
            if not getattr(self, "_setup_offered", False):  # an empty database: the assistant, not empty screens
                self.open_setup()
            return
        place = f"{info.display_name}, {info.province_name}"
        self.commune_label.setText(place)
        self.setWindowTitle(place)  # shown as "Xã Đông Tiến, Thanh Hóa — Bình dân học vụ số"

    def _focus_search(self) -> None:
        panel = self.current_panel()
        search = getattr(panel, "search", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attendance.built:
            self.attendance.close_sitting()  # the marks of the session on screen, to the audit log
        self.ops.shutdown()  # running work finishes (a write commits whole) before the database closes
        event.accept()
