"""Words of the scheduling codes for the command line (Vietnamese, English).

Keys: ``rule.<code>`` for the codes of a whole rule or session, ``problem.<code>`` for one
field of a class, venue or instructor. Dates in params arrive in ISO form and are shown
dd/mm/yyyy.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..errors import InvalidInput, Problem
from .messages import MESSAGES, say

WORDS: dict[str, tuple[str, str]] = {
    "rule.rule_invalid": ("Quy tắc lặp “{rule}” không đọc được ({detail}). Ví dụ đúng: FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8.",
                          "The recurrence rule “{rule}” cannot be read ({detail}). A correct one: "
                          "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=8."),
    "rule.rule_unbounded": ("Quy tắc lặp không có điểm dừng: hãy thêm COUNT=số buổi hoặc UNTIL=ngày kết thúc "
                            "(tối đa {limit} buổi).",
                            "The rule never ends: add COUNT=sessions or UNTIL=end date (at most {limit} sessions)."),
    "rule.rule_too_many": ("Quy tắc lặp cho quá nhiều buổi học (tối đa {limit} buổi một lớp).",
                           "The rule gives too many sessions (at most {limit} for a class)."),
    "rule.rule_no_dates": ("Quy tắc lặp không cho ngày học nào.", "The rule gives no date at all."),
    "rule.rule_only_holidays": ("Mọi ngày học của quy tắc đều là ngày nghỉ ({skipped} ngày); dùng --keep-holidays "
                                "nếu vẫn muốn học vào ngày nghỉ.",
                                "Every date of the rule is a holiday ({skipped} days); use --keep-holidays to "
                                "hold sessions on holidays anyway."),
    "rule.rule_ends_before_start": ("Ngày kết thúc {end} trước ngày bắt đầu {start}.",
                                    "The end date {end} is before the start date {start}."),
    "rule.rule_too_long": ("Quy tắc lặp kéo dài quá {years} năm.", "The rule runs on for more than {years} years."),
    "rule.rule_too_frequent": ("Mỗi ngày chỉ xếp được một buổi: dùng FREQ=DAILY, WEEKLY, MONTHLY hoặc YEARLY.",
                               "At most one session a day: use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY."),
    "rule.sessions_overlap": ("Buổi học lúc {at} trùng giờ với một buổi khác của chính lớp này.",
                              "The session at {at} overlaps another session of the same class."),
    "rule.duration_invalid": ("Thời lượng {minutes} phút không hợp lệ: một buổi dài từ 1 đến {limit} phút.",
                              "A duration of {minutes} minutes is not possible: a session lasts 1 to {limit} minutes."),
    "problem.course_unknown": ("Không có nội dung học mã số {value}.", "There is no course with id {value}."),
    "problem.target_group_unknown": ("Đối tượng “{value}” không có; dùng: elderly, worker, farmer, youth, women, "
                                     "civil_servant, student, other.",
                                     "Unknown target group “{value}”; use: elderly, worker, farmer, youth, women, "
                                     "civil_servant, student, other."),
    "problem.venue_unknown": ("Không có địa điểm mã số {value}.", "There is no venue with id {value}."),
    "problem.instructors_missing": ("Lớp cần ít nhất một giảng viên.", "A class needs at least one instructor."),
    "problem.instructor_unknown": ("Không có giảng viên mã số {value}.", "There is no instructor with id {value}."),
    "problem.capacity_invalid": ("Sĩ số {value} không hợp lệ (từ 1 đến {limit}).",
                                 "A capacity of {value} is not possible (1 to {limit})."),
    "problem.capacity_below_enrolled": ("Sĩ số {value} nhỏ hơn số người đã ghi danh ({enrolled}).",
                                         "A capacity of {value} is below the {enrolled} people enrolled."),
    "problem.completion_invalid": ("Tỷ lệ buổi cần dự {value}% không hợp lệ (1 đến 100).",
                                   "A completion share of {value}% is not possible (1 to 100)."),
    "problem.sessions_missing": ("Lớp chưa có buổi học nào.", "The class has no session."),
    "problem.notes_too_long": ("Ghi chú dài quá {limit} ký tự.", "The notes are longer than {limit} characters."),
    "problem.name_empty": ("Thiếu tên.", "The name is missing."),
    "problem.name_too_long": ("Tên dài quá mức cho phép.", "The name is too long."),
    "problem.name_no_letters": ("Tên “{value}” không có chữ cái.", "The name “{value}” has no letters."),
    "problem.text_direction_control": ("“{value}” chứa ký tự ẩn đổi chiều chữ (ở vị trí {position}); hãy gõ lại.",
                                       "“{value}” holds a hidden direction-control character (at position "
                                       "{position}); type it again."),
    "problem.name_bad_characters": ("Tên có ký tự không dùng được: {chars}", "The name has characters not allowed: {chars}"),
    "add.course_not_found": ("Không tìm thấy nội dung học “{value}” (theo mã hoặc tên) trong danh mục.",
                             "No course “{value}” (by code or title) in the catalogue."),
    "add.bad_dtstart": ("Thời điểm bắt đầu “{value}” phải có dạng YYYY-MM-DDTHH:MM, ví dụ 2026-03-03T19:00.",
                        "The start “{value}” must look like YYYY-MM-DDTHH:MM, e.g. 2026-03-03T19:00."),
    "add.created": ("Đã tạo lớp {code} (mã số {id}) với {count} buổi học:",
                    "Created class {code} (id {id}) with {count} sessions:"),
    "add.skipped": ("Bỏ qua {count} ngày nghỉ:", "Skipped {count} holidays:"),
    "add.conflicts": ("Không lưu gì: {count} xung đột lịch (xem trên). Dùng --allow-conflicts để vẫn lưu.",
                      "Nothing was saved: {count} scheduling conflicts (listed above). Use --allow-conflicts to "
                      "save anyway."),
    "conflict.instructor_busy": ("Giảng viên {name} đang dạy lớp {other} lúc {other_time} (buổi {time}).",
                                 "Instructor {name} teaches class {other} at {other_time} (session {time})."),
    "conflict.venue_busy": ("Địa điểm {name} có lớp {other} lúc {other_time} (buổi {time}).",
                            "Venue {name} holds class {other} at {other_time} (session {time})."),
    "conflict.participant_busy": ("Học viên {name} học lớp {other} lúc {other_time} (buổi {time}).",
                                  "Participant {name} is in class {other} at {other_time} (session {time})."),
    "conflict.venue_too_small": ("Địa điểm {name} chỉ có {venue_capacity} chỗ, lớp nhận {class_capacity} người.",
                                 "Venue {name} seats {venue_capacity}; the class takes {class_capacity}."),
}
MESSAGES.update(WORDS)
MESSAGES.update({f"invalid_input.{k.split('.', 1)[1]}": v for k, v in WORDS.items() if k.startswith("rule.")})


def when(value: datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H:%M") if value else ""


def _dates(params: dict[str, Any]) -> dict[str, Any]:
    out = dict(params)
    for key, value in params.items():
        if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
            try:
                moment = datetime.fromisoformat(value)
            except ValueError:
                continue
            out[key] = moment.strftime("%d/%m/%Y %H:%M" if len(value) > 10 else "%d/%m/%Y")
        elif isinstance(value, date):
            out[key] = value.strftime("%d/%m/%Y")
    return out


def problem_text(problem: Problem, lang: str) -> str:
    return say(f"problem.{problem.code}", lang, **_dates(problem.params))


def invalid_text(exc: InvalidInput, lang: str) -> str:
    """One line for a refused input: each problem, or the code of the whole."""
    if exc.problems:
        return " ".join(problem_text(p, lang) for p in exc.problems if p.is_error)
    return say(f"rule.{exc.code}", lang, **_dates(exc.params))
