"""``classroom attendance mark|export|import`` (contract/cli.md)."""
from __future__ import annotations

import argparse
import getpass

from .. import attendance as att
from ..errors import InvalidInput, NotFound
from .base import EXIT_OK, Context
from .messages import MESSAGES, value_word

MESSAGES.update({
    "attendance.marked": ("Đã điểm danh {name}: {status}.", "Marked {name}: {status}."),
    "attendance.already": ("{name} đã được điểm danh ({status}); không ghi thêm.",
                           "{name} was already marked ({status}); nothing added."),
    "attendance.unknown_card": ("Thẻ “{card}” không có trong danh sách học viên của xã.",
                                "The card “{card}” is not in the commune's registry."),
    "attendance.foreign_card": ("Thẻ “{card}” là thẻ của xã/phường khác.", "The card “{card}” is another commune's."),
    "attendance.not_enrolled": ("{name} chưa ghi danh vào lớp của buổi học này.",
                                "{name} is not enrolled in this session's class."),
    "attendance.need_who": ("Cần --participant hoặc --card.", "Give --participant or --card."),
    "invalid.not_enrolled": ("Học viên mã {id} chưa ghi danh vào lớp của buổi học này.",
                             "Participant {id} is not enrolled in this session's class."),
    "invalid.session_cancelled": ("Buổi học {id} đã bị hủy; không điểm danh được.",
                                  "Session {id} was cancelled; it cannot be marked."),
    "not_found.participant": ("Không có học viên mã số {id}.", "There is no participant with id {id}."),
})

NAME = "attendance"


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="điểm danh" if vi else "attendance")
    actions = p.add_subparsers(dest="action", required=True)
    m = actions.add_parser("mark", help="ghi một lượt điểm danh" if vi else "record one mark")
    m.add_argument("--session", dest="session_id", type=int, required=True)
    who = m.add_mutually_exclusive_group(required=True)
    who.add_argument("--participant", dest="participant_id", type=int)
    who.add_argument("--card")
    m.add_argument("--status", required=True, choices=list(att.STATUSES))
    m.add_argument("--reason", default="")


def run(args: argparse.Namespace, ctx: Context) -> int:
    actor = getpass.getuser()
    with ctx.db.transaction() as session:
        try:
            att.session_info(session, args.session_id)
            if args.card is not None:
                result = att.scan(session, args.session_id, args.card, actor=actor)
                if result.kind in ("unknown_card", "foreign_card"):
                    return ctx.error(f"attendance.{result.kind}", card=args.card.strip())
                if result.kind == "not_enrolled":
                    return ctx.error("attendance.not_enrolled", name=result.full_name)
                pid, name = result.participant_id, result.full_name
            else:
                pid = args.participant_id
                from models import Participant
                person = session.get(Participant, pid)
                if person is None:
                    return ctx.error("not_found.participant", id=pid)
                name = person.full_name
            att.mark(session, args.session_id, pid, args.status, actor=actor, reason=args.reason,
                     source="scan" if args.card is not None else "office")
        except NotFound as exc:
            return ctx.error(f"not_found.{exc.code}", **exc.params)
        except InvalidInput as exc:
            problem = exc.problems[0]
            return ctx.error(f"invalid.{problem.code}", **problem.params)
    ctx.out("attendance.marked", name=name, status=value_word(args.status, ctx.lang))
    return EXIT_OK

