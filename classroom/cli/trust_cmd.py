"""``classroom keys show``, ``export trust``, ``import trust`` and ``export verifier`` (contract/cli.md,
second round). ``export …`` and ``import …`` are parsed by report_cmd and import_cmd, which hand the
trust subcommands to this module."""
from __future__ import annotations

import argparse
import json

from .. import trust
from .base import EXIT_FAILED, EXIT_OK, Context
from .messages import MESSAGES

MESSAGES.update({
    "keys.show": ("Khóa ký của cài đặt này{commune}:\n  Dấu vân tay: {fingerprint}\n  Khóa công khai: {public_key}",
                  "This installation's signing key{commune}:\n  Fingerprint: {fingerprint}\n  Public key: {public_key}"),
    "keys.commune": (" (xã/phường mã {code})", " (commune code {code})"),
    "keys.none": ("Cơ sở dữ liệu này chưa có khóa ký (khóa được tạo khi cấp giấy chứng nhận hoặc xuất gói dữ liệu "
                  "lần đầu).", "This database has no signing key yet (one is made when the first certificate is "
                  "issued or the first package exported)."),
})

NAME = "keys"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("keys", help="khóa ký và dấu vân tay" if vi else "the signing key and its fingerprint")
    what = p.add_subparsers(dest="what", required=True)
    show = what.add_parser("show")
    show.add_argument("--json", action="store_true")


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.sessions() as session:
        info = trust.own_key(session)
    if args.json:
        print(json.dumps({"fingerprint": info.fingerprint if info else None,
                          "public_key": info.public_key if info else None,
                          "commune": (info.commune or None) if info else None}, ensure_ascii=False))
        return EXIT_OK if info else EXIT_FAILED
    if info is None:
        return ctx.error("keys.none", EXIT_FAILED)
    ctx.out("keys.show", fingerprint=info.fingerprint, public_key=info.public_key,
            commune=ctx.say("keys.commune", code=info.commune) if info.commune else "")
    return EXIT_OK
