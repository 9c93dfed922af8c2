"""The command line: ``classroom [--db URL_OR_PATH] [--lang vi|en] [COMMAND ...]``.

Names, options and exit codes follow ../shared/contract/cli.md. Each command is a
module with ``NAME``, ``register(subparsers, vi)`` and ``run(args, ctx) -> exit code``,
listed in ``COMMAND_MODULES`` and imported only when the command line is parsed for one of
them: opening the window (``classroom``, ``classroom gui``, ``classroom instructor FILE``)
loads none of them, so that the registry shows as soon as it can (issue 2). The window is
found through the ``classroom.faces`` entry point, so this package never imports Qt.
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, NoReturn

from ..config import default_database
from ..errors import ClassroomError, DatabaseError
from .argparse_words import argparse_language, spoken
from .base import EXIT_OK, EXIT_UNUSABLE, Context
from .messages import MESSAGES, say

MESSAGES.update({
    "database.network_drive": (
        "Cơ sở dữ liệu “{path}” nằm trên ổ mạng dùng chung: tệp SQLite ở đó có thể hỏng khi nhiều máy cùng ghi. "
        "Hãy để tệp trên ổ đĩa của máy này; muốn nhiều máy dùng chung dữ liệu thì dùng máy chủ PostgreSQL "
        "(--db postgresql+psycopg://…). Không có gì bị thay đổi.",
        "The database “{path}” is on a shared network drive, where an SQLite file can be damaged when several "
        "computers write to it. Keep the file on this computer's own disk; for several computers sharing data, use a "
        "PostgreSQL server (--db postgresql+psycopg://…). Nothing was changed."),
})

MESSAGES.update({
    "cli.number_too_large": ("{name}: số {value} quá lớn (không có bản ghi nào mang số này).",
                             "{name}: the number {value} is too large (no record has it)."),
})
MAX_NUMBER = 2**63 - 1  # the largest integer SQLite and PostgreSQL's bigint hold

COMMAND_MODULES = ("demo_cmd", "tables", "add_class", "import_cmd", "enroll_cmd", "backup_cmd", "attendance_cmd",
                   "print_cmd", "report_cmd", "safety_cmd", "trust_cmd", "audit_cmd", "assess_cmd",
                   "people_cmd", "setup_cmd")


# Where a command lives, for the commands worth starting fast: the parser for one of them is built from
# its module alone. A command missing here is found the slow way (every module imported).
COMMAND_HOMES = {"print": "print_cmd", "verify": "print_cmd", "revoke": "print_cmd", "list": "tables"}


def commands(only: str | None = None) -> list[ModuleType]:
    """The command modules, imported now (each brings its services: ReportLab, holidays, importing ...);
    ``only`` names one module, for a command line already known to need that one alone."""
    return [importlib.import_module(f".{name}", __name__) for name in ((only,) if only else COMMAND_MODULES)]


def _command_of(argv: Sequence[str]) -> str | None:
    """The command word of ``argv`` (after --db/--lang), or None."""
    rest = list(argv)
    while rest and rest[0].split("=", 1)[0] in ("--db", "--lang"):
        name = rest.pop(0)
        if "=" not in name and rest:
            rest.pop(0)
    return rest[0] if rest and not rest[0].startswith("-") else None


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors leave with the contract's code 2 and the chosen language's prefix."""

    lang = "vi"

    # argparse's own words (usage, options, its errors) in the chosen language: at making and at use
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with spoken(self.lang):
            super().__init__(*args, **kwargs)

    def parse_args(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        with spoken(self.lang):
            return super().parse_args(*args, **kwargs)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        with spoken(self.lang):
            namespace, rest = super().parse_known_args(*args, **kwargs)
        for name, value in vars(namespace).items():  # a record number no database can hold: said, not a traceback
            for number in value if isinstance(value, list) else [value]:
                if isinstance(number, int) and not isinstance(number, bool) and abs(number) > MAX_NUMBER:
                    shown = next((a.option_strings[0] if a.option_strings else (a.metavar or a.dest.upper())
                                  for a in self._actions if a.dest == name), name)
                    self.error(say("cli.number_too_large", self.lang, name=shown, value=number))
        return namespace, rest

    def format_usage(self) -> str:
        with spoken(self.lang):
            return super().format_usage()

    def format_help(self) -> str:
        with spoken(self.lang):
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"classroom: {say('cli.error', self.lang, detail=message)}\n")


def build_parser(lang: str, only: str | None = None) -> Parser:
    Parser.lang = lang
    vi = lang != "en"
    p = Parser(prog="classroom", description="Bình dân học vụ số: lớp học, học viên, điểm danh, chứng nhận"
               if vi else "Digital Education for All: classes, participants, attendance, certificates")
    p.add_argument("--db", help="URL SQLAlchemy hoặc đường dẫn tệp SQLite" if vi else
                   "an SQLAlchemy URL or a path to an SQLite file")
    p.add_argument("--lang", choices=["vi", "en"], default="vi",
                   help="ngôn ngữ của thông báo (mặc định vi)" if vi else "the language of messages (default vi)")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="mở cửa sổ chương trình" if vi else "open the main window")
    instructor = sub.add_parser("instructor", help="điểm danh ngoại tuyến từ tệp văn phòng xuất" if vi else
                                "mark attendance offline from a file the office exported")
    instructor.add_argument("file")
    for command in commands(only):
        command.register(sub, vi)
    return p


def _lang_of(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "vi"
    return "vi"


def window_request(argv: Sequence[str]) -> tuple[str, str | None, str, str | None] | None:
    """(face, --db, --lang, instructor's file) when ``argv`` only opens a window, read without building
    the whole parser; None for anything else (a command, --help, a mistake: the parser says it).

    The same lines the parser takes: --db/--lang (either form) before ``gui``, ``instructor FILE`` or nothing.
    """
    options: dict[str, str] = {}
    rest = list(argv)
    while rest and rest[0].split("=", 1)[0] in ("--db", "--lang"):
        name, eq, value = rest.pop(0).partition("=")
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        options[name] = value
    if options.get("--lang", "vi") not in ("vi", "en"):
        return None
    db, lang = options.get("--db"), options.get("--lang", "vi")
    if rest in ([], ["gui"]):
        return "gui", db, lang, None
    if len(rest) == 2 and rest[0] == "instructor" and not rest[1].startswith("-"):
        return "instructor", db, lang, rest[1]
    return None


def utf8_streams() -> None:
    """Write standard output and error in UTF-8 whatever the code page.

    On Windows a stream redirected to a file or a pipe (``classroom list classes > ds.txt``) gets the
    ANSI code page (cp1252, cp1258), in which most Vietnamese letters cannot be written: every print
    of a name would end in ``UnicodeEncodeError``. A console keeps Python's own Unicode writer.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").replace("-", "").replace("_", "").lower()
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    utf8_streams()
    window = window_request(argv)
    if window is not None:
        face, db, lang, file = window
        return _open_window(face, file if face == "instructor" else db or default_database(), lang)  # type: ignore[arg-type]
    lang = _lang_of(argv)
    home = COMMAND_HOMES.get(_command_of(argv) or "")
    with argparse_language(lang):  # usage:, error:, required arguments … in the chosen language
        args = build_parser(lang, home).parse_args(argv)
    target = args.db or default_database()
    if (args.command or "gui") == "gui":
        return _open_window("gui", target, lang)
    if args.command == "instructor":
        return _open_window("instructor", args.file, lang)
    command = next(c for c in commands(home) if args.command in (c.NAME, *getattr(c, "ALSO", ())))
    try:
        return _run(command, args, target, lang)
    except BrokenPipeError:  # `classroom list … | head`: the reader left, which is no error
        sys.stdout = None  # type: ignore[assignment]  # nothing more to flush
        return EXIT_OK
    except DatabaseError as exc:
        return _fail(lang, f"database.{exc.code}", **exc.params)
    except ClassroomError as exc:
        # the class's own code names the family of messages: "refused.database_not_empty" ...
        return _fail(lang, f"{type(exc).code}.{exc.code}", **{"path": target, **exc.params})


def _fail(lang: str, key: str, **params: object) -> int:
    print(f"classroom: {say(key, lang, **params)}", file=sys.stderr)
    return EXIT_UNUSABLE


def _run(command: ModuleType, args: argparse.Namespace, target: str, lang: str) -> int:
    from models.db import open_database

    from ..local_disk import refuse_network_database

    refuse_network_database(target)
    db = open_database(target)
    try:
        if db.backup_made:
            print(say("cli.migrated", lang, path=db.backup_made), file=sys.stderr)
        from .safety_cmd import with_password

        return with_password(lambda ctx: int(command.run(args, ctx)), Context(lang, db))
    finally:
        db.close()


def _open_window(face: str, target: str, lang: str) -> int:
    from importlib.metadata import entry_points  # 40 ms of imports a command without a window does not need

    faces = entry_points(group="classroom.faces", name=face)
    if not faces:
        return _fail(lang, "cli.gui_unavailable", reason=f"classroom.faces:{face}")
    run_face = next(iter(faces)).load()
    return int(run_face(target, lang))
