"""argparse's own words (usage, options, its error messages) in Vietnamese.

argparse looks its texts up through ``gettext`` at the moment it uses them; Python ships no
Vietnamese catalogue, so ``classroom --help`` said "usage:", "options:" and "show this help message
and exit" between Vietnamese lines. ``spoken(lang)`` swaps argparse's lookup for the time of one
call (building the parser, parsing, printing help) and puts it back after.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

WORDS_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "subcommands": "lệnh",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "không hiểu các tham số: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị không hợp lệ (%(type)s): %(value)r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "chỉ được một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không dùng cùng với tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ambiguous option: %(option)s could match %(matches)s": "tùy chọn %(option)s chưa rõ: có thể là %(matches)s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được “%(filename)s”: %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
}
PLURALS_VI = {"expected %s argument": "cần %s giá trị"}


@contextmanager
def spoken(lang: str) -> Iterator[None]:
    """argparse speaks ``lang`` ("vi" or "en") inside the block."""
    if lang == "en":
        yield
        return
    before: tuple[Callable[..., Any], Callable[..., Any]] = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]

    def vi(text: str) -> str:
        return WORDS_VI.get(text, text) if isinstance(text, str) else text

    def vi_plural(one: str, many: str, n: int) -> str:
        return PLURALS_VI.get(one, one if n == 1 else many)
    argparse._, argparse.ngettext = vi, vi_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = before  # type: ignore[attr-defined]


argparse_language = spoken  # the name the command line uses around building and parsing
