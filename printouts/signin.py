"""The sign-in sheet of one session: A4 portrait, large type, room to sign.

Personal data law (Law 91/2025/QH15) covers paper too: the sheet carries name, birth year
and village only; no ID number, no phone.
"""
from __future__ import annotations

from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from .data import Issuer, SigninData, nfc
from .fonts import SERIF, register_fonts
from .layout import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE, NationalHeader, SignatureBlock, numbered_canvas
from .styles import grid_style, label_para, para, style, tail_table, weekday_date, with_tail

FONT_SIZE = 13  # older eyes: never below 12
CELL_SIZE = 12.5
ROW_HEIGHT = 10 * mm  # a signature fits
COLUMNS = (11 * mm, 54 * mm, 20 * mm, 45 * mm)  # the signature column takes the rest


def build_signin_sheet(issuer: Issuer, data: SigninData, stream: BinaryIO, blank_rows: int = 5) -> None:
    """Write the sheet to ``stream``; rows print in the order given, then ``blank_rows`` for walk-ins."""
    register_fonts()
    issuer, data = nfc(issuer), nfc(data)
    doc = SimpleDocTemplate(
        stream,
        pagesize=PAGE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title="Danh sách ký tên tham gia lớp học",
        author=issuer.upper_body,
        creator="classroom",
    )
    text = style(FONT_SIZE)
    cell = style(CELL_SIZE, leading=CELL_SIZE * 1.15)
    center = style(CELL_SIZE, center=True, leading=CELL_SIZE * 1.15)
    when = f"{weekday_date(data.starts_at)}, từ {data.starts_at:%H:%M} đến {data.ends_at:%H:%M}"
    if data.session_label:
        when = f"{data.session_label}: {when}"
    story = [
        NationalHeader(issuer),
        Spacer(1, 8 * mm),
        para("DANH SÁCH KÝ TÊN THAM GIA LỚP HỌC", style(15, bold=True, center=True)),
        Spacer(1, 5 * mm),
        label_para("Lớp:", data.class_code, text),
        label_para("Khóa học:", data.course_title, text),
        label_para("Buổi học:", when, text),
        label_para("Địa điểm:", data.venue, text),
        label_para("Người hướng dẫn:", ", ".join(data.instructors), text),
        Spacer(1, 4 * mm),
    ]
    rows: list[list[object]] = [["STT", "Họ và tên", "Năm sinh", "Thôn/Tổ dân phố", "Ký tên"]]
    for number, row in enumerate(data.rows, start=1):
        rows.append([para(str(number), center), para(row.full_name, cell), para(str(row.birth_year or ""), center), para(row.village, cell), ""])
    for number in range(len(data.rows) + 1, len(data.rows) + blank_rows + 1):
        rows.append([para(str(number), center), "", "", "", ""])
    width = doc.width
    widths = [*COLUMNS, width - sum(COLUMNS)]
    instructor = data.instructors[0] if data.instructors else ""
    tail = [
        para(f"Tổng số người ký tên: ……… / {len(data.rows)} người trong danh sách.", text),
        SignatureBlock(["Người hướng dẫn"], instructor, "(Ký, ghi rõ họ tên)"),
    ]
    heights = [9 * mm] + [ROW_HEIGHT] * (len(rows) - 1) + [None] * len(tail)
    rows, tail_cmds = with_tail(rows, tail, len(widths))
    table = tail_table(rows, len(tail), colWidths=widths, rowHeights=heights)
    table.setStyle(grid_style(CELL_SIZE, tail=len(tail)))
    table.setStyle(tail_cmds)
    story.append(table)
    doc.build(story, canvasmaker=numbered_canvas(SERIF, 11, 10 * mm))
