"""What stopped the program from starting on Windows, caught on Linux.

Windows has no system time-zone database (zoneinfo needs the ``tzdata`` package there), and a
redirected console stream is in the ANSI code page (cp1252 on an English Windows), in which
Vietnamese letters cannot be written. Each test runs the real command line in a child process
with that environment: ``PYTHONTZPATH`` empty (no system zoneinfo), a cp1252 stdout and stderr
redirected to files.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = "import sys; from classroom.cli import main; sys.exit(main())"


def windows_like_env(**extra: str) -> dict[str, str]:
    # file names stay UTF-8 (Windows passes them as Unicode); only the standard streams are narrowed
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL")}
    env.update(PYTHONTZPATH="", PYTHONIOENCODING="cp1252", PYTHONUTF8="0", LANG="C.UTF-8", CLASSROOM_DB="", **extra)
    return env


def run_cli(tmp_path: Path, *args: str, name: str = "out") -> tuple[int, str, str]:
    out, err = tmp_path / f"{name}.txt", tmp_path / f"{name}.err"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        done = subprocess.run([sys.executable, "-c", CLI, *args], stdin=subprocess.DEVNULL, stdout=stdout,
                              stderr=stderr, env=windows_like_env(), timeout=300)
    return done.returncode, out.read_bytes().decode("utf-8"), err.read_bytes().decode("utf-8")


def test_the_setting_has_no_system_time_zones_so_only_the_tzdata_package_can_answer() -> None:
    # Without the tzdata package, this environment cannot find Vietnam's time zone: the test below
    # would fail as the program did on Windows.
    probe = ("import sys; sys.modules['tzdata'] = None\n"
             "from zoneinfo import ZoneInfo\n"
             "try:\n    ZoneInfo('Asia/Ho_Chi_Minh')\nexcept Exception as exc:\n    print(type(exc).__name__)\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=windows_like_env(),
                          timeout=60)
    assert done.stdout.strip() == "ZoneInfoNotFoundError"


def test_list_classes_redirected_in_cp1252_without_system_time_zones_writes_vietnamese(tmp_path: Path) -> None:
    db = str(tmp_path / "Dữ liệu xã" / "demo.sqlite3")
    code, out, err = run_cli(tmp_path, "--db", db, "demo", "--participants", "40", "--seed", "2", name="demo")
    assert code == 0, err
    assert "40 học viên" in out
    code, out, err = run_cli(tmp_path, "--db", db, "list", "classes")
    assert code == 0, err
    assert "Người cao tuổi" in out or "người cao tuổi" in out.lower(), out
    code, out, err = run_cli(tmp_path, "--db", db, "list", "classes", "--json", name="json")
    assert code == 0 and "+07:00" in out  # the sessions' times, in Vietnam's zone


def test_an_error_in_vietnamese_reaches_a_redirected_cp1252_stderr(tmp_path: Path) -> None:
    junk = tmp_path / "không phải.sqlite3"
    junk.write_bytes(b"this is no database" * 100)
    code, out, err = run_cli(tmp_path, "--db", str(junk), "list", "classes")
    assert code == 2
    assert "không phải là cơ sở dữ liệu" in err and str(junk) in err
    assert "Traceback" not in err


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_utf8_streams_rewrites_a_narrow_stream(tmp_path: Path, encoding: str) -> None:
    script = ("import sys, io\n"
              f"sys.stdout = io.TextIOWrapper(open({str(tmp_path / 'o.txt')!r}, 'wb'), encoding={encoding!r})\n"
              "from classroom.cli import utf8_streams\nutf8_streams()\nprint('Nguyễn Thị Ánh, Đồng Tháp')\n"
              "sys.stdout.flush()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "o.txt").read_text("utf-8").strip() == "Nguyễn Thị Ánh, Đồng Tháp"
