"""``classroom demo [--participants N] [--seed S]``"""
from __future__ import annotations

import argparse

from ..commune import load_commune
from ..demo import fill_demo
from .base import EXIT_OK, Context

NAME = "demo"


def positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise ValueError(text)
    return value


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="tạo xã mẫu trong cơ sở dữ liệu trống" if vi else
                       "fill an empty database with a demo commune")
    p.add_argument("--participants", type=positive_int, default=300)
    p.add_argument("--seed", type=int, default=1)


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.transaction() as session:
        counts = fill_demo(session, participants=args.participants, seed=args.seed)
        commune = load_commune(session)
    ctx.out("cli.demo_done", commune=commune.display_name if commune else "", path=ctx.db.display_name, **counts)
    return EXIT_OK
