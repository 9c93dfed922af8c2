"""``classroom enroll --class ID PARTICIPANT_ID ...``: over capacity, people go on the waiting list."""
from __future__ import annotations

import argparse

from ..enrollment import enroll
from .base import EXIT_OK, Context
from .import_words import print_enrollment

NAME = "enroll"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="ghi danh học viên vào lớp" if vi else "enroll people in a class")
    p.add_argument("--class", dest="class_id", type=int, required=True)
    p.add_argument("participant_ids", type=int, nargs="+", metavar="PARTICIPANT_ID")


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.transaction() as session:  # an unknown class or person: NotFound, nothing saved, exit 2
        result = enroll(session, args.class_id, args.participant_ids, actor="cli")
    print_enrollment(result, ctx)
    return EXIT_OK
