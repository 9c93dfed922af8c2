"""Files for people: save and open dialogs that start in the last folder used, and what to do
with a file once made ("Open the file" / "Open the folder"), never failing in silence.

The dialogs are Qt's or the system's own; their words come from the qtbase translation
(``ui.app.install_translations``). The last folder is kept in QSettings, for every kind of
file alike: an officer saves the roster where the report went.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

LAST_FOLDER = "files/last_folder"


def last_folder() -> Path:
    """The folder a file was last saved to or opened from (the home folder the first time)."""
    value = QSettings().value(LAST_FOLDER, "")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember(path: Path) -> None:
    QSettings().setValue(LAST_FOLDER, str(path.parent))


def ask_save(parent: QWidget | None, title: str, name: str, filter_text: str, suffix: str) -> Path | None:
    """Where to save ``name`` (the suffix added when the person left it out); None when cancelled."""
    picked, _ = QFileDialog.getSaveFileName(parent, title, str(last_folder() / name), filter_text)
    if not picked:
        return None
    path = Path(picked if picked.lower().endswith(suffix.lower()) else picked + suffix)
    remember(path)
    return path


def ask_open(parent: QWidget | None, title: str, filter_text: str) -> Path | None:
    picked, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder()), filter_text)
    if not picked:
        return None
    path = Path(picked)
    remember(path)
    return path


def ask_open_many(parent: QWidget | None, title: str, filter_text: str) -> list[Path]:
    picked, _ = QFileDialog.getOpenFileNames(parent, title, str(last_folder()), filter_text)
    paths = [Path(p) for p in picked]
    if paths:
        remember(paths[0])
    return paths


def open_in_system(parent: QWidget | None, target: Path) -> bool:
    """Open a file or folder with the system's program; a clear message when it cannot."""
    from .open_file import open_with_default_app  # os.startfile on Windows, Qt's desktop services elsewhere

    if open_with_default_app(target):
        return True
    QMessageBox.warning(parent, QCoreApplication.translate("Files", "Cannot open"), QCoreApplication.translate(
        "Files", "The computer has no program to open “%1”, or it refused. The file is saved in the folder %2: "
        "open it from there (a PDF needs a PDF reader, a workbook Excel or LibreOffice).")
                        .replace("%1", target.name).replace("%2", str(target.parent if target.is_file() else target)))
    return False


def offer_open(parent: QWidget | None, path: Path, message: str) -> str:
    """Say the file is made (``message``, with %1 for the path) and offer to open it or its folder.
    Returns what was chosen: "file", "folder" or "" (closed)."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Files", "File saved"),
                      message.replace("%1", str(path)), parent=parent)
    box.setObjectName("fileSaved")
    open_file = box.addButton(QCoreApplication.translate("Files", "Open the file"),
                              QMessageBox.ButtonRole.AcceptRole)
    open_folder = box.addButton(QCoreApplication.translate("Files", "Open the folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("Files", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_file)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_file:
        open_in_system(parent, path)
        return "file"
    if clicked is open_folder:
        open_in_system(parent, path.parent)
        return "folder"
    return ""
