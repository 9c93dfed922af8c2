"""``classroom attendance mark|export|import`` (contract/cli.md)."""
from __future__ import annotations

import argparse
import getpass
from datetime import datetime
from pathlib import Path

from .. import attendance as att
from .. import audit_marks, offline
from ..errors import InvalidInput, NotFound
from ..password import sealing_key
from models import LOCAL_TZ

from .base import EXIT_OK, EXIT_PARTIAL, Context
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
    "invalid.session_not_started": ("Buổi học {id} bắt đầu lúc {starts_at}; chưa thể điểm danh trước khi buổi học bắt đầu.",
                                    "Session {id} starts at {starts_at}; it cannot be marked before it has started."),
    "attendance.not_started": ("Buổi học chưa bắt đầu; chưa ghi điểm danh cho {name}.",
                               "The session has not started; nothing recorded for {name}."),
    "offline.exported": ("Đã xuất lớp {code} cho giảng viên vào {path}: {people} học viên, {sessions} buổi học.",
                         "Exported class {code} for the instructor to {path}: {people} people, {sessions} sessions."),
    "offline.merged": ("Đã nhập điểm danh lớp {code}: {added} mới, {updated} cập nhật, {unchanged} không đổi.",
                       "Merged attendance of class {code}: {added} new, {updated} updated, {unchanged} unchanged."),
    "offline.conflict": ("  Khác nhau: {name}, buổi {when}: văn phòng “{office}”, giảng viên “{instructor}” → giữ {kept}.",
                         "  Differs: {name}, session {when}: office “{office}”, instructor “{instructor}” → kept {kept}."),
    "offline.author": ("  Người điểm danh được ghi: {instructor} (người được giao tệp ngày {issued}), không phải tên "
                       "ghi trong tệp.",
                       "  Recorded as marked by: {instructor} (given the file on {issued}), not the name the file "
                       "gives."),
    "offline.refused": ("  Không nhận {count} lượt điểm danh ghi giờ ngoài thời gian giao tệp ({issued}) và nhận lại "
                        "tệp ({returned}):",
                        "  Not accepted: {count} marks timed outside the file's issue ({issued}) and return "
                        "({returned}):"),
    "offline.refused_mark": ("    {name}, buổi {when}: “{status}” ghi lúc {marked_at}",
                             "    {name}, session {when}: “{status}” marked at {marked_at}"),
    "offline.replayed": ("Tệp “{path}” đã nhập lúc {merged}, với đúng các lượt điểm danh này; không thay đổi gì.",
                         "“{path}” was already merged at {merged}, with these very marks; nothing changed."),
    "invalid.offline_not_issued": ("Tệp “{path}” không do văn phòng này giao cho giảng viên (không có trong sổ giao "
                                   "tệp); không nhập.",
                                   "“{path}” was not given out by this office (it is not in the record of files "
                                   "given to instructors); not merged."),
    "invalid.offline_no_instructor": ("Lớp {code} chưa có giảng viên; hãy cho biết người nhận tệp với --instructor.",
                                      "Class {code} has no instructor; name who takes the file with --instructor."),
    "offline.kept.office": ("bản của văn phòng (ghi sau)", "the office's (later)"),
    "offline.kept.instructor": ("bản của giảng viên (ghi sau)", "the instructor's (later)"),
    "invalid.offline_unreadable": ("Không đọc được tệp “{path}” (không phải tệp điểm danh hoặc đã hỏng).",
                                   "Cannot read “{path}” (not an attendance file, or damaged)."),
    "invalid.offline_too_large": ("Tệp “{path}” quá lớn để là tệp điểm danh.", "“{path}” is too large for an attendance file."),
    "invalid.offline_not_attendance_file": ("Tệp “{path}” không phải tệp điểm danh của chương trình.",
                                            "“{path}” is not an attendance file of this program."),
    "invalid.offline_other_commune": ("Tệp “{path}” là của xã/phường khác ({commune}); không nhập.",
                                      "“{path}” belongs to another commune ({commune}); not merged."),
    "invalid.offline_other_class": ("Tệp “{path}” là của một lớp không có trong dữ liệu này; không nhập.",
                                    "“{path}” is for a class not in this database; not merged."),
    "invalid.offline_altered": ("Tệp “{path}” đã bị sửa sau khi xuất, hoặc không phải do xã này xuất; không nhập.",
                                "“{path}” was altered after export, or was not exported here; not merged."),
    "invalid.offline_marks_altered": ("Phần điểm danh trong tệp “{path}” đã bị sửa bằng tay hoặc hỏng; không nhập.",
                                      "The marks in “{path}” were edited by hand or damaged; not merged."),
    "invalid.offline_bad_mark": ("Tệp “{path}” có lượt điểm danh không hợp lệ; không nhập.",
                                 "“{path}” holds an invalid mark; not merged."),
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
    e = actions.add_parser("export", help="xuất lớp cho giảng viên điểm danh" if vi else "export a class for an instructor")
    e.add_argument("--class", dest="class_id", type=int, required=True)
    e.add_argument("--out", type=Path, required=True)
    e.add_argument("--instructor", default=None,
                   help="người nhận tệp (mặc định: giảng viên của lớp)" if vi else
                   "who takes the file (default: the class's instructors)")
    i = actions.add_parser("import", help="nhập tệp điểm danh của giảng viên" if vi else "merge an instructor's file")
    i.add_argument("file", type=Path)


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        if args.action == "export":
            return _export(args, ctx)
        if args.action == "import":
            return _import(args, ctx)
    except NotFound as exc:
        return ctx.error(f"not_found.{exc.code}", **exc.params)
    except InvalidInput as exc:
        return ctx.error(f"invalid.{exc.problems[0].code}", **exc.problems[0].params)
    return _mark(args, ctx)


def _export(args: argparse.Namespace, ctx: Context) -> int:
    with ctx.db.transaction() as session:
        content = offline.export_class(session, args.class_id, instructor=args.instructor, actor=getpass.getuser())
        seal = sealing_key(session)  # the commune's password, if it has one, protects the file
    offline.write_file(content, args.out, seal)
    ctx.out("offline.exported", code=content["class"]["code"], path=args.out, people=len(content["roster"]),
            sessions=len(content["sessions"]))
    return EXIT_OK


def _import(args: argparse.Namespace, ctx: Context) -> int:
    content = offline.read_file(args.file, ctx.password)
    with ctx.db.transaction() as session:
        result = offline.merge(session, content, actor=getpass.getuser(), path=str(args.file))
    if result.replayed:
        ctx.out("offline.replayed", path=args.file, merged=_when(result.merged_before))
        return EXIT_OK
    ctx.out("offline.merged", code=result.class_code, added=result.added, updated=result.updated,
            unchanged=result.unchanged)
    ctx.out("offline.author", instructor=result.instructor, issued=_when(result.issued_at))
    for c in result.conflicts:
        when = datetime.fromisoformat(c.starts_at).strftime("%d/%m/%Y %H:%M")
        ctx.out("offline.conflict", name=c.full_name, when=when, office=value_word(c.office, ctx.lang),
                instructor=value_word(c.instructor, ctx.lang), kept=ctx.say(f"offline.kept.{c.kept}"))
    from .assess_cmd import print_results_merge
    print_results_merge(result, ctx)
    if result.refused:
        ctx.out("offline.refused", count=len(result.refused), issued=_when(result.issued_at),
                returned=_when(result.returned_at))
        for r in result.refused:
            ctx.out("offline.refused_mark", name=r.full_name, status=value_word(r.status, ctx.lang),
                    when=datetime.fromisoformat(r.starts_at).strftime("%d/%m/%Y %H:%M"),
                    marked_at=_when(datetime.fromisoformat(r.marked_at)))
        return EXIT_PARTIAL
    return EXIT_OK


def _when(moment: datetime | None) -> str:
    if moment is None:
        return "—"
    if moment.tzinfo is not None:
        moment = moment.astimezone(LOCAL_TZ)
    return moment.strftime("%d/%m/%Y %H:%M")


def _mark(args: argparse.Namespace, ctx: Context) -> int:
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
                if result.kind == "not_started":
                    return ctx.error("attendance.not_started", name=result.full_name)
                pid, name = result.participant_id, result.full_name
            else:
                pid = args.participant_id
                from models import Participant
                person = session.get(Participant, pid)
                if person is None:
                    return ctx.error("not_found.participant", id=pid)
                name = person.full_name
            # A session not started yet is refused, but an absence may be excused ahead (told in advance).
            att.mark(session, args.session_id, pid, args.status, actor=actor, reason=args.reason,
                     source="scan" if args.card is not None else "office", allow_future=args.status == "excused")
            audit_marks.close_sitting(session, session_id=args.session_id, actor=actor)  # one command, one sitting
        except NotFound as exc:
            return ctx.error(f"not_found.{exc.code}", **exc.params)
        except InvalidInput as exc:
            problem = exc.problems[0]
            return ctx.error(f"invalid.{problem.code}", **problem.params)
    ctx.out("attendance.marked", name=name, status=value_word(args.status, ctx.lang))
    return EXIT_OK

