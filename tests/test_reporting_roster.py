"""The roster workbook and CSV for the upper level, checked against every rule of contract/roster.md."""
from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from classroom.attendance import class_results
from classroom.errors import InvalidInput
from classroom.reporting import Period, export_roster, roster_rows, summary
from classroom.reporting.workbook import HEADER
from classroom.text import name_sort_key
from models import CourseClass, Participant, Village, YearlyTarget
from models.db import Database

GROUP_WORDS = {"Người cao tuổi", "Công nhân/Người lao động", "Nông dân", "Đoàn viên thanh niên", "Phụ nữ",
               "Cán bộ/Công chức/Viên chức", "Học sinh/Sinh viên", "Khác"}
CONTRACT_HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Số điện thoại",
                   "Thôn/Ấp/Tổ dân phố", "Xã/Phường", "Tỉnh/Thành phố", "Đối tượng", "Mã lớp", "Nội dung",
                   "Ngày bắt đầu", "Ngày kết thúc", "Số buổi có mặt", "Tổng số buổi", "Kết quả", "Số chứng nhận"]


@pytest.fixture
def tricky(demo_db: Database) -> Database:
    """Someone whose name, ID, phone and village would trip a careless export."""
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).order_by(CourseClass.code)).first()
        person = s.scalars(select(Participant).join(Participant.village)
                           .where(Participant.id.in_([e.participant_id for e in klass.enrollments]))).first()
        person.full_name = "=HYPERLINK(\"http://x\";\"bấm\")"
        person.sort_key = name_sort_key(person.full_name)
        person.national_id, person.phone = "001056000123", "0321234567"
        s.get(Village, person.village_id).name = "@Thôn Một"
        other = s.scalars(select(Participant).where(Participant.id != person.id, Participant.national_id.is_not(None))
                          .join(Participant.village)).first()
        other.full_name = "+Trần Thị Bé"
        other.sort_key = name_sort_key(other.full_name)
    return demo_db


def test_rows_match_the_class_results_and_sort_by_class_then_name(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        rows = roster_rows(s)
        for klass in s.scalars(select(CourseClass)):
            expected = {r.participant_id: ("passed" if r.completed else "in_progress" if r.in_progress
                                           else "not_passed", r.attended, r.held)
                        for r in class_results(s, klass.id)}
            assert {r.participant_id: (r.result, r.attended, r.held) for r in rows
                    if r.class_code == klass.code} == expected
    keys = [(r.class_code, name_sort_key(r.full_name)) for r in rows]
    assert keys == sorted(keys)
    assert {r.result for r in rows} == {"passed", "not_passed", "in_progress"}


def test_workbook_follows_the_contract(tricky: Database, tmp_path: Path) -> None:
    out = tmp_path / "danh-sach.xlsx"
    with tricky.sessions() as s:
        done = export_roster(s, out)
        rows = roster_rows(s)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Danh sách", "Tổng hợp"]
    ws = wb["Danh sách"]
    assert [c.value for c in ws[1]] == CONTRACT_HEADER == list(HEADER)
    assert ws.max_row == done.rows + 1 == len(rows) + 1
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:R{ws.max_row}"  # the filter row
    assert ws.print_title_rows == "$1:$1"
    first = rows[0]
    assert ws.cell(2, 13).value.date() == first.first_session and ws.cell(2, 14).value.date() == first.last_session
    assert any(isinstance(c.value, datetime) for c in ws["C"][1:])  # some births known to the day
    assert ws.page_setup.orientation == "landscape" and str(ws.page_setup.paperSize) == "9"
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    data = list(ws.iter_rows(min_row=2))
    assert [r[0].value for r in data] == list(range(1, len(data) + 1))
    for row in data:
        values = [c.value for c in row]
        birth = values[2]  # a real date when known to the day, else the year as text
        assert birth is None or (isinstance(birth, str) and len(birth) == 4 and birth.isdigit()) or (
            isinstance(birth, datetime) and row[2].number_format == "dd/mm/yyyy")
        assert values[3] in {"Nam", "Nữ", "Khác", None}
        for col in (4, 5):  # IDs and phones: text, leading zeros kept
            assert row[col].value is None or (row[col].data_type == "s" and isinstance(row[col].value, str))
        assert values[4] is None or (len(values[4]) == 12 and values[4].isdigit())
        assert values[5] is None or (len(values[5]) == 10 and values[5].startswith("0"))
        assert values[7] == "Đông Tiến" and values[8] == "Thanh Hóa"
        assert values[9] in GROUP_WORDS
        assert values[16] in {"Đạt", "Chưa đạt", "Đang học"}
        for col in (12, 13):  # real Excel dates, shown dd/mm/yyyy: Excel sorts and filters them
            assert values[col] is None or (isinstance(values[col], datetime) and row[col].is_date
                                           and row[col].number_format == "dd/mm/yyyy")
        assert isinstance(values[14], int) and isinstance(values[15], int)
        for cell in row:  # no formula anywhere; risky text is a quote-prefixed text cell
            assert cell.data_type != "f"
            if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                assert cell.data_type == "s" and cell.quotePrefix, cell.value
    ids = [c.value for c in ws["E"][1:]]
    assert "001056000123" in ids and "0321234567" in [c.value for c in ws["F"][1:]]
    names = [c.value for c in ws["B"][1:]]
    assert "=HYPERLINK(\"http://x\";\"bấm\")" in names and "+Trần Thị Bé" in names
    assert "@Thôn Một" in [c.value for c in ws["G"][1:]]
    widths = {c: ws.column_dimensions[c].width for c in "ABCDEFGHIJKLMNOPQR"}
    longest_title = max(len(r.course_title) for r in rows)
    assert widths["L"] >= min(longest_title, 58) and widths["E"] >= 12 and widths["B"] >= 15
    by_class: dict[str, list[bytes]] = {}
    for row in data:
        by_class.setdefault(row[10].value, []).append(name_sort_key(row[1].value))
    assert list(by_class) == sorted(by_class)
    assert all(keys == sorted(keys) for keys in by_class.values())


def test_summary_sheet_has_groups_targets_and_a_total(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        s.add(YearlyTarget(year=2026, target_group="all", metric="trained", value=40))
    out = tmp_path / "r.xlsx"
    with demo_db.sessions() as s:
        export_roster(s, out, Period.year(2026))
        expected = summary(s, Period.year(2026))
    ws = openpyxl.load_workbook(out)["Tổng hợp"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][:6] == ["STT", "Đối tượng", "Số người ghi danh", "Số người hoàn thành",
                           "Số người được cấp chứng nhận", "Chỉ tiêu năm 2026"]
    assert ws.freeze_panes == "A2"
    elderly = next(r for r in rows if r[1] == "Người cao tuổi")
    line = next(x for x in expected.lines if x.target_group == "elderly")
    assert elderly[2:5] == [line.figures.enrolled, line.figures.completed, line.figures.certified]
    assert elderly[5] == "Tỷ lệ người trưởng thành có kỹ năng số cơ bản (%)" and elderly[6] == 60
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert total[2] == sum(r[2] for r in rows[1:] if r[0] and r[2] is not None)
    assert total[5] == "Số người hoàn thành khóa học" and total[6] == 40
    assert total[7] == expected.total.figures.completed
    assert total[8] == pytest.approx(100 * expected.total.figures.completed / 40, abs=0.1)
    assert ws["B" + str(rows.index(total) + 1)].font.b


def test_csv_has_a_bom_the_header_and_escapes_formulas(tricky: Database, tmp_path: Path) -> None:
    out = tmp_path / "danh-sach.csv"
    with tricky.sessions() as s:
        done = export_roster(s, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == CONTRACT_HEADER and len(rows) == done.rows + 1
    cells = [c for r in rows[1:] for c in r]
    assert not any(c and c[0] in "=+-@" for c in cells)
    assert "'=HYPERLINK(\"http://x\";\"bấm\")" in cells and "'@Thôn Một" in cells and "'+Trần Thị Bé" in cells
    assert "001056000123" in cells and "0321234567" in cells
    for row in rows[1:]:  # the CSV keeps every date as dd/mm/yyyy text (or the year alone)
        assert all(not c or (len(c) == 10 and c[2] == c[5] == "/") for c in (row[12], row[13]))
        assert not row[2] or len(row[2]) == 4 or (len(row[2]) == 10 and row[2][2] == row[2][5] == "/")


def test_filters_and_bad_requests(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.sessions() as s:
        klass = s.scalars(select(CourseClass).order_by(CourseClass.code)).first()
        one = roster_rows(s, class_id=klass.id)
        assert one and {r.class_code for r in one} == {klass.code}
        first = min(x.starts_at for x in klass.sessions).date()
        in_period = roster_rows(s, Period(first, first))
        assert klass.code in {r.class_code for r in in_period}
        assert len(in_period) < len(roster_rows(s))
        with pytest.raises(InvalidInput) as empty:
            export_roster(s, tmp_path / "x.xlsx", Period(date(2035, 1, 1), date(2035, 12, 31)))
        assert empty.value.problems[0].code == "nothing_to_export"
        with pytest.raises(InvalidInput) as wrong:
            export_roster(s, tmp_path / "x.pdf")
        assert wrong.value.problems[0].code == "export_format"
    with pytest.raises(InvalidInput) as reversed_:
        Period.checked(date(2026, 5, 1), date(2026, 1, 1))
    assert reversed_.value.problems[0].code == "period_reversed"
    assert not [p for p in tmp_path.iterdir() if not p.name.startswith("demo.")]  # nothing half-written
