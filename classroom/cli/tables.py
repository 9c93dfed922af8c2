"""``classroom list …``: plain tables for people, JSON arrays for scripts (contract/cli.md)."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import AttendanceMark, ClassSession, CourseClass

from ..classes import list_classes, list_sessions
from ..participants import birth_iso, iter_participant_json, load_participant_rows
from ..validation import mask_national_id, mask_phone
from .base import EXIT_OK, Context
from .messages import say, value_word

NAME = "list"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="in danh sách" if vi else "print a list")
    p.add_argument("what", choices=["classes", "sessions", "participants", "attendance", "audit", "consolidations"])
    p.add_argument("--class", dest="class_id", type=int)
    p.add_argument("--session", dest="session_id", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument("--unmasked", action="store_true",
                   help="hiện đầy đủ số định danh và số điện thoại" if vi else "show whole ID numbers and phones")
    p.add_argument("--from", dest="start")  # list audit
    p.add_argument("--to", dest="end")


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.sessions() as session:
        return run_list(session, args.what, args, ctx)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _class_rows(session: Session) -> list[dict[str, Any]]:
    return [
        {"id": r.id, "code": r.code, "title": r.title, "target_group": r.target_group, "venue": r.venue,
         "instructor": r.instructor, "first_session": _iso(r.first_session), "last_session": _iso(r.last_session),
         "sessions": r.sessions, "enrolled": r.enrolled, "waiting": r.waiting, "capacity": r.capacity,
         "status": r.status}
        for r in list_classes(session)
    ]


def _session_rows(session: Session, class_id: int | None) -> list[dict[str, Any]]:
    return [{"id": r.id, "class_id": r.class_id, "starts_at": _iso(r.starts_at), "ends_at": _iso(r.ends_at),
             "venue": r.venue, "status": r.status} for r in list_sessions(session, class_id)]


def _participant_dict(r: Any) -> dict[str, Any]:
    return {"id": r.id, "full_name": r.full_name, "birth_date": birth_iso(r.birth_year, r.birth_month, r.birth_day),
            "gender": r.gender, "national_id": r.national_id, "phone": r.phone, "village": r.village,
            "target_group": r.target_group, "card": r.card}


def _participant_rows(session: Session, class_id: int | None) -> list[dict[str, Any]]:
    return [_participant_dict(r) for r in load_participant_rows(session, class_id)]


def _stream_json(objects: Iterable[str], batch: int = 5000) -> None:
    """A JSON array of objects already written as JSON (by the database), one a line, ``batch`` a write."""
    out = sys.stdout
    out.write("[")
    lines: list[str] = []
    first = True
    for text in objects:
        lines.append(text)
        if len(lines) >= batch:
            out.write(("\n" if first else ",\n") + ",\n".join(lines))
            lines.clear()
            first = False
    if lines:
        out.write(("\n" if first else ",\n") + ",\n".join(lines))
    out.write("\n]\n")


def _attendance_rows(session: Session, session_id: int) -> list[dict[str, Any]]:
    marks = session.scalars(select(AttendanceMark).where(AttendanceMark.session_id == session_id)
                            .order_by(AttendanceMark.participant_id))
    return [{"participant_id": m.participant_id, "status": m.status, "marked_at": _iso(m.marked_at),
             "marked_by": m.marked_by} for m in marks]


COLUMNS = {
    "classes": ["id", "code", "title", "target_group", "venue", "instructor", "first_session", "last_session",
                "sessions", "enrolled", "capacity", "status"],
    "sessions": ["id", "class_id", "starts_at", "ends_at", "venue", "status"],
    "participants": ["id", "full_name", "birth_date", "gender", "national_id", "phone", "village",
                     "target_group", "card"],
    "attendance": ["participant_id", "status", "marked_at", "marked_by"],
}
WORD_COLUMNS = {"target_group", "status", "gender"}


def run_list(session: Session, what: str, args: argparse.Namespace, ctx: Context) -> int:
    lang = ctx.lang
    if what == "audit":
        from .audit_cmd import list_audit

        return list_audit(session, args, ctx)
    if what == "consolidations":
        from .report_cmd import list_consolidations

        return list_consolidations(session, args, ctx)
    if args.class_id is not None and session.get(CourseClass, args.class_id) is None:
        return ctx.error("not_found.class", id=args.class_id)
    if what == "attendance":
        if args.session_id is None or session.get(ClassSession, args.session_id) is None:
            return ctx.error("not_found.session", id=args.session_id)
        rows = _attendance_rows(session, args.session_id)
    elif what == "classes":
        rows = _class_rows(session)
        if args.class_id is not None:
            rows = [r for r in rows if r["id"] == args.class_id]
    elif what == "sessions":
        rows = _session_rows(session, args.class_id)
    elif args.json:  # a province's million: written as read, one person a line, memory flat
        _stream_json(iter_participant_json(session, args.class_id))
        return EXIT_OK
    else:
        rows = _participant_rows(session, args.class_id)
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        if what == "participants" and not getattr(args, "unmasked", False):
            # as the window shows them: a terminal is read over shoulders and kept in scroll-back
            rows = [{**r, "national_id": mask_national_id(r["national_id"]), "phone": mask_phone(r["phone"])}
                    for r in rows]
        print_table(rows, COLUMNS[what], lang)
    return EXIT_OK


def _cell(key: str, value: Any, lang: str) -> str:
    if value is None:
        return ""
    if key in WORD_COLUMNS:
        return value_word(str(value), lang)
    if isinstance(value, str) and key in {"first_session", "last_session", "starts_at", "ends_at", "marked_at"}:
        moment = datetime.fromisoformat(value)
        return moment.strftime("%d/%m/%Y %H:%M")
    if key == "birth_date" and isinstance(value, str) and len(value) == 10:
        y, m, d = value.split("-")
        return f"{d}/{m}/{y}"
    return str(value)


def print_table(rows: list[dict[str, Any]], columns: list[str], lang: str) -> None:
    head = [say(f"col.{c}", lang) for c in columns]
    body = [[_cell(c, r[c], lang) for c in columns] for r in rows]
    widths = [max([len(h)] + [len(line[i]) for line in body]) for i, h in enumerate(head)]
    out = sys.stdout
    out.write("  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for line in body:
        out.write("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n")
