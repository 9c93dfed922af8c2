"""Asking for the commune's password, and setting, changing or removing it.

The password is asked for only when it is needed: the first time this run signs (issuing
certificates, a signed package), and to open a sealed backup or instructor's file. A wrong
one is said so under the field, and asked again.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from classroom import keys
from classroom import password as pw
from classroom.errors import Refused

from ..changes import NOTHING
from ..ops import Ops
from .words import describe

ERROR_STYLE = "color: #b00020;"


class PasswordDialog(QDialog):
    """One password, with why it is asked and, after a wrong one, what was wrong."""

    def __init__(self, why: str, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password"))
        why_label = QLabel(why)
        why_label.setWordWrap(True)
        self.field = QLineEdit(objectName="password")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(error, objectName="passwordError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.field.textChanged.connect(lambda t: self.ok.setEnabled(bool(t)))
        column = QVBoxLayout(self)
        column.addWidget(why_label)
        column.addWidget(self.field)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.setMinimumWidth(420)

    @staticmethod
    def ask(parent: QWidget | None, why: str, error: str = "") -> str | None:
        """The password typed, or None when the person cancels."""
        dialog = PasswordDialog(why, error, parent)
        return dialog.field.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class NewPasswordDialog(QDialog):
    """Set (a new password twice), change (the current one, then a new one twice) or remove (the current one)."""

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newPasswordDialog")
        self.action = action
        titles = {"set": self.tr("Set a password"), "change": self.tr("Change the password"),
                  "remove": self.tr("Remove the password")}
        self.setWindowTitle(titles[action])
        intro = QLabel({
            "set": self.tr("The password protects the certificate signing key, the backups and the files given to "
                           "instructors: without it, a lost USB stick or a stolen laptop gives nobody the commune's "
                           "data. It is asked for when certificates are signed and when a backup is opened. Write it "
                           "down somewhere safe: without it, the backups cannot be opened."),
            "change": self.tr("Backups made from now on open with the new password; older ones keep the old one."),
            "remove": self.tr("Without a password, the signing key, the backups and the instructors' files are no "
                              "longer protected by one."),
        }[action])
        intro.setWordWrap(True)
        form = QFormLayout()
        self.current = self._field("currentPassword")
        self.new = self._field("newPassword")
        self.again = self._field("againPassword")
        if action != "set":
            form.addRow(self.tr("Current password:"), self.current)
        if action != "remove":
            form.addRow(self.tr("New password (at least %1 characters):").replace("%1", str(pw.MIN_LENGTH)),
                        self.new)
            form.addRow(self.tr("New password again:"), self.again)
        self.error = QLabel(objectName="passwordError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.error)
        column.addWidget(buttons)
        self.setMinimumWidth(480)

    @staticmethod
    def _field(name: str) -> QLineEdit:
        field = QLineEdit(objectName=name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _check(self) -> None:
        if self.action != "remove":
            if len(self.new.text().strip()) < pw.MIN_LENGTH:
                self.error.setText(self.tr("The new password needs at least %1 characters.")
                                   .replace("%1", str(pw.MIN_LENGTH)))
                return
            if self.new.text() != self.again.text():
                self.error.setText(self.tr("The new password was typed differently twice."))
                return
        if self.action != "set" and not self.current.text():
            self.error.setText(self.tr("Type the current password."))
            return
        self.accept()

    def show_error(self, text: str) -> None:
        self.error.setText(text)


def change_password(parent: QWidget, ops: Ops, action: str, done: Callable[[], None]) -> None:
    """The dialog for ``action`` (set, change, remove); the change is made and ``done`` called, or the dialog
    stays open with what was wrong (a wrong current password)."""
    dialog = NewPasswordDialog(action, parent)

    def apply() -> None:
        current, new, actor = dialog.current.text(), dialog.new.text(), ops.actor

        def work(session):  # type: ignore[no-untyped-def]
            if action == "set":
                pw.set_password(session, new, actor=actor)
            elif action == "change":
                pw.change_password(session, current, new, actor=actor)
            else:
                pw.remove_password(session, current, actor=actor)

        def failed(exc: BaseException) -> None:
            dialog.show_error(describe(exc))
            dialog.open()
        ops.mutate(work, lambda _r: done(), failed, changes=NOTHING)

    dialog.accepted.connect(apply)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()


def install_unlock(ops: Ops, parent: QWidget) -> None:
    """When work meets the locked signing key: ask for the password, unlock, and run the work again."""
    def unlock(retry: Callable[[], None], give_up: Callable[[], None]) -> None:
        def attempt(error: str) -> None:
            typed = PasswordDialog.ask(parent, QCoreApplication.translate(
                "Safety", "The certificate signing key is protected by the commune's password. Type the password to "
                "sign:"), error)
            if typed is None:
                give_up()
                return
            # in a transaction: a key an earlier version wrapped with PBKDF2 is wrapped again with scrypt
            ops.mutate(lambda s: keys.unlock(s, typed), lambda _key: retry(), lambda exc: attempt(describe(exc)))
        attempt("")
    ops.unlock = unlock


T = TypeVar("T")


def read_protected(parent: QWidget | None, read: Callable[[str | None], T]) -> T | None:
    """``read(password)`` of a file that may be sealed: asked for the password until it opens; None if cancelled."""
    password: str | None = None
    while True:
        try:
            return read(password)
        except Refused as exc:
            if exc.code not in ("password_needed", "wrong_password"):
                raise
            password = PasswordDialog.ask(parent, QCoreApplication.translate(
                "Safety", "“%1” is protected by the commune's password. Type it to open the file:")
                .replace("%1", str(exc.params.get("path", ""))), describe(exc) if exc.code == "wrong_password" else "")
            if password is None:
                return None
