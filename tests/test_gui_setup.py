"""A real commune's first day, driven as the officer would: the setup assistant on an empty
database, then a first class whose venue is added in place; the lists' screen (retire, merge);
what empty lists say; the demo database never shows the assistant."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from classroom.directory import Usage
from models import Commune, CourseClass, Instructor, Venue, Village
from models.db import Database
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.setup.lists import ListActions

FIXED_DAY = date(2027, 2, 22)


def open_window(qtbot, db: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []
    window = MainWindow(Ops(db, errors.append, synchronous=True))
    window.schedule.today = FIXED_DAY
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    window.start()
    window.errors = errors  # type: ignore[attr-defined]
    return window


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_day_then_a_class_with_a_venue_added_in_place(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db)
    assistant = window.setup_assistant
    assert assistant.isVisible() and assistant.windowTitle() == "Thiết lập xã/phường"
    assert assistant.width() <= 1366 and assistant.height() <= 768
    next_button = assistant.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no commune chosen yet

    qtbot.keyClicks(assistant.commune.chooser.search, "dong tien thanh hoa")
    chooser = assistant.commune.chooser
    assert chooser.list.item(0).text().startswith("Phường Đông Tiến — tỉnh Thanh Hóa")
    chooser.list.setCurrentRow(0)
    click(qtbot, next_button)

    office = assistant.office
    assert office.issuer.text() == "UBND phường Đông Tiến"  # the ward keeps its "phường"
    assert office.receiver.text() == "UBND tỉnh Thanh Hóa"
    office.signer_name.setText("Lê Văn Thành")  # (keyClicks types ASCII only)
    click(qtbot, next_button)

    villages = assistant.villages.boxes["village"][0]
    villages.setPlainText("1. Thôn Đông\n2. Thôn Tây\n3. thon dong\n")  # pasted from a numbered list
    click(qtbot, next_button)
    assistant.places.boxes["instructor"][0].setPlainText("Nguyễn Văn An")
    click(qtbot, assistant.button(QWizard.WizardButton.FinishButton))
    # a village twice (accents aside): said with its line, the assistant stays, nothing saved
    assert assistant.isVisible() and assistant.currentPage() is assistant.villages
    assert assistant.villages.message.text() == ("Thôn, dòng 3: “thon dong” đã có trong danh sách là “Thôn Đông” "
                                                 "(không kể dấu và chữ hoa).")
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Commune)) == 0
    villages.setPlainText("Thôn Đông\nThôn Tây")
    click(qtbot, next_button)
    click(qtbot, assistant.button(QWizard.WizardButton.FinishButton))
    assert not assistant.isVisible() and not window.errors  # type: ignore[attr-defined]
    with db.sessions() as s:
        commune = s.scalars(select(Commune)).one()
        assert (commune.code, commune.name, commune.kind, commune.upper_body, commune.signer_name) == (
            "15853", "Đông Tiến", "ward", "UBND tỉnh Thanh Hóa", "Lê Văn Thành")
        assert sorted(s.scalars(select(Village.name))) == ["Thôn Tây", "Thôn Đông"]
    assert "Phường Đông Tiến, Thanh Hóa" in window.commune_label.text()

    # the class list, empty, says what to do next; its button opens the editor
    window.show_screen(window.classes)
    assert window.classes.empty is not None and window.classes.empty.empty
    click(qtbot, window.classes.empty.hint.button)
    editor = window.schedule.editor
    assert editor is not None and editor.isVisible()
    editor.course.setCurrentIndex(next(i for i in range(editor.course.count()) if "VNEID" in editor.course.itemText(i)))
    editor.group.setCurrentIndex(editor.group.findData("elderly"))
    assert editor.venue.count() == 0
    click(qtbot, editor.add_venue)
    dialog = editor.place_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Nhà văn hóa thôn Đông")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Save))
    assert not dialog.isVisible()
    assert editor.venue.currentText() == "Nhà văn hóa thôn Đông"  # the new venue, chosen
    teacher = editor.instructors.item(0)
    assert teacher.text() == "Nguyễn Văn An"
    teacher.setCheckState(Qt.CheckState.Checked)
    rule = editor.rule
    assert rule is not None
    rule.set_weekdays({0})
    rule.set_part_of_day("evening")
    rule.start_date.setDate(QDate(2027, 3, 1))
    rule.count.setValue(4)
    click(qtbot, editor.save_button)
    assert not editor.isVisible() and not window.errors  # type: ignore[attr-defined]
    with db.sessions() as s:
        klass = s.scalars(select(CourseClass)).one()
        assert klass.code == "15853-2027-001"  # the commune's own code, not 00000
        assert s.get(Venue, klass.venue_id).name == "Nhà văn hóa thôn Đông"
    assert not window.classes.empty.empty and window.classes.model.rowCount() == 1


def test_the_demo_database_never_shows_the_assistant(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    assert getattr(window, "setup_assistant", None) is None


def test_settings_reopen_it_and_the_commune_stays_once_certificates_are_issued(qtbot, demo_db: Database,  # type: ignore[no-untyped-def]
                                                                              vietnamese: None) -> None:
    window = open_window(qtbot, demo_db)
    window.show_screen(window.settings)
    button = window.settings.findChild(type(window.settings.office.save_button), "openSetup")
    click(qtbot, button)
    assistant = window.setup_assistant
    page = assistant.commune
    assert not page.chooser.search.isEnabled() and "giấy chứng nhận" in page.locked.text()
    assert "xã Đông Tiến" in page.locked.text()
    assert "Đã có (8)" in assistant.villages.boxes["village"][1].text()
    next_button = assistant.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)  # the commune stays; the rest can change
    assert assistant.office.issuer.text() == "UBND xã Đông Tiến"
    assistant.office.signer_name.setText("Nguyễn Thị Lan")
    click(qtbot, next_button)
    click(qtbot, next_button)
    click(qtbot, assistant.button(QWizard.WizardButton.FinishButton))
    assert not assistant.isVisible() and not window.errors  # type: ignore[attr-defined]
    with demo_db.sessions() as s:
        commune = s.scalars(select(Commune)).one()
        assert (commune.code, commune.name, commune.signer_name) == ("15883", "Đông Tiến", "Nguyễn Thị Lan")


def test_an_empty_database_lists_say_what_to_do(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, db)
    window.setup_assistant.reject()  # "Later"
    assert window.participants.empty is not None and window.participants.empty.empty
    assert window.participants.empty.hint.button.text() == "Nhập danh sách…"
    assert "Chưa có ai" in window.participants.empty.hint.label.text()
    window.show_screen(window.certificates)
    assert window.certificates.empty is not None and window.certificates.empty.empty
    window.show_screen(window.attendance)
    assert window.attendance.empty is not None and window.attendance.empty.empty
    window.show_screen(window.schedule.places)
    places = window.schedule.places
    for tab in (places.villages, places.venues, places.instructors):
        assert tab.empty is not None and tab.empty.empty
    assert not places.courses.empty.empty  # the catalogue comes seeded
    window.show_screen(window.schedule.days_off)
    assert window.schedule.days_off.empty.empty


def test_retiring_a_venue_in_use_shows_its_classes_and_asks(qtbot, demo_db: Database, vietnamese: None,  # type: ignore[no-untyped-def]
                                                           monkeypatch) -> None:
    window = open_window(qtbot, demo_db)
    window.show_screen(window.schedule.places)
    places = window.schedule.places
    tab = places.venues
    places.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    venue = tab.current()
    with demo_db.sessions() as s:
        codes = sorted(s.scalars(select(CourseClass.code).where(CourseClass.venue_id == venue.id)))
    asked: list[str] = []
    monkeypatch.setattr(ListActions, "ask", lambda self, title, text, yes: asked.append(text) or False)
    click(qtbot, tab.list_actions.retire_button)
    assert len(asked) == 1 and all(code in asked[0] for code in codes) and "đang được dùng" in asked[0]
    with demo_db.sessions() as s:
        assert s.get(Venue, venue.id).active  # refused at the question: unchanged
    monkeypatch.setattr(ListActions, "ask", lambda self, title, text, yes: True)
    click(qtbot, tab.list_actions.retire_button)
    with demo_db.sessions() as s:
        assert not s.get(Venue, venue.id).active
    assert tab.current().id == venue.id and tab.list_actions.retire_button.text() == "Dùng lại"


def test_merging_two_spellings_of_a_village(qtbot, demo_db: Database, vietnamese: None, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    window.show_screen(window.schedule.places)
    tab = window.schedule.places.villages
    click(qtbot, tab.new_button)
    tab.dialog.names.setPlainText("Thôn Hoà Binh Mới")
    click(qtbot, tab.dialog.buttons.button(tab.dialog.buttons.StandardButton.Save))
    names = [r.name for r in tab.rows]
    assert "Thôn Hoà Binh Mới" in names
    tab.select_id(next(r.id for r in tab.rows if r.name == "Thôn Hoà Binh Mới"))
    monkeypatch.setattr(ListActions, "choose", lambda self, title, text, items: items.index("Thôn Hòa Bình"))
    said: list[str] = []
    monkeypatch.setattr(ListActions, "ask", lambda self, title, text, yes: said.append(text) or True)
    click(qtbot, tab.actions.merge_button)
    assert said and "“Thôn Hoà Binh Mới”" in said[0] and "“Thôn Hòa Bình”" in said[0]
    assert "Thôn Hoà Binh Mới" not in [r.name for r in tab.rows]
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Village).where(Village.name == "Thôn Hoà Binh Mới")) == 0
    assert Usage().in_use is False
    assert Instructor  # the lists' models are the ones the services change


def test_a_village_already_there_is_refused_with_its_line(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    window.show_screen(window.schedule.places)
    tab = window.schedule.places.villages
    before = len(tab.rows)
    click(qtbot, tab.new_button)
    tab.dialog.names.setPlainText("Thôn Mới\nthon hoa binh")
    click(qtbot, tab.dialog.buttons.button(tab.dialog.buttons.StandardButton.Save))
    assert tab.dialog.isVisible()
    assert tab.dialog.message.text() == ("Dòng 2: “thon hoa binh” đã có trong danh sách là “Thôn Hòa Bình” "
                                         "(không kể dấu và chữ hoa).")
    assert len(tab.rows) == before  # not even the first line was saved


def test_days_off_typed_as_written_and_31_february_refused(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, demo_db)
    window.show_screen(window.schedule.days_off)
    panel = window.schedule.days_off
    assert panel.empty.empty
    qtbot.keyClicks(panel.start, "05102027")  # FIXED_DAY is 22/02/2027
    qtbot.keyClicks(panel.end, "31/02/2027")
    panel.reason.setText("Mùa gặt")
    click(qtbot, panel.add_button)
    assert panel.message.text() == "Ngày cuối: không có ngày 31/02/2027: tháng 2 năm 2027 chỉ có 28 ngày."
    assert panel.empty.empty  # nothing saved
    panel.end.clear()
    qtbot.keyClicks(panel.end, "11/10/2027")
    click(qtbot, panel.add_button)
    assert not panel.empty.empty and panel.own.rowCount() == 1
    assert [panel.own.item(0, c).text() for c in range(4)] == ["T3 05/10/2027", "T2 11/10/2027", "7", "Mùa gặt"]
    assert panel.start.text() == "" and panel.message.text() == ""
