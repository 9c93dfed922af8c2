"""The Reports and Settings screens, driven as the officer would (synchronous database work)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from classroom.reporting import Period
from classroom.reporting.dashboard import dashboard
from classroom.reporting.targets import GROUPS, METRICS, targets_for
from models import AuditEntry, Commune
from models.db import Database
from tests.filesaved import answer_file_saved
from ui.app import install_translations
from ui.ops import Ops
from ui.reports.panel import ReportsPanel
from ui.settings.panel import SettingsPanel


@pytest.fixture
def vietnamese(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "vi")
    yield
    for t in translators:
        qapp.removeTranslator(t)


@pytest.fixture
def quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda _p, _t, text, *a, **k: said.append(text)))
    return said


def test_dashboard_shows_the_figures_and_exports(qtbot, demo_db: Database, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                 quiet: list[str], vietnamese: None) -> None:
    panel = ReportsPanel(Ops(demo_db, pytest.fail, synchronous=True), year=2026)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    with demo_db.sessions() as s:
        expected = dashboard(s, Period.year(2026))
    assert panel.tiles["enrolled"].text() == str(expected.total.enrolled)
    assert panel.tiles["completed"].text() == str(expected.total.completed)
    assert panel.tiles["sessions"].text() == str(expected.sessions_held)
    assert panel.tiles["rate"].text().endswith("%")
    assert len(panel.targets.bars) == len(expected.targets) >= 5
    assert any("Toàn xã" in b.label for b in panel.targets.bars)
    assert panel.villages.rowCount() == len(expected.villages) == 8
    assert panel.villages.item(0, 0).text() == "Thôn Hòa Bình"
    assert panel.months.rowCount() == len(expected.months)
    assert panel.by_group.categories and "Người cao tuổi" in panel.by_group.categories
    assert panel.roster_xlsx.text() == "Danh sách Excel…"

    target = tmp_path / "danh-sach.xlsx"
    saved = answer_file_saved(monkeypatch, "close")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(panel.roster_xlsx, Qt.MouseButton.LeftButton)
    assert openpyxl.load_workbook(target).sheetnames == ["Danh sách", "Tổng hợp"]
    assert saved and "dòng" in saved[-1]

    package = tmp_path / "goi.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(package), "")))
    qtbot.mouseClick(panel.package, Qt.MouseButton.LeftButton)
    assert package.exists()

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile()) or True))
    answer_file_saved(monkeypatch, "file")  # "Mở tệp"
    pdf = tmp_path / "bao-cao.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf), "")))
    from ui.reports.heading import ReportHeading
    monkeypatch.setattr(ReportHeading, "ask", staticmethod(lambda *a, **k: None))  # cancelled: nothing made
    qtbot.mouseClick(panel.report, Qt.MouseButton.LeftButton)
    assert opened == [] and not pdf.exists()
    monkeypatch.setattr(ReportHeading, "ask", staticmethod(lambda *a, **k: ("12/x", "")))  # a bad number
    qtbot.mouseClick(panel.report, Qt.MouseButton.LeftButton)
    assert opened == [] and not pdf.exists() and any("BC-UBND" in t for t in quiet)
    monkeypatch.setattr(ReportHeading, "ask", staticmethod(lambda *a, **k: ("125", "Sở Khoa học và Công nghệ")))
    qtbot.mouseClick(panel.report, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf)] and pdf.read_bytes().startswith(b"%PDF")

    broken = tmp_path / "broken.zip"
    broken.write_bytes(package.read_bytes()[:100])
    merged = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(package), str(broken)], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(merged), "")))
    qtbot.mouseClick(panel.consolidate, Qt.MouseButton.LeftButton)
    dialog = panel.actions.dialog
    assert dialog is not None and merged.exists()
    assert dialog.communes.rowCount() == 1 and dialog.communes.item(0, 1).text() == "15883"
    assert dialog.refused.rowCount() == 1 and "cắt cụt" in dialog.refused.item(0, 1).text()
    dialog.close()


def test_empty_period_says_so(qtbot, demo_db: Database, tmp_path: Path, monkeypatch, quiet: list[str],  # type: ignore[no-untyped-def]
                              vietnamese: None) -> None:
    panel = ReportsPanel(Ops(demo_db, pytest.fail, synchronous=True), year=2031)
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.tiles["enrolled"].text() == "0"
    assert "Chưa có chỉ tiêu" in panel.targets.empty_text
    target = tmp_path / "x.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    panel.roster_xlsx.click()
    assert "Không có lớp nào" in quiet[-1] and not target.exists()


def test_settings_save_targets_and_the_office(qtbot, demo_db: Database, quiet: list[str], vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    ops = Ops(demo_db, pytest.fail, synchronous=True)
    ops.actor = "Lê Thị Cán Bộ"  # the officer's name asked at start, not the computer's user
    panel = SettingsPanel(ops)
    qtbot.addWidget(panel)
    panel.show()
    panel.targets.year.setValue(2026)
    panel.reload()
    office = panel.office
    assert office.name.text() == "Đông Tiến" and office.code.text() == "15883"
    share = METRICS.index("share_basic_skills")
    farmer = GROUPS.index("farmer")
    assert panel.targets.table.item(farmer, share).text() == "70"
    panel.targets.table.item(farmer, share).setText("120")
    panel.targets.save_button.click()
    assert "không quá 100" in panel.targets.message.text()
    with demo_db.sessions() as s:
        assert {t.value for t in targets_for(s, 2026) if t.target_group == "farmer"} == {70}
    panel.targets.table.item(farmer, share).setText("75,5")
    panel.targets.table.item(GROUPS.index("all"), METRICS.index("trained")).setText("300")
    panel.targets.villages.item(0, 1).setText("900")
    panel.targets.save_button.click()
    assert panel.targets.message.text() == "Đã lưu."
    with demo_db.sessions() as s:
        got = {(t.target_group, t.metric): t.value for t in targets_for(s, 2026)}
    assert got[("farmer", "share_basic_skills")] == 75.5 and got[("all", "trained")] == 300

    office.code.clear()
    qtbot.keyClicks(office.code, "123")
    office.save_button.click()
    assert "5 chữ số" in office.message.text()
    office.code.clear()
    qtbot.keyClicks(office.code, "15899")  # another commune: refused, certificates carry the code
    office.save_button.click()
    assert "Không đổi được xã/phường" in office.message.text() and "15883" in office.message.text()
    office.code.clear()
    qtbot.keyClicks(office.code, "15883")
    office.upper_body.setText("Sở Khoa học và Công nghệ tỉnh Thanh Hóa")
    office.save_button.click()
    assert office.message.text() == "Đã lưu."
    with demo_db.sessions() as s:
        c = s.scalars(select(Commune)).one()
        assert (c.code, c.upper_body) == ("15883", "Sở Khoa học và Công nghệ tỉnh Thanh Hóa")
        saved_by = s.scalars(select(AuditEntry.actor).where(AuditEntry.entity.in_(("commune", "targets", "target")))).all()
        assert saved_by and set(saved_by) == {"Lê Thị Cán Bộ"}


def test_the_office_record_lists_the_runs_and_the_newest_runs_communes(  # type: ignore[no-untyped-def]
        qtbot, demo_db: Database, demo_file: Path, tmp_path: Path, monkeypatch, quiet: list[str],
        vietnamese: None) -> None:
    from tests.test_trust import commune, package_of
    from ui.main_window import MainWindow

    errors: list[BaseException] = []
    window = MainWindow(Ops(demo_db, errors.append, synchronous=True))
    qtbot.addWidget(window)
    window.show()
    window.start()
    window.show_screen(window.reports)
    record = window.reports.record
    assert record.switch.empty and "Chưa có lần tổng hợp" in record.switch.hint.label.text()
    pack = package_of(commune(demo_file, tmp_path, "Xã An Phú", code="15884"), tmp_path / "a.zip")
    merged = tmp_path / "tong-hop.xlsx"
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(pack)], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(merged), "")))

    def consolidate() -> None:
        qtbot.mouseClick(window.reports.consolidate, Qt.MouseButton.LeftButton)
        dialog = window.reports.actions.dialog
        assert dialog is not None and merged.exists()
        dialog.close()

    consolidate()  # the change broadcast reloads the screen on view: the run is listed, read from the database
    assert not record.switch.empty and record.runs_model.rowCount() == 1
    assert record.packages_model.rowCount() == 1

    def cell(model, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
        return model.data(model.index(row, column))

    assert [cell(record.packages_model, 0, c) for c in (0, 1, 3, 8)] == ["Xã An Phú", "15884", "toàn bộ thời gian", ""]
    assert cell(record.packages_model, 0, 4) == str(record.record.packages[0].enrolled)
    assert "số 1" in record.heading.text() and "1 gói" in record.heading.text()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(pack.read_bytes()[:100])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(pack), str(broken)], "")))
    consolidate()  # the very same file again: recognised, said in the dialog and in the list
    assert "broken.zip (không đọc được" in record.heading.text()
    assert window.reports.actions.dialog.again.isVisibleTo(window.reports.actions.dialog)
    assert [cell(record.runs_model, r, 0) for r in (0, 1)] == ["2", "1"]  # newest first
    assert cell(record.packages_model, 0, 8) == "có, cùng tệp (lần số 1)"
    record.runs.selectRow(1)  # the first run's communes
    assert record.record.run_id == 1 and cell(record.packages_model, 0, 8) == ""
    consolidate()  # a new run while an older one is chosen: the new one is shown
    assert record.record.run_id == 3 and cell(record.runs_model, 0, 0) == "3" and "số 3" in record.heading.text()
    assert not errors


def test_accepting_a_changed_key_redoes_the_consolidation_in_the_first_attempts_place(  # type: ignore[no-untyped-def]
        qtbot, demo_db: Database, demo_file: Path, tmp_path: Path, monkeypatch) -> None:
    from classroom.consolidations import consolidation_record
    from tests.test_trust import commune, package_of

    pack_a = package_of(commune(demo_file, tmp_path, "a"), tmp_path / "a.zip")
    pack_b = package_of(commune(demo_file, tmp_path, "Xã B", code="15886", new_key=True), tmp_path / "b.zip")
    moved = package_of(commune(demo_file, tmp_path, "b again", code="15886", new_key=True), tmp_path / "moved.zip")
    merged = tmp_path / "tong-hop.xlsx"
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, title, *a, **k: asked.append(title) or QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(merged), "")))
    panel = ReportsPanel(Ops(demo_db, pytest.fail, synchronous=True), year=2026)
    qtbot.addWidget(panel)
    for picked in ([pack_b], [pack_a, moved]):  # b's key pinned, then a new key for 15886: accepted, redone
        chosen = [str(p) for p in picked]
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, chosen=chosen, **k: (chosen, "")))
        qtbot.mouseClick(panel.consolidate, Qt.MouseButton.LeftButton)
        panel.actions.dialog.close()
    assert asked == ["A commune's key changed"]
    dialog = panel.actions.dialog
    assert not dialog.again.isVisibleTo(dialog)  # the first attempt's packages are not "consolidated before"
    with demo_db.sessions() as s:
        got = consolidation_record(s)
    assert len(got.runs) == 2 and got.runs[0].accepted == 2 and got.runs[0].refused == 0
    assert [p.first_run_id for p in got.packages] == [None, None]
