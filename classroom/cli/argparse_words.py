"""argparse's own words (usage:, error:, "the following arguments are required", -h's help …) in the
chosen language: argparse looks them up through ``gettext`` when it builds, prints or fails, so
``argparse_language("vi")`` installs a lookup in Vietnamese for as long as the command line is read."""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số theo vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "hiện trợ giúp này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu các đối số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu các đối số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "giá trị không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "argument %(argument_name)s: %(message)s": "đối số %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần đúng một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không dùng cùng với đối số %s",
    "one of the arguments %s is required": "cần một trong các đối số %s",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn không rõ: %(option)s có thể là %(matches)s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (có: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
}
VI_PLURAL = {
    ("expected %s argument", "expected %s arguments"): "cần %s giá trị",
    ("conflicting option string: %s", "conflicting option strings: %s"): "tùy chọn trùng nhau: %s",
}


def vietnamese(message: str) -> str:
    return VI.get(message, message)


def vietnamese_plural(singular: str, plural: str, n: int) -> str:
    return VI_PLURAL.get((singular, plural), singular if n == 1 else plural)


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` inside the block (English is its own)."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = vietnamese, vietnamese_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
