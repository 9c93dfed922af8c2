"""Files: Vietnamese file dialogs (Qt's stock words), the last folder remembered, and what a made
file offers ("Mở tệp" / "Mở thư mục"), with a clear message when the system cannot open it."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import ui.files as files
from tests.filesaved import answer_file_saved
from ui.app import install_translations


class MemorySettings:
    """QSettings' two calls, kept in memory: tests leave the officer's own settings alone."""

    store: dict[str, Any] = {}

    def value(self, key: str, default: Any = None) -> Any:
        return self.store.get(key, default)

    def setValue(self, key: str, value: Any) -> None:  # noqa: N802 - Qt's name
        self.store[key] = value


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    MemorySettings.store = {}
    monkeypatch.setattr(files, "QSettings", MemorySettings)
    return MemorySettings.store


def test_stock_dialogs_speak_vietnamese(qapp: QApplication) -> None:
    translators = install_translations(qapp, "vi")
    try:
        ours = len(list((Path(__file__).parent.parent / "resources" / "translations").glob("*_vi.qm")))
        shipped = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_vi.qm").is_file()
        assert len(translators) == ours + shipped  # Qt's own, when the wheel has it (6.11 has none), and ours
        words = {("QFileDialog", "&Look in:"): "&Tìm trong:", ("QFileDialog", "File &name:"): "&Tên tệp:",
                 ("QFileDialog", "Files of &type:"): "&Loại tệp:", ("QFileDialog", "&Save"): "&Lưu",
                 ("QFileSystemModel", "Computer"): "Máy tính", ("QAbstractFileIconProvider", "Folder"): "Thư mục",
                 ("QPlatformTheme", "Cancel"): "Hủy"}
        for (context, source), vietnamese in words.items():
            assert QCoreApplication.translate(context, source) == vietnamese
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_save_dialogs_start_in_the_last_folder_used(qapp: QApplication, tmp_path: Path, settings: dict[str, Any],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    folder = tmp_path / "Báo cáo"
    folder.mkdir()

    def dialog(_parent: object, _title: str, start: str, _filter: str = "") -> tuple[str, str]:
        asked.append(start)
        return str(folder / "bao-cao"), ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    first = files.ask_save(None, "Lưu", "bao-cao.pdf", "PDF (*.pdf)", ".pdf")
    assert first == folder / "bao-cao.pdf"  # the suffix added
    assert asked[0] == str(Path.home() / "bao-cao.pdf")
    files.ask_save(None, "Lưu", "danh-sach.xlsx", "Excel (*.xlsx)", ".xlsx")
    assert asked[1] == str(folder / "danh-sach.xlsx")  # where the last file went
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
        lambda _p, _t, start, _f="": (asked.append(start), ("", ""))[1]))
    assert files.ask_open(None, "Mở", "*") is None and asked[2] == str(folder)
    folder.rmdir()  # a folder gone (a USB stick taken out): back to the home folder
    files.ask_save(None, "Lưu", "x.pdf", "PDF (*.pdf)", ".pdf")
    assert asked[3] == str(Path.home() / "x.pdf")


def test_a_made_file_offers_to_open_it_or_its_folder(qapp: QApplication, tmp_path: Path, vietnamese: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    made = tmp_path / "bao-cao.pdf"
    made.write_bytes(b"%PDF-1.4")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    said = answer_file_saved(monkeypatch, "folder")
    assert files.offer_open(None, made, "Đã lưu: %1") == "folder"
    assert opened == [str(tmp_path)] and said == [f"Đã lưu: {made}"]
    answer_file_saved(monkeypatch, "file")
    assert files.offer_open(None, made, "%1") == "file"
    assert opened[-1] == str(made)


def test_a_file_the_system_cannot_open_says_so(qapp: QApplication, tmp_path: Path, vietnamese: None,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    made = tmp_path / "danh-sach.xlsx"
    made.write_bytes(b"x")
    warned: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a, **k: warned.append(text)))
    assert files.open_in_system(None, made) is False
    assert len(warned) == 1 and "danh-sach.xlsx" in warned[0] and str(tmp_path) in warned[0]
    assert "Máy tính không có chương trình" in warned[0]
