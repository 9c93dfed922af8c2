"""``classroom enroll --class ID PARTICIPANT_ID ... [--allow-conflicts]``: over capacity, people go on the
waiting list. A person whose sessions in another class overlap this class's is listed and nothing is
saved (exit 5) unless ``--allow-conflicts`` (contract/cli.md); having completed the same course is a
note beside the person enrolled, as before."""
from __future__ import annotations

import argparse

from ..enrollment import Clash, EnrollmentClash, enroll
from .base import EXIT_CONFLICTS, EXIT_OK, Context
from .import_words import print_enrollment
from .messages import MESSAGES

NAME = "enroll"

MESSAGES.update({
    "enroll.clash.session_overlap": ("#{id} {name}: trùng giờ với lớp {other} ngày {day} từ {start} đến {end} "
                                     "(buổi {own} của lớp này)",
                                     "#{id} {name}: overlaps class {other} on {day} from {start} to {end} "
                                     "(this class's session of {own})"),
    "enroll.clashes": ("Không ghi danh ai: {count} buổi học trùng giờ (ở trên). Dùng --allow-conflicts để vẫn ghi danh.",
                       "Nobody was enrolled: {count} overlapping sessions (above). Use --allow-conflicts to enroll "
                       "anyway."),
})


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="ghi danh học viên vào lớp" if vi else "enroll people in a class")
    p.add_argument("--class", dest="class_id", type=int, required=True)
    p.add_argument("participant_ids", type=int, nargs="+", metavar="PARTICIPANT_ID")
    p.add_argument("--allow-conflicts", action="store_true",
                   help="ghi danh cả khi trùng giờ với lớp khác" if vi else
                   "enroll even with sessions overlapping another class's")


def clash_line(c: Clash, ctx: Context) -> str:
    """One overlapping session: who, the other class, its day and hours, and this class's session."""
    assert c.starts_at is not None and c.ends_at is not None and c.own_starts_at is not None
    return ctx.say("enroll.clash.session_overlap", id=c.participant_id, name=c.full_name, other=c.other_class_code,
                   day=f"{c.starts_at:%d/%m/%Y}", start=f"{c.starts_at:%H:%M}", end=f"{c.ends_at:%H:%M}",
                   own=f"{c.own_starts_at:%d/%m/%Y %H:%M}")


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        with ctx.db.transaction() as session:  # an unknown class or person: NotFound, nothing saved, exit 2
            result = enroll(session, args.class_id, args.participant_ids, actor="cli",
                            allow_conflicts=args.allow_conflicts)
    except EnrollmentClash as exc:
        for c in exc.clashes:
            print(clash_line(c, ctx))
        return ctx.error("enroll.clashes", EXIT_CONFLICTS, count=len(exc.clashes))
    print_enrollment(result, ctx)
    return EXIT_OK
