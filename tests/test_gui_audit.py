"""The audit screen: filters on the database, a page at a time, export to .xlsx, the chain checked."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import text

from classroom import audit
from models import LOCAL_TZ
from models.db import Database
from ui.app import install_translations
from ui.audit.panel import AuditPanel
from ui.ops import Ops


@pytest.fixture
def logged(demo_db: Database) -> Database:
    """A log of 700 rows over November 2026: three officers, a few kinds, people 1-10."""
    rows = []
    for n in range(700):
        r = audit.values(["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Thu"][n % 3], ["enroll", "update", "mark"][n % 3 if n % 7 else 0],
                         "enrollment", n, participant_id=1 + n % 10, class_code="15883-2026-001")
        r["at"] = datetime(2026, 11, 1 + n % 30, 8, n % 60, tzinfo=LOCAL_TZ)
        rows.append(r)
    with demo_db.transaction() as s:
        audit.record_many(s, rows)
    return demo_db


@pytest.fixture
def panel(qtbot, logged: Database, qapp: QApplication, monkeypatch) -> Iterator[AuditPanel]:  # type: ignore[no-untyped-def]
    translators = install_translations(qapp, "vi")
    monkeypatch.setattr(AuditPanel, "_today", staticmethod(lambda: date(2026, 11, 30)))
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, words, *a, **k: said.append(words)))
    widget = AuditPanel(Ops(logged, pytest.fail, synchronous=True))
    widget.said = said  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1140, 700)
    widget.show()
    widget.reload()
    yield widget
    for t in translators:
        qapp.removeTranslator(t)


def _count(db: Database, where: str = "1 = 1", **params: object) -> int:
    with db.sessions() as s:
        return s.execute(text(f"SELECT count(*) FROM audit_log WHERE {where}"), params).scalar_one()


def test_filters_by_date_officer_kind_and_person(qtbot, panel: AuditPanel, logged: Database) -> None:  # type: ignore[no-untyped-def]
    november = _count(logged, "at >= :a AND at < :b", a=datetime(2026, 10, 31), b=datetime(2026, 12, 1))
    assert panel.model.total == november >= 700 and panel.model.rowCount() == 200  # a page, not the whole log
    assert "dòng" in panel.status.text() and panel.model.headers[0] == "Lúc"
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    assert panel.model.rowCount() == november
    ats = [r.at for r, _ in panel.model.rows]
    assert ats == sorted(ats, reverse=True)
    panel.officer.setCurrentIndex(panel.officer.findData("Lê Thu"))
    panel.action.setCurrentIndex(panel.action.findData("enroll"))
    panel.start.setDate(QDate(2026, 11, 10))
    expected = sum(1 for n in range(700) if n % 3 == 2 and (n % 3 if n % 7 else 0) == 0 and 1 + n % 30 >= 10)
    assert panel.model.total == expected
    assert {panel.model.data(panel.model.index(r, 1)) for r in range(panel.model.rowCount())} == {"Lê Thu"}
    assert panel.model.data(panel.model.index(0, 2)) == "Ghi danh"
    panel.officer.setCurrentIndex(0)
    panel.action.setCurrentIndex(0)
    panel.all_dates.setChecked(True)
    qtbot.keyClicks(panel.person, "7")
    qtbot.keyClick(panel.person, Qt.Key.Key_Return)
    assert panel.model.total == _count(logged, "person_id = 7") > 0
    assert all("#7" in panel.model.data(panel.model.index(r, 4)) for r in range(panel.model.rowCount()))
    panel.all_dates.setChecked(False)
    panel.end.setDate(QDate(2026, 11, 1))
    assert "trước ngày bắt đầu" in panel.status.text()


def test_a_large_result_is_counted_up_to_a_limit_and_paged_to_its_end(qtbot, panel: AuditPanel,  # type: ignore[no-untyped-def]
                                                                     logged: Database, monkeypatch) -> None:
    monkeypatch.setattr(audit, "COUNT_UP_TO", 300)
    panel.all_dates.setChecked(True)
    everything = _count(logged)
    assert panel.status.text() == "Hơn 300 dòng" and not panel.model.exact
    while panel.model.canFetchMore():
        panel.model.fetchMore()
    assert panel.model.rowCount() == panel.model.total == everything and panel.model.exact


def test_person_by_name_asks_which_when_several(qtbot, panel: AuditPanel, logged: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[list[str]] = []

    def pick(_p, _t, _l, items, *a, **k):  # type: ignore[no-untyped-def]
        asked.append(items)
        return items[0], True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    panel.all_dates.setChecked(True)
    panel.person.setText("Nguyễn")
    panel.apply_filter()
    assert asked and len(asked[0]) > 1 and panel.person_id is not None
    panel.person.setText("không có ai tên này")
    panel.apply_filter()
    assert "không có ai tên này" in panel.status.text()


def test_export_to_xlsx_private_and_whole(qtbot, panel: AuditPanel, logged: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "nhat-ky"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    panel.officer.setCurrentIndex(panel.officer.findData("Trần Văn Hùng"))
    panel.export()
    qtbot.waitUntil(lambda: panel.last_file is not None, timeout=20000)
    out = tmp_path / "nhat-ky.xlsx"
    assert panel.last_file == out and out.stat().st_mode & 0o777 == 0o600
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:3] == ("Lúc", "Cán bộ", "Việc") and ws.auto_filter.ref and ws.freeze_panes == "A2"
    assert len(rows) - 1 == panel.model.total and {r[1] for r in rows[1:]} == {"Trần Văn Hùng"}
    assert any("lớp: 15883-2026-001" in (r[5] or "") for r in rows[1:])
    assert any("Đã lưu" in s for s in panel.said)  # type: ignore[attr-defined]


def test_check_names_a_row_changed_outside(qtbot, panel: AuditPanel, logged: Database) -> None:  # type: ignore[no-untyped-def]
    panel.check()
    qtbot.waitUntil(lambda: bool(panel.said), timeout=20000)  # type: ignore[attr-defined]
    assert "còn nguyên vẹn" in panel.said[-1]  # type: ignore[attr-defined]
    with logged.engine.begin() as conn:
        if logged.engine.dialect.name == "postgresql":
            conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER USER"))
            conn.execute(text("UPDATE audit_log SET actor = 'x' WHERE id = 30"))
            conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER USER"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("UPDATE audit_log SET actor = 'x' WHERE id = 30"))
    panel.check()
    qtbot.waitUntil(lambda: "dòng 30" in panel.said[-1], timeout=20000)  # type: ignore[attr-defined]
