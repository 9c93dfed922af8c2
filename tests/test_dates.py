"""Date fields take typing after a single click: 26012027 or 26/01/2027; 31/02 is refused, saying why."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from ui.dates import DateField, DateProblem, read_day


@pytest.mark.parametrize("text, day", [
    ("26012027", date(2027, 1, 26)), ("26/01/2027", date(2027, 1, 26)), ("26-1-2027", date(2027, 1, 26)),
    (" 6.1.2027 ", date(2027, 1, 6)), ("29/02/2028", date(2028, 2, 29)), ("31 12 2026", date(2026, 12, 31)),
])
def test_days_are_read_as_typed(text: str, day: date) -> None:
    assert read_day(text) == day


@pytest.mark.parametrize("text, kind", [
    ("31/02/2027", "no_such_day"), ("29/02/2027", "no_such_day"), ("31042027", "no_such_day"), ("00/01/2027", "no_such_day"),
    ("26/13/2027", "no_month"), ("2601", "unreadable"), ("26/01/27", "unreadable"), ("", "unreadable"),
])
def test_what_is_no_day_says_why(text: str, kind: str) -> None:
    with pytest.raises(DateProblem) as err:
        read_day(text)
    assert err.value.kind == kind


def test_a_single_click_then_typing_replaces_the_date(qtbot, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    field = DateField(QDate(2026, 11, 23))
    qtbot.addWidget(field)
    field.show()
    changes: list[QDate] = []
    field.dateChanged.connect(changes.append)
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)  # one click, anywhere in the text
    qtbot.wait(1)
    qtbot.keyClicks(field.edit, "26012027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 1, 26) and field.text() == "26/01/2027" and changes == [QDate(2027, 1, 26)]
    assert field.message.isHidden()
    field.clearFocus()
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    qtbot.keyClicks(field.edit, "31/02/2027")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.date() == QDate(2027, 1, 26) and field.text() == "26/01/2027" and len(changes) == 1  # refused
    assert not field.message.isHidden()
    assert field.message.text() == ("“31/02/2027” không phải là ngày: tháng 02/2027 chỉ có 28 ngày. "
                                    "Ngày vẫn giữ là 26/01/2027.")


def test_the_class_rule_and_the_consent_take_typed_dates(qtbot, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    from ui.registry.person_form import PersonForm
    from ui.schedule.rule_form import RuleForm

    rule = RuleForm(date(2026, 11, 23))
    qtbot.addWidget(rule)
    rule.show()
    qtbot.mouseClick(rule.start_date.edit, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    qtbot.keyClicks(rule.start_date.edit, "04012027")
    qtbot.keyClick(rule.start_date.edit, Qt.Key.Key_Return)
    assert rule.start_date.date() == QDate(2027, 1, 4)
    assert rule.end_date.date() == QDate(2027, 1, 4).addDays(27)  # the end follows, as with the calendar
    form = PersonForm([(1, "Thôn Yên Trường")])
    qtbot.addWidget(form)
    form.show()
    form.consent_given.setChecked(True)
    qtbot.mouseClick(form.consent_at.edit, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    qtbot.keyClicks(form.consent_at.edit, "02/12/2026")
    qtbot.keyClick(form.consent_at.edit, Qt.Key.Key_Return)
    assert form.consent_at.date() == QDate(2026, 12, 2)
