"""The main window: a navigation list on the left, one screen at a time on the right."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from classroom.backup import daily_backup
from classroom.commune import CommuneInfo, load_commune

from .attendance.panel import AttendancePanel
from .certificates.panel import CertificatesPanel
from .certificates.verify import VerifyPanel
from .classes_panel import ClassesPanel
from .ops import Ops
from .participants_panel import ParticipantsPanel
from .reports.panel import ReportsPanel
from .safety import attach as attach_safety
from .schedule import ScheduleScreens
from .settings.panel import SettingsPanel


class MainWindow(QMainWindow):
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
        self.attendance = AttendancePanel(ops)
        self.certificates = CertificatesPanel(ops)
        self.verify = VerifyPanel(ops)
        self.schedule = ScheduleScreens(ops, self)
        self.schedule.attach_classes(self.classes)
        self.participants.actions.changed.connect(self.classes.reload)  # head counts follow enrollments
        self.reports = ReportsPanel(ops)
        self.settings = SettingsPanel(ops)
        self.settings.office.saved.connect(lambda: self.ops.query(load_commune, self._show_commune))
        self.settings.office.saved.connect(self.reports.reload)
        self.settings.targets.saved.connect(self.reports.reload)
        screens = [
            (self.tr("Classes"), self.classes),
            *self.schedule.entries(),
            (self.tr("Participants"), self.participants),
            (self.tr("Attendance"), self.attendance),
            (self.tr("Certificates"), self.certificates),
            (self.tr("Verify a certificate"), self.verify),
            (self.tr("Reports"), self.reports),
            (self.tr("Settings"), self.settings),
        ]
        for name, widget in screens:
            QListWidgetItem(name, self.nav)
            self.stack.addWidget(widget)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.commune_label = QLabel()
        self.statusBar().addPermanentWidget(QLabel(self.tr("Data: %1").replace("%1", ops.db.display_name)))
        self.statusBar().addWidget(self.commune_label)
        self.setWindowTitle(self.tr("Digital Education for All"))

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_search)
        self.nav.setCurrentRow(self.stack.indexOf(self.participants))  # the registry first: looked up most
        attach_safety(self, ops)  # the Data menu: backup, restore, password, who is working

    def start(self) -> None:
        """Load what the first screens show; the others load when first opened (the dashboard's
        sums take a second on a large commune: they must not queue before a scan or a search)."""
        self.ops.query(load_commune, self._show_commune)
        self.participants.reload()
        self.classes.reload()
        self.schedule.start()
        db = self.ops.db
        self.ops.query(lambda _session: daily_backup(db), self._backed_up)
        self._pending = {self.attendance, self.certificates, self.reports, self.settings}
        self.stack.currentChanged.connect(self._load_when_shown)
        self._load_when_shown(self.stack.currentIndex())

    def _load_when_shown(self, index: int) -> None:
        panel = self.stack.widget(index)
        if panel in self._pending:
            self._pending.discard(panel)
            panel.reload()  # type: ignore[attr-defined]

    def _backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.statusBar().showMessage(self.tr("Today's backup: %1").replace("%1", str(path)), 10000)

    def _show_commune(self, info: CommuneInfo | None) -> None:
        if info is None:
            self.commune_label.setText(self.tr("No commune set up yet"))
            return
        place = f"{info.display_name}, {info.province_name}"
        self.commune_label.setText(place)
        self.setWindowTitle(self.tr("Digital Education for All — %1").replace("%1", place))

    def _focus_search(self) -> None:
        panel = self.stack.currentWidget()
        search = getattr(panel, "search", None)
        if search is not None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ops.shutdown()  # running work finishes (a write commits whole) before the database closes
        event.accept()
