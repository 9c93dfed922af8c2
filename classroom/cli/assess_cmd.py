"""``classroom assess``, ``classroom vneid`` and ``classroom withdraw``: a class's results and leavers.

``assess --class ID PARTICIPANT_ID ... --result passed|failed [--score N] [--date D] [--assessor NAME]``
``vneid --class ID (PARTICIPANT_ID ... | --all) [--date D] [--seen-by NAME]``: confirmed on VNeID
``withdraw --class ID PARTICIPANT_ID --reason TEXT``: the waiting list moves up
"""
from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date

from sqlalchemy import select

from models import Enrollment, EnrollmentStatus, Participant, now_local

from ..assessment import ResultInput, confirm_vneid, record_results
from ..enrollment import withdraw
from ..errors import InvalidInput, NotFound
from ..offline import MergeResult
from .base import EXIT_OK, EXIT_UNUSABLE, Context
from .messages import MESSAGES
from .problem_words import describe
from .report_cmd import parse_day

NAME = "assess"
ALSO = ("vneid", "withdraw")
ACTOR = "command line"

MESSAGES.update({
    "problem.assessment_not_enrolled": ("Học viên mã số {id} không học lớp mã số {class_id} (chưa ghi danh hoặc đã rút).",
                                        "Participant {id} is not enrolled in class {class_id} (never enrolled, or withdrew)."),
    "problem.assessment_score_range": ("Điểm {value} của học viên mã số {id} nằm ngoài khoảng {min}–{max}.",
                                       "The score {value} of participant {id} is outside {min}–{max}."),
    "problem.assessment_date_future": ("Ngày đánh giá {value} (học viên mã số {id}) ở sau hôm nay ({today}).",
                                       "The assessment date {value} (participant {id}) is after today ({today})."),
    "problem.assessment_date_too_old": ("Ngày đánh giá {value} (học viên mã số {id}) quá xa, hãy kiểm tra lại.",
                                        "The assessment date {value} (participant {id}) is too long ago; check it."),
    "problem.vneid_not_enrolled": ("Học viên mã số {id} không học lớp mã số {class_id}.",
                                   "Participant {id} is not enrolled in class {class_id}."),
    "problem.vneid_date_future": ("Ngày xác nhận {value} ở sau hôm nay ({today}).",
                                  "The confirmation date {value} is after today ({today})."),
    "problem.vneid_seen_by_missing": ("Cần ghi người đã xem xác nhận (--seen-by).",
                                      "Say who saw the confirmation (--seen-by)."),
    "invalid.offline_bad_result": ("Tệp “{path}” có kết quả đánh giá không hợp lệ; không nhập.",
                                   "“{path}” holds an invalid assessment result; not merged."),
    "invalid.offline_results_altered": ("Phần kết quả đánh giá trong tệp “{path}” đã bị sửa bằng tay hoặc hỏng; không nhập.",
                                        "The assessment results in “{path}” were edited by hand or damaged; not merged."),
    "invalid.assessment_not_enrolled": ("Tệp “{path}” có kết quả đánh giá của {name} (mã số {id}), người không còn học "
                                        "lớp này; không nhập.", "“{path}” holds an assessment result for {name} "
                                        "(participant {id}), who is no longer in the class; not merged."),
    "invalid.assessment_date_future": ("Tệp “{path}” có kết quả đánh giá của {name} ghi ngày {value}, sau hôm nay; "
                                       "không nhập.", "“{path}” holds an assessment result for {name} dated {value}, "
                                       "after today; not merged."),
    "invalid.assessment_date_too_old": ("Tệp “{path}” có kết quả đánh giá của {name} ghi ngày {value}, quá xa; "
                                        "không nhập.", "“{path}” holds an assessment result for {name} dated {value}, "
                                        "too long ago; not merged."),
    "invalid.assessment_score_range": ("Tệp “{path}” có điểm {value} của {name}, ngoài khoảng {min}–{max}; không nhập.",
                                       "“{path}” holds the score {value} for {name}, outside {min}–{max}; not merged."),
    "assess.nothing_saved": ("Không có gì được ghi.", "Nothing was saved."),
    "assess.bad_date": ("Không đọc được ngày “{value}” của {option} (viết dd/mm/yyyy).",
                        "Cannot read the date “{value}” of {option} (write dd/mm/yyyy)."),
    "assess.bad_score": ("Điểm “{value}” không phải là số.", "The score “{value}” is not a number."),
    "assess.saved": ("#{id} {name}: {result}{score} — {change}", "#{id} {name}: {result}{score} — {change}"),
    "assess.added": ("đã ghi", "recorded"), "assess.changed": ("đã sửa", "changed"),
    "assess.unchanged": ("không đổi", "unchanged"),
    "assess.passed": ("Đạt", "Passed"), "assess.failed": ("Chưa đạt", "Not passed"),
    "assess.certificate_stays": ("Lưu ý: giấy chứng nhận số {serial} của #{id} đã cấp theo kết quả cũ và vẫn còn hiệu lực "
                                 "cho đến khi bị thu hồi (classroom revoke {serial} --reason …).",
                                 "Note: certificate {serial} of #{id} was issued on the former result and stays valid "
                                 "until revoked (classroom revoke {serial} --reason …)."),
    "offline.results_merged": ("Kết quả đánh giá lớp {code}: {added} mới, {updated} cập nhật, {unchanged} không đổi.",
                               "Assessment results of class {code}: {added} new, {updated} updated, {unchanged} unchanged."),
    "offline.result_conflict": ("  Khác nhau: kết quả của {name}: văn phòng “{office}”, giảng viên “{instructor}” → giữ {kept}.",
                                "  Differs: the result of {name}: office “{office}”, instructor “{instructor}” → kept {kept}."),
    "offline.certificate_stays": ("Lưu ý: giấy chứng nhận số {serial} đã cấp theo kết quả cũ và vẫn còn hiệu lực cho đến khi "
                                  "bị thu hồi (classroom revoke {serial} --reason …).",
                                  "Note: certificate {serial} was issued on the former result and stays valid until revoked "
                                  "(classroom revoke {serial} --reason …)."),
    "vneid.done": ("Đã ghi {new} người xác nhận trên VNeID ({given} người được nêu; số còn lại đã xác nhận từ trước).",
                   "Recorded {new} people confirmed on VNeID ({given} named; the others were confirmed before)."),
    "vneid.nobody": ("Lớp mã số {id} không có học viên nào.", "Class {id} has nobody enrolled."),
    "withdraw.not_enrolled": ("Học viên mã số {id} không có trong lớp mã số {class_id}.",
                              "Participant {id} is not in class {class_id}."),
    "withdraw.already": ("Học viên mã số {id} đã rút khỏi lớp mã số {class_id} trước đó.",
                         "Participant {id} had already withdrawn from class {class_id}."),
    "withdraw.empty_reason": ("Cần ghi lý do rút (--reason).", "A reason is needed (--reason)."),
    "withdraw.done": ("Đã rút #{id} {name} khỏi lớp mã số {class_id}. Lý do: {reason}",
                      "Withdrew #{id} {name} from class {class_id}. Reason: {reason}"),
    "withdraw.promoted": ("Chuyển từ danh sách chờ vào lớp: #{id} {name}", "Moved up from the waiting list: #{id} {name}"),
})


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    a = sub.add_parser("assess", help="ghi kết quả đánh giá" if vi else "record assessment results")
    a.add_argument("--class", dest="class_id", type=int, required=True)
    a.add_argument("participant_ids", type=int, nargs="+", metavar="PARTICIPANT_ID")
    a.add_argument("--result", choices=["passed", "failed"], required=True)
    a.add_argument("--score", help="0–100")
    a.add_argument("--date", help="dd/mm/yyyy (mặc định: hôm nay)" if vi else "dd/mm/yyyy (default: today)")
    a.add_argument("--assessor", default="", help="người đánh giá" if vi else "who assessed")
    v = sub.add_parser("vneid", help="ghi xác nhận hoàn thành trên VNeID" if vi else "record confirmations on VNeID")
    v.add_argument("--class", dest="class_id", type=int, required=True)
    v.add_argument("participant_ids", type=int, nargs="*", metavar="PARTICIPANT_ID")
    v.add_argument("--all", action="store_true", help="cả lớp" if vi else "the whole class")
    v.add_argument("--date", help="dd/mm/yyyy")
    v.add_argument("--seen-by", default="", help="người đã xem xác nhận (mặc định: người dùng máy)" if vi else
                   "who saw the confirmation (default: the computer's user)")
    w = sub.add_parser("withdraw", help="rút học viên khỏi lớp" if vi else "withdraw a participant from a class")
    w.add_argument("--class", dest="class_id", type=int, required=True)
    w.add_argument("participant_id", type=int, metavar="PARTICIPANT_ID")
    w.add_argument("--reason", required=True)


def _day(text: str | None, option: str, ctx: Context) -> date | int:
    if not text:
        return now_local().date()
    try:
        return parse_day(text)
    except ValueError:
        return ctx.error("assess.bad_date", value=text, option=option)


def _refused(exc: InvalidInput, ctx: Context) -> int:
    text = " ".join(describe(p.code, p.params, ctx.lang) for p in exc.problems if p.is_error)
    print(f"classroom: {text} {ctx.say('assess.nothing_saved')}", file=sys.stderr)
    return EXIT_UNUSABLE


def print_results_merge(result: MergeResult, ctx: Context) -> None:
    """What ``attendance import`` says of the results in an instructor's file."""
    if not (result.results_added or result.results_updated or result.results_unchanged or result.result_conflicts):
        return
    ctx.out("offline.results_merged", code=result.class_code, added=result.results_added,
            updated=result.results_updated, unchanged=result.results_unchanged)
    for c in result.result_conflicts:
        ctx.out("offline.result_conflict", name=c.full_name, office=ctx.say("assess.passed" if c.office else "assess.failed"),
                instructor=ctx.say("assess.passed" if c.instructor else "assess.failed"),
                kept=ctx.say(f"offline.kept.{c.kept}"))
    for serial in result.certificates_to_review:
        ctx.out("offline.certificate_stays", serial=serial)


def run(args: argparse.Namespace, ctx: Context) -> int:
    return {"assess": _assess, "vneid": _vneid, "withdraw": _withdraw}[args.command](args, ctx)


def _assess(args: argparse.Namespace, ctx: Context) -> int:
    day = _day(args.date, "--date", ctx)
    if isinstance(day, int):
        return day
    score = None
    if args.score is not None:
        try:
            score = float(args.score.strip().replace(",", "."))
        except ValueError:
            return ctx.error("assess.bad_score", value=args.score)
    entries = [ResultInput(pid, args.result == "passed", day, score, args.assessor) for pid in args.participant_ids]
    try:
        with ctx.db.transaction() as session:
            outcomes = record_results(session, args.class_id, entries, actor=ACTOR)
            names = dict(session.execute(select(Participant.id, Participant.full_name)
                                         .where(Participant.id.in_(args.participant_ids))).all())
    except InvalidInput as exc:
        return _refused(exc, ctx)
    shown = "" if score is None else f" ({score:g})"
    for o in outcomes:
        ctx.out("assess.saved", id=o.participant_id, name=names.get(o.participant_id, ""),
                result=ctx.say(f"assess.{args.result}"), score=shown, change=ctx.say(f"assess.{o.status}"))
        if o.certificate:
            ctx.out("assess.certificate_stays", serial=o.certificate, id=o.participant_id)
    return EXIT_OK


def _vneid(args: argparse.Namespace, ctx: Context) -> int:
    day = _day(args.date, "--date", ctx)
    if isinstance(day, int):
        return day
    try:
        with ctx.db.transaction() as session:
            ids = list(args.participant_ids)
            if args.all:
                ids += list(session.scalars(select(Enrollment.participant_id).where(
                    Enrollment.class_id == args.class_id, Enrollment.status == EnrollmentStatus.ENROLLED)))
            if not ids:
                return ctx.error("vneid.nobody", id=args.class_id)
            new = confirm_vneid(session, args.class_id, ids, confirmed_on=day,
                                seen_by=args.seen_by or getpass.getuser(), actor=ACTOR)
    except InvalidInput as exc:
        return _refused(exc, ctx)
    ctx.out("vneid.done", new=new, given=len(set(ids)))
    return EXIT_OK


def _withdraw(args: argparse.Namespace, ctx: Context) -> int:
    if not args.reason.strip():
        return ctx.error("withdraw.empty_reason")
    with ctx.db.transaction() as session:
        e = session.scalar(select(Enrollment).where(Enrollment.class_id == args.class_id,
                                                    Enrollment.participant_id == args.participant_id))
        if e is None:
            if session.get(Participant, args.participant_id) is None:
                raise NotFound("participant", id=args.participant_id)
            return ctx.error("withdraw.not_enrolled", id=args.participant_id, class_id=args.class_id)
        if e.status == EnrollmentStatus.WITHDRAWN:
            return ctx.error("withdraw.already", id=args.participant_id, class_id=args.class_id)
        result = withdraw(session, e.id, args.reason, actor=ACTOR)
        ids = [result.participant_id, *result.promoted]
        names = dict(session.execute(select(Participant.id, Participant.full_name).where(Participant.id.in_(ids))).all())
    ctx.out("withdraw.done", id=result.participant_id, name=names.get(result.participant_id, ""),
            class_id=args.class_id, reason=args.reason.strip())
    for pid in result.promoted:
        ctx.out("withdraw.promoted", id=pid, name=names.get(pid, ""))
    return EXIT_OK
