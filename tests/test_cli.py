"""The command line as contract/cli.md describes it: names, JSON fields, exit codes, languages."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from classroom.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_classes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    code, out, _ = run(capsys, "--db", db, "demo", "--participants", "80", "--seed", "3")
    assert code == 0 and "80 học viên" in out
    code, out, _ = run(capsys, "--db", db, "list", "classes", "--json")
    assert code == 0
    classes = json.loads(out)
    assert len(classes) >= 6
    for key in ("id", "code", "title", "target_group", "venue", "instructor", "first_session", "last_session",
                "sessions", "enrolled", "capacity", "status"):
        assert key in classes[0]
    assert {c["target_group"] for c in classes} >= {"elderly", "farmer", "worker", "women"}
    assert all(c["first_session"].endswith("+07:00") for c in classes)


def test_list_sessions_and_participants_of_a_class(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo", "--participants", "80")
    klass = json.loads(run(capsys, "--db", db, "list", "classes", "--json")[1])[-1]
    code, out, _ = run(capsys, "--db", db, "list", "sessions", "--class", str(klass["id"]), "--json")
    sessions = json.loads(out)
    assert code == 0 and len(sessions) == klass["sessions"]
    assert set(sessions[0]) >= {"id", "class_id", "starts_at", "ends_at", "venue", "status"}
    code, out, _ = run(capsys, "--db", db, "list", "participants", "--class", str(klass["id"]), "--json")
    people = json.loads(out)
    assert code == 0 and len(people) == klass["enrolled"] + klass["waiting"]
    assert set(people[0]) >= {"id", "full_name", "birth_date", "gender", "national_id", "phone", "village",
                              "target_group", "card"}
    code, out, _ = run(capsys, "--db", db, "list", "attendance", "--session", str(sessions[0]["id"]), "--json")
    assert code == 0 and set(json.loads(out)[0]) >= {"participant_id", "status", "marked_at", "marked_by"}


def test_participants_table_is_in_vietnamese_name_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from classroom.text import name_sort_key
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo", "--participants", "60")
    people = json.loads(run(capsys, "--db", db, "list", "participants", "--json")[1])
    names = [p["full_name"] for p in people]
    assert names == sorted(names, key=name_sort_key)
    code, out, _ = run(capsys, "--db", db, "list", "participants")
    assert code == 0 and out.splitlines()[0].startswith("Mã") and "Họ và tên" in out.splitlines()[0]


def test_demo_refuses_a_database_with_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo", "--participants", "20")
    code, _, err = run(capsys, "--db", db, "demo")
    assert code == 2
    assert "đã có dữ liệu" in err and db in err


def test_bad_database_file_exit_2_in_both_languages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    code, _, err = run(capsys, "--db", str(bad), "list", "classes")
    assert code == 2 and "không phải là cơ sở dữ liệu" in err and str(bad) in err
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "--lang", "en", "--db", str(bad), "list", "classes")
    assert code == 2 and "is not a database file" in err
    assert bad.read_bytes().startswith(b"PK")


def test_unknown_class_and_bad_options_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "x.sqlite3")
    code, _, err = run(capsys, "--db", db, "list", "sessions", "--class", "999")
    assert code == 2 and "999" in err
    with pytest.raises(SystemExit) as exc:
        main(["--db", db, "demo", "--participants", "-5"])
    assert exc.value.code == 2


def test_database_from_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CLASSROOM_DB", str(target))
    code, _, _ = run(capsys, "list", "classes", "--json")
    assert code == 0 and target.exists()


def test_console_script_runs_without_qt(tmp_path: Path) -> None:
    """The installed `classroom` command works for list commands and never loads Qt for them."""
    code = ("import sys; from classroom.cli import main; rc = main(['--db', sys.argv[1], 'list', 'classes']);"
            "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(rc)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "c.sqlite3")], capture_output=True,
                          text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert done.returncode == 0, done.stderr


def test_attendance_mark_by_participant_and_by_card(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo", "--participants", "80")
    klass = next(c for c in json.loads(run(capsys, "--db", db, "list", "classes", "--json")[1])
                 if c["status"] == "running")
    sessions = json.loads(run(capsys, "--db", db, "list", "sessions", "--class", str(klass["id"]), "--json")[1])
    upcoming = next(s for s in sessions if s["status"] == "scheduled")
    people = json.loads(run(capsys, "--db", db, "list", "participants", "--class", str(klass["id"]), "--json")[1])
    enrolled = people[0]
    code, out, _ = run(capsys, "--db", db, "attendance", "mark", "--session", str(upcoming["id"]),
                       "--participant", str(enrolled["id"]), "--status", "excused", "--reason", "Ốm")
    assert code == 0 and enrolled["full_name"] in out and "Vắng có phép" in out
    code, _, err = run(capsys, "--db", db, "attendance", "mark", "--session", str(upcoming["id"]),
                       "--card", people[1]["card"] + "\n", "--status", "present")
    assert code == 2 and "chưa bắt đầu" in err  # a session to come: only an absence excused ahead
    marks = json.loads(run(capsys, "--db", db, "list", "attendance", "--session", str(upcoming["id"]), "--json")[1])
    assert {(m["participant_id"], m["status"]) for m in marks} == {(enrolled["id"], "excused")}
    held = next(s for s in sessions if s["status"] == "held")
    code, out, _ = run(capsys, "--db", db, "attendance", "mark", "--session", str(held["id"]),
                       "--card", people[1]["card"] + "\n", "--status", "late")
    assert code == 0 and people[1]["full_name"] in out
    marks = json.loads(run(capsys, "--db", db, "list", "attendance", "--session", str(held["id"]), "--json")[1])
    assert (people[1]["id"], "late") in {(m["participant_id"], m["status"]) for m in marks}
    code, _, err = run(capsys, "--db", db, "attendance", "mark", "--session", str(upcoming["id"]),
                       "--card", "99999-BCFGHKLM", "--status", "present")
    assert code == 2 and "xã/phường khác" in err
    code, _, err = run(capsys, "--db", db, "attendance", "mark", "--session", "999999",
                       "--participant", "1", "--status", "present")
    assert code == 2 and "999999" in err


def test_attendance_export_and_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "demo.sqlite3")
    run(capsys, "--db", db, "demo", "--participants", "80")
    klass = next(c for c in json.loads(run(capsys, "--db", db, "list", "classes", "--json")[1])
                 if c["status"] == "running")
    out_file = tmp_path / "lop.json"
    code, out, _ = run(capsys, "--db", db, "attendance", "export", "--class", str(klass["id"]), "--out", str(out_file))
    assert code == 0 and klass["code"] in out and out_file.exists()
    code, out, _ = run(capsys, "--db", db, "attendance", "import", str(out_file))
    assert code == 0 and "0 mới" in out
    tampered = json.loads(out_file.read_text(encoding="utf-8"))
    tampered["roster"][0]["full_name"] = "Người Lạ"
    out_file.write_text(json.dumps(tampered, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "--db", db, "attendance", "import", str(out_file))
    assert code == 2 and "đã bị sửa" in err and str(out_file) in err
    code, _, err = run(capsys, "--db", db, "attendance", "import", str(tmp_path / "missing.json"))
    assert code == 2 and "Không đọc được" in err


def test_no_message_is_defined_twice() -> None:
    """Command modules add their words to one table: two definitions of a key would silently fight."""
    import ast
    seen: dict[str, str] = {}
    for path in sorted((Path(__file__).parent.parent / "classroom" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                for key in node.keys:
                    if isinstance(key, ast.Constant) and isinstance(key.value, str) and "." in key.value \
                            and " " not in key.value:
                        assert key.value not in seen or seen[key.value] == path.name, (key.value, path.name)
                        seen[key.value] = path.name


def test_the_command_s_entry_point_runs_main_and_leaves_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """``classroom`` (classroom.start:console): the program is loaded with the cycle collector off, which is on
    again when the command runs, and the command's exit code is the process's."""
    import gc

    import classroom.cli
    from classroom.start import console

    states: list[bool] = []

    def command() -> int:
        states.append(gc.isenabled())
        return 3

    monkeypatch.setattr(classroom.cli, "main", command)
    try:
        assert console() == 3
    finally:
        gc.unfreeze()
    assert states == [True] and gc.isenabled()
