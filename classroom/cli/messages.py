"""Words of the command line, Vietnamese first, English second.

Keys are the codes the core raises (``DatabaseError("too_new")`` -> ``"database.too_new"``)
or the command line's own. Each entry is (Vietnamese, English), formatted with the
error's params.
"""
from __future__ import annotations

from typing import Any

MESSAGES: dict[str, tuple[str, str]] = {
    # database
    "database.not_a_database": ("Tệp “{path}” không phải là cơ sở dữ liệu của chương trình (hoặc đã hỏng). "
                                "Không có gì bị ghi đè; hãy chọn tệp khác với --db.",
                                "“{path}” is not a database file of this program (or it is damaged). Nothing was "
                                "overwritten; choose another file with --db."),
    "database.not_classroom": ("Tệp “{path}” là cơ sở dữ liệu của một chương trình khác. Không có gì bị ghi đè.",
                               "“{path}” is another program's database. Nothing was overwritten."),
    "database.too_new": ("Cơ sở dữ liệu “{path}” được tạo bởi phiên bản mới hơn của chương trình (phiên bản lược đồ "
                         "{revision}). Hãy cập nhật chương trình; tệp được giữ nguyên.",
                         "The database “{path}” was made by a newer version of the program (schema {revision}). "
                         "Update the program; the file was left as it is."),
    "database.folder_not_writable": ("Không ghi được vào thư mục “{path}”. Hãy chọn thư mục khác với --db.",
                                     "Cannot write to the folder “{path}”. Choose another place with --db."),
    "database.file_not_writable": ("Tệp “{path}” chỉ đọc, không ghi được. Hãy kiểm tra quyền của tệp.",
                                   "The file “{path}” is read-only. Check its permissions."),
    "database.file_not_readable": ("Không đọc được tệp “{path}”. Hãy kiểm tra quyền của tệp.",
                                   "Cannot read the file “{path}”. Check its permissions."),
    "database.cannot_connect": ("Không kết nối được cơ sở dữ liệu “{path}”: {reason}",
                                "Cannot connect to the database “{path}”: {reason}"),
    # refusals and lookups
    "refused.database_not_empty": ("Cơ sở dữ liệu “{path}” đã có dữ liệu; lệnh demo chỉ điền vào cơ sở dữ liệu trống.",
                                   "The database “{path}” already holds data; demo fills only an empty database."),
    "not_found.class": ("Không có lớp mã số {id}.", "There is no class with id {id}."),
    "not_found.session": ("Không có buổi học mã số {id}.", "There is no session with id {id}."),
    "cli.gui_unavailable": ("Không mở được cửa sổ chương trình: {reason}", "Cannot open the window: {reason}"),
    "cli.demo_done": ("Đã tạo xã mẫu “{commune}” trong {path}: {participants} học viên, {classes} lớp, "
                      "{sessions} buổi học, {certificates} giấy chứng nhận.",
                      "Made the demo commune “{commune}” in {path}: {participants} participants, {classes} classes, "
                      "{sessions} sessions, {certificates} certificates."),
    "cli.migrated": ("Đã nâng cấp cơ sở dữ liệu; bản sao trước khi nâng cấp: {path}",
                     "The database was upgraded; a copy from before is at {path}"),
    "cli.bad_number": ("Giá trị “{value}” của {option} phải là số nguyên dương.",
                       "The value “{value}” of {option} must be a positive whole number."),
    "cli.error": ("Lỗi: {detail}", "Error: {detail}"),
    "cli.unexpected": ("Lỗi không mong đợi ({kind}). Dữ liệu không bị thay đổi.",
                       "Unexpected error ({kind}). No data was changed."),
    # table headers
    "col.id": ("Mã", "ID"), "col.code": ("Mã lớp", "Code"), "col.title": ("Nội dung", "Course"),
    "col.target_group": ("Đối tượng", "Target group"), "col.venue": ("Địa điểm", "Venue"),
    "col.instructor": ("Giảng viên", "Instructor"), "col.first_session": ("Bắt đầu", "Starts"),
    "col.last_session": ("Kết thúc", "Ends"), "col.sessions": ("Số buổi", "Sessions"),
    "col.enrolled": ("Đã ghi danh", "Enrolled"), "col.capacity": ("Sĩ số tối đa", "Capacity"),
    "col.status": ("Trạng thái", "Status"), "col.full_name": ("Họ và tên", "Full name"),
    "col.birth_date": ("Ngày sinh", "Born"), "col.gender": ("Giới tính", "Gender"),
    "col.national_id": ("Số định danh", "Personal ID"), "col.phone": ("Số điện thoại", "Phone"),
    "col.village": ("Thôn/Tổ dân phố", "Village"), "col.card": ("Mã thẻ", "Card"),
    "col.class_id": ("Lớp", "Class"), "col.starts_at": ("Bắt đầu", "Starts"), "col.ends_at": ("Kết thúc", "Ends"),
    "col.participant_id": ("Học viên", "Participant"), "col.marked_at": ("Lúc", "Marked at"),
    "col.marked_by": ("Người điểm danh", "Marked by"),
}

#: Display words for stored values (target groups, genders, statuses).
VALUES: dict[str, tuple[str, str]] = {
    "elderly": ("Người cao tuổi", "Elderly"), "worker": ("Công nhân/Người lao động", "Workers"),
    "farmer": ("Nông dân", "Farmers"), "youth": ("Đoàn viên thanh niên", "Youth"), "women": ("Phụ nữ", "Women"),
    "civil_servant": ("Cán bộ/Công chức/Viên chức", "Civil servants"), "student": ("Học sinh/Sinh viên", "Students"),
    "other": ("Khác", "Other"), "male": ("Nam", "Male"), "female": ("Nữ", "Female"),
    "planned": ("Sắp mở", "Planned"), "running": ("Đang học", "Running"), "finished": ("Đã kết thúc", "Finished"),
    "cancelled": ("Đã hủy", "Cancelled"), "scheduled": ("Theo lịch", "Scheduled"), "held": ("Đã học", "Held"),
    "present": ("Có mặt", "Present"), "late": ("Đến muộn", "Late"), "absent": ("Vắng", "Absent"),
    "excused": ("Vắng có phép", "Excused"),
}


def say(key: str, lang: str, **params: Any) -> str:
    vi, en = MESSAGES.get(key, (key, key))
    text = en if lang == "en" else vi
    try:
        return text.format(**params)
    except (KeyError, IndexError):
        return text


def value_word(value: str | None, lang: str) -> str:
    if value is None:
        return ""
    vi, en = VALUES.get(value, (value, value))
    return en if lang == "en" else vi
