"""Words of ``import`` and ``enroll``, and the lines that report their outcome."""
from __future__ import annotations

from ..enrollment import EnrollResult
from ..importing import ImportResult
from .base import Context
from .messages import MESSAGES, say
from .problem_words import describe

FIELD_WORDS: dict[str, tuple[str, str]] = {
    "full_name": ("họ và tên", "full name"), "family_name": ("họ và tên đệm", "family and middle name"),
    "given_name": ("tên", "given name"), "birth": ("ngày sinh", "birth date"), "gender": ("giới tính", "gender"),
    "national_id": ("số định danh", "personal ID"), "phone": ("số điện thoại", "phone"),
    "village": ("thôn/tổ dân phố", "village"), "target_group": ("đối tượng", "target group"),
    "occupation": ("nghề nghiệp/nơi làm việc", "occupation"), "needs": ("ghi chú nhu cầu", "needs"),
    "consent": ("đồng ý xử lý dữ liệu", "consent"),
}

MESSAGES.update({
    "invalid_input.file_not_found": ("Không tìm thấy tệp “{file}”.", "The file “{file}” does not exist."),
    "invalid_input.file_unreadable": ("Không đọc được tệp “{file}”: {reason}.", "Cannot read the file “{file}”: {reason}."),
    "invalid_input.file_too_large": ("Tệp “{file}” quá lớn (tối đa {limit} byte).",
                                     "The file “{file}” is too large (at most {limit} bytes)."),
    "invalid_input.too_many_rows": ("Tệp “{file}” có quá nhiều dòng (tối đa {limit}). Hãy chia nhỏ danh sách.",
                                    "The file “{file}” has too many rows (at most {limit}). Split the list."),
    "invalid_input.xls_format": ("Tệp “{file}” là tệp Excel cũ (.xls) hoặc có mật khẩu. Hãy mở bằng Excel và lưu lại "
                                 "dạng .xlsx không mật khẩu.",
                                 "“{file}” is an old Excel file (.xls) or password-protected. Open it in Excel and save "
                                 "it as .xlsx without a password."),
    "invalid_input.xlsx_damaged": ("Tệp “{file}” không phải tệp .xlsx đọc được (tệp hỏng hoặc sai định dạng: {reason}).",
                                   "“{file}” is not a readable .xlsx file (damaged or of another kind: {reason})."),
    "invalid_input.encoding_unknown": ("Tệp “{file}” không phải văn bản đọc được (không rõ bảng mã). Hãy lưu lại dạng "
                                       "CSV UTF-8.", "“{file}” is not readable text (unknown encoding). Save it as CSV UTF-8."),
    "invalid_input.csv_malformed": ("Tệp “{file}” bị lỗi ở dòng {row}: {reason}.", "“{file}” is malformed at row {row}: {reason}."),
    "invalid_input.file_empty": ("Tệp “{file}” không có dữ liệu.", "The file “{file}” holds no data."),
    "invalid_input.no_sheet": ("Tệp “{file}” không có trang tính “{sheet}”.", "“{file}” has no worksheet “{sheet}”."),
    "invalid_input.no_name_column": ("Không tìm thấy cột họ và tên trong tệp “{file}” (ví dụ “Họ và tên”).",
                                     "No full-name column found in “{file}” (such as “Họ và tên” or “Full name”)."),
    "invalid_input.report_format": ("Tệp báo cáo “{file}” phải có đuôi .csv hoặc .xlsx.",
                                    "The report “{file}” must end in .csv or .xlsx."),
    "invalid_input.report_unwritable": ("Không ghi được tệp báo cáo “{file}”: {reason}.",
                                        "Cannot write the report “{file}”: {reason}."),
    "not_found.participant": ("Không có học viên mã số {id}.", "There is no participant with id {id}."),
    "refused.class_closed": ("Lớp mã số {id} đã kết thúc hoặc đã hủy, không ghi danh thêm được.",
                             "Class {id} has finished or was cancelled; nobody can be enrolled."),
    "refused.registry_changed": ("Sổ học viên vừa thay đổi (dòng {row}); hãy nhập lại.",
                                 "The registry changed meanwhile (row {row}); import again."),
    "import.source_csv": ("CSV, bảng mã {encoding}, phân cách {delimiter}", "CSV, encoding {encoding}, delimiter {delimiter}"),
    "import.source_xlsx": ("Excel, trang “{sheet}”", "Excel, sheet “{sheet}”"),
    "import.read": ("Đã đọc “{file}” ({source}): {total} dòng dưới tiêu đề — {accepted} nhận, {rejected} bị từ chối, "
                    "{empty} dòng trống.", "Read “{file}” ({source}): {total} rows below the header — {accepted} "
                    "accepted, {rejected} rejected, {empty} empty."),
    "import.columns": ("Các cột: {columns}", "Columns: {columns}"),
    "import.where": ("cột “{column}”: ", "column “{column}”: "),
    "import.warning_line": ("Dòng {row}, {where}{text}", "Row {row}, {where}{text}"),
    "import.same_id": ("Dòng {row}: cùng số định danh với học viên #{id} “{name}” đã có trong sổ",
                       "Row {row}: the same personal ID as registered participant #{id} “{name}”"),
    "import.similar_registered": ("Dòng {row}: có thể là học viên #{id} “{name}” đã có (cùng họ tên và ngày sinh hoặc "
                                  "số điện thoại)", "Row {row}: possibly registered participant #{id} “{name}” (same "
                                  "name and birth date or phone)"),
    "import.similar_in_file": ("Dòng {row}: có thể trùng người ở dòng {other_row} (“{name}”)",
                               "Row {row}: possibly the same person as row {other_row} (“{name}”)"),
    "import.more_lines": ("… và {count} dòng nữa.", "… and {count} more."),
    "import.dry_run": ("Chỉ kiểm tra (--dry-run): không lưu gì.", "Checked only (--dry-run): nothing saved."),
    "import.saved": ("Đã lưu: thêm {created} người, cập nhật {updated}, giữ nguyên {kept}, bỏ qua {skipped}.",
                     "Saved: {created} added, {updated} updated, {kept} left as they were, {skipped} skipped."),
    "import.kept_hint": ("{count} người đã có trong sổ được giữ nguyên; dùng --update-existing để cập nhật.",
                         "{count} registered people were left as they were; use --update-existing to update them."),
    "import.villages": ("Đã thêm thôn/tổ dân phố: {names}.", "Villages added: {names}."),
    "import.report_written": ("Đã ghi {count} dòng bị từ chối vào “{path}”; sửa rồi nhập lại tệp đó.",
                              "Wrote {count} rejected rows to “{path}”; fix them and import that file again."),
    "import.rejected_line": ("Bị từ chối — dòng {row}: {reasons}", "Rejected — row {row}: {reasons}"),
    "import.h_row": ("Dòng", "Row"), "import.h_column": ("Cột", "Column"), "import.h_value": ("Giá trị", "Value"),
    "import.h_reason": ("Lý do", "Reason"),
    "enroll.summary": ("Lớp #{class_id}: {enrolled} người được ghi danh, {waiting} người vào danh sách chờ, "
                       "{already} người đã có trong lớp.", "Class #{class_id}: {enrolled} enrolled, {waiting} on the "
                       "waiting list, {already} already there."),
    "enroll.enrolled": ("#{id}: đã ghi danh", "#{id}: enrolled"),
    "enroll.waiting": ("#{id}: vào danh sách chờ, thứ {position}", "#{id}: on the waiting list, number {position}"),
    "enroll.already_enrolled": ("#{id}: đã có trong lớp", "#{id}: already enrolled"),
    "enroll.already_waiting": ("#{id}: đã ở danh sách chờ", "#{id}: already on the waiting list"),
    "enroll.warning": ("  Lưu ý: #{id} {text}", "  Note: #{id} {text}"),
})


def field_word(field: str | None, lang: str) -> str:
    vi, en = FIELD_WORDS.get(field or "", (field or "", field or ""))
    return en if lang == "en" else vi


def print_enrollment(result: EnrollResult, ctx: Context) -> None:
    for o in result.outcomes:
        ctx.out(f"enroll.{o.status}", id=o.participant_id, position=o.position)
        for w in o.warnings:
            ctx.out("enroll.warning", id=o.participant_id, text=describe(w.code, w.params, ctx.lang))
    already = result.count("already_enrolled") + result.count("already_waiting")
    ctx.out("enroll.summary", class_id=result.class_id, enrolled=result.count("enrolled"),
            waiting=result.count("waiting"), already=already)


def print_outcome(result: ImportResult, ctx: Context) -> None:
    ctx.out("import.saved", created=len(result.created), updated=len(result.updated), kept=len(result.kept),
            skipped=len(result.skipped))
    if result.kept:
        ctx.out("import.kept_hint", count=len(result.kept))
    if result.villages_created:
        ctx.out("import.villages", names=", ".join(result.villages_created))
    if result.enrollment is not None:
        print_enrollment(result.enrollment, ctx)


__all__ = ["FIELD_WORDS", "field_word", "print_enrollment", "print_outcome", "say"]
