"""``classroom audit check`` and ``classroom list audit [--from D --to D] [--json]`` (contract/cli.md)."""
from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from .. import audit
from .base import EXIT_FAILED, EXIT_OK, Context
from .messages import MESSAGES

MESSAGES.update({
    "audit.intact": ("Nhật ký thay đổi còn nguyên vẹn: {rows} dòng, chuỗi mã băm khớp. Mã băm cuối: {head}",
                     "The audit log is intact: {rows} rows, the hash chain holds. Last hash: {head}"),
    "audit.broken.altered": (
        "Nhật ký thay đổi đã bị sửa ngoài chương trình: dòng số {id} (ghi lúc {at}) không còn khớp với mã băm của nó.",
        "The audit log was changed outside the program: row {id} (written {at}) no longer matches its hash."),
    "audit.broken.link": (
        "Nhật ký thay đổi đã bị sửa ngoài chương trình: trước dòng số {id} (ghi lúc {at}) có dòng bị xóa, bị chèn "
        "hoặc bị sửa (dòng liền trước hiện là {previous}).",
        "The audit log was changed outside the program: before row {id} (written {at}) a row was removed, slipped in "
        "or rewritten (the row before it is now {previous})."),
    "audit.none_before": ("không có", "none"),
    "audit.bad_date": ("Ngày “{value}” của {option} không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).",
                       "The date “{value}” of {option} is not valid (use dd/mm/yyyy or yyyy-mm-dd)."),
    "audit.reversed": ("Ngày kết thúc {end} trước ngày bắt đầu {start}.",
                       "The end date {end} is before the start date {start}."),
    "col.at": ("Lúc", "At"), "col.actor": ("Cán bộ", "Officer"), "col.action": ("Việc", "Action"),
    "col.entity": ("Đối tượng dữ liệu", "Entity"), "col.entity_id": ("Mã", "ID"),
    "col.person_id": ("Học viên", "Participant"), "col.details": ("Chi tiết", "Details"),
})

NAME = "audit"
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="kiểm tra nhật ký thay đổi" if vi else "check the audit log")
    p.add_argument("action", choices=["check"])


def run(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.sessions() as session:
        report = audit.check(session)
    if report.broken is None:
        ctx.out("audit.intact", rows=report.rows, head=report.head)
        return EXIT_OK
    b = report.broken
    return ctx.error(f"audit.broken.{b.reason}", EXIT_FAILED, id=b.id, at=b.at.strftime("%d/%m/%Y %H:%M:%S"),
                     previous=b.previous_id if b.previous_id is not None else ctx.say("audit.none_before"))


def parse_day(text: str) -> date:
    m = _DMY.match(text.strip())
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    return date.fromisoformat(text.strip())


def list_audit(session: Session, args: argparse.Namespace, ctx: Context) -> int:
    days: dict[str, date | None] = {}
    for option, value in (("--from", args.start), ("--to", args.end)):
        try:
            days[option] = parse_day(value) if value else None
        except ValueError:
            return ctx.error("audit.bad_date", value=value, option=option)
    start, end = days["--from"], days["--to"]
    if start and end and end < start:
        return ctx.error("audit.reversed", start=start.strftime("%d/%m/%Y"), end=end.strftime("%d/%m/%Y"))
    rows = [{"id": r.id, "at": r.at.isoformat(), "actor": r.actor, "action": r.action, "entity": r.entity,
             "entity_id": r.entity_id, "person_id": r.person_id, "details": r.details}
            for r in reversed(audit.entries(session, audit.AuditFilter(start, end)))]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return EXIT_OK
    from .tables import print_table

    print_table([_readable(r) for r in rows], ["id", "at", "actor", "action", "entity", "entity_id", "details"],
                ctx.lang)
    return EXIT_OK


def _readable(row: dict[str, Any]) -> dict[str, Any]:
    details = ", ".join(f"{k}={_short(v)}" for k, v in row["details"].items())
    return {**row, "at": datetime.fromisoformat(row["at"]).strftime("%d/%m/%Y %H:%M:%S"), "details": details}


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return text if len(text) <= 60 else text[:57] + "…"

