"""The command line speaks one language: argparse's own words (usage, options, its errors) too."""
from __future__ import annotations

import argparse

import pytest

from classroom.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as leaving:
        main(list(argv))
    out, err = capsys.readouterr()
    return int(leaving.value.code or 0), out, err


ENGLISH = ("usage:", "options:", "positional arguments", "show this help message", "the following arguments",
           "invalid choice", "error:")


def test_help_is_vietnamese_throughout(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["--help"], ["setup", "--help"], ["print", "certificates", "--help"], ["audit", "--help"]):
        code, out, _err = _run(capsys, *argv)
        assert code == 0
        assert out.startswith("cách dùng: classroom") and "tùy chọn:" in out and "hiện hướng dẫn này rồi thoát" in out
        assert not any(word in out for word in ENGLISH), (argv, out)
    _code, out, _err = _run(capsys, "setup", "--help")
    assert "họ tên người ký giấy chứng nhận" in out


def test_usage_errors_are_vietnamese_with_the_contract_code(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "enroll")
    assert code == 2
    assert "cách dùng: classroom enroll" in err and "thiếu tham số bắt buộc: --class" in err
    assert not any(word in err for word in ENGLISH), err
    code, _out, err = _run(capsys, "print", "certificates", "--class", "abc")
    assert code == 2 and "giá trị không hợp lệ" in err


def test_english_stays_english_and_argparse_is_left_as_it_was(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, "--lang", "en", "--help")
    assert code == 0 and out.startswith("usage: classroom") and "show this help message and exit" in out
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # nothing left swapped after a run
    plain = argparse.ArgumentParser(prog="x")
    assert "usage: x" in plain.format_usage()


def test_extra_words_and_huge_numbers_are_said_not_crashed(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = _run(capsys, "add", "village", "Thon", "Dong")
    assert code == 2 and "không hiểu các tham số: Dong" in err
    code, _out, err = _run(capsys, "enroll", "--class", "1", "99999999999999999999")
    assert code == 2 and "PARTICIPANT_ID: số 99999999999999999999 quá lớn" in err
    assert "Traceback" not in err
    code, _out, err = _run(capsys, "enroll", "--class", "99999999999999999999", "1")
    assert code == 2 and "--class: số 99999999999999999999 quá lớn" in err
