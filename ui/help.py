"""The help guide in the window: F1 and the Help menu open it at the part about the screen on view.

The guide (resources/help) is shown in a window of its own beside the program, never modal, so
the officer can read a step and do it. It can also be saved as a PDF to print.
"""
from __future__ import annotations

import html
import re
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QMainWindow, QMessageBox, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from classroom.guide import Guide, load_guide

if TYPE_CHECKING:
    from .main_window import MainWindow

# The part of the guide about each screen (by the panel's class), opened by F1 there.
SECTION_OF_SCREEN = {
    "ClassesPanel": "mo-lop-moi", "CalendarPanel": "mo-lop-moi", "PlacesPanel": "danh-muc", "DaysOffPanel": "ngay-nghi",
    "AuditPanel": "nhat-ky",
    "ParticipantsPanel": "hoc-vien", "AttendancePanel": "diem-danh", "CertificatesPanel": "chung-nhan",
    "VerifyPanel": "kiem-tra", "ReportsPanel": "bao-cao", "SettingsPanel": "cai-dat",
}
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(text: str) -> str:
    return _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))


def guide_html(guide: Guide, image_width: int = 760) -> str:
    """The guide as the simple HTML a QTextBrowser shows: one anchor per section."""
    parts = ["<html><body style='font-size:11pt'>"]
    for block in guide.blocks:
        if block.kind == "heading":
            anchor = f"<a name='{block.anchor}'></a>" if block.anchor else ""
            parts.append(f"{anchor}<h{block.level}>{_inline(block.text)}</h{block.level}>")
        elif block.kind == "paragraph":
            parts.append(f"<p>{_inline(block.text)}</p>")
        elif block.kind in ("numbered", "bullets"):
            tag = "ol" if block.kind == "numbered" else "ul"
            items = "".join(f"<li style='margin-bottom:4px'>{_inline(t)}</li>" for t in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        elif block.kind == "image" and block.path is not None:
            url = QUrl.fromLocalFile(str(block.path)).toString()
            parts.append(f"<p align='center'><img src='{html.escape(url)}' width='{image_width}'><br>"
                         f"<i>{_inline(block.text)}</i></p>")
    parts.append("</body></html>")
    return "".join(parts)


class HelpWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpWindow")
        self.guide = load_guide()
        self.setWindowTitle(self.guide.title or self.tr("User guide"))
        self.browser = QTextBrowser(objectName="guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(self.guide))
        self.save_pdf = QPushButton(self.tr("Save as PDF to print…"), objectName="saveGuidePdf")
        self.save_pdf.clicked.connect(self.ask_save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_pdf)
        buttons.addWidget(close)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.browser, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(body)
        self.resize(900, 680)

    def show_section(self, anchor: str) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor:
            self.browser.scrollToAnchor(anchor)

    def ask_save_pdf(self) -> None:
        picked, _ = QFileDialog.getSaveFileName(self, self.tr("Save the guide"),
                                                str(Path.home() / "huong-dan-su-dung.pdf"), self.tr("PDF (*.pdf)"))
        if picked and self.write_pdf(Path(picked)):
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(picked)):
                QMessageBox.information(self, self.tr("The guide is saved"),
                                        self.tr("Saved in %1. Open it with a PDF reader to print it.").replace("%1", picked))

    def write_pdf(self, path: Path) -> bool:
        from printouts.guide import build_guide

        buffer = BytesIO()
        build_guide(self.guide, buffer)
        tmp = path.with_name(path.name + ".tmp")
        try:
            tmp.write_bytes(buffer.getvalue())
            tmp.replace(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The guide was not saved"),
                                self.tr("Cannot write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror or ""))
            return False
        return True


class HelpMenu:
    """The Help menu of the main window and its F1 key."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._help: HelpWindow | None = None
        menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        self.guide = menu.addAction(QCoreApplication.translate("HelpMenu", "User guide"))
        self.guide.setObjectName("openGuide")
        self.guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide.triggered.connect(self.open_for_screen)
        self.pdf = menu.addAction(QCoreApplication.translate("HelpMenu", "Save the guide as PDF…"))
        self.pdf.triggered.connect(lambda: self.help_window().ask_save_pdf())
        self.menu = menu

    def help_window(self) -> HelpWindow:
        if self._help is None:
            self._help = HelpWindow(self.window)
        return self._help

    def open_for_screen(self) -> HelpWindow:
        panel = self.window.current_panel()
        anchor = SECTION_OF_SCREEN.get(type(panel).__name__, "")
        help_window = self.help_window()
        help_window.show_section(anchor)
        return help_window
