"""A class's schedule, A4 portrait, to post at the cultural house: every session, large type."""
from __future__ import annotations

from datetime import date
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from .data import Issuer, ScheduleData, nfc
from .fonts import SERIF, register_fonts
from .layout import (
    MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PAGE, SIGN_HINT, NationalHeader, SignatureBlock, date_line,
    issuer_signer_lines, numbered_canvas,
)
from .styles import grid_style, label_para, para, style, tail_table, weekday_date, with_tail

CELL_SIZE = 13  # read on a notice board, by older eyes
COLUMNS = (16 * mm, 62 * mm, 30 * mm, None)  # number, day and date, hours, venue and note


def build_schedule(issuer: Issuer, data: ScheduleData, stream: BinaryIO) -> None:
    register_fonts()
    issuer, data = nfc(issuer), nfc(data)
    doc = SimpleDocTemplate(stream, pagesize=PAGE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                            topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title="Lịch học",
                            author=issuer.upper_body, creator="classroom")
    text = style(13)
    cell = style(CELL_SIZE, leading=CELL_SIZE * 1.2)
    center = style(CELL_SIZE, center=True, leading=CELL_SIZE * 1.2)
    story = [
        NationalHeader(issuer),
        Spacer(1, 8 * mm),
        para("THÔNG BÁO LỊCH HỌC", style(16, bold=True, center=True)),
        para("LỚP BÌNH DÂN HỌC VỤ SỐ", style(14, bold=True, center=True)),
        Spacer(1, 5 * mm),
        label_para("Lớp:", data.class_code, text),
        label_para("Nội dung:", data.course_title, text),
    ]
    if data.target_group:
        story.append(label_para("Đối tượng:", data.target_group, text))
    story.append(label_para("Địa điểm:", data.venue, text))
    if data.instructors:
        story.append(label_para("Người hướng dẫn:", ", ".join(data.instructors), text))
    story.append(Spacer(1, 4 * mm))
    rows: list[list[object]] = [["Buổi", "Thứ, ngày", "Giờ học", "Địa điểm, ghi chú"]]
    for r in data.rows:
        place = r.venue if r.venue != data.venue else ""
        note = "; ".join(x for x in (place, r.note) if x)
        rows.append([para(str(r.number) if r.number else "—", center), para(weekday_date(r.starts_at), cell),
                     para(f"{r.starts_at:%H:%M} – {r.ends_at:%H:%M}", center), para(note, cell)])
    fixed = sum(c for c in COLUMNS if c is not None)
    widths = [c if c is not None else doc.width - fixed for c in COLUMNS]
    held = sum(1 for r in data.rows if r.number)
    closing = f"Lớp có {held} buổi học."
    if data.contact:
        closing += f" Mọi thắc mắc xin liên hệ: {data.contact}."
    tail = [para(closing, text),
            SignatureBlock(issuer_signer_lines(issuer), issuer.signer_name, SIGN_HINT,
                           date_line(issuer.place_name, data.printed_on or date.today()))]
    rows, tail_cmds = with_tail(rows, tail, len(widths))
    table = tail_table(rows, len(tail), colWidths=widths)
    table.setStyle(grid_style(CELL_SIZE, tail=len(tail)))
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1 - len(tail)), 5),
                    ("BOTTOMPADDING", (0, 1), (-1, -1 - len(tail)), 6)])
    table.setStyle(tail_cmds)
    story.append(table)
    doc.build(story, canvasmaker=numbered_canvas(SERIF, 11, 10 * mm))
