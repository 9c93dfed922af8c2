"""``classroom backup --out FILE`` and ``classroom restore FILE``."""
from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from ..backup import backup_folder, backup_to, restore_from
from .base import EXIT_OK, Context
from .messages import MESSAGES

MESSAGES.update({
    "backup.done": ("Đã sao lưu toàn bộ dữ liệu vào {path}", "Backed up all data to {path}"),
    "restore.done": ("Đã khôi phục dữ liệu từ {path}.", "Restored the data from {path}."),
    "restore.safety": ("Dữ liệu trước khi khôi phục được giữ lại ở {path}",
                       "The data from before the restore is kept at {path}"),
    "refused.backup_onto_itself": ("Không thể sao lưu đè lên chính tệp dữ liệu “{path}”; hãy chọn tệp khác.",
                                   "Cannot back up onto the data file itself (“{path}”); choose another file."),
})

NAME = "backup"
ALSO = ("restore",)


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    b = sub.add_parser("backup", help="sao lưu toàn bộ dữ liệu" if vi else "back up the whole database")
    b.add_argument("--out", required=True, type=Path)
    r = sub.add_parser("restore", help="khôi phục từ bản sao lưu" if vi else "restore from a backup")
    r.add_argument("file", type=Path)


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.command == "backup":
        ctx.out("backup.done", path=backup_to(ctx.db, args.out))
        return EXIT_OK
    safety_folder = backup_folder(ctx.db) or Path.cwd() / "backups"
    safety = restore_from(ctx.db, args.file, safety_folder, ctx.password, actor=getpass.getuser())
    ctx.out("restore.done", path=args.file)
    if safety:
        ctx.out("restore.safety", path=safety)
    return EXIT_OK
