"""Words of the command line for the registry's problem codes (validators, import, enrollment).

``describe(code, params, lang)`` is what the rejection report and the command's output
say; ID numbers and phones never appear in these sentences (the file's own cells carry them).
"""
from __future__ import annotations

from typing import Any

from .messages import MESSAGES, say

PROBLEMS: dict[str, tuple[str, str]] = {
    # personal ID
    "national_id_not_digits": ("Số định danh có ký tự không phải chữ số ({chars})",
                               "The personal ID holds characters other than digits ({chars})"),
    "national_id_wrong_length": ("Số định danh có {length} chữ số, cần đủ {expected}",
                                 "The personal ID has {length} digits; it needs {expected}"),
    "national_id_old_cmnd": ("Đây là số CMND 9 số cũ, không còn giá trị; cần số định danh 12 số",
                             "This is an old 9-digit ID card number, no longer valid; the 12-digit personal ID is needed"),
    "national_id_lost_leading_zero": ("Số định danh có 11 chữ số: có lẽ Excel đã làm mất số 0 ở đầu",
                                      "The personal ID has 11 digits: Excel probably dropped its leading 0"),
    "national_id_unknown_prefix": ("Ba số đầu của số định danh ({prefix}) không phải mã tỉnh; hãy kiểm tra lại",
                                   "The first three digits of the personal ID ({prefix}) are no province code; check it"),
    "national_id_gender_mismatch": ("Số định danh không khớp với giới tính đã ghi",
                                    "The personal ID does not match the gender given"),
    "national_id_birth_year_mismatch": ("Số định danh ghi năm sinh {id_year}, nhưng năm sinh đã ghi là {expected_year}",
                                        "The personal ID says born {id_year}, but the birth year given is {expected_year}"),
    "national_id_implausible_year": ("Số định danh ghi năm sinh {id_year}, không thể đúng",
                                     "The personal ID says born {id_year}, which cannot be right"),
    # phone
    "phone_not_digits": ("Số điện thoại có ký tự không phải chữ số ({chars})",
                         "The phone holds characters other than digits ({chars})"),
    "phone_wrong_length": ("Số điện thoại có {length} chữ số, số di động cần {expected}",
                           "The phone has {length} digits; a mobile has {expected}"),
    "phone_lost_leading_zero": ("Số điện thoại có 9 chữ số: có lẽ Excel đã làm mất số 0 ở đầu",
                                "The phone has 9 digits: Excel probably dropped its leading 0"),
    "phone_unknown_prefix": ("Đầu số {prefix} không phải đầu số di động Việt Nam",
                             "{prefix} is not a Vietnamese mobile prefix"),
    "phone_old_prefix": ("Số di động 11 số kiểu cũ (đã đổi sang 10 số từ năm 2018)",
                         "An old 11-digit mobile number (renumbered to 10 digits in 2018)"),
    "phone_landline": ("Đây là số máy bàn; cần số di động", "This is a landline; a mobile number is needed"),
    "phone_foreign": ("Số điện thoại nước ngoài", "A foreign phone number"),
    # birth
    "birth_unreadable": ("Không đọc được ngày sinh “{value}” (viết dd/mm/yyyy hoặc năm sinh)",
                         "Cannot read the birth date “{value}” (write dd/mm/yyyy or the year)"),
    "birth_two_digit_year": ("Năm sinh chỉ có hai chữ số (“{value}”); hãy ghi đủ bốn chữ số",
                             "The birth year has two digits only (“{value}”); write all four"),
    "birth_invalid_date": ("Không có ngày “{value}”", "There is no such day as “{value}”"),
    "birth_in_future": ("Ngày sinh {value} ở sau hôm nay", "The birth date {value} is after today"),
    "birth_implausible_age": ("Tuổi {age} không hợp lý (từ {min_age} đến {max_age})",
                              "An age of {age} is not plausible ({min_age} to {max_age})"),
    "birth_unusual_age": ("Tuổi {age}: hãy kiểm tra lại ngày sinh", "Age {age}: check the birth date"),
    "gender_unreadable": ("Không hiểu giới tính “{value}” (Nam, Nữ hoặc Khác)",
                          "Cannot read the gender “{value}” (male, female or other)"),
    # name
    "name_empty": ("Thiếu họ và tên", "The full name is missing"),
    "name_too_long": ("Họ và tên dài {length} ký tự, tối đa {max_length}",
                      "The name is {length} characters long; at most {max_length}"),
    "name_no_letters": ("Họ và tên không có chữ cái (“{value}”)", "The name has no letters (“{value}”)"),
    "name_bad_characters": ("Họ và tên có chữ số hoặc ký hiệu ({chars})", "The name holds digits or symbols ({chars})"),
    "text_direction_control": ("“{value}” chứa ký tự ẩn đổi chiều chữ (ở vị trí {position}): chữ hiện ra khác với "
                               "chữ được lưu; hãy gõ lại",
                               "“{value}” holds a hidden direction-control character (at position {position}): it "
                               "shows otherwise than it is stored; type it again"),
    "name_single_word": ("Họ và tên chỉ có một chữ (“{value}”)", "The name is a single word (“{value}”)"),
    # import
    "value_too_long": ("Ô dài {length} ký tự, tối đa {max_length}", "The cell is {length} characters long; at most {max_length}"),
    "number_lost_digits": ("Excel đã lưu số này dưới dạng số thập phân nên mất chữ số; hãy định dạng cột là Văn bản và nhập lại",
                           "Excel stored this as a decimal number and digits were lost; format the column as Text and type it again"),
    "number_scientific": ("Số ở dạng lũy thừa (ví dụ 3,8E+11) đã mất chữ số; hãy định dạng cột là Văn bản và nhập lại",
                          "The number is in scientific notation (e.g. 3.8E+11) and lost digits; format the column as Text and type it again"),
    "number_was_date": ("Excel đã biến số này thành ngày tháng (“{value}”)", "Excel turned this number into a date (“{value}”)"),
    "duplicate_in_file": ("Trùng số định danh với dòng {first_row} trong tệp", "The same personal ID as row {first_row} of the file"),
    "header_repeated": ("Dòng tiêu đề lặp lại, không phải một người", "The header line again, not a person"),
    "not_a_person": ("Dòng tiêu đề, tổng cộng hoặc chữ ký (“{value}”), không phải một người",
                     "A title, total or signature line (“{value}”), not a person"),
    "id_leading_zero_restored": ("Đã thêm lại số 0 ở đầu số định danh mà Excel làm mất",
                                 "The leading 0 Excel dropped from the personal ID was put back"),
    "phone_leading_zero_restored": ("Đã thêm lại số 0 ở đầu số điện thoại mà Excel làm mất",
                                    "The leading 0 Excel dropped from the phone was put back"),
    "phone_first_of_several": ("Ô có {count} số điện thoại; đã lấy số đầu tiên",
                               "The cell holds {count} phones; the first was kept"),
    "birth_from_serial": ("Đã đọc số “{value}” là ngày {date} theo cách đếm ngày của Excel",
                          "Read “{value}” as the day {date}, as Excel numbers days"),
    "birth_two_digit_year_assumed": ("Năm sinh hai chữ số “{value}”: đã hiểu là năm {year}",
                                     "Two-digit birth year “{value}”: taken as {year}"),
    "birth_month_first": ("Cột ngày sinh ghi tháng trước ngày (“{value}”); đã đổi lại",
                          "The birth column writes the month first (“{value}”); read accordingly"),
    "target_group_unreadable": ("Không hiểu đối tượng “{value}”; đã ghi là Khác",
                                "Unknown target group “{value}”; recorded as Other"),
    "consent_unreadable": ("Không hiểu ô đồng ý “{value}”; chưa ghi nhận sự đồng ý",
                           "Cannot read the consent cell “{value}”; no consent recorded"),
    "value_truncated": ("Đã cắt bớt còn {max_length} ký tự", "Cut to {max_length} characters"),
    "village_new": ("Thôn/tổ dân phố mới “{value}” sẽ được thêm vào danh sách của xã",
                    "“{value}” is a new village; it will be added to the commune's list"),
    "village_ambiguous": ("“{value}” khớp với nhiều thôn; chưa ghi thôn", "“{value}” fits several villages; none recorded"),
    "village_not_recorded": ("Chưa thiết lập thông tin xã nên chưa ghi được thôn “{value}”",
                             "No commune is set up yet, so the village “{value}” is not recorded"),
    # registry and enrollment
    "national_id_registered": ("Số định danh này đã có trong sổ học viên", "This personal ID is already registered"),
    "consent_purpose_empty": ("Cần ghi mục đích của sự đồng ý", "The purpose of the consent is needed"),
    "consent_in_future": ("Ngày đồng ý ở sau hôm nay", "The consent date is after today"),
    "consent_purpose_too_long": ("Mục đích dài quá {max_length} ký tự", "The purpose is over {max_length} characters"),
    "occupation_too_long": ("Nghề nghiệp/nơi làm việc dài quá {max_length} ký tự",
                            "The occupation is over {max_length} characters"),
    "completed_same_course": ("đã hoàn thành khóa học này ở lớp {class_code}", "already completed this course in class {class_code}"),
    "in_same_course": ("đang học khóa học này ở lớp {class_code}", "already in class {class_code} of this course"),
}

MESSAGES.update({f"problem.{code}": words for code, words in PROBLEMS.items()})


def describe(code: str, params: dict[str, Any], lang: str) -> str:
    key = f"problem.{code}"
    if key not in MESSAGES:
        return code
    return say(key, lang, **params)
