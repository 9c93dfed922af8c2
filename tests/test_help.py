"""The help guide: every screen's F1 finds its part, every picture exists, the PDF prints it."""
from __future__ import annotations

from pathlib import Path

import pypdfium2
from PySide6.QtCore import QPoint, Qt

from classroom.guide import load_guide, parse_guide
from models.db import Database
from ui.help import SECTION_OF_SCREEN, HelpWindow

from .test_gui import open_window

TASKS = ["Mở lớp mới", "Điểm danh bằng máy quét", "In giấy chứng nhận", "Gửi báo cáo lên tỉnh"]


def test_the_guide_is_written_by_tasks_and_its_pictures_exist() -> None:
    guide = load_guide()
    headings = [b.text for b in guide.blocks if b.kind == "heading"]
    for task in TASKS:
        assert task in headings
    assert set(SECTION_OF_SCREEN.values()) <= set(guide.anchors())
    pictures = [b.path for b in guide.blocks if b.kind == "image"]
    assert len(pictures) >= 6
    for path in pictures:
        assert path is not None and path.is_file(), path
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_guide_reader_keeps_lists_paragraphs_and_anchors(tmp_path: Path) -> None:
    text = ("# Tiêu đề\n\nMột đoạn\nhai dòng.\n\n## Việc một {#viec-mot}\n\n1. Bước **một**\n   còn tiếp.\n"
            "2. Bước hai\n\n- Ý a\n- Ý b\n\n![Ảnh](img/a.png)\n")
    guide = parse_guide(text, tmp_path)
    assert [b.kind for b in guide.blocks] == ["heading", "paragraph", "heading", "numbered", "bullets", "image"]
    assert guide.title == "Tiêu đề"
    assert guide.blocks[1].text == "Một đoạn hai dòng."
    assert guide.blocks[3].items == ("Bước **một** còn tiếp.", "Bước hai")
    assert guide.anchors() == ["viec-mot"]
    assert guide.blocks[5].path == tmp_path / "img" / "a.png"


def test_f1_opens_the_guide_at_the_screen_on_view(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    window.resize(1366, 768)
    assert [a.text() for a in window.menuBar().actions()][-1] == "&Trợ giúp"
    window.show_screen(window.attendance)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.attendance.scan, Qt.Key.Key_F1)  # F1 while the scan field has the keyboard
    help_window = window.help._help
    assert help_window is not None and help_window.isVisible()
    assert not help_window.isModal()  # read a step, then do it in the window
    qtbot.waitUntil(lambda: help_window.browser.verticalScrollBar().value() > 0)
    top = help_window.browser.cursorForPosition(QPoint(10, 10)).block().text()
    assert top.startswith("Điểm danh bằng máy quét")
    window.show_screen(window.reports)
    window.help.open_for_screen()
    qtbot.waitUntil(lambda: help_window.browser.cursorForPosition(QPoint(10, 10)).block().text()
                    .startswith("Gửi báo cáo lên tỉnh"))
    assert not window.errors  # type: ignore[attr-defined]


def test_the_guide_prints_as_a_pdf_with_its_pictures(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    help_window = HelpWindow()
    qtbot.addWidget(help_window)
    out = tmp_path / "Hướng dẫn #1.pdf"
    assert help_window.write_pdf(out)
    pdf = pypdfium2.PdfDocument(str(out))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    assert len(pdf) >= 5
    for task in TASKS:
        assert task in text
    assert "Trang 1 / " in text
    images = sum(1 for i in range(len(pdf)) for obj in pdf[i].get_objects() if obj.type == pypdfium2.raw.FPDF_PAGEOBJ_IMAGE)
    assert images == len([b for b in load_guide().blocks if b.kind == "image"])
