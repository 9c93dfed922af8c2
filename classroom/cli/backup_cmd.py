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
    "restore.without_digest": ("Cảnh báo: “{path}” là bản sao lưu cũ, không có mã kiểm tra; chỉ khôi phục được vì "
                               "độ dài tệp đúng và SQLite kiểm tra thấy nguyên vẹn.",
                               "Warning: “{path}” is an older backup with no digest; it is restored only because its "
                               "length is right and SQLite's own check finds it whole."),
    "database.backup_damaged": ("Bản sao lưu “{path}” bị cắt ngắn hoặc bị sửa (mã kiểm tra không khớp); không khôi "
                                "phục, dữ liệu hiện tại giữ nguyên.",
                                "The backup “{path}” was cut short or altered (its digest does not match); nothing "
                                "was restored, the current data is unchanged."),
    "database.backup_incomplete": ("Bản sao của “{path}” thiếu dữ liệu (bảng {table}: {found} dòng thay vì "
                                   "{expected}); không coi là bản sao lưu, hãy thử lại.",
                                   "The copy of “{path}” is missing data (table {table}: {found} rows instead of "
                                   "{expected}); it is not a backup, try again."),
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
    safety = restore_from(ctx.db, args.file, safety_folder, ctx.password,
                          without_digest=lambda: ctx.out("restore.without_digest", path=args.file),
                          actor=getpass.getuser())
    ctx.out("restore.done", path=args.file)
    if safety:
        ctx.out("restore.safety", path=safety)
    return EXIT_OK
