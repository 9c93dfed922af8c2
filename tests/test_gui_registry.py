"""The registry's screens driven as an officer would: import a messy list, add and correct people, merge, erase."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QTableWidget
from sqlalchemy import func, select

from tests.listfiles import messy_rows, write_xlsx
from models import Participant
from models.db import Database
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.registry.duplicates_dialog import DuplicatesDialog
from ui.registry.import_dialog import ImportDialog
from ui.registry.person_dialog import PersonDialog


def open_window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    window = MainWindow(Ops(db, errors.append, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.errors = errors  # type: ignore[attr-defined]
    return window


def people(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Participant).where(Participant.erased_at.is_(None)))


def names_shown(window: MainWindow) -> list[str]:
    model = window.participants.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_import_a_messy_list_through_the_dialog(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 monkeypatch: pytest.MonkeyPatch, vietnamese: None) -> None:
    rows, reasons = messy_rows()
    rows[15] = [10, "Đặng Văn Mười", "1965", "Nam", None, None, "Thôn Ưng Bình", "Nông dân", None]
    book = write_xlsx(tmp_path / "danh-sach.xlsx", rows, merged=["A1:I1", "A2:I2"])
    report = tmp_path / "loi.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(book), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(report), "")))
    window = open_window(qtbot, demo_db)
    before = people(demo_db)
    actions = window.participants.actions
    assert actions.import_.text() == "Nhập danh sách…"
    qtbot.mouseClick(actions.import_, Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()

    qtbot.mouseClick(dialog.mapping.choose, Qt.MouseButton.LeftButton)
    mapping = dialog.mapping
    assert mapping.header_row.value() == 4  # below the merged title rows
    assert mapping.field_box(1).currentText() == "Họ và tên"
    assert mapping.field_box(4).currentText() == "Số định danh"
    assert mapping.sample.item(0, 1).text() == "nguyễn văn an"
    notes = mapping.field_box(8)
    assert notes.currentText() == "Nhu cầu hỗ trợ"
    notes.setCurrentIndex(notes.findData(None))  # the officer decides not to import the notes column
    assert mapping.layout_.column_of("needs") is None
    assert dialog.next.text() == "Kiểm tra danh sách" and dialog.next.isEnabled()

    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    check = dialog.check
    assert dialog.stack.currentWidget() is check
    assert "15 dòng dưới tiêu đề: 5 dòng nhận được, 6 dòng bị từ chối, 4 dòng trống" in check.summary.text()
    assert check.model is not None and check.model.rowCount() == 1  # row 12, like row 10
    assert check.model.data(check.model.index(0, 3)).startswith("Có thể trùng dòng 10 trong tệp")
    rejected = check.tabs.widget(1)
    assert isinstance(rejected, QTableWidget) and rejected.rowCount() == len(reasons)
    reasons_shown = {rejected.item(r, 0).text(): rejected.item(r, 3).text() for r in range(rejected.rowCount())}
    assert "lũy thừa" in reasons_shown["9"] and "dòng 5" in reasons_shown["11"]
    index = check.model.index(0, 5)
    [drop_down] = check.duplicates.viewport().findChildren(QComboBox)  # the row's decision, open on screen
    assert drop_down.currentText() == "Thêm người mới"
    drop_down.setCurrentIndex(drop_down.findData("skip"))
    drop_down.activated.emit(drop_down.currentIndex())  # what choosing it does
    assert check.model.data(index) == "Bỏ qua dòng này" and check.decisions() == {12: "skip"}
    every = check.bulk["file_similar"]
    every.setCurrentIndex(every.findData("new"))
    every.activated.emit(every.currentIndex())
    assert drop_down.currentText() == "Thêm người mới"
    every.setCurrentIndex(every.findData("skip"))
    every.activated.emit(every.currentIndex())
    assert drop_down.currentText() == "Bỏ qua dòng này" and check.decisions() == {12: "skip"}
    klass = check.klass
    klass.setCurrentIndex(1)
    assert dialog.next.text() == "Nhập 5 người"

    qtbot.mouseClick(dialog.next, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentWidget() is dialog.result
    assert "Đã thêm 4 người" in dialog.result.summary.text() and "bỏ qua 1" in dialog.result.summary.text()
    assert people(demo_db) == before + 4
    qtbot.mouseClick(dialog.result.save_report, Qt.MouseButton.LeftButton)
    assert report.exists() and "Đã lưu 6 dòng" in dialog.result.saved_label.text()
    assert "Nguyễn Văn An" in names_shown(window)  # the registry reloaded
    assert not window.errors  # type: ignore[attr-defined]


def test_an_unreadable_file_is_said_in_the_dialog(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                  vietnamese: None) -> None:
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    dialog = ImportDialog(Ops(demo_db, print, synchronous=True))
    qtbot.addWidget(dialog)
    dialog.open_file(str(bad))
    assert "không phải tệp .xlsx đọc được" in dialog.problem.text() and str(bad) in dialog.problem.text()
    assert not dialog.next.isEnabled()


def test_add_a_person_with_live_validation(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    actions = window.participants.actions
    qtbot.mouseClick(actions.add, Qt.MouseButton.LeftButton)
    dialog = actions.dialog
    assert isinstance(dialog, PersonDialog) and dialog.form is not None
    form = dialog.form
    save = dialog.buttons.buttons()[0]
    assert not save.isEnabled()
    qtbot.keyClicks(form.name, "l")  # QTest types ASCII only; the rest comes as an input method commits it
    form.name.insert("ò thị  pằng")
    qtbot.keyClicks(form.birth, "31/02/1960")
    assert form.messages["birth"].text() == "Không có ngày “31/02/1960”" and not save.isEnabled()
    form.birth.clear()
    qtbot.keyClicks(form.birth, "1960")
    qtbot.keyClicks(form.phone, "912345678")
    assert "mất số 0" in form.messages["phone"].text()
    form.phone.clear()
    qtbot.keyClicks(form.phone, "0912 345 670")
    assert form.messages["phone"].isHidden() and save.isEnabled()
    form.consent_given.setChecked(True)
    form.purpose.clear()
    assert form.messages["consent_purpose"].text() == "Hãy ghi người học đồng ý cho việc gì (mục đích)"
    form.purpose.insert("Học lớp VNeID")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "Lò Thị Pằng" in names_shown(window)  # title-cased, spaces cleaned
    with demo_db.sessions() as s:
        p = s.scalars(select(Participant).where(Participant.full_name == "Lò Thị Pằng")).one()
        assert p.phone == "0912345670" and p.consent_purpose == "Học lớp VNeID" and p.consent_at is not None


def test_edit_by_double_click_and_an_id_already_taken(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    panel = window.participants
    with demo_db.sessions() as s:
        a, b = s.scalars(select(Participant).where(Participant.national_id.is_not(None)).order_by(Participant.id)).all()[:2]
        a_name, b_id, b_year, b_gender = a.full_name, b.national_id, b.birth_year, b.gender
    row = names_shown(window).index(a_name)
    panel.view.scrollTo(panel.model.index(row, 0))
    centre = panel.view.visualRect(panel.model.index(row, 0)).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # a double-click starts as a click
    assert panel.actions.edit.isEnabled() and not panel.actions.enroll.isHidden()
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    dialog = panel.actions.dialog
    assert isinstance(dialog, PersonDialog) and dialog.form is not None
    form = dialog.form
    assert form.name.text() == a_name
    form.national_id.setText(b_id)
    form.birth.setText(str(b_year))
    form.gender.setCurrentIndex(form.gender.findData(b_gender))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert form.messages["national_id"].text() == "Một người khác trong sổ đã có số định danh này"
    assert dialog.isVisible()


def test_merge_two_records_of_one_person(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                         vietnamese: None) -> None:
    with demo_db.transaction() as s:
        p = s.scalars(select(Participant).order_by(Participant.id)).first()
        s.add(Participant(full_name=p.full_name, name_folded=p.name_folded, sort_key=p.sort_key,
                          birth_year=p.birth_year, birth_month=p.birth_month, birth_day=p.birth_day,
                          target_group=p.target_group, card_code="TWIN-1", needs="Nghe kém"))
    window = open_window(qtbot, demo_db)
    before = people(demo_db)

    def click_merge(box: QMessageBox) -> int:
        [b for b in box.buttons() if b.text() == "Gộp"][0].click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", click_merge)
    qtbot.mouseClick(window.participants.actions.duplicates, Qt.MouseButton.LeftButton)
    dialog = window.participants.actions.dialog
    assert isinstance(dialog, DuplicatesDialog)
    pairs = len(dialog.pairs)
    mine = next(i for i, pair in enumerate(dialog.pairs) if p.id in (pair.first.id, pair.second.id))
    dialog.list.selectRow(mine)
    assert dialog.compare.verticalHeaderItem(0).text() == "Họ và tên"
    qtbot.mouseClick(dialog.keep_left, Qt.MouseButton.LeftButton)
    assert len(dialog.pairs) == pairs - 1 and "Đã gộp" in dialog.count.text()
    assert people(demo_db) == before - 1
    if dialog.pairs:
        qtbot.mouseClick(dialog.different, Qt.MouseButton.LeftButton)
        assert len(dialog.pairs) == pairs - 2


def test_erase_on_request_from_the_editor(qtbot, demo_db: Database, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                          vietnamese: None) -> None:
    with demo_db.sessions() as s:
        pid, name = s.execute(select(Participant.id, Participant.full_name).order_by(Participant.id)).first()
    window = open_window(qtbot, demo_db)
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.text())
        [b for b in box.buttons() if b.text() == "Xóa"][0].click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a: shown.append(a[2])))
    dialog = window.participants.actions.open_person(pid)
    dialog.findChild(type(dialog.buttons.buttons()[0]), "erasePerson").click()
    assert shown[0].startswith(f"Xóa dữ liệu của {name} theo yêu cầu")
    assert not dialog.isVisible()
    with demo_db.sessions() as s:
        assert s.get(Participant, pid).full_name == f"#{pid}"
    assert len(names_shown(window)) == 149


def test_cancel_during_the_import_saves_nothing(qtbot, demo_db: Database, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                vietnamese: None) -> None:
    from tests.listfiles import HEADER, write_csv
    rows = [HEADER] + [[str(i), f"Ngô Văn {name}", "1970", "Nam", "", "", "", ""]
                       for i, name in enumerate(["An", "Ba", "Cư", "Dũng"] * 300)]
    path = write_csv(tmp_path / "dai.csv", rows, "utf-8")
    before = people(demo_db)
    dialog = ImportDialog(Ops(demo_db, print))  # the real worker thread, as in the window
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(str(path))
    qtbot.waitUntil(lambda: dialog.mapping.sheet is not None, timeout=10000)
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.stack.currentWidget() is dialog.check, timeout=10000)
    dialog.next.click()
    task = dialog.tasks[-1]
    task.cancel()  # what the progress dialog's Cancel does
    qtbot.waitUntil(lambda: not dialog.tasks, timeout=10000)
    assert dialog.problem.text() == "Đã hủy: không có gì được lưu."
    assert dialog.stack.currentWidget() is dialog.check and people(demo_db) == before
    dialog.ops.wait()
