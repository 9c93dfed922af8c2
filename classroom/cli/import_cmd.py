"""``classroom import participants FILE [--report OUT] [--dry-run]`` (contract/cli.md).

Accepted rows are saved in one transaction; rejected rows go to the report (or, without
one, to the screen). Exit 0 when every row was taken, 3 when some were rejected, 2 when
the file cannot be used (one line naming it; nothing changed). People already registered
under the same personal ID are left as they are unless ``--update-existing``.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from ..backup import automatic_backup, backup_folder
from ..importing import RowDecision, apply_import, build_preview, guess_layout, read_file, write_report
from ..importing.preview import ImportPreview
from .base import EXIT_OK, EXIT_PARTIAL, Context
from .import_words import field_word, print_outcome
from .problem_words import describe

NAME = "import"
MAX_LINES = 50  # warnings and possible duplicates printed one by one; the rest counted


def register(sub: argparse._SubParsersAction, vi: bool) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(NAME, help="nhập danh sách học viên từ tệp .xlsx hoặc .csv" if vi else
                       "read a list of people from an .xlsx or .csv file")
    p.add_argument("what", choices=["participants", "trust"])
    p.add_argument("file")
    p.add_argument("--report", help="tệp ghi các dòng bị từ chối (.csv hoặc .xlsx)" if vi else
                   "where to list the rejected rows (.csv or .xlsx)")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không lưu" if vi else "check only, save nothing")
    p.add_argument("--update-existing", action="store_true", help=(
        "cập nhật người đã có cùng số định danh" if vi else "update people registered under the same personal ID"))
    p.add_argument("--class", dest="class_id", type=int, help="ghi danh mọi người được nhận vào lớp này" if vi else
                   "enroll everyone accepted in this class")
    p.add_argument("--sheet", help="tên trang tính (.xlsx)" if vi else "the worksheet's name (.xlsx)")
    p.add_argument("--office-key", metavar="FINGERPRINT", help=(
        "(import trust) dấu vân tay khóa của cơ quan ký danh sách, lần nhận đầu tiên" if vi else
        "(import trust) the fingerprint of the office that signs the list, the first time"))
    p.add_argument("--consent-purpose", default="", help=(
        "mục đích của sự đồng ý ghi trong cột Đồng ý" if vi else "the purpose of the consent marked in a Consent column"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.what == "trust":
        from .trust_cmd import run_import

        return run_import(args, ctx)
    if args.report and Path(args.report).suffix.lower() not in (".csv", ".xlsx"):
        return ctx.error("invalid_input.report_format", file=args.report)
    sheet = read_file(args.file, args.sheet)  # InvalidInput: one line naming the file, exit 2
    layout = guess_layout(sheet)
    if not layout.has_name:
        return ctx.error("invalid_input.no_name_column", file=sheet.file)
    if not args.dry_run:
        folder = backup_folder(ctx.db)
        made = automatic_backup(ctx.db, folder, "before-import") if folder else None
        if made is not None:
            ctx.out("safety.backed_up", path=made)
    with ctx.db.transaction() as session:
        preview = build_preview(session, sheet, layout)
        _print_preview(preview, ctx)
        if args.dry_run:
            ctx.out("import.dry_run")
        else:
            decisions = {r.row: RowDecision("update") for r in preview.matched
                         if args.update_existing and r.match and r.match.kind == "registered_id"}
            result = apply_import(session, preview, decisions, enroll_class_id=args.class_id,
                                  consent_purpose=args.consent_purpose, actor="cli")
            print_outcome(result, ctx)
    if preview.rejected:
        if args.report:
            count = write_report(args.report, preview, lambda code, params: describe(code, params, ctx.lang),
                                 [ctx.say("import.h_row"), ctx.say("import.h_column"), ctx.say("import.h_value"),
                                  ctx.say("import.h_reason")])
            ctx.out("import.report_written", count=count, path=args.report)
        else:
            for row in preview.rejected:
                ctx.out("import.rejected_line", row=row.row,
                        reasons="; ".join(_where(i.column, i.value, ctx) + describe(i.code, i.params, ctx.lang)
                                          for i in row.errors))
        return EXIT_PARTIAL
    return EXIT_OK


def _where(column: str, value: str, ctx: Context) -> str:
    return ctx.say("import.where", column=column) if column else ""


def _print_preview(preview: ImportPreview, ctx: Context) -> None:
    source = ctx.say("import.source_csv", encoding=preview.encoding, delimiter=repr(preview.delimiter)) \
        if preview.kind == "csv" else ctx.say("import.source_xlsx", sheet=preview.sheet_name)
    ctx.out("import.read", file=preview.file, source=source, total=preview.total_rows,
            accepted=len(preview.accepted), rejected=len(preview.rejected), empty=preview.empty_rows)
    mapped = [f"“{c.header}” → {field_word(c.field, ctx.lang)}" for c in preview.layout.columns
              if c.field and c.field != "ignore"]
    ctx.out("import.columns", columns="; ".join(mapped))
    lines = []
    for row in preview.accepted:
        for w in row.warnings:
            lines.append(ctx.say("import.warning_line", row=row.row, where=_where(w.column, w.value, ctx),
                                 text=describe(w.code, w.params, ctx.lang)))
        m = row.match
        if m is not None:
            key = {"registered_id": "import.same_id", "registered_similar": "import.similar_registered",
                   "file_similar": "import.similar_in_file"}[m.kind]
            lines.append(ctx.say(key, row=row.row, name=m.name, id=m.participant_id, other_row=m.row))
    for line in lines[:MAX_LINES]:
        print(line)
    if len(lines) > MAX_LINES:
        ctx.out("import.more_lines", count=len(lines) - MAX_LINES)
