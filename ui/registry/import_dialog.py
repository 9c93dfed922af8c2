"""Importing a list of people: choose the file and check its columns, see what would happen, import, and
save the rejected rows for fixing. Reading and checking run off the GUI thread; the import itself runs
with a progress bar and a Cancel that leaves the database as it was."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.backup import automatic_backup, backup_folder
from classroom.enrollment import Clash, enrollment_clashes, open_classes
from classroom.errors import InvalidInput
from classroom.importing import (
    ImportPreview, ImportResult, RowDecision, apply_import, build_preview, default_action, guess_layout, read_file,
)

from ..changes import ENROLLMENTS, PEOPLE, PLACES
from ..ops import Ops
from ..progress import ProgressTask
from .common import failure, thousands
from .import_check import CheckPage
from .import_mapping import MappingPage
from .import_result import ResultPage
from .words import describe_problem


class ImportDialog(QDialog):
    """``imported`` when people were saved (the registry reloads)."""

    imported = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import a list of people"))
        self.resize(1000, 680)
        self.ops = ops
        self.path = ""
        self.preview: ImportPreview | None = None
        self.tasks: list[ProgressTask] = []  # kept until each says it finished
        self.mapping, self.check, self.result = MappingPage(), CheckPage(), ResultPage()
        self.stack = QStackedWidget()
        for page in (self.mapping, self.check, self.result):
            self.stack.addWidget(page)
        self.problem = QLabel(objectName="importProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.back = QPushButton(self.tr("Back"), objectName="back")
        self.next = QPushButton(self.tr("Check the list"), objectName="next")
        self.next.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), objectName="close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        for b in (self.back, self.next, self.close_button):
            buttons.addWidget(b)
        column = QVBoxLayout(self)
        column.addWidget(self.stack, 1)
        column.addLayout(buttons)
        self.mapping.choose.clicked.connect(self.choose_file)
        self.mapping.layout_changed.connect(self._mapping_changed)
        self.back.clicked.connect(lambda: self._show(0))
        self.next.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        self.result.save_report.clicked.connect(self.save_report)
        self._show(0)

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self.back.setVisible(page == 1)
        self.next.setVisible(page < 2)
        self.next.setText(self.tr("Check the list") if page == 0 else self.tr("Import"))
        self.close_button.setText(self.tr("Close") if page == 2 else self.tr("Cancel"))
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        layout = self.mapping.layout_
        ready = layout is not None and layout.has_name
        self.problem.setText("" if ready or layout is None else describe_problem("no_name_column", {}))
        if self.stack.currentIndex() == 0:
            self.next.setEnabled(ready)
        elif self.preview is not None:
            self.next.setEnabled(bool(self.preview.accepted))

    # -- step 1: the file
    def choose_file(self) -> None:
        folder = str(QSettings().value("registry/import_folder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a list of people"), folder,
                                              self.tr("Lists (*.xlsx *.csv *.txt);;All files (*)"))
        if path:
            QSettings().setValue("registry/import_folder", str(Path(path).parent))
            self.open_file(path)

    def open_file(self, path: str) -> None:
        self.path = path
        self.problem.setText(self.tr("Reading…"))

        def read(_session: Session) -> tuple[Any, Any]:
            sheet = read_file(path)
            return sheet, guess_layout(sheet)
        self.ops.query(read, self._file_read, self._file_failed)

    def _file_read(self, loaded: tuple[Any, Any]) -> None:
        sheet, layout = loaded
        self.preview = None
        self.mapping.show_sheet(sheet, layout, self.path)
        self._show(0)

    def _file_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self.problem.setText(describe_problem(exc.code, exc.params))
            self.next.setEnabled(False)
        else:
            failure(self.ops)(exc)

    # -- step 2: the check, then the import
    def _next(self) -> None:
        if self.stack.currentIndex() == 0:
            self._run_check()
        elif self.stack.currentIndex() == 1:
            self._run_import()

    def _run_check(self) -> None:
        sheet, layout = self.mapping.sheet, self.mapping.layout_
        if sheet is None or layout is None:
            return

        def work(session: Session, progress: Any, cancelled: Any) -> tuple[ImportPreview, list[Any]]:
            return build_preview(session, sheet, layout, progress=progress, cancelled=cancelled), open_classes(session)
        self._keep(ProgressTask(self, self.ops, self.tr("Checking %1 rows…").replace("%1", thousands(len(sheet.rows))),
                                work, self._checked, self._check_failed, write=False))

    def _checked(self, result: tuple[ImportPreview, list[Any]]) -> None:
        self.preview, classes = result
        self.check.show_preview(self.preview, classes)
        self._show(1)
        self.next.setText(self.tr("Import %1 people").replace("%1", thousands(len(self.preview.accepted))))

    def _check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, InvalidInput):
            self.problem.setText(describe_problem(exc.code, exc.params))
        else:
            failure(self.ops)(exc)

    def _run_import(self) -> None:
        preview = self.preview
        if preview is None:
            return
        decisions, class_id = self.check.decisions(), self.check.klass.currentData()
        registered = []  # people already in the registry the file names: they may attend other classes
        for row in preview.accepted:
            given = decisions.get(row.row, default_action(row))
            action = given.action if isinstance(given, RowDecision) else given
            if row.match is not None and row.match.participant_id is not None and action not in ("new", "skip"):
                registered.append(row.match.participant_id)
        if class_id is None or not registered:
            self._import(decisions, class_id)
            return
        # before saving: their sessions in other classes overlapping the class's, the course already completed
        self.ops.query(lambda s: enrollment_clashes(s, class_id, registered),
                       lambda clashes: self._import_after_asking(decisions, class_id, clashes), failure(self.ops))

    def _import_after_asking(self, decisions: Any, class_id: int, clashes: list[Clash]) -> None:
        from .actions import accept_clashes

        if not clashes or accept_clashes(self, clashes):
            self._import(decisions, class_id)

    def _import(self, decisions: Any, class_id: int | None) -> None:
        preview, purpose = self.preview, self.check.purpose.text()
        assert preview is not None
        db = self.ops.db

        def work(session: Session, progress: Any, cancelled: Any) -> ImportResult:
            folder = backup_folder(db)
            if folder is not None:  # a copy of the data from just before the list came in
                automatic_backup(db, folder, "before-import")
            return apply_import(session, preview, decisions, enroll_class_id=class_id, consent_purpose=purpose,
                                actor=self.ops.actor, progress=progress, cancelled=cancelled)
        self._keep(ProgressTask(self, self.ops, self.tr("Importing…"), work, self._imported,
                                failure(self.ops, None, self), self._import_cancelled,
                                changes=PEOPLE | ENROLLMENTS | PLACES))

    def _keep(self, task: ProgressTask) -> None:
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task))

    def _imported(self, result: ImportResult) -> None:
        assert self.preview is not None
        self.result.show_result(self.preview, result, self.check.klass.currentText().split(" · ")[0])
        self._show(2)
        self.imported.emit()

    def _import_cancelled(self) -> None:
        self.problem.setText(self.tr("Cancelled: nothing was saved."))

    # -- step 3: the report
    def save_report(self) -> None:
        if self.preview is None:
            return
        suggested = str(Path(self.path).with_name(Path(self.path).stem + "-loi.xlsx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"), suggested,
                                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if not path:
            return
        from classroom.importing import write_report
        try:
            count = write_report(path, self.preview, describe_problem, [
                self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Reason")])
        except InvalidInput as exc:
            QMessageBox.warning(self, self.tr("Save the rejected rows"), describe_problem(exc.code, exc.params))
            return
        self.result.report_saved(path, count)
