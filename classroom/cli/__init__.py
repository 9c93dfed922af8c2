"""The command line: ``classroom [--db URL_OR_PATH] [--lang vi|en] [COMMAND ...]``.

Names, options and exit codes follow ../shared/contract/cli.md. The window is found
through the ``classroom.faces`` entry point, so this package never imports Qt.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from typing import Any, NoReturn

from ..config import default_database
from ..errors import ClassroomError, DatabaseError
from .messages import say
from .tables import run_list

EXIT_OK, EXIT_FAILED, EXIT_UNUSABLE, EXIT_PARTIAL = 0, 1, 2, 3

log = logging.getLogger("classroom")


class Parser(argparse.ArgumentParser):
    """argparse, but usage errors leave with the contract's code 2 and the chosen language's prefix."""

    lang = "vi"

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"classroom: {say('cli.error', self.lang, detail=message)}\n")


def positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise ValueError(text)
    return value


def build_parser(lang: str) -> Parser:
    Parser.lang = lang
    vi = lang != "en"
    p = Parser(prog="classroom", description="Bình dân học vụ số: lớp học, học viên, điểm danh, chứng nhận"
               if vi else "Digital Education for All: classes, participants, attendance, certificates")
    p.add_argument("--db", help="URL SQLAlchemy hoặc đường dẫn tệp SQLite" if vi else
                   "an SQLAlchemy URL or a path to an SQLite file")
    p.add_argument("--lang", choices=["vi", "en"], default="vi")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="mở cửa sổ chương trình" if vi else "open the main window")
    demo = sub.add_parser("demo", help="tạo xã mẫu trong cơ sở dữ liệu trống" if vi else
                          "fill an empty database with a demo commune")
    demo.add_argument("--participants", type=positive_int, default=300)
    demo.add_argument("--seed", type=int, default=1)
    lst = sub.add_parser("list", help="in danh sách" if vi else "print a list")
    lst.add_argument("what", choices=["classes", "sessions", "participants", "attendance"])
    lst.add_argument("--class", dest="class_id", type=int)
    lst.add_argument("--session", dest="session_id", type=int)
    lst.add_argument("--json", action="store_true")
    return p


def _lang_of(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "vi"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "vi"
    return "vi"


def fail(lang: str, key: str, code: int = EXIT_FAILED, **params: Any) -> int:
    print(f"classroom: {say(key, lang, **params)}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_of(argv)
    args = build_parser(lang).parse_args(argv)
    target = args.db or default_database()
    command = args.command or "gui"
    if command == "gui":
        return _open_window(target, lang)
    try:
        return _run(command, args, target, lang)
    except BrokenPipeError:  # `classroom list … | head`: the reader left, which is no error
        sys.stdout = None  # type: ignore[assignment]  # nothing more to flush
        return EXIT_OK
    except DatabaseError as exc:
        return fail(lang, f"database.{exc.code}", EXIT_UNUSABLE, **exc.params)
    except ClassroomError as exc:
        # the class's own code names the family of messages: "refused.database_not_empty" ...
        return fail(lang, f"{type(exc).code}.{exc.code}", EXIT_UNUSABLE, **{"path": target, **exc.params})


def _run(command: str, args: argparse.Namespace, target: str, lang: str) -> int:
    from models.db import open_database

    db = open_database(target)
    try:
        if db.backup_made:
            print(say("cli.migrated", lang, path=db.backup_made), file=sys.stderr)
        if command == "demo":
            from ..demo import fill_demo
            with db.transaction() as session:
                counts = fill_demo(session, participants=args.participants, seed=args.seed)
            print(say("cli.demo_done", lang, commune="Đông Tiến", path=db.display_name, **counts))
            return EXIT_OK
        if command == "list":
            with db.sessions() as session:
                return run_list(session, args.what, args, lang)
        raise AssertionError(command)
    finally:
        db.close()


def _open_window(target: str, lang: str) -> int:
    faces = entry_points(group="classroom.faces", name="gui")
    if not faces:
        return fail(lang, "cli.gui_unavailable", reason="classroom.faces:gui")
    run_gui = next(iter(faces)).load()
    return int(run_gui(target, lang))

