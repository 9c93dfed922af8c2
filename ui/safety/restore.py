"""Restoring from a backup in the window: choose the file, check it, say what it holds, confirm, restore
(a safety copy of the data it replaces is kept first), and show the data again. And a backup made now,
where the officer says."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from classroom.backup import BackupInfo, backup_folder, backup_to, check_backup, restore_from
from models.errors import ClassroomError

from ..ops import Ops
from .password import PasswordDialog
from .words import describe


def _start_in(folder: Path | None) -> str:
    return str(folder if folder is not None and folder.is_dir() else Path.home())


def choose_and_restore(parent: QWidget, ops: Ops, reopen: Callable[[], None]) -> None:
    db = ops.db

    def choose(folder: Path | None) -> None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Restore", "Choose a backup to restore"), _start_in(folder),
            QCoreApplication.translate("Restore", "Backups (*.sqlite3 *.sealed *.db);;All files (*)"))
        if path:
            check_then_restore(parent, ops, Path(path), reopen)
    ops.call(lambda: backup_folder(db), choose)


def check_then_restore(parent: QWidget, ops: Ops, path: Path, reopen: Callable[[], None],
                       password: str | None = None) -> None:
    """Check the file (asking for its password if it is sealed), then confirm and restore."""
    def failed(exc: BaseException) -> None:
        if isinstance(exc, ClassroomError) and exc.code in ("password_needed", "wrong_password"):
            typed = PasswordDialog.ask(parent, QCoreApplication.translate(
                "Restore", "This backup is protected by the commune's password (the one it had when the backup was "
                "made). Type it to open the backup:"), describe(exc) if exc.code == "wrong_password" else "")
            if typed is not None:
                check_then_restore(parent, ops, path, reopen, typed)
            return
        QMessageBox.warning(parent, QCoreApplication.translate("Restore", "Not a backup"), describe(exc))

    db = ops.db
    ops.call(lambda: (check_backup(path, password), backup_folder(db)),
             lambda checked: _confirm(parent, ops, *checked, reopen, password), failed)


def _confirm(parent: QWidget, ops: Ops, info: BackupInfo, folder: Path | None, reopen: Callable[[], None],
             password: str | None) -> None:
    folder = folder or info.path.parent
    text = QCoreApplication.translate(
        "Restore", "The backup “%1” holds the data of %2: %3 people, %4 classes, %5 certificates; its last change "
        "was at %6.\n\nRestoring replaces everything in the current data with it. A copy of the current data is "
        "kept first, in %7.\n\nRestore this backup?")
    for mark, value in (("%1", info.path.name), ("%2", info.commune or "—"), ("%3", str(info.participants)),
                        ("%4", str(info.classes)), ("%5", str(info.certificates)),
                        ("%6", info.last_change[:16] or "—"), ("%7", str(folder))):
        text = text.replace(mark, value)
    if not info.digest_checked:  # said before the question, which stays last
        before, _, question = text.rpartition("\n\n")
        text = "\n\n".join([before, QCoreApplication.translate(
            "Restore", "This is an older backup with no digest: it can be restored because its length is right and "
            "SQLite's own check finds it whole, but a change inside it could go unseen."), question])
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Restore", "Restore from a backup"), text,
                      parent=parent)
    restore = box.addButton(QCoreApplication.translate("Restore", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("Restore", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        return
    db = ops.db

    def restored(safety: Path | None) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Restore", "Restored"), QCoreApplication.translate(
            "Restore", "The data was restored from “%1”. The data from before is kept in %2.")
                                .replace("%1", info.path.name).replace("%2", str(safety or "—")))
        reopen()

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Restore", "Not restored"), describe(exc))
    actor = ops.actor
    ops.call(lambda: restore_from(db, info.path, folder, password, actor=actor), restored, failed)


def back_up_now(parent: QWidget, ops: Ops) -> None:
    """A backup where the officer says (a USB stick), sealed when the commune has a password."""
    db = ops.db

    def made(path: Path) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("Restore", "Backed up"), QCoreApplication.translate(
            "Restore", "All the data was backed up to %1.").replace("%1", str(path)))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, QCoreApplication.translate("Restore", "Not backed up"), describe(exc))

    def choose(folder: Path | None) -> None:
        suggested = str(Path(_start_in(folder)) / f"sao-luu-{date.today():%Y-%m-%d}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Restore", "Back up to"), suggested,
                                              QCoreApplication.translate("Restore", "Backups (*.sqlite3);;All files (*)"))
        if path:
            ops.call(lambda: backup_to(db, Path(path)), made, failed)
    ops.call(lambda: backup_folder(db), choose)
