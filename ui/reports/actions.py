"""The Reports screen's buttons: roster workbook or CSV, signed package, PDF report, consolidation.

Each asks for a file, then runs through ``ProgressTask`` (progress, Cancel, nothing left half-written)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from classroom.consolidations import Recorded, consolidate_and_record
from classroom.keys import TRUSTED_SETTING
from classroom.reporting import Period, export_roster
from classroom.reporting.consolidate import Consolidation, Refusal
from classroom.reporting.package import export_package
from models import Setting, now_local

from ..changes import AUDIT, CONSOLIDATIONS, NOTHING, Changes
from ..files import ask_open_many, ask_save, offer_open
from ..ops import Ops
from ..progress import ProgressTask
from .consolidation import ConsolidationDialog
from .heading import ReportHeading
from .words import describe


class ReportActions(QObject):
    def __init__(self, parent: QWidget, ops: Ops, period: Callable[[], Period]) -> None:
        super().__init__(parent)
        self._parent, self._ops, self._period = parent, ops, period
        self.task: ProgressTask | None = None
        self.last_file: Path | None = None
        self.dialog: ConsolidationDialog | None = None

    def _ask(self, name: str, filter_text: str, suffix: str) -> Path | None:
        return ask_save(self._parent, self.tr("Save as"), name, filter_text, suffix)

    def _run(self, label: str, work: Callable[[Session, Any, Any], Any], done: Callable[[Any], None], *,
             write: bool = False, changes: Changes = NOTHING) -> None:
        self.task = ProgressTask(self._parent, self._ops, label, work, done, self._failed,
                                 lambda: QMessageBox.information(self._parent, self.tr("Reports"),
                                                                 self.tr("Cancelled: no file was made.")), write=write,
                                 changes=changes)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self._parent, self.tr("Reports"), describe(exc))

    def _saved(self, path: Path, message: str) -> None:
        self.last_file = path
        offer_open(self._parent, path, message)  # "Open the file" / "Open the folder"

    def export_roster(self, kind: str) -> None:
        period = self._period()
        target = self._ask(f"danh-sach-{period.target_year}.{kind}", self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx"
                           else self.tr("CSV files (*.csv)"), f".{kind}")
        if target is None:
            return

        def work(s: Session, progress: Any, cancelled: Any) -> Any:
            return export_roster(s, target, period, progress=progress, cancelled=cancelled)
        self._run(self.tr("Exporting the roster…"), work,
                  lambda done: self._saved(target, self.tr("Saved %2 rows to %1.").replace("%2", str(done.rows))))

    def export_package(self) -> None:
        period = self._period()
        target = self._ask(f"goi-du-lieu-{period.target_year}.zip", self.tr("Signed packages (*.zip)"), ".zip")
        if target is None:
            return

        def work(s: Session, progress: Any, cancelled: Any) -> Any:
            return export_package(s, target, period)
        self._run(self.tr("Signing the package…"), work,
                  lambda done: self._saved(target, self.tr("Signed package saved to %1.")), write=True,
                  changes=AUDIT)  # the export's own records only (the audit log)

    def export_report(self) -> None:
        period = self._period()
        target = self._ask(f"bao-cao-{period.target_year}.pdf", self.tr("PDF files (*.pdf)"), ".pdf")
        if target is None:
            return
        heading = ReportHeading.ask(self._parent)
        if heading is None:
            return
        number, recipient = heading

        def work(s: Session, progress: Any, cancelled: Any) -> Any:
            from classroom.reporting.report import export_report  # ReportLab loads when a report is made

            return export_report(s, target, period, number=number, recipient=recipient)

        def done(_result: Any) -> None:
            self._saved(target, self.tr("The report is saved: %1"))
        self._run(self.tr("Preparing the report…"), work, done)

    def consolidate(self) -> None:
        picked = ask_open_many(self._parent, self.tr("Packages from the communes"), self.tr("Signed packages (*.zip)"))
        if not picked:
            return
        target = self._ask("tong-hop.xlsx", self.tr("Excel workbooks (*.xlsx)"), ".xlsx")
        if target is None:
            return
        self._consolidate(picked, target, {})

    def _consolidate(self, picked: list[str], target: Path, accept: dict[str, str],
                     replaces: int | None = None) -> None:
        """``replaces``: the run an earlier attempt at the same packages recorded (before a changed key was
        accepted); the redo takes its place in the record."""
        def work(s: Session, progress: Any, cancelled: Any) -> tuple[Consolidation, Recorded]:
            trusted = frozenset((s.scalar(select(Setting.value).where(Setting.key == TRUSTED_SETTING)) or "").split())
            return consolidate_and_record(s, picked, target, accept=accept, now=now_local(),
                                          trusted_keys=trusted or None, progress=progress, cancelled=cancelled,
                                          replaces=replaces)

        def done(made: tuple[Consolidation, Recorded]) -> None:
            result, recorded = made
            self.last_file = target
            if self._accept_changes(result.refused, accept):
                self._consolidate(picked, target, accept, recorded.run_id)
                return
            self.dialog = ConsolidationDialog(result, target, self._parent, recorded.repeats)
            self.dialog.show()

        def failed(exc: BaseException) -> None:
            refused = [Refusal(str(p.params.get("path", "")), p.code, dict(p.params))
                       for p in getattr(exc, "problems", [])[1:]]
            if self._accept_changes(refused, accept):  # nothing was recorded: the earlier run, if any, stays to replace
                self._consolidate(picked, target, accept, replaces)
            else:
                self._failed(exc)
        self.task = ProgressTask(self._parent, self._ops, self.tr("Checking and adding up the packages…"), work, done,
                                 failed, lambda: QMessageBox.information(self._parent, self.tr("Reports"),
                                                                         self.tr("Cancelled: no file was made.")),
                                 write=True, changes=CONSOLIDATIONS)  # the record and the keys pinned

    def _accept_changes(self, refused: list[Refusal], accept: dict[str, str]) -> bool:
        """Ask, for each commune whose key changed, whether to accept the new key; True when one was accepted."""
        more = False
        for r in refused:
            if r.code != "package_key_changed" or str(r.params["code"]) in accept:
                continue
            answer = QMessageBox.warning(
                self._parent, self.tr("A commune's key changed"),
                self.tr("The package of %1 (%2) is signed by another key than the one pinned here.\n\n"
                        "Pinned key: %3\nThis package's key: %4\n\nA key changes when a commune loses its PC or "
                        "reinstalls the program. Phone the commune and compare the fingerprint before you accept. "
                        "Accept the new key?")
                .replace("%1", str(r.params["commune"])).replace("%2", str(r.params["code"]))
                .replace("%3", str(r.params["pinned"])).replace("%4", str(r.params["offered"])),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer == QMessageBox.StandardButton.Yes:
                accept[str(r.params["code"])] = str(r.params["offered"])
                more = True
        return more
