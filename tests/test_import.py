"""Importing the lists communes really get: encodings, Excel's damage, duplicates; nobody lost, nobody doubled."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import func, select

from classroom.errors import Cancelled, InvalidInput, Refused
from classroom.importing import (
    RowDecision, apply_import, build_preview, guess_layout, read_file, write_report,
)
from classroom.importing.columns import field_of
from tests.listfiles import HEADER, PEOPLE, messy_rows, write_csv, write_xlsx
from models import AuditEntry, CourseClass, Enrollment, Participant, Village
from models.db import Database

from tests.conftest import DEMO_TODAY

NAMES = [p[1] for p in PEOPLE]


def preview_of(db: Database, path: Path, **kw):  # type: ignore[no-untyped-def]
    sheet = read_file(path)
    with db.sessions() as s:
        return build_preview(s, sheet, guess_layout(sheet), today=DEMO_TODAY, **kw)


def count(db: Database, model: type = Participant) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def assert_accounted(preview) -> None:  # type: ignore[no-untyped-def]
    """No row lost silently, none counted twice."""
    assert len(preview.accepted) + len(preview.rejected) + preview.empty_rows == preview.total_rows
    numbers = [r.row for r in preview.rows]
    assert len(numbers) == len(set(numbers))
    for row in preview.rejected:
        assert row.errors and all(e.code for e in row.errors)


@pytest.mark.parametrize("encoding,delimiter", [
    ("utf-8-sig", ","), ("utf-8", ";"), ("utf-16", "\t"), ("cp1258", ";"), ("cp1258", ","), ("nfd", ","),
])
def test_csv_encodings_and_delimiters(tmp_path: Path, db: Database, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], encoding, delimiter)
    sheet = read_file(path)
    assert sheet.delimiter == delimiter
    assert sheet.encoding == {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16", "cp1258": "cp1258"}.get(encoding, "utf-8")
    preview = preview_of(db, path)
    names = [r.person.full_name for r in preview.accepted]
    assert names == NAMES
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert_accounted(preview)


def test_header_names_in_every_spelling() -> None:
    spellings = {"Họ và tên": "full_name", "HO TEN": "full_name", "Ho va ten": "full_name", "Họ tên": "full_name",
                 "Số CCCD": "national_id", "CCCD": "national_id", "Số định danh": "national_id",
                 "Số CCCD/CMND (12 số)": "national_id", "SĐT": "phone", "Điện thoại": "phone", "Năm sinh": "birth",
                 "NGÀY SINH": "birth", "Giới tính": "gender", "Thôn": "village", "Tổ dân phố": "village",
                 "Thôn/Tổ dân phố": "village", "Đối tượng": "target_group", "Nghề nghiệp": "occupation",
                 "Full name": "full_name", "Phone": "phone", "Date of birth": "birth", "Tên thôn": "village",
                 "STT": "ignore", "Ghi chú": "needs", "Nơi làm việc": "occupation"}
    for header, field in spellings.items():
        assert field_of(header) == field, header
    assert field_of("Số tiền") is None


def test_messy_workbook_nobody_lost_nobody_doubled(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.sessions() as s:
        known = s.scalars(select(Participant).where(Participant.national_id.is_not(None))
                          .order_by(Participant.id)).first()
        known_id, known_year, known_gender = known.national_id, known.birth_year, known.gender
    rows, reasons = messy_rows()
    rows[15] = [10, "Đặng Văn Mười", str(known_year), "Nam" if known_gender == "male" else "Nữ", known_id,
                None, "Thôn Ưng Bình", "Nông dân", None]
    path = write_xlsx(tmp_path / "ds.xlsx", rows, merged=["A1:I1", "A2:I2"])
    before = count(demo_db)
    preview = preview_of(demo_db, path)

    assert preview.layout.header_row == 2 and preview.total_rows == 15
    assert_accounted(preview)
    assert preview.empty_rows == 4  # rows 7, 8, 17, 18
    assert {r.row: r.errors[0].code for r in preview.rejected} == reasons
    scientific = next(r for r in preview.rejected if r.row == 9).errors[0]
    assert (scientific.column, scientific.value) == ("Số định danh", "3,8062E+11")
    assert next(r for r in preview.rejected if r.row == 11).errors[0].params == {"first_row": 5}

    by_row = {r.row: r for r in preview.accepted}
    an = by_row[5]
    assert an.person.full_name == "Nguyễn Văn An" and an.person.national_id == "038058012345"
    assert an.person.phone == "0912345678" and an.person.target_group == "elderly" and an.person.needs == "Mắt kém"
    restored = {(w.code, w.column) for w in an.warnings}
    assert {("id_leading_zero_restored", "Số định danh"), ("phone_leading_zero_restored", "Điện thoại")} <= restored
    assert by_row[6].person.full_name == "Trần Thị Hường" and by_row[6].person.birth.iso() == "1975-08-15"
    assert "birth_from_serial" in {w.code for w in by_row[6].warnings}
    assert by_row[10].person.birth.iso() == "1972-06-05" and by_row[10].person.phone == "0977123456"
    assert "birth_two_digit_year_assumed" in {w.code for w in by_row[10].warnings}
    assert by_row[10].person.target_group == "women"
    assert by_row[12].match.kind == "file_similar" and by_row[12].match.row == 10
    assert by_row[16].match.kind == "registered_id" and "full_name" in by_row[16].match.changes

    with demo_db.transaction() as s:
        result = apply_import(s, preview, {}, today=DEMO_TODAY)
    assert len(result.created) == 4 and result.kept == [by_row[16].match.participant_id]
    assert count(demo_db) == before + 4
    with demo_db.sessions() as s:
        ids = [i for i in s.scalars(select(Participant.national_id)) if i]
        assert len(ids) == len(set(ids))
        unchanged = s.get(Participant, by_row[16].match.participant_id)
        assert unchanged.full_name != "Đặng Văn Mười"  # kept as registered: nobody agreed to the change
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "import")) == 1


def test_update_only_where_the_officer_agrees(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.sessions() as s:
        p = s.scalars(select(Participant).where(Participant.national_id.is_not(None), Participant.phone.is_not(None))
                      .order_by(Participant.id)).first()
        pid, old_name, old_phone, nid, year = p.id, p.full_name, p.phone, p.national_id, p.birth_year
        gender = "Nam" if p.gender == "male" else "Nữ"
    rows = [HEADER, ["1", "Tên Mới Hẳn", str(year), gender, nid, "0399999999", "", ""]]
    preview = preview_of(demo_db, write_csv(tmp_path / "u.csv", rows, "utf-8"))
    row = preview.accepted[0]
    assert row.match.kind == "registered_id" and set(row.match.changes) >= {"full_name", "phone"}
    with demo_db.transaction() as s:
        result = apply_import(s, preview, {row.row: RowDecision("update", frozenset({"phone"}))})
    assert result.updated == [pid] and not result.created
    with demo_db.sessions() as s:
        p = s.get(Participant, pid)
        assert (p.full_name, p.phone) == (old_name, "0399999999")
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == pid, AuditEntry.action == "update")).one()
        assert "0399999999" not in entry.details and old_phone not in entry.details and '"phone"' in entry.details


def test_possible_duplicate_of_a_registered_person(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.sessions() as s:
        p = s.scalars(select(Participant).where(Participant.birth_day.is_not(None)).order_by(Participant.id)).first()
        name, born = p.full_name, f"{p.birth_day:02d}/{p.birth_month:02d}/{p.birth_year}"
    rows = [["Họ và tên", "Ngày sinh"], [name.upper(), born]]
    preview = preview_of(demo_db, write_xlsx(tmp_path / "d.xlsx", rows))
    match = preview.accepted[0].match
    assert match.kind == "registered_similar" and match.reasons == ("birth",)
    before = count(demo_db)
    with demo_db.transaction() as s:
        result = apply_import(s, preview, {2: "skip"})
    assert result.skipped == [2] and count(demo_db) == before
    with pytest.raises(Refused):
        with demo_db.transaction() as s:
            apply_import(s, preview, {2: "merge-please"})


def test_import_enrolls_into_a_class_with_a_waiting_list(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "planned").order_by(CourseClass.id)).first()
        taken = s.scalar(select(func.count()).select_from(Enrollment).where(
            Enrollment.class_id == klass.id, Enrollment.status == "enrolled"))
        klass.capacity = taken + 2
        class_id = klass.id
    preview = preview_of(demo_db, write_csv(tmp_path / "e.csv", [HEADER, *PEOPLE], "utf-8"))
    with demo_db.transaction() as s:
        result = apply_import(s, preview, enroll_class_id=class_id)
    statuses = [o.status for o in result.enrollment.outcomes]
    assert statuses == ["enrolled", "enrolled", "waiting", "waiting"]
    first, second = (o.position for o in result.enrollment.outcomes[2:])
    assert second == first + 1
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Enrollment).where(
            Enrollment.class_id == class_id, Enrollment.status == "enrolled")) == taken + 2


def test_cancel_leaves_the_database_as_it_was(tmp_path: Path, db: Database) -> None:
    rows = [HEADER] + [[str(i), f"Nguyễn Văn Tư {chr(65 + i % 26)}", "1970", "Nam", "", "", "", ""] for i in range(900)]
    preview = preview_of(db, write_csv(tmp_path / "c.csv", rows, "utf-8"))
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        with db.transaction() as s:
            apply_import(s, preview, cancelled=lambda: next(calls) >= 3)
    assert count(db) == 0 and count(db, AuditEntry) == 0


def test_new_villages_are_added_once(tmp_path: Path, demo_db: Database) -> None:
    rows = [["Họ và tên", "Thôn"], ["Ngô Văn Một", "Thôn Bãi Bồi"], ["Ngô Văn Hai", "thôn bãi bồi"],
            ["Ngô Văn Ba", "Yên Trường"]]
    preview = preview_of(demo_db, write_xlsx(tmp_path / "v.xlsx", rows))
    assert [w.code for r in preview.accepted for w in r.warnings] == ["village_new", "village_new"]
    before = count(demo_db, Village)
    with demo_db.transaction() as s:
        result = apply_import(s, preview)
    assert result.villages_created == ["Thôn Bãi Bồi"] and count(demo_db, Village) == before + 1


def test_month_first_dates_from_an_english_excel(tmp_path: Path, db: Database) -> None:
    rows = [["Name", "Date of birth"], ["Lò Văn Páo", "3/25/1960"], ["Lò Thị Pằng", "12/1/1965"]]
    preview = preview_of(db, write_csv(tmp_path / "m.csv", rows, "utf-8"))
    assert [r.person.birth.iso() for r in preview.accepted] == ["1960-03-25", "1965-12-01"]
    assert all("birth_month_first" in {w.code for w in r.warnings} for r in preview.accepted)


def test_rejection_report_csv_and_xlsx_can_be_fixed_and_imported_again(tmp_path: Path, db: Database) -> None:
    rows = [HEADER, PEOPLE[0], ["2", "=HYPERLINK(\"x\")", "1970", "Nam", "", "", "", ""],
            ["3", "Bùi Thị Năm", "1970", "Nữ", "12345", "", "", ""]]
    preview = preview_of(db, write_csv(tmp_path / "r.csv", rows, "utf-8"))
    assert [r.row for r in preview.rejected] == [3, 4]
    words = {"national_id_wrong_length": "sai độ dài", "name_bad_characters": "ký tự lạ"}
    headings = ["Dòng", "Cột", "Giá trị", "Lý do"]
    for name in ("bao-cao.csv", "bao-cao.xlsx"):
        out = tmp_path / name
        assert write_report(out, preview, lambda code, params: words.get(code, code), headings) == 2
        again = read_file(out)
        assert again.rows[0][1][:5] == ["Dòng", "Cột", "Giá trị", "Lý do", "STT"]
        assert [c[0] for _, c in again.rows[1:]] in (["3", "4"], [3, 4])
        assert again.rows[2][1][3] == "sai độ dài" and again.rows[2][1][5] == "Bùi Thị Năm"
        assert again.rows[1][1][5].lstrip("'").startswith("=HYPERLINK")  # text, not a formula
        layout = guess_layout(again)
        assert layout.column_of("full_name").header == "Họ và tên"
    import openpyxl
    book = openpyxl.load_workbook(tmp_path / "bao-cao.xlsx")
    assert book.active.cell(2, 6).data_type == "s"
    with pytest.raises(InvalidInput) as info:
        write_report(tmp_path / "x.pdf", preview, lambda c, p: c, headings)
    assert info.value.code == "report_format"


@pytest.mark.parametrize("name,content,code", [
    ("ds.csv", b"", "file_empty"),
    ("ds.csv", b" ,\r\n,,\xc2\xa0\r\n", "file_empty"),
    ("ds.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "xls_format"),
    ("ds.xlsx", b"PK\x03\x04garbage that is no zip", "xlsx_damaged"),
    ("ds.xlsx", "Họ và tên\nAn\n".encode(), "xlsx_damaged"),
    ("ds.csv", b"\x00\x01\x02\x00\x00\x00" * 50 + b"\xff", "encoding_unknown"),
])
def test_hostile_or_broken_files_give_clear_codes(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidInput) as info:
        read_file(path)
    assert info.value.code == code and info.value.params["file"] == str(path)


def test_a_zip_bomb_is_refused_before_unpacking(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    import classroom.importing.reading as reading
    monkeypatch.setattr(reading, "MAX_UNZIPPED", 1024 * 1024)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (2 * 1024 * 1024))
    with pytest.raises(InvalidInput) as info:
        read_file(path)
    assert info.value.code == "file_too_large"


def test_missing_file_and_caps(tmp_path: Path, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InvalidInput) as info:
        read_file(tmp_path / "khong-co.csv")
    assert info.value.code == "file_not_found"
    import classroom.importing.preview as preview_module
    import classroom.importing.reading as reading
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    monkeypatch.setattr(preview_module, "MAX_ROWS", 3)
    path = write_csv(tmp_path / "big.csv", [HEADER, *PEOPLE], "utf-8")  # 4 people: one too many
    with pytest.raises(InvalidInput) as info:
        preview_of(db, path)
    assert info.value.code == "too_many_rows" and info.value.params["limit"] == 3
    monkeypatch.undo()
    long = [HEADER, ["1", "Nguyễn Văn " + "A" * 5000, "1970", "", "", "", "", ""]]
    preview = preview_of(db, write_csv(tmp_path / "long.csv", long, "utf-8"))
    assert preview.rejected[0].errors[0].code == "value_too_long"


def test_a_file_without_a_name_column_is_refused(tmp_path: Path, db: Database) -> None:
    path = write_csv(tmp_path / "x.csv", [["Mã hàng", "Số lượng"], ["A1", "3"]], "utf-8")
    with pytest.raises(InvalidInput) as info:
        preview_of(db, path)
    assert info.value.code == "no_name_column"


def test_family_and_given_name_in_two_columns_and_a_stray_nul(tmp_path: Path, db: Database) -> None:
    rows = [["STT", "Họ và tên đệm", "Tên", "Năm sinh", "SĐT"], ["1", "Nguyễn Thị", "Hồng", "1980", "0912345678"],
            ["2", "Lê\x00 Văn", "Tám", "1975", ""]]
    preview = preview_of(db, write_csv(tmp_path / "hs.csv", rows, "utf-8"))
    assert [r.person.full_name for r in preview.accepted] == ["Nguyễn Thị Hồng", "Lê Văn Tám"]


def test_a_closed_class_is_refused_before_anything_is_saved(tmp_path: Path, demo_db: Database) -> None:
    with demo_db.sessions() as s:
        done = s.scalars(select(CourseClass.id).where(CourseClass.status == "finished")).first()
    preview = preview_of(demo_db, write_csv(tmp_path / "e.csv", [HEADER, *PEOPLE], "utf-8"))
    before = count(demo_db)
    with pytest.raises(Refused) as info, demo_db.transaction() as s:
        apply_import(s, preview, enroll_class_id=done)
    assert info.value.code == "class_closed" and count(demo_db) == before
