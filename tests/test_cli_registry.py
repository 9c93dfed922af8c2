"""``import participants`` and ``enroll`` on the command line: reports, exit codes, languages."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from classroom.cli import main
from tests.listfiles import HEADER, PEOPLE, messy_rows, write_csv, write_xlsx


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def people(capsys: pytest.CaptureFixture[str], db: str) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(run(capsys, "--db", db, "list", "participants", "--json")[1])


def test_clean_list_exit_0_and_people_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    path = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], "cp1258", ";")
    code, out, err = run(capsys, "--db", db, "import", "participants", str(path))
    assert code == 0, err
    assert "4 nhận, 0 bị từ chối" in out and "cp1258" in out and "thêm 4 người" in out
    listed = people(capsys, db)
    assert sorted(p["full_name"] for p in listed) == sorted(p[1] for p in PEOPLE)
    assert {p["national_id"] for p in listed} >= {"038058012345", "038175004321"}
    # the same file again: the same IDs are the same people, nobody doubled
    code, out, _ = run(capsys, "--db", db, "import", "participants", str(path))
    assert "3 người đã có trong sổ được giữ nguyên" in out
    assert len(people(capsys, db)) == 5  # the one without an ID is possibly the same: added, flagged
    assert "có thể là học viên" in out


def test_rejected_rows_exit_3_with_a_report_in_vietnamese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    rows, reasons = messy_rows()
    rows[15] = [10, "Đặng Văn Mười", "1965", "Nam", None, None, None, None, None]
    path = write_xlsx(tmp_path / "ds.xlsx", rows, merged=["A1:I1"])
    report = tmp_path / "loi.csv"
    code, out, err = run(capsys, "--db", db, "import", "participants", str(path), "--report", str(report))
    assert code == 3 and not err
    assert f"Đã ghi {len(reasons)} dòng bị từ chối" in out
    with report.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[0][:4] == ["Dòng", "Cột", "Giá trị", "Lý do"] and lines[0][5] == "HO TEN"
    assert [int(line[0]) for line in lines[1:]] == sorted(reasons)
    by_row = {int(line[0]): line for line in lines[1:]}
    assert by_row[9][1] == "Số định danh" and by_row[9][2] == "3,8062E+11" and "lũy thừa" in by_row[9][3]
    assert "dòng 5" in by_row[11][3]
    assert "15 dòng dưới tiêu đề — 5 nhận, 6 bị từ chối, 4 dòng trống" in out
    assert len(people(capsys, db)) == 5


def test_report_in_english_as_xlsx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl
    db = str(tmp_path / "x.sqlite3")
    path = write_csv(tmp_path / "ds.csv", [HEADER, ["1", "Lê Văn Cường", "1962", "Nam", "3.8062E+11", "", "", ""]],
                     "utf-8")
    report = tmp_path / "errors.xlsx"
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "import", "participants", str(path), "--report", str(report))
    assert code == 3 and "Wrote 1 rejected rows" in out
    sheet = openpyxl.load_workbook(report).active
    assert [c.value for c in sheet[1]][:4] == ["Row", "Column", "Value", "Reason"]
    assert "scientific notation" in sheet.cell(2, 4).value


def test_dry_run_saves_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    path = write_csv(tmp_path / "ds.csv", [HEADER, *PEOPLE], "utf-8")
    code, out, _ = run(capsys, "--db", db, "import", "participants", str(path), "--dry-run")
    assert code == 0 and "không lưu gì" in out
    assert people(capsys, db) == []


@pytest.mark.parametrize("name,content", [("ds.xlsx", b"not a workbook"), ("ds.csv", b""), ("ds.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")])
def test_unusable_file_exit_2_one_line_naming_it(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str,
                                                  content: bytes) -> None:
    db = str(tmp_path / "x.sqlite3")
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "--db", db, "import", "participants", str(path))
    assert code == 2 and not out
    assert err.count("\n") == 1 and str(path) in err and err.startswith("classroom: ")
    code, _, err = run(capsys, "--db", db, "import", "participants", str(tmp_path / "missing.csv"))
    assert code == 2 and "missing.csv" in err
    code, _, err = run(capsys, "--db", db, "import", "participants", str(path), "--report", "x.pdf")
    assert code == 2 and ".csv" in err


def test_enroll_with_waiting_list_and_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    run(capsys, "--db", db, "demo", "--participants", "60")
    klass = next(c for c in json.loads(run(capsys, "--db", db, "list", "classes", "--json")[1])
                 if c["status"] == "planned")
    everyone = [str(p["id"]) for p in people(capsys, db)]
    inside = {p["id"] for p in json.loads(run(capsys, "--db", db, "list", "participants", "--class",
                                                 str(klass["id"]), "--json")[1])}
    outside = [i for i in everyone if int(i) not in inside]
    free = klass["capacity"] - klass["enrolled"]
    wanted = outside[:free + 2]
    code, out, _ = run(capsys, "--db", db, "enroll", "--class", str(klass["id"]), *wanted)
    assert code == 0
    assert f"{free} người được ghi danh, 2 người vào danh sách chờ" in out
    assert out.count("vào danh sách chờ, thứ") == 2
    code, _, err = run(capsys, "--db", db, "enroll", "--class", "99999", wanted[0])
    assert code == 2 and "99999" in err
    code, _, err = run(capsys, "--db", db, "--lang", "en", "enroll", "--class", str(klass["id"]), "123456")
    assert code == 2 and "no participant with id 123456" in err


@pytest.mark.parametrize(("argv", "expected"), [
    ([], ("gui", None, "vi", None)),
    (["gui"], ("gui", None, "vi", None)),
    (["--db", "a.sqlite3", "--lang=en", "gui"], ("gui", "a.sqlite3", "en", None)),
    (["--db=postgresql+psycopg://u@h/d"], ("gui", "postgresql+psycopg://u@h/d", "vi", None)),
    (["--lang", "en", "instructor", "lop.bdhvs"], ("instructor", None, "en", "lop.bdhvs")),
    (["gui", "--db", "a.sqlite3"], None),  # options after the command: the parser's business (it refuses)
    (["--lang", "fr"], None), (["--db"], None), (["-h"], None), (["instructor"], None), (["list", "classes"], None),
])
def test_opening_the_window_reads_the_command_line_without_the_parser(argv: list[str], expected: object) -> None:
    from classroom.cli import window_request
    assert window_request(argv) == expected
