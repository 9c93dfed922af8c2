"""A person's data on paper: everything the commune holds on them (the same content as the JSON
export, ``classroom.person/1``), in Vietnamese, in large type for an elderly reader.

Fed the export itself (plain JSON-ready data: strings, numbers, ISO dates), so the paper and the
file cannot say different things. A4 portrait, 14-point text, headings at 16-18 points, one idea
a line, codes turned into words.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, SimpleDocTemplate, Spacer, Table

from .data import Issuer, nfc
from .fonts import SERIF, register_fonts
from .layout import (
    MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE, NationalHeader, date_line, format_date,
    numbered_canvas,
)
from .styles import grid_style, label_para, para, style
from .words import GENDER, TARGET_GROUP

BODY = 14
CELL = 13
ENROLMENT = {"enrolled": "Đang học", "waiting": "Danh sách chờ", "withdrawn": "Đã rút", "completed": "Hoàn thành"}
MARK = {"present": "Có mặt", "late": "Đi muộn", "absent": "Vắng", "excused": "Vắng có phép", None: "Bỏ điểm danh"}
SOURCE = {"office": "văn phòng", "scan": "quét thẻ", "paper": "giấy ký tên", "instructor": "giảng viên",
          "walk_in": "tại lớp", "undo": "hoàn tác"}
ACTION = {
    "create": "Lập hồ sơ", "update": "Sửa hồ sơ", "enroll": "Ghi danh vào lớp", "promote": "Vào lớp từ danh sách chờ",
    "withdraw": "Rút khỏi lớp", "walk_in": "Ghi danh tại lớp", "consent": "Ghi nhận đồng ý",
    "consent_withdrawn": "Rút lại đồng ý", "merge": "Gộp hồ sơ trùng", "not_duplicates": "Xác nhận không trùng",
    "export": "Xuất dữ liệu cá nhân", "erase": "Xóa dữ liệu cá nhân", "issue": "Cấp giấy chứng nhận",
    "reprint": "In lại giấy chứng nhận", "revoke": "Thu hồi giấy chứng nhận", "mark": "Điểm danh",
}
FIELD = {
    "full_name": "họ và tên", "birth": "ngày sinh", "village": "thôn", "consent": "sự đồng ý", "birth_year": "năm sinh", "birth_month": "tháng sinh", "birth_day": "ngày sinh",
    "gender": "giới tính", "national_id": "số định danh", "phone": "số điện thoại", "village_id": "thôn",
    "target_group": "đối tượng", "occupation": "nghề nghiệp", "needs": "nhu cầu hỗ trợ", "consent_at": "ngày đồng ý",
    "consent_purpose": "mục đích đồng ý",
}


def _day(iso: str | None) -> str:
    if not iso:
        return "—"
    value = datetime.fromisoformat(iso)
    return format_date(value.date()) if "T" in iso else format_date(date.fromisoformat(iso))


def _moment(iso: str | None) -> str:
    if not iso:
        return "—"
    value = datetime.fromisoformat(iso)
    return f"{format_date(value.date())} {value:%H:%M}"


def _birth(iso: str | None) -> str:
    """"1950", "03/1950" or "05/03/1950" as the export holds it ("1950", "1950-03", "1950-03-05")."""
    if not iso:
        return "—"
    parts = iso.split("-")
    return "/".join(reversed(parts))


def _table(header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    cell = style(CELL, leading=CELL * 1.3)
    head = style(CELL, bold=True, center=True, leading=CELL * 1.3)
    body = [[para(h, head) for h in header]] + [[para(v, cell) for v in row] for row in rows]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(grid_style(CELL))
    return table


def _log_line(entry: dict[str, Any]) -> str:
    action = ACTION.get(entry.get("action", ""), entry.get("action", ""))
    details = entry.get("details") or {}
    extra = ""
    if isinstance(details, dict):
        if entry.get("action") == "mark":
            extra = f" lớp {details.get('class_code') or ''}: {MARK.get(details.get('status'), '—')}"
        elif details.get("fields"):
            extra = ": " + ", ".join(FIELD.get(f, f) for f in details["fields"])
        elif details.get("serial"):
            extra = f": số {details['serial']}"
        elif details.get("reason"):
            extra = f": {details['reason']}"
    return action + extra


def build_person(issuer: Issuer, data: dict[str, Any], stream: BinaryIO, printed_on: date) -> int:
    """The person's data as a PDF; returns the number of pages."""
    register_fonts()
    issuer, data = nfc(issuer), nfc(data)
    person = data["person"]
    doc = SimpleDocTemplate(stream, pagesize=PAGE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM + 4 * mm,
                            title="Dữ liệu cá nhân", author=issuer.upper_body, creator="classroom")
    w = doc.width
    text = style(BODY, leading=BODY * 1.45)
    heading = style(16, bold=True, leading=22)
    heading.keepWithNext = 1  # never a heading alone at the foot of a page
    story: list[Any] = [
        NationalHeader(issuer, place_date=date_line(issuer.place_name, printed_on)), Spacer(1, 8 * mm),
        para("DỮ LIỆU CÁ NHÂN", style(18, bold=True, center=True, leading=24)),
        para(f"do Ủy ban nhân dân {issuer.commune_kind} {issuer.commune_name} lưu giữ về Ông/Bà",
             style(BODY, center=True, leading=20)),
        para(person.get("full_name") or "", style(18, bold=True, center=True, leading=26)), Spacer(1, 4 * mm),
        para("Theo Luật Bảo vệ dữ liệu cá nhân, Ông/Bà có quyền xem, yêu cầu sửa và yêu cầu xóa các dữ liệu này. "
             "Trang này in toàn bộ những gì chương trình lưu về Ông/Bà.", text), Spacer(1, 5 * mm),
        para("1. Thông tin cá nhân", heading),
    ]
    consent = _day(person.get("consent_at"))
    if person.get("consent_purpose"):
        consent += f" ({person['consent_purpose']})"
    for label, value in (
            ("Họ và tên:", person.get("full_name") or "—"), ("Ngày sinh:", _birth(person.get("birth_date"))),
            ("Giới tính:", GENDER.get(person.get("gender") or "", "—")),
            ("Số định danh cá nhân:", person.get("national_id") or "—"),
            ("Số điện thoại:", person.get("phone") or "—"), ("Thôn/Tổ dân phố:", person.get("village") or "—"),
            ("Đối tượng:", TARGET_GROUP.get(person.get("target_group") or "", "—")),
            ("Nghề nghiệp:", person.get("occupation") or "—"), ("Nhu cầu hỗ trợ:", person.get("needs") or "—"),
            ("Mã thẻ học viên:", person.get("card") or "—"), ("Đồng ý cho lưu dữ liệu:", consent),
            ("Ngày lập hồ sơ:", _day(person.get("created_at"))),
            ("Ngày sửa gần nhất:", _day(person.get("updated_at")))):
        story.append(label_para(label, value, text))
    if person.get("erased_at"):
        story.append(label_para("Đã xóa dữ liệu nhận dạng ngày:", _day(person["erased_at"]), text))

    story += [Spacer(1, 5 * mm), para("2. Các lớp đã ghi danh", heading), Spacer(1, 2 * mm)]
    enrolments = [[e["class_code"], e["course"], ENROLMENT.get(e["status"], e["status"]), _day(e.get("enrolled_at")),
                   (_day(e.get("withdrawn_at")) + (f": {e['withdraw_reason']}" if e.get("withdraw_reason") else ""))
                   if e.get("withdrawn_at") else ""] for e in data.get("enrollments", [])]
    story.append(_table(["Lớp", "Khóa học", "Tình trạng", "Ngày ghi danh", "Rút khỏi lớp"], enrolments,
                        [w * 0.24, w * 0.3, w * 0.15, w * 0.15, w * 0.16]) if enrolments
                 else para("Chưa ghi danh lớp nào.", text))

    story += [Spacer(1, 5 * mm), para("3. Điểm danh", heading), Spacer(1, 2 * mm)]
    marks = [[m["class_code"], _moment(m.get("session_starts_at")),
              MARK.get(m["status"], m["status"]) + (f" ({m['reason']})" if m.get("reason") else ""),
              m.get("marked_by") or "", SOURCE.get(m.get("source") or "", m.get("source") or "")]
             for m in data.get("attendance", [])]
    story.append(_table(["Lớp", "Buổi học", "Điểm danh", "Người ghi", "Cách ghi"], marks,
                        [w * 0.24, w * 0.23, w * 0.19, w * 0.22, w * 0.12]) if marks
                 else para("Chưa có lượt điểm danh nào.", text))

    story += [Spacer(1, 5 * mm), para("4. Kết quả đánh giá", heading), Spacer(1, 2 * mm)]
    assessments = [[a["class_code"], _day(a.get("assessed_on")),
                    "Đạt" if a.get("passed") else "Chưa đạt", "" if a.get("score") is None else str(a["score"]),
                    a.get("note") or ""] for a in data.get("assessments", [])]
    story.append(_table(["Lớp", "Ngày", "Kết quả", "Điểm", "Ghi chú"], assessments,
                        [w * 0.24, w * 0.16, w * 0.16, w * 0.12, w * 0.32]) if assessments
                 else para("Chưa có kết quả đánh giá nào.", text))

    story += [Spacer(1, 5 * mm), para("5. Giấy chứng nhận", heading), Spacer(1, 2 * mm)]
    certificates = [[c["serial"], c["course"], _day(c.get("issued_on")),
                     (f"Đã thu hồi ngày {_day(c['revoked_at'])}" + (f": {c['revoke_reason']}" if c.get("revoke_reason")
                                                                   else "")) if c.get("revoked_at")
                     else "Còn hiệu lực" + (f", in lại {c['reprints']} lần" if c.get("reprints") else "")]
                    for c in data.get("certificates", [])]
    story.append(_table(["Số hiệu", "Khóa học", "Ngày cấp", "Tình trạng"], certificates,
                        [w * 0.28, w * 0.34, w * 0.16, w * 0.22]) if certificates
                 else para("Chưa được cấp giấy chứng nhận nào.", text))

    story += [Spacer(1, 5 * mm), para("6. Nhật ký: ai đã làm gì với hồ sơ", heading), Spacer(1, 2 * mm)]
    log = [[_moment(a.get("at")), a.get("actor") or "", _log_line(a)] for a in data.get("audit", [])]
    story.append(_table(["Lúc", "Cán bộ", "Việc"], log, [w * 0.26, w * 0.3, w * 0.44]) if log
                 else para("Chưa có ghi chép nào.", text))
    story.append(KeepTogether([Spacer(1, 6 * mm), para(
        f"In ngày {format_date(printed_on)}. Bản dữ liệu điện tử kèm theo (tệp JSON) có cùng nội dung.",
        style(12, leading=16))]))
    canvas = numbered_canvas(SERIF, 12, 10 * mm, fmt="Trang {page}/{total}")
    doc.build(story, canvasmaker=canvas)
    return canvas.pages
