"""``classroom export roster|package|report`` and ``classroom consolidate`` (contract/cli.md).

``export report`` (the PDF report for the upper level) extends the contract.
"""
from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Setting

from ..errors import DatabaseError, InvalidInput, NotFound
from ..keys import TRUSTED_SETTING
from ..reporting import Period, export_roster
from ..reporting.package import export_package
from .base import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_UNUSABLE, Context
from .messages import MESSAGES

MESSAGES.update({
    "export.roster_done": ("Đã xuất {rows} dòng danh sách vào {path}.", "Exported {rows} roster rows to {path}."),
    "export.package_done": ("Đã tạo gói dữ liệu có chữ ký ({rows} dòng) tại {path}.",
                            "Made the signed package ({rows} rows) at {path}."),
    "invalid.report_number": ("Số văn bản “{value}” không hợp lệ: chỉ gồm chữ số và chữ cái (ví dụ 125), tối đa "
                              "12 ký tự, không có dấu “/”. Không tạo tệp.",
                              "The document number “{value}” is not valid: digits and letters only (e.g. 125), at "
                              "most 12, no “/”. No file made."),
    "invalid.report_recipient_too_long": ("Nơi nhận (Kính gửi) dài quá {max} ký tự. Không tạo tệp.",
                                          "The recipient is longer than {max} characters. No file made."),
    "export.person_done": ("Đã xuất toàn bộ dữ liệu của {name} vào {path}.",
                           "Saved everything held on {name} to {path}."),
    "invalid.person_export_format": ("Tệp “{path}” phải có đuôi .json hoặc .pdf. Không tạo tệp.",
                                     "“{path}” must end in .json or .pdf. No file made."),
    "export.report_done": ("Đã in báo cáo vào {path}.", "Printed the report to {path}."),
    "export.bad_date": ("Ngày “{value}” của {option} không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).",
                        "The date “{value}” of {option} is not valid (use dd/mm/yyyy or yyyy-mm-dd)."),
    "invalid.period_reversed": ("Ngày kết thúc {end} trước ngày bắt đầu {start}.",
                                "The end date {end} is before the start date {start}."),
    "invalid.export_format": ("Tệp “{path}” phải có đuôi .xlsx hoặc .csv.", "“{path}” must end in .xlsx or .csv."),
    "invalid.nothing_to_export": ("Không có lớp nào có buổi học trong khoảng thời gian đã chọn; không tạo tệp.",
                                  "No class has sessions in the chosen period; no file made."),
    "export.cannot_write": ("Không ghi được tệp “{path}”.", "Cannot write the file “{path}”."),
    "consolidate.done": ("Đã tổng hợp {accepted} gói vào {path}: {enrolled} người ghi danh, {completed} hoàn thành, "
                         "{certified} được cấp chứng nhận (mỗi người tính một lần).",
                         "Consolidated {accepted} packages into {path}: {enrolled} enrolled, {completed} completed, "
                         "{certified} certified (each person counted once)."),
    "consolidate.again": ("Gói “{path}” đã được tổng hợp ở đây lúc {when} (cùng mã SHA-256, lần tổng hợp số {run}); "
                          "vẫn được cộng vào bảng này.",
                          "Package “{path}” was consolidated here before, at {when} (same SHA-256, consolidation "
                          "no. {run}); it is added to this workbook too."),
    "consolidate.recorded": ("Đã ghi lần tổng hợp số {run} vào cơ sở dữ liệu của cơ quan.",
                             "Recorded as consolidation no. {run} in the office's database."),
    "col.run": ("Lần", "No."), "col.consolidated_at": ("Lúc tổng hợp", "Consolidated at"),
    "col.accepted": ("Số gói được cộng", "Packages added"), "col.refused": ("Bị từ chối", "Refused"),
    "col.people": ("Tham gia", "Taking part"), "col.completed": ("Hoàn thành", "Completed"),
    "col.certified": ("Chứng nhận", "Certified"), "col.in_several": ("Học ở nhiều xã", "In several communes"),
    "col.workbook": ("Bảng tổng hợp", "Workbook"),
    "consolidate.refused": ("Không cộng gói “{path}”: {reason}", "Package “{path}” not added: {reason}"),
    "consolidate.changed": ("Gói “{path}” đã bị thay đổi trong khi đang tổng hợp; không tạo tệp, hãy tổng hợp lại.",
                            "Package “{path}” changed while being consolidated; no file made, consolidate again."),
    "consolidate.none": ("Không có gói nào hợp lệ để tổng hợp; không tạo tệp.",
                         "No valid package to consolidate; no file made."),
    "package.package_too_large": ("tệp quá lớn, không phải gói dữ liệu", "too large to be a package"),
    "package.package_unreadable": ("không đọc được (không phải gói dữ liệu, bị cắt cụt hoặc hỏng)",
                                   "unreadable (not a package, truncated or damaged)"),
    "package.package_not_package": ("không phải gói dữ liệu Bình dân học vụ số", "not a Digital Education package"),
    "package.package_old_format": ("định dạng cũ (phiên bản {version}), cần xuất lại bằng phiên bản mới",
                                   "an older format (version {version}): export it again with a current version"),
    "package.package_new_format": ("định dạng của phiên bản mới hơn ({version}), cần cập nhật chương trình",
                                   "a newer format ({version}): update the program"),
    "package.package_bad_signature": ("chữ ký không hợp lệ: gói đã bị sửa sau khi ký",
                                      "the signature fails: altered after signing"),
    "package.package_untrusted_key": ("khóa ký {key_id} không nằm trong danh sách khóa tin cậy",
                                      "the signing key {key_id} is not among the trusted keys"),
    "package.package_invalid": ("dữ liệu trong gói sai định dạng ({detail})", "its data breaks the format ({detail})"),
    "package.package_key_changed": (
        "xã {commune} ({code}) ký bằng khóa khác với khóa đã ghim: khóa đã ghim {pinned}, khóa của gói này {offered}. "
        "Nếu xã đã đổi máy, hãy gọi điện cho xã so dấu vân tay rồi chạy lại với --accept-key {code}={offered}",
        "{commune} ({code}) signed with another key than the pinned one: pinned {pinned}, this package {offered}. "
        "If the commune changed its PC, phone it to compare the fingerprint, then run again with "
        "--accept-key {code}={offered}"),
    "consolidate.bad_accept": ("“{value}” không đúng dạng --accept-key MÃ_XÃ=DẤU_VÂN_TAY (5 chữ số = 4 nhóm 4 ký tự).",
                               "“{value}” is not --accept-key COMMUNE=FINGERPRINT (5 digits = 4 groups of 4)."),
    "consolidate.key_first_seen": (
        "Khóa của xã {commune} ({code}) được ghim lần đầu, TIN KHI GẶP LẦN ĐẦU (chưa có danh sách tin cậy nào xác nhận): "
        "{fingerprint}. Hãy gọi điện cho xã để so dấu vân tay này.",
        "{commune} ({code})'s key is pinned for the first time, TAKEN ON TRUST (no trust list vouches for it): "
        "{fingerprint}. Phone the commune to compare this fingerprint."),
    "consolidate.key_pinned": ("Khóa của xã {commune} ({code}) khớp khóa đã ghim từ {since}: {fingerprint}.",
                               "{commune} ({code})'s key matches the one pinned on {since}: {fingerprint}."),
    "consolidate.key_trust_list": ("Khóa của xã {commune} ({code}) có trong danh sách tin cậy: {fingerprint}.",
                                   "{commune} ({code})'s key is on the trust list: {fingerprint}."),
    "consolidate.key_accepted_change": ("Đã chấp nhận khóa mới của xã {commune} ({code}): {fingerprint} "
                                        "(thay khóa {previous}).",
                                        "Accepted {commune} ({code})'s new key {fingerprint} (replacing {previous})."),
    "package.package_same_period": ("xã {commune} ({code}) đã gửi cùng khoảng thời gian trong “{kept}”",
                                    "{commune} ({code}) already sent the same period in “{kept}”"),
    "package.package_period_overlap": ("khoảng thời gian trùng với gói “{kept}” của xã {commune} ({code})",
                                       "its period overlaps “{kept}” of {commune} ({code})"),
})

NAME = "export"
ALSO = ("consolidate",)
_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("export", help="xuất danh sách, gói dữ liệu, báo cáo cho cấp trên" if vi else
                       "export rosters, the signed package, the report for the upper level")
    what = p.add_subparsers(dest="what", required=True)
    roster = what.add_parser("roster")
    roster.add_argument("--out", type=Path, required=True)
    roster.add_argument("--class", dest="class_id", type=int)
    for x in (roster, what.add_parser("package"), what.add_parser("report")):
        if x is not roster:
            x.add_argument("--out", type=Path, required=True)
        x.add_argument("--from", dest="start")
        x.add_argument("--to", dest="end")
        if x is not roster and x.prog.endswith("report"):
            x.add_argument("--number", default="", help="số văn bản (để trống: ghi tay)" if vi else
                           "the document number (empty: written by hand)")
            x.add_argument("--recipient", default="", help="Kính gửi (mặc định: cơ quan nhận báo cáo)" if vi else
                           "the recipient (default: the receiving body)")
            x.add_argument("--date", dest="on", help="ngày của báo cáo (mặc định: hôm nay)" if vi else
                           "the report's date (default: today)")
    person = what.add_parser("person", help="toàn bộ dữ liệu của một người: .json, hoặc .pdf để in cho người đó đọc"
                             if vi else "everything held on one person: .json, or .pdf to print for them to read")
    person.add_argument("participant_id", type=int)
    person.add_argument("--out", type=Path, required=True)
    from .trust_cmd import register_exports

    register_exports(what, vi)
    c = sub.add_parser("consolidate", help="tổng hợp gói dữ liệu của nhiều xã" if vi else
                       "consolidate many communes' packages")
    c.add_argument("packages", nargs="+", type=Path)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--accept-key", action="append", default=[], metavar="COMMUNE=FINGERPRINT",
                   help="chấp nhận khóa mới của một xã (sau khi đã gọi điện xác nhận dấu vân tay)" if vi else
                   "accept a commune's new key (after checking its fingerprint by phone)")


def parse_day(text: str) -> date:
    m = _DMY.match(text.strip())
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    return date.fromisoformat(text.strip())


def _period(args: argparse.Namespace, ctx: Context) -> Period | int:
    days: dict[str, date | None] = {}
    for option, value in (("--from", args.start), ("--to", args.end)):
        try:
            days[option] = parse_day(value) if value else None
        except ValueError:
            return ctx.error("export.bad_date", value=value, option=option)
    return Period.checked(days["--from"], days["--to"])


def run(args: argparse.Namespace, ctx: Context) -> int:
    try:
        if args.command == "consolidate":
            return _consolidate(args, ctx)
        if args.what == "person":
            from ..data_rights import write_export

            with ctx.db.transaction() as session:  # the export itself goes in the audit log
                data = write_export(session, args.participant_id, args.out, actor=getpass.getuser())
            ctx.out("export.person_done", name=data["person"]["full_name"], path=args.out)
            return EXIT_OK
        if args.what in ("trust", "verifier"):
            from .trust_cmd import run_export

            return run_export(args, ctx)
        period = _period(args, ctx)
        if isinstance(period, int):
            return period
        if args.what == "roster":
            with ctx.db.sessions() as session:
                done = export_roster(session, args.out, period, args.class_id)
            ctx.out("export.roster_done", rows=done.rows, path=done.path)
        elif args.what == "package":
            with ctx.db.transaction() as session:  # the signing key is made on first use
                written = export_package(session, args.out, period)
            ctx.out("export.package_done", rows=written.rows, path=written.path)
        else:
            from ..reporting.report import export_report

            on = None
            if args.on:
                try:
                    on = parse_day(args.on)
                except ValueError:
                    return ctx.error("export.bad_date", value=args.on, option="--date")
            with ctx.db.sessions() as session:
                export_report(session, args.out, period, number=args.number, recipient=args.recipient, on=on)
            ctx.out("export.report_done", path=args.out)
        return EXIT_OK
    except NotFound as exc:
        return ctx.error(f"not_found.{exc.code}", **exc.params)
    except InvalidInput as exc:
        problem = exc.problems[0]
        return ctx.error(f"invalid.{problem.code}", **problem.params)
    except DatabaseError as exc:  # the output's folder cannot be written
        return ctx.error("export.cannot_write", EXIT_FAILED, path=exc.params.get("path", args.out))
    except OSError as exc:
        return ctx.error("export.cannot_write", EXIT_FAILED, path=exc.filename or args.out)


def _accepted_keys(args: argparse.Namespace, ctx: Context) -> dict[str, str] | int:
    from ..trust import normal_fingerprint

    accepted: dict[str, str] = {}
    for item in args.accept_key:
        code, _, fp = item.partition("=")
        if not (code.strip().isdigit() and len(code.strip()) == 5) or not normal_fingerprint(fp):
            return ctx.error("consolidate.bad_accept", value=item)
        accepted[code.strip()] = normal_fingerprint(fp)
    return accepted


def _consolidate(args: argparse.Namespace, ctx: Context) -> int:
    from models import now_local

    from ..consolidations import consolidate_and_record

    accepted = _accepted_keys(args, ctx)
    if isinstance(accepted, int):
        return accepted
    with ctx.db.sessions() as session:
        trusted_text = session.scalar(select(Setting.value).where(Setting.key == TRUSTED_SETTING)) or ""
    trusted = frozenset(trusted_text.split()) or None
    try:
        with ctx.db.transaction() as session:  # keys pinned and the run recorded only with the workbook written
            result, recorded = consolidate_and_record(session, args.packages, args.out, accept=accepted,
                                                      now=now_local(), trusted_keys=trusted)
    except InvalidInput as exc:
        if exc.problems[0].code == "package_changed":  # swapped after it was verified: nothing kept, nothing pinned
            return ctx.error("consolidate.changed", EXIT_FAILED, path=exc.problems[0].params.get("path", ""))
        for problem in exc.problems[1:]:
            _refused(ctx, problem.code, problem.params)
        ctx.error("consolidate.none", EXIT_UNUSABLE)
        changed = any(p.code == "package_key_changed" for p in exc.problems)
        return EXIT_PARTIAL if changed else EXIT_UNUSABLE
    except (DatabaseError, OSError):
        return ctx.error("export.cannot_write", EXIT_FAILED, path=args.out)
    for r in result.refused:
        _refused(ctx, r.code, r.params)
    for note in result.trust.values():
        ctx.out(f"consolidate.key_{note.how}", commune=note.commune_name, code=note.commune_code,
                fingerprint=note.fingerprint, previous=note.previous,
                since=note.since.strftime("%d/%m/%Y") if note.since else "")
    for again in recorded.repeats:
        ctx.out("consolidate.again", path=again.path, when=again.first_at.strftime("%d/%m/%Y %H:%M"),
                run=again.first_run_id)
    ctx.out("consolidate.done", accepted=result.accepted, path=args.out, enrolled=result.total.enrolled,
            completed=result.total.completed, certified=result.total.certified)
    ctx.out("consolidate.recorded", run=recorded.run_id)
    return EXIT_PARTIAL if result.refused else EXIT_OK


def _refused(ctx: Context, code: str, params: dict[str, object]) -> None:
    reason = ctx.say(f"package.{code}", **{"version": "", "key_id": "", "detail": "", "commune": "", "code": "",
                                             "kept": "", "pinned": "", "offered": "", **params})
    print(f"classroom: {ctx.say('consolidate.refused', path=params.get('path', ''), reason=reason)}", file=sys.stderr)


RUN_COLUMNS = ["run", "consolidated_at", "accepted", "refused", "people", "completed", "certified", "in_several",
               "workbook"]


def _groups(counts: dict[str, tuple[int, int, int]]) -> dict[str, dict[str, int]]:
    return {g: {"enrolled": e, "completed": c, "certified": x} for g, (e, c, x) in counts.items()}


def _day_iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def list_consolidations(session: Session, args: argparse.Namespace, ctx: Context) -> int:
    """``classroom list consolidations [--json]``: the office's consolidation runs, newest first (the table); with
    ``--json`` each run with its refusals and the packages it added (an addition to contract/cli.md)."""
    from ..consolidations import consolidation_runs, run_packages
    from .tables import print_table

    runs = consolidation_runs(session)
    if not args.json:
        print_table([{"run": r.id, "consolidated_at": r.consolidated_at.strftime("%d/%m/%Y %H:%M"),
                      "accepted": r.accepted, "refused": r.refused, "people": r.enrolled, "completed": r.completed,
                      "certified": r.certified, "in_several": r.in_several, "workbook": r.workbook} for r in runs],
                    RUN_COLUMNS, ctx.lang)
        return EXIT_OK
    out = [{"id": r.id, "consolidated_at": r.consolidated_at.isoformat(), "workbook": r.workbook,
            "accepted": r.accepted, "refused": r.refused,
            "refusals": [{"path": path, "code": code} for path, code in r.refusals],
            "enrolled": r.enrolled, "completed": r.completed, "certified": r.certified, "in_several": r.in_several,
            "by_group": _groups(r.by_group),
            "packages": [{"commune_code": p.commune_code, "commune_name": p.commune_name,
                          "province_code": p.province_code, "province_name": p.province_name,
                          "period_from": _day_iso(p.period_start), "period_to": _day_iso(p.period_end),
                          "made_on": _day_iso(p.made_on), "sha256": p.sha256, "fingerprint": p.fingerprint,
                          "rows": p.rows, "enrolled": p.enrolled, "completed": p.completed, "certified": p.certified,
                          "by_group": _groups(p.by_group), "consolidated_before_in": p.first_run_id}
                         for p in run_packages(session, r.id)]}
           for r in runs]
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return EXIT_OK
