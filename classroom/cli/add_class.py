"""``classroom add class …``: a class and its sessions from an RFC 5545 rule (contract/cli.md).

Unknown venue and instructor names are created; conflicts with other sessions are
listed and nothing is saved (exit 5) unless ``--allow-conflicts``.
"""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any

from models import TargetGroup

from ..errors import InvalidInput
from ..scheduling import (
    ClassInput, Conflict, RecurrenceSpec, SchedulingConflict, VenueInput, course_by_code_or_title, create_class,
    create_venue, instructor_by_name, plan_sessions, venue_by_name,
)
from .base import EXIT_CONFLICTS, EXIT_OK, EXIT_UNUSABLE, Context
from .schedule_words import invalid_text, when
from .setup_cmd import run_add

PLACES = ("village", "venue", "instructor")

NAME = "add"
ACTOR = "command line"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="tạo lớp học và các buổi học; thêm thôn, địa điểm, giảng viên" if vi
                       else "create a class and its sessions; add a village, venue or instructor")
    p.add_argument("what", choices=["class", *PLACES])
    p.add_argument("name", nargs="?", help="tên (thôn, địa điểm, giảng viên)" if vi else
                   "the name (village, venue, instructor)")
    p.add_argument("--course", help="mã hoặc tên nội dung học" if vi else "course code or title")
    p.add_argument("--target-group", help=", ".join(TargetGroup.__members__.values()))
    p.add_argument("--venue")
    p.add_argument("--instructor", action="append",
                   help="nhắc lại cho mỗi giảng viên" if vi else "repeat for each instructor")
    p.add_argument("--capacity", default="30")
    p.add_argument("--dtstart", help="YYYY-MM-DDTHH:MM")
    p.add_argument("--duration", help="phút" if vi else "minutes")
    p.add_argument("--rrule", help="FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8")
    p.add_argument("--keep-holidays", action="store_true")
    p.add_argument("--allow-conflicts", action="store_true")
    p.add_argument("--json", action="store_true")


def _whole(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.what in PLACES:
        return run_add(args, ctx)
    for option in ("course", "target_group", "venue", "instructor", "dtstart", "duration", "rrule"):
        if not getattr(args, option):
            return ctx.error("add.option_missing", option="--" + option.replace("_", "-"))
    capacity, minutes = _whole(args.capacity), _whole(args.duration)
    if capacity is None or capacity == 0:
        return ctx.error("cli.bad_number", value=args.capacity, option="--capacity")
    if minutes is None:
        return ctx.error("cli.bad_number", value=args.duration, option="--duration")
    try:
        start = datetime.strptime(args.dtstart.strip(), "%Y-%m-%dT%H:%M")
    except ValueError:
        return ctx.error("add.bad_dtstart", value=args.dtstart)
    try:
        with ctx.db.transaction() as session:
            course = course_by_code_or_title(session, args.course)
            if course is None:
                return ctx.error("add.course_not_found", value=args.course)
            plan = plan_sessions(session, RecurrenceSpec(start, minutes, args.rrule), args.keep_holidays, ctx.lang)
            venue = venue_by_name(session, args.venue)
            if venue is None:  # a new venue: assume it seats the class, the officer corrects it later
                venue = create_venue(session, VenueInput(args.venue, capacity=max(capacity, 30)), actor=ACTOR)
            teachers = tuple(dict.fromkeys(instructor_by_name(session, n, create=True, actor=ACTOR) or 0
                                           for n in args.instructor))
            data = ClassInput(course, args.target_group, venue, teachers, capacity=capacity)
            saved = create_class(session, data, plan.sessions, allow_conflicts=args.allow_conflicts, actor=ACTOR)
    except SchedulingConflict as exc:  # the transaction was rolled back: the new names too
        _print_conflicts(exc.conflicts, args.json, ctx)
        return ctx.error("add.conflicts", EXIT_CONFLICTS, count=len(exc.conflicts))
    except InvalidInput as exc:
        print(f"classroom: {invalid_text(exc, ctx.lang)}", file=sys.stderr)
        return EXIT_UNUSABLE
    sessions = [p.starts_at.isoformat() for p in plan.sessions]
    skipped = [{"date": s.day.isoformat(), "reason": s.reason} for s in plan.skipped]
    if args.json:
        json.dump({"class_id": saved.id, "code": saved.code, "sessions": sessions, "skipped": skipped}, sys.stdout,
                  ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    ctx.out("add.created", code=saved.code, id=saved.id, count=saved.sessions)
    for p in plan.sessions:
        print(f"  {when(p.starts_at)}-{p.ends_at:%H:%M}")
    if plan.skipped:
        ctx.out("add.skipped", count=len(plan.skipped))
        for s in plan.skipped:
            print(f"  {s.day:%d/%m/%Y}  {s.reason}")
    return EXIT_OK


def conflict_fields(c: Conflict) -> dict[str, Any]:
    return {"kind": c.kind, "name": c.subject_name, "starts_at": c.starts_at.isoformat() if c.starts_at else None,
            "other_class": c.other_class_code or None,
            "other_starts_at": c.other_starts_at.isoformat() if c.other_starts_at else None,
            "venue_capacity": c.venue_capacity, "class_capacity": c.class_capacity}


def _print_conflicts(conflicts: list[Conflict], as_json: bool, ctx: Context) -> None:
    if as_json:
        json.dump({"conflicts": [conflict_fields(c) for c in conflicts]}, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return
    for c in conflicts:
        ctx.out(f"conflict.{c.kind}", name=c.subject_name, other=c.other_class_code, time=when(c.starts_at),
                other_time=when(c.other_starts_at), venue_capacity=c.venue_capacity, class_capacity=c.class_capacity)
