"""Guarantee: no file or text from outside crashes the program, hangs it, or changes anything.

Every reader gets a corpus of broken and hostile files (tests/hostile_files.py) and property
tests (hypothesis): lists of people (.xlsx, .csv), instructors' files, QR texts and card texts,
photos and PDFs for Verify, backups to restore. Each is refused with a code (the command line
says it in one line naming the file) and the database is as it was; each answer comes within
a deadline (SIGALRM), so a reader that hangs fails instead of hanging the suite.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import tracemalloc
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classroom import attendance as att
from classroom import certificates as certs
from classroom import offline
from classroom.backup import restore_from
from classroom.cli import main
from classroom.errors import ClassroomError, DatabaseError, InvalidInput
from classroom.importing import FILE_PROBLEMS, build_preview, guess_layout, read_file
from classroom.qr_read import read_qr_texts
from classroom.signing import canonical_text
from models import Base
from models.db import Database, open_database
from tests import hostile_files as hf
from tests.listfiles import HEADER, PEOPLE, csv_text

# These look at files the way the program writes them: kept on SQLite when the suite runs on a server.
pytestmark = pytest.mark.sqlite

TRIED: Counter[str] = Counter()  # hostile inputs tried, by reader: the figures
HYPOTHESIS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                             HealthCheck.too_slow])


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """A reader that takes longer than this has hung: fail the test instead of waiting."""
    def expired(*_: object) -> None:
        raise TimeoutError(f"no answer within {seconds} s")
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fingerprint(db: Database) -> tuple[int, ...]:
    """Rows of every table and the file's bytes on disk after a checkpoint: any change shows."""
    with sqlite3.connect(db.path) as conn:  # type: ignore[arg-type]
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in Base.metadata.sorted_tables)
        audit = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    return (*counts, audit)


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def refused_in_one_line(err: str, name: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0] and "Traceback" not in err, err


# -- lists of people ----------------------------------------------------------------------------------

def _truncated(fraction: float) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        whole = hf.valid_workbook(path.with_name("whole.xlsx")).read_bytes()
        path.write_bytes(whole[:int(len(whole) * fraction)])
        return path
    return make


def _write(data: bytes) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        path.write_bytes(data)
        return path
    return make


def _sparse(size: int) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        with path.open("wb") as f:
            f.truncate(size)
        return path
    return make


def _many_parts(path: Path) -> Path:
    return hf.workbook(path, hf.people_rows([]), extra={f"xl/media/x{n}.bin": b"" for n in range(2_100)})


#: (name of the file, how to make it, the codes it may be refused with)
BROKEN_LISTS: list[tuple[str, Callable[[Path], Path], set[str]]] = [
    ("cut-at-10.xlsx", _truncated(0.1), {"xlsx_damaged"}),
    ("cut-at-50.xlsx", _truncated(0.5), {"xlsx_damaged"}),
    ("cut-at-90.xlsx", _truncated(0.9), {"xlsx_damaged"}),
    ("cut-by-1.xlsx", _truncated(0.999), {"xlsx_damaged"}),
    ("report.pdf.xlsx", _write(hf.minimal_pdf()), {"xlsx_damaged"}),
    ("photo.png.xlsx", _write(hf.png_header(10, 10)), {"xlsx_damaged"}),
    ("empty.xlsx", _write(b""), {"file_empty"}),
    ("empty.csv", _write(b""), {"file_empty"}),
    ("only-spaces.csv", _write(b" \r\n\t\r\n"), {"file_empty"}),
    ("old-excel.xls.xlsx", _write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600), {"xls_format"}),
    ("zip-bomb-2GB.xlsx", lambda p: hf.honest_bomb(p, 2.0), {"file_too_large"}),
    ("zip-bomb-tight.xlsx", lambda p: hf.honest_bomb(p, 0.03), {"file_too_large"}),
    ("zip-bomb-lying.xlsx", hf.lying_bomb, {"xlsx_damaged"}),
    ("billion-laughs.xlsx", hf.entity_bomb, {"xlsx_damaged"}),
    ("2100-parts.xlsx", _many_parts, {"xlsx_damaged"}),
    ("million-rows.xlsx", lambda p: hf.many_rows(p, 1_000_000), {"too_many_rows"}),
    ("million-rows.csv", _write(("Họ và tên\r\n" + "Nguyễn Văn An\r\n" * 1_000_000).encode()), {"too_many_rows"}),
    ("200MB.csv", _sparse(200 * 1024 * 1024), {"file_too_large"}),
    ("binary.csv", _write(bytes(range(256)) * 64), {"encoding_unknown"}),
    ("header-only.xlsx", lambda p: hf.workbook(p, []), {"file_empty"}),
    ("raw-control-character.xlsx", lambda p: hf.workbook(p, [b'<row r="1"><c r="A1" t="inlineStr"><is><t>A\x07'
                                                             b'</t></is></c></row>']), {"xlsx_damaged"}),
]


@pytest.fixture(scope="module")
def broken_lists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("lists")
    return {name: make(folder / name) for name, make, _ in BROKEN_LISTS}


@pytest.mark.parametrize("name,codes", [(n, c) for n, _, c in BROKEN_LISTS])
def test_broken_lists_are_refused_quickly_with_a_code(broken_lists: dict[str, Path], name: str,
                                                      codes: set[str], monkeypatch: pytest.MonkeyPatch) -> None:
    TRIED["lists"] += 1
    import classroom.importing.reading as reading

    kept = Counter[str]()
    real_keep = reading._keep

    def counted(*args: object) -> None:
        kept["rows"] += 1
        real_keep(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(reading, "_keep", counted)
    tracemalloc.start()
    try:
        with deadline(60), pytest.raises(InvalidInput) as refused:  # the deadline only stops a hang
            read_file(broken_lists[name])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.code in codes and refused.value.params["file"].endswith(name)
    # "quickly", as bounds a loaded machine cannot miss: no row read past the limit, and the memory of a
    # list of the limit's size at most (a bomb or a million rows is refused before it is unpacked or kept)
    assert kept["rows"] <= reading.MAX_ROWS + reading.HEADER_ROOM + 1, "rows read past the limit"
    assert peak < 192 * 1024 * 1024, f"{peak / 2**20:.0f} MB used to refuse it"


@pytest.mark.parametrize("name", ["cut-at-50.xlsx", "zip-bomb-2GB.xlsx", "million-rows.xlsx", "binary.csv",
                                  "report.pdf.xlsx", "empty.csv"])
def test_the_command_line_refuses_a_broken_list_in_one_line_and_changes_nothing(
        broken_lists: dict[str, Path], demo_db: Database, capsys: pytest.CaptureFixture[str], name: str) -> None:
    before = fingerprint(demo_db)
    with deadline(15):
        code, _, err = cli(capsys, "--db", str(demo_db.path), "import", "participants", str(broken_lists[name]))
    assert code == 2
    refused_in_one_line(err, name)
    assert fingerprint(demo_db) == before
    assert not (demo_db.path.parent / "backups").exists()  # type: ignore[union-attr]  # nothing to back up for


def test_a_cell_on_the_last_row_excel_has_is_read_at_once(tmp_path: Path) -> None:
    TRIED["lists"] += 1
    book = hf.workbook(tmp_path / "far.xlsx", [hf.row(1, ["Họ và tên", "SĐT"]), hf.row(2, ["Nguyễn Văn An"]),
                                                b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t>'
                                                b'</is></c></row>'])
    with deadline(2):
        sheet = read_file(book)
    assert [n for n, _ in sheet.rows] == [1, 2]  # the far cell is beyond the columns read


def _preview(db: Database, path: Path):  # type: ignore[no-untyped-def]
    sheet = read_file(path)
    with db.sessions() as s:
        return build_preview(s, sheet, guess_layout(sheet))


def test_formulas_control_characters_and_long_names_are_rejected_rows_not_crashes(db: Database,
                                                                                  tmp_path: Path) -> None:
    nasty = ["=HYPERLINK(\"http://x\",\"Nguyễn Văn An\")", "@SUM(A1:A9)", "+Trần Văn Bình", "=1+1",
             "Nguyễn \u202eVăn An", "Lê\x00 Thị\x07 Hoa", "Phạm " + "A" * 10_000, "\x1b[31mĐỗ Văn Cường",
             "Hồ\u200b Thị\ufeff Lan", "Bùi\tVăn\r\nNam"]
    rows = [[n + 1, name, "01/01/1980", "Nam", "", ""] for n, name in enumerate(nasty)]
    parts = hf.people_rows(rows)
    parts.append('<row r="30"><c r="B30" t="str"><f>CONCATENATE("Ngô ","Văn ","Tú")</f></c></row>'.encode())
    parts.append(hf.row(31, [None]).replace(b"</row>", hf.cell("B31", "Vũ Văn Hiệp", '"Vũ Văn Hiệp"') + b"</row>"))
    TRIED["lists"] += len(nasty) + 2
    preview = _preview(db, hf.workbook(tmp_path / "nasty.xlsx", parts))
    accepted = {r.person.full_name for r in preview.accepted}  # type: ignore[union-attr]
    # Excel writes a control character as _x0007_, which openpyxl leaves so: that name is refused, with a reason
    assert accepted == {"Hồ Thị Lan", "Bùi Văn Nam", "Vũ Văn Hiệp"}
    long_row = next(r for r in preview.rejected if r.row == 8)
    assert "value_too_long" in [i.code for i in long_row.errors]
    for r in preview.rejected:
        assert r.errors


person_cell = st.one_of(st.text(max_size=60), st.integers(-10**20, 10**20), st.floats(allow_nan=True), st.none(),
                        st.text(alphabet=st.characters(max_codepoint=0x3000), min_size=900, max_size=1_200))


@HYPOTHESIS
@given(st.lists(st.lists(person_cell, max_size=8), max_size=12), st.sampled_from([",", ";", "\t"]),
       st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1258"]))
def test_any_csv_gives_rows_or_a_code(db: Database, tmp_path: Path, rows: list[list[object]], delimiter: str,
                                      encoding: str) -> None:
    TRIED["lists"] += 1
    text = csv_text([HEADER, *PEOPLE[:1], *rows], delimiter)
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _any_list(db, path)


@HYPOTHESIS
@given(st.binary(max_size=3_000))
def test_any_bytes_give_rows_or_a_code(db: Database, tmp_path: Path, data: bytes) -> None:
    TRIED["lists"] += 1
    path = tmp_path / "list.csv"
    path.write_bytes(data)
    _any_list(db, path)


@HYPOTHESIS
@given(st.lists(st.tuples(st.integers(0, 4_000), st.binary(min_size=1, max_size=4)), min_size=1, max_size=6))
def test_a_damaged_workbook_gives_rows_or_a_code(db: Database, tmp_path: Path,
                                                 damage: list[tuple[int, bytes]]) -> None:
    TRIED["lists"] += 1
    data = bytearray(hf.valid_workbook(tmp_path / "whole.xlsx").read_bytes())
    for at, junk in damage:
        at = at % len(data)
        data[at:at + len(junk)] = junk
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    _any_list(db, path)


def _any_list(db: Database, path: Path) -> None:
    """Rows or a refusal with a known code; a preview that accounts for every row; nothing saved."""
    with deadline(10):
        try:
            preview = _preview(db, path)
        except InvalidInput as exc:
            assert exc.code in FILE_PROBLEMS
            return
    assert len(preview.accepted) + len(preview.rejected) + preview.empty_rows == preview.total_rows
    for r in preview.accepted:
        assert r.person is not None and r.person.full_name.isprintable()


# -- instructors' files -------------------------------------------------------------------------------

OFFLINE_CODES = {"offline_unreadable", "offline_too_large", "offline_not_attendance_file", "offline_other_commune",
                 "offline_altered", "offline_marks_altered", "offline_bad_mark", "offline_other_class",
                 "offline_bad_result", "offline_results_altered", "assessment_not_enrolled", "assessment_date_future",
                 "assessment_date_too_old"}


@pytest.fixture
def exported(demo_db: Database, tmp_path: Path) -> Path:
    from sqlalchemy import select

    from models import CourseClass
    with demo_db.transaction() as s:
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "running")).first()
        content = offline.export_class(s, klass.id)
    path = tmp_path / "lop.json"
    offline.write_file(content, path)
    return path


def _merge_or_refuse(db: Database, path: Path) -> None:
    before = fingerprint(db)
    with deadline(10):
        try:
            content = offline.read_file(path)
            with db.transaction() as s:
                offline.merge(s, content, actor="test", path=str(path))
        except InvalidInput as exc:
            assert exc.problems[0].code in OFFLINE_CODES and exc.problems[0].params["path"] == str(path)
            assert fingerprint(db) == before
            return
    raise AssertionError("a hostile file was merged")


BROKEN_INSTRUCTOR_FILES: list[tuple[str, Callable[[Path], Path]]] = [
    ("deep-nesting.json", _write(b"[" * 200_000 + b"]" * 200_000)),
    ("deep-objects.json", _write(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)),
    ("huge.json", _sparse(25 * 1024 * 1024)),
    ("empty.json", _write(b"")),
    ("not-utf8.json", _write("{\"format\": \"lớp\"}".encode("cp1258", errors="replace") + b"\xff\xfe")),
    ("a-list.json", _write(b"[1, 2, 3]")),
    ("nan.json", _write(b'{"format": NaN}')),
    ("shape-only.json", _write(json.dumps({k: None for k in ("format", "export_id", "commune", "class", "sessions",
                                                              "roster", "office_seal", "marks", "marks_key",
                                                              "marks_seal")}).encode())),
    ("wrong-types.json", _write(json.dumps({"format": "classroom-attendance/1", "export_id": 5, "commune": "x",
                                            "class": [], "sessions": {}, "roster": 7, "office_seal": 1,
                                            "marks": "m", "marks_key": "zz", "marks_seal": None}).encode())),
]


@pytest.mark.parametrize("name,make", BROKEN_INSTRUCTOR_FILES)
def test_broken_instructor_files_are_refused(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             name: str, make: Callable[[Path], Path]) -> None:
    TRIED["instructor files"] += 1
    path = make(tmp_path / name)
    _merge_or_refuse(demo_db, path)
    before = fingerprint(demo_db)
    code, _, err = cli(capsys, "--db", str(demo_db.path), "attendance", "import", str(path))
    assert code == 2
    refused_in_one_line(err, name)
    assert fingerprint(demo_db) == before


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                                       max_size=4), max_leaves=20)


@HYPOTHESIS
@given(json_values)
def test_any_json_is_refused_with_a_code(demo_db: Database, tmp_path: Path, value: object) -> None:
    TRIED["instructor files"] += 1
    path = tmp_path / "any.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    _merge_or_refuse(demo_db, path)


mark_field = st.one_of(st.none(), st.integers(-5, 10**6), st.text(max_size=30), st.floats(allow_nan=False),
                       st.lists(st.integers(), max_size=2), st.sampled_from(["present", "late", "2026-11-20T08:00:00+07:00",
                                                                              "2026-13-45T99:00"]))


@HYPOTHESIS
@given(st.lists(st.dictionaries(st.sampled_from(["session_id", "participant_id", "status", "reason", "arrived_at",
                                                 "marked_at", "marked_by", "source"]), mark_field, max_size=8),
                min_size=1, max_size=4))
def test_marks_resealed_by_anyone_are_checked_one_by_one(demo_db: Database, exported: Path,
                                                         marks: list[dict[str, object]]) -> None:
    """The marks' seal is one the instructor's program can make: whatever the marks say is checked."""
    TRIED["instructor files"] += 1
    content = json.loads(exported.read_text(encoding="utf-8"))
    content["marks"] = marks
    offline.reseal_marks(content)
    path = exported.with_name("resealed.json")
    offline.write_file(content, path)
    _merge_or_refuse(demo_db, path)


result_field = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(), st.text(max_size=30),
                         st.sampled_from(["2026-11-20", "2099-01-01", "1900-02-29", "2026-11-20T08:00:00+07:00", ""]))


@HYPOTHESIS
@given(st.lists(st.dictionaries(st.sampled_from(["participant_id", "passed", "score", "assessed_on", "assessor",
                                                 "recorded_at", "recorded_by"]), result_field, max_size=7),
                min_size=1, max_size=4), st.booleans())
def test_results_resealed_by_anyone_are_checked_one_by_one(demo_db: Database, exported: Path,
                                                           results: list[dict[str, object]], roster_ids: bool) -> None:
    """The results' seal is one the instructor's program can make too: whatever they say is checked."""
    TRIED["instructor files"] += 1
    content = json.loads(exported.read_text(encoding="utf-8"))
    if roster_ids:  # people of the file's roster, so that the checks beyond the shape are reached
        ids = [r["participant_id"] for r in content["roster"]]
        results = [{**r, "participant_id": ids[i % len(ids)]} for i, r in enumerate(results)]
    content["results"] = results
    content["results_seal"] = offline._seal(bytes.fromhex(content["marks_key"]), results)
    path = exported.with_name("resealed-results.json")
    offline.write_file(content, path)
    before = fingerprint(demo_db)
    with deadline(10):
        try:
            loaded = offline.read_file(path)
            with demo_db.transaction() as s:
                offline.merge(s, loaded, actor="test", path=str(path))
        except InvalidInput as exc:
            assert exc.problems[0].code in OFFLINE_CODES and exc.problems[0].params["path"] == str(path)
            assert fingerprint(demo_db) == before
            return
    from sqlalchemy import select

    from models import AssessmentResult
    with demo_db.sessions() as s:  # merged: only results that pass every check
        for a in s.scalars(select(AssessmentResult)):
            assert a.score is None or 0 <= a.score <= 100


@HYPOTHESIS
@given(st.sampled_from(["commune", "class", "sessions", "roster"]), json_values)
def test_instructor_mode_refuses_a_file_of_the_wrong_shape(tmp_path: Path, exported: Path, part: str,
                                                           value: object) -> None:
    """The instructor's program cannot check the office's seal: it checks the file's shape."""
    TRIED["instructor files"] += 1
    content = json.loads(exported.read_text(encoding="utf-8"))
    content[part] = value
    path = tmp_path / "shape.json"
    offline.write_file(content, path)
    local = open_database(tmp_path / "instructor.sqlite3")
    try:
        with deadline(10):
            try:
                loaded = offline.read_file(path)
                with local.sessions() as s:  # rolled back: every example starts from an empty database
                    offline.open_for_instructor(s, loaded, str(path))
            except InvalidInput as exc:
                assert exc.problems[0].code in ("offline_not_attendance_file", "offline_bad_mark")
                assert exc.problems[0].params["path"] == str(path)
    finally:
        local.close()


# -- QR texts and cards -------------------------------------------------------------------------------

@HYPOTHESIS
@given(st.one_of(st.text(), st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.BDHVS1", max_size=300),
                 st.text(min_size=2_000, max_size=2_100)))
def test_any_qr_or_card_text_is_answered(demo_db: Database, text: str) -> None:
    TRIED["QR and card texts"] += 1
    before = fingerprint(demo_db)
    with deadline(5), demo_db.transaction() as s:
        assert certs.verify(s, text).status == "not_genuine"
        sid = s.scalar(__import__("sqlalchemy").text("SELECT min(id) FROM sessions WHERE status = 'held'"))
        assert att.scan(s, sid, text, actor="test").kind in ("unknown_card", "foreign_card")
    assert fingerprint(demo_db) == before


@HYPOTHESIS
@given(st.integers(0, 400), st.characters())
def test_a_genuine_qr_changed_anywhere_is_not_genuine(demo_db: Database, at: int, ch: str) -> None:
    TRIED["QR and card texts"] += 1
    with demo_db.sessions() as s:
        genuine = s.scalar(__import__("sqlalchemy").text("SELECT qr_text FROM certificates LIMIT 1"))
        at %= len(genuine)
        changed = genuine[:at] + ch + genuine[at + 1:]
        result = certs.verify(s, changed)
    same = canonical_text(changed) == canonical_text(genuine)  # case of the code part, spacing between the parts
    if same:
        assert result.status == "genuine"
    else:  # a change in the key id names a key nobody holds: refused as an unknown issuer, never accepted
        assert result.status in ("not_genuine", "unknown_issuer")


# -- photos and PDFs for Verify -----------------------------------------------------------------------

def _qr_png(path: Path) -> Path:
    import qrcode
    qrcode.make("BDHVS1.TEST").save(path)
    return path


BROKEN_IMAGES: list[tuple[str, Callable[[Path], Path]]] = [
    ("random.png", _write(os.urandom(5_000))),
    ("empty.jpg", _write(b"")),
    ("cut.png", lambda p: _write(_qr_png(p.with_name("whole.png")).read_bytes()[:300])(p)),
    ("huge-header.png", _write(hf.png_header(100_000, 100_000))),
    ("bomb-100MP.png", _write(hf.png_header(10_000, 10_000))),
    ("random.pdf", _write(b"%PDF-1.7\n" + os.urandom(5_000))),
    ("cut.pdf", _write(hf.minimal_pdf()[:200])),
    ("giant-page.pdf", _write(hf.minimal_pdf(14_400, 14_400))),
    ("spreadsheet.xlsx.png", hf.valid_workbook),
]


@pytest.mark.parametrize("name,make", BROKEN_IMAGES)
def test_broken_images_are_refused_or_read_quickly(tmp_path: Path, demo_db: Database,
                                                   capsys: pytest.CaptureFixture[str], name: str,
                                                   make: Callable[[Path], Path]) -> None:
    TRIED["images and PDFs"] += 1
    path = make(tmp_path / name)
    with deadline(10):
        try:
            assert read_qr_texts(path) == []
        except InvalidInput as exc:
            assert exc.problems[0].code == "image_unreadable"
        code, _, err = cli(capsys, "--db", str(demo_db.path), "verify", "--image", str(path))
    assert code in (1, 2)  # no QR found (1), or unreadable (2): one line naming the file either way
    refused_in_one_line(err, name)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2_000), st.sampled_from([b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"\xff\xd8\xff\xe0",
                                                   b"GIF89a", b"BM"]))
def test_any_bytes_as_an_image(tmp_path: Path, data: bytes, magic: bytes) -> None:
    TRIED["images and PDFs"] += 1
    path = tmp_path / "any.img"
    path.write_bytes(magic + data)
    with deadline(10):
        try:
            read_qr_texts(path)
        except InvalidInput as exc:
            assert exc.problems[0].code == "image_unreadable"


# -- backups to restore -------------------------------------------------------------------------------

def _other_program(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    return path


def _no_tables(path: Path) -> Path:
    sqlite3.connect(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 1")
    return path


def _newer(demo: Path) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        shutil.copy(demo, path)
        conn = sqlite3.connect(path)
        with conn:
            conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.execute("PRAGMA journal_mode = DELETE")  # one file, the change in it
        conn.close()
        return path
    return make


def _cut(demo: Path, fraction: float) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        data = demo.read_bytes()
        path.write_bytes(data[:int(len(data) * fraction)])
        return path
    return make


def _scribbled(demo: Path) -> Callable[[Path], Path]:
    def make(path: Path) -> Path:
        data = bytearray(demo.read_bytes())
        for at in range(3 * 4096, len(data), 4096 * 7):  # page headers overwritten, the file's header intact
            data[at:at + 12] = os.urandom(12)
        path.write_bytes(bytes(data))
        return path
    return make


def broken_backups(demo: Path) -> list[tuple[str, Callable[[Path], Path], str]]:
    return [
        ("random.sqlite3", _write(os.urandom(50_000)), "not_a_database"),
        ("empty.sqlite3", _write(b""), "not_a_database"),
        ("header-only.sqlite3", _write(b"SQLite format 3\x00"), "not_a_database"),
        ("no-tables.sqlite3", _no_tables, "not_a_database"),
        ("contacts.sqlite3", _other_program, "not_classroom"),
        ("newer.sqlite3", _newer(demo), "too_new"),
        ("half.sqlite3", _cut(demo, 0.5), "backup_damaged"),  # shorter than its SQLite header says
        ("scribbled.sqlite3", _scribbled(demo), "not_a_database"),
        ("a-list.xlsx", hf.valid_workbook, "not_a_database"),
    ]


@pytest.mark.parametrize("index", range(9))
def test_broken_backups_are_refused_and_nothing_is_replaced(demo_file: Path, demo_db: Database, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str], index: int) -> None:
    TRIED["backups"] += 1
    name, make, code = broken_backups(demo_file)[index]
    path = make(tmp_path / name)
    before = fingerprint(demo_db)
    with deadline(10), pytest.raises(DatabaseError) as refused:
        restore_from(demo_db, path, tmp_path / "safety")
    assert refused.value.code == code and refused.value.params["path"] == str(path)
    assert fingerprint(demo_db) == before and not (tmp_path / "safety").exists()
    exit_code, _, err = cli(capsys, "--db", str(demo_db.path), "restore", str(path))
    assert exit_code == 2
    refused_in_one_line(err, name)
    assert fingerprint(demo_db) == before


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=4_096), st.booleans())
def test_any_bytes_as_a_backup(demo_db: Database, tmp_path: Path, data: bytes, with_header: bool) -> None:
    TRIED["backups"] += 1
    path = tmp_path / "any.sqlite3"
    path.write_bytes((b"SQLite format 3\x00" if with_header else b"") + data)
    before = fingerprint(demo_db)
    with deadline(10), pytest.raises(ClassroomError):
        restore_from(demo_db, path, tmp_path / "safety")
    assert fingerprint(demo_db) == before


def test_figures() -> None:
    """How many hostile inputs each reader was given (pytest -s shows it)."""
    for reader, count in sorted(TRIED.items()):
        print(f"hostile inputs tried: {reader}: {count}")
    assert sum(TRIED.values()) > 0
