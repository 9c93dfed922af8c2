"""``classroom add class`` as contract/cli.md says: JSON, holidays skipped, exit 5 on conflicts, exit 2 on bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import cli as run

ELDERLY = ["add", "class", "--course", "VNEID", "--target-group", "elderly", "--venue", "Nhà văn hóa thôn Phú Lộc",
           "--instructor", "Lê Thị Thu Hà", "--duration", "120"]


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    assert run(capsys, "--db", db, "demo", "--participants", "40")[0] == 0
    return db


def classes(capsys: pytest.CaptureFixture[str], db: str) -> list[dict]:  # type: ignore[type-arg]
    return json.loads(run(capsys, "--db", db, "list", "classes", "--json")[1])


def test_add_class_json_skips_tet_and_lists_like_the_contract(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--db", demo, *ELDERLY, "--dtstart", "2027-01-26T19:00",
                         "--rrule", "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8", "--json")
    assert code == 0, err
    made = json.loads(out)
    assert set(made) >= {"class_id", "sessions", "skipped"}
    assert len(made["sessions"]) == 8 and made["sessions"][0] == "2027-01-26T19:00:00+07:00"
    assert {"date": "2027-02-09", "reason": "Mùng bốn Tết Nguyên Đán"} in made["skipped"]
    row = [c for c in classes(capsys, demo) if c["id"] == made["class_id"]][0]
    assert (row["sessions"], row["target_group"], row["venue"], row["instructor"]) == (
        8, "elderly", "Nhà văn hóa thôn Phú Lộc", "Lê Thị Thu Hà")
    listed = json.loads(run(capsys, "--db", demo, "list", "sessions", "--class", str(made["class_id"]), "--json")[1])
    assert [s["starts_at"] for s in listed] == made["sessions"]
    assert listed[0]["ends_at"] == "2027-01-26T21:00:00+07:00" and listed[0]["status"] == "scheduled"


def test_plain_output_names_the_class_and_the_holidays(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", demo, "--lang", "en", *ELDERLY, "--dtstart", "2025-04-07T08:00",
                       "--rrule", "FREQ=DAILY;COUNT=2")
    assert code == 0
    assert "Created class 15883-2025-001" in out and "2 sessions" in out
    assert "08/04/2025 08:00-10:00" in out and "07/04/2025  Hung Kings' Commemoration Day" in out


def test_conflicts_exit_5_and_save_nothing(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = ["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=2"]
    assert run(capsys, "--db", demo, *ELDERLY, *first)[0] == 0
    before = classes(capsys, demo)
    clash = ["add", "class", "--course", "KNS-CB", "--target-group", "farmer", "--venue", "Nhà văn hóa thôn Phú Lộc",
             "--instructor", "Người Mới Tinh", "--duration", "90", "--dtstart", "2027-03-02T20:00",
             "--rrule", "FREQ=WEEKLY;BYDAY=TU;COUNT=3"]
    code, out, err = run(capsys, "--db", demo, *clash)
    assert code == 5
    assert out.count("Địa điểm Nhà văn hóa thôn Phú Lộc có lớp") == 2 and "02/03/2027 19:00" in out
    assert "Không lưu gì: 2 xung đột lịch" in err and len(err.strip().splitlines()) == 1
    assert classes(capsys, demo) == before
    code, out, _ = run(capsys, "--db", demo, *clash, "--json")
    assert code == 5 and json.loads(out)["conflicts"][0]["kind"] == "venue_busy"
    code, out, _ = run(capsys, "--db", demo, *clash, "--json", "--allow-conflicts")
    assert code == 0 and len(json.loads(out)["sessions"]) == 3
    after = classes(capsys, demo)
    assert len(after) == len(before) + 1 and "Người Mới Tinh" in {c["instructor"] for c in after}


@pytest.mark.parametrize(("args", "vi", "en"), [
    (["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=WEEKLY;BYDAY=TU"], "không có điểm dừng", "never ends"),
    (["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=DAILY;COUNT=900"], "tối đa 200", "at most 200"),
    (["--dtstart", "2027-03-02T19:00", "--rrule", "mỗi thứ ba"], "không đọc được", "cannot be read"),
    (["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=DAILY;UNTIL=20270101"], "trước ngày bắt đầu",
     "before the start date"),
    (["--dtstart", "02/03/2027 19:00", "--rrule", "FREQ=DAILY;COUNT=2"], "YYYY-MM-DDTHH:MM", "YYYY-MM-DDTHH:MM"),
    (["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=DAILY;COUNT=2", "--duration", "0"], "0 phút", "0 minutes"),
    (["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=DAILY;COUNT=2", "--capacity", "ba mươi"], "--capacity",
     "--capacity"),
])
def test_bad_input_exits_2_with_one_line(demo: str, capsys: pytest.CaptureFixture[str], args: list[str], vi: str,
                                         en: str) -> None:
    before = classes(capsys, demo)
    for lang, words in (("vi", vi), ("en", en)):
        code, out, err = run(capsys, "--db", demo, "--lang", lang, *ELDERLY, *args)
        assert code == 2 and out == ""
        assert len(err.strip().splitlines()) == 1 and words in err, err
    assert classes(capsys, demo) == before


def test_unknown_course_and_group(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    base = ["--dtstart", "2027-03-02T19:00", "--rrule", "FREQ=DAILY;COUNT=2"]
    args = [a if a != "VNEID" else "Nấu ăn" for a in ELDERLY]
    code, _, err = run(capsys, "--db", demo, *args, *base)
    assert code == 2 and "Nấu ăn" in err
    args = [a if a != "elderly" else "aliens" for a in ELDERLY]
    code, _, err = run(capsys, "--db", demo, "--lang", "en", *args, *base)
    assert code == 2 and "Unknown target group “aliens”" in err
