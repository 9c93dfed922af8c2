"""The registry's buttons on the Participants screen: add, edit (or double-click), enroll, import, duplicates."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from classroom.enrollment import Clash, enrollment_clashes, open_classes

from ..list_panel import ListPanel
from ..ops import Ops

if TYPE_CHECKING:  # the dialogs (and the import and merge services behind them) load when first opened
    from .duplicates_dialog import DuplicatesDialog
    from .import_dialog import ImportDialog
    from .person_dialog import PersonDialog


def clash_text(c: Clash) -> str:
    """One line of what to look at before enrolling someone."""
    if c.kind == "session_overlap" and c.starts_at and c.ends_at:
        return QCoreApplication.translate("RegistryActions", "%1: also in class %2 on %3, %4–%5").replace(
            "%1", c.full_name).replace("%2", c.other_class_code).replace("%3", c.starts_at.strftime("%d/%m/%Y")).replace(
            "%4", c.starts_at.strftime("%H:%M")).replace("%5", c.ends_at.strftime("%H:%M"))
    return QCoreApplication.translate("RegistryActions", "%1: already completed this course in class %2").replace(
        "%1", c.full_name).replace("%2", c.other_class_code)


def accept_clashes(parent: QWidget, clashes: list[Clash]) -> bool:
    """Ask before enrolling (from the registry or an import); True to enroll anyway."""
    shown = [clash_text(c) for c in clashes[:15]]
    if len(clashes) > 15:
        shown.append(QCoreApplication.translate("RegistryActions", "… and %1 more").replace("%1", str(len(clashes) - 15)))
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("RegistryActions", "Enroll"),
        QCoreApplication.translate("RegistryActions", "Before enrolling, look at these:") + "\n\n" + "\n".join(shown)
        + "\n\n" + QCoreApplication.translate("RegistryActions", "Enroll them anyway?"))
    return answer == QMessageBox.StandardButton.Yes


class RegistryActions(QObject):
    """Adds the buttons above the list; ``changed`` after anything was saved (the lists reload)."""

    changed = Signal()

    def __init__(self, panel: ListPanel, ops: Ops) -> None:
        super().__init__(panel)
        self.panel, self.ops = panel, ops
        self.dialog: QDialog | None = None  # the one open, for tests and screenshots
        row = QHBoxLayout()
        self.add = QPushButton(self.tr("Add a person…"), objectName="addPerson")
        self.edit = QPushButton(self.tr("Edit…"), objectName="editPerson")
        self.enroll = QPushButton(self.tr("Enroll in a class…"), objectName="enrollPeople")
        self.import_ = QPushButton(self.tr("Import a list…"), objectName="importList")
        self.duplicates = QPushButton(self.tr("Duplicates…"), objectName="findDuplicates")
        for b in (self.add, self.edit, self.enroll):
            row.addWidget(b)
        row.addStretch(1)
        for b in (self.import_, self.duplicates):
            row.addWidget(b)
        layout = panel.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, row)
        self.add.clicked.connect(lambda: self.open_person(None))
        self.edit.clicked.connect(self._edit_selected)
        self.enroll.clicked.connect(self._enroll_selected)
        self.import_.clicked.connect(self.open_import)
        self.duplicates.clicked.connect(self.open_duplicates)
        panel.view.doubleClicked.connect(lambda index: self.open_person(panel.model.row_at(index.row()).id))
        panel.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        panel.view.model().modelReset.connect(self._selection_changed)
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.panel.view.selectionModel().selectedRows()})
        return [self.panel.model.row_at(r).id for r in rows]

    def _selection_changed(self) -> None:
        chosen = len(self.selected_ids())
        self.edit.setEnabled(chosen == 1)
        self.enroll.setEnabled(chosen >= 1)

    def _show(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_person(self, participant_id: int | None) -> PersonDialog:
        from .person_dialog import PersonDialog
        dialog = PersonDialog(self.ops, participant_id, self.panel.window())
        dialog.saved.connect(lambda _id: self.changed.emit())
        dialog.erased.connect(lambda _id: self.changed.emit())
        dialog.enrollments_changed.connect(self.changed.emit)
        self._show(dialog)
        return dialog

    def _edit_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_person(ids[0])

    def open_import(self) -> ImportDialog:
        from .import_dialog import ImportDialog
        dialog = ImportDialog(self.ops, self.panel.window())
        dialog.imported.connect(self.changed.emit)
        self._show(dialog)
        return dialog

    def open_duplicates(self) -> DuplicatesDialog:
        from .duplicates_dialog import DuplicatesDialog
        dialog = DuplicatesDialog(self.ops, self.panel.window())
        dialog.changed.connect(self.changed.emit)
        self._show(dialog)
        return dialog

    def _enroll_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.ops.query(open_classes, lambda classes: self._choose_class(ids, classes))

    def _choose_class(self, ids: list[int], classes: list[tuple[Any, ...]]) -> None:
        if not classes:
            QMessageBox.information(self.panel, self.tr("Enroll"), self.tr("No class is open for enrollment."))
            return
        names = [f"{code} · {title} ({enrolled}/{capacity})" for _cid, code, title, _g, enrolled, capacity in classes]
        name, ok = QInputDialog.getItem(self.panel, self.tr("Enroll"), self.tr("Enroll %1 people in:")
                                        .replace("%1", str(len(ids))), names, 0, False)
        if not ok:
            return
        class_id = classes[names.index(name)][0]
        # before choosing: overlapping sessions in other classes, the course already completed
        self.ops.query(lambda s: enrollment_clashes(s, class_id, ids),
                       lambda clashes: self._enroll_after_asking(class_id, ids, clashes),
                       self.ops.report_error)

    def _enroll_after_asking(self, class_id: int, ids: list[int], clashes: list[Clash]) -> None:
        # the course already completed is shown on each person's row of the dialog; overlaps are asked here
        clashes = [c for c in clashes if c.kind == "session_overlap"]
        if clashes and not accept_clashes(self.panel, clashes):
            return
        # Not saved yet: the people are shown ticked, with who is already in or done with the course.
        from ..classwork.enrol_dialog import EnrolDialog
        dialog = EnrolDialog(self.ops, class_id, include=ids, parent=self.panel.window())
        dialog.enrolled.connect(lambda _result: self.changed.emit())
        self._show(dialog)
