"""The window's "Data" menu (back up, restore, the password, who is working) and what keeps the data safe
behind the screens: the password asked for when signing needs it, the officer's name asked at start.

``attach(window)`` is all the main window calls; ``ask_officer_at_start(window)`` is called once the
window shows (``ui.app.run``).
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from classroom import password as pw

from ..changes import EVERYTHING
from ..ops import Ops
from .officer import ask_officer
from .password import change_password, install_unlock
from .restore import back_up_now, choose_and_restore


class DataMenu(QObject):
    def __init__(self, window: QMainWindow, ops: Ops) -> None:
        super().__init__(window)
        self.window, self.ops = window, ops
        self.menu = QMenu(self.tr("&Data"), window)
        self.menu.setObjectName("dataMenu")
        self.back_up = self._action(self.tr("Back up now…"), "backUp", lambda: back_up_now(window, ops))
        self.restore = self._action(self.tr("Restore from a backup…"), "restore",
                                    lambda: choose_and_restore(window, ops, self.reopen))
        self.menu.addSeparator()
        self.set_password = self._action(self.tr("Set a password…"), "setPassword", lambda: self._password("set"))
        self.change = self._action(self.tr("Change the password…"), "changePassword", lambda: self._password("change"))
        self.remove = self._action(self.tr("Remove the password…"), "removePassword", lambda: self._password("remove"))
        self.menu.addSeparator()
        self.officer = self._action(self.tr("Who is working…"), "officer",
                                    lambda: ask_officer(window, ops, self.show_officer, always=True))
        self.menu.aboutToShow.connect(self.refresh)
        window.menuBar().addMenu(self.menu)
        self.officer_label = QLabel(objectName="officerLabel")
        window.statusBar().addPermanentWidget(self.officer_label)
        self.show_officer(ops.actor)
        install_unlock(ops, window)

    def _action(self, text: str, name: str, slot: object) -> QAction:
        action = self.menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def refresh(self) -> None:
        """Only the password actions that apply."""
        self.ops.query(pw.is_protected, self._protected)

    def _protected(self, protected: bool) -> None:
        self.set_password.setEnabled(not protected)
        self.change.setEnabled(protected)
        self.remove.setEnabled(protected)

    def _password(self, action: str) -> None:
        done = {"set": self.tr("The password is set. Write it down somewhere safe: without it, the backups cannot "
                               "be opened."),
                "change": self.tr("The password is changed. Older backups still open with the old one."),
                "remove": self.tr("The password is removed.")}[action]
        change_password(self.window, self.ops, action, lambda: self.window.statusBar().showMessage(done, 15000))

    def show_officer(self, name: str) -> None:
        self.officer_label.setText(self.tr("Working: %1").replace("%1", name) if name else
                                   self.tr("Working: name not given"))

    def reopen(self) -> None:
        """After a restore every screen shows the restored data: everything changed, told to every screen."""
        self.ops.announce(EVERYTHING)


def attach(window: QMainWindow, ops: Ops) -> DataMenu:
    menu = DataMenu(window, ops)
    window.data_menu = menu  # type: ignore[attr-defined]  # kept with the window
    return menu


def ask_officer_at_start(window: QMainWindow) -> None:
    menu: DataMenu = window.data_menu  # type: ignore[attr-defined]
    ask_officer(window, menu.ops, menu.show_officer)
