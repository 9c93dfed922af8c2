"""The class roster: who is enrolled, their attendance and result (A4 landscape: seven columns
need the width)."""
from __future__ import annotations

from datetime import date
from typing import BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from .data import Issuer, RosterData, nfc
from .fonts import SERIF, register_fonts
from .layout import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE,
    NationalHeader,
    SignatureBlock,
    date_line,
    format_date,
    numbered_canvas,
)
from .styles import grid_style, label_para, para, style, tail_table, with_tail

CELL_SIZE = 11.5
# STT, name, birth, gender, village, sessions, result: the village takes the rest
COLUMNS = (12 * mm, 68 * mm, 27 * mm, 20 * mm, None, 25 * mm, 30 * mm)


def build_roster(issuer: Issuer, data: RosterData, stream: BinaryIO) -> None:
    register_fonts()
    issuer, data = nfc(issuer), nfc(data)
    doc = SimpleDocTemplate(
        stream,
        pagesize=landscape(PAGE),
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title="Danh sách học viên",
        author=issuer.upper_body,
        creator="classroom",
    )
    text = style(13)
    cell = style(CELL_SIZE, leading=CELL_SIZE * 1.15)
    center = style(CELL_SIZE, center=True, leading=CELL_SIZE * 1.15)
    span = ""
    if data.first_session and data.last_session:
        span = f"từ {format_date(data.first_session)} đến {format_date(data.last_session)}"
    story = [
        NationalHeader(issuer),
        Spacer(1, 8 * mm),
        para("DANH SÁCH HỌC VIÊN LỚP BÌNH DÂN HỌC VỤ SỐ", style(15, bold=True, center=True)),
        Spacer(1, 5 * mm),
        label_para("Lớp:", data.class_code, text),
        label_para("Khóa học:", data.course_title, text),
    ]
    if data.target_group:
        story.append(label_para("Đối tượng:", data.target_group, text))
    if span:
        story.append(label_para("Thời gian học:", span, text))
    story.append(label_para("Địa điểm:", data.venue, text))
    story.append(label_para("Người hướng dẫn:", ", ".join(data.instructors), text))
    story.append(Spacer(1, 4 * mm))

    rows: list[list[object]] = [["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Thôn/Tổ dân phố", "Số buổi dự", "Kết quả"]]
    for r in data.rows:
        rows.append(
            [
                para(str(r.stt), center),
                para(r.full_name, cell),
                para(r.birth, center),
                para(r.gender, center),
                para(r.village, cell),
                para(f"{r.attended}/{r.held}", center),
                para(r.result, center),
            ]
        )
    fixed = sum(c for c in COLUMNS if c is not None)
    widths = [c if c is not None else doc.width - fixed for c in COLUMNS]
    instructor = data.instructors[0] if data.instructors else ""
    when = date_line(issuer.place_name, data.printed_on or date.today())
    tail = [
        para(f"Danh sách có {len(data.rows)} học viên.", text),
        SignatureBlock(["Người lập danh sách"], instructor, "(Ký, ghi rõ họ tên)", when),
    ]
    rows, tail_cmds = with_tail(rows, tail, len(widths))
    table = tail_table(rows, len(tail), colWidths=widths)
    table.setStyle(grid_style(CELL_SIZE, tail=len(tail)))
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1 - len(tail)), 4), ("BOTTOMPADDING", (0, 1), (-1, -1 - len(tail)), 5)])
    table.setStyle(tail_cmds)
    story.append(table)
    doc.build(story, canvasmaker=numbered_canvas(SERIF, 11, 10 * mm))
