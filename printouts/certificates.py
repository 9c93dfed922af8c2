"""Certificates of completion (Giấy chứng nhận): one A4 landscape page each.

Drawn straight on the canvas (no platypus) so that a whole class, or a thousand people,
builds in a few seconds.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import Cancelled
from .data import CertificateData, Issuer, nfc
from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts
from .layout import date_line, draw_national_header, draw_signer_block, format_date, issuer_signer_lines
from .qr import draw_qr

PAGE = landscape(A4)
W, H = PAGE
CONTENT_X = 25 * mm
CONTENT_W = W - 45 * mm
TEXT_X = 48 * mm  # left edge of the body lines
TEXT_RIGHT = W - 28 * mm
LINE = 25.0
SIZE = 15.0
QR_SIZE = 36 * mm  # with its quiet zone

Progress = Callable[[int, int], None]


def build_certificates(
    issuer: Issuer,
    certs: Iterable[CertificateData],
    stream: BinaryIO,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write one page per certificate to ``stream``; return the number of pages.

    ``progress(done, total)`` is called after each page; ``cancelled()`` is asked before
    each page, and when it answers True, :class:`printouts.Cancelled` is raised.
    """
    register_fonts()
    issuer = nfc(issuer)
    items = [nfc(c) for c in certs]
    total = len(items)
    canvas = Canvas(stream, pagesize=PAGE, pageCompression=1)
    canvas.setTitle("Giấy chứng nhận hoàn thành khóa học Bình dân học vụ số")
    canvas.setAuthor(issuer.upper_body)
    canvas.setCreator("classroom")
    for done, cert in enumerate(items):
        if cancelled is not None and cancelled():
            raise Cancelled(done=done, total=total)
        draw_certificate(canvas, issuer, cert)
        canvas.showPage()
        if progress is not None:
            progress(done + 1, total)
    canvas.save()
    return total


def draw_certificate(canvas: Canvas, issuer: Issuer, cert: CertificateData) -> None:
    """One certificate on the current page; inputs already in NFC."""
    _border(canvas)
    draw_national_header(canvas, issuer, CONTENT_X, H - 20 * mm, CONTENT_W, left_share=0.42)

    y = H - 50 * mm
    canvas.setFont(SERIF_BOLD, 34)
    canvas.drawCentredString(W / 2, y, "GIẤY CHỨNG NHẬN")
    if cert.is_copy:
        _copy_mark(canvas, y)
    y -= 25
    canvas.setFont(SERIF_BOLD_ITALIC, 16)
    canvas.drawCentredString(W / 2, y, "Hoàn thành khóa học Bình dân học vụ số")

    y -= 42
    _line(canvas, y, f"Chứng nhận {cert.honorific}: ", cert.holder_name, SERIF_BOLD, 24)
    y -= LINE + 4
    birth_label = "Năm sinh: " if len(cert.birth.strip()) == 4 else "Ngày sinh: "
    _line(canvas, y, birth_label, cert.birth or "…………", SERIF, SIZE)
    y -= LINE
    residence = ", ".join(p for p in (cert.village, f"{issuer.commune_full}, {issuer.province_kind} {issuer.province_name}") if p)
    _line(canvas, y, "Nơi cư trú: ", residence, SERIF, SIZE)
    y -= LINE
    y = _wrapped(canvas, y, "Đã hoàn thành khóa học: ", cert.course_title, SERIF_BOLD, SIZE)
    span = f"từ ngày {format_date(cert.first_session)} đến ngày {format_date(cert.last_session)}"
    if cert.first_session == cert.last_session:
        span = f"ngày {format_date(cert.first_session)}"
    _line(canvas, y, "Lớp: ", f"{cert.class_code}, học {span}", SERIF, SIZE)
    y -= LINE
    y = _wrapped(canvas, y, "Địa điểm học: ", cert.venue, SERIF, SIZE)
    _line(canvas, y, "Kết quả: ", cert.result, SERIF_BOLD, SIZE)

    sign_cx = W * 0.70
    top = min(y - 30, 72 * mm)
    canvas.setFont(SERIF_ITALIC, 14)
    canvas.drawCentredString(sign_cx, top, date_line(issuer.place_name, cert.issued_on))
    titles = issuer_signer_lines(issuer)
    # two-line course and venue push the block down: shrink the signing room, not the name
    space = max(15 * mm, min(25 * mm, top - 6 - 15 * len(titles) - 14 - 48))
    draw_signer_block(canvas, sign_cx, top - 6, titles, issuer.signer_name, space=space)

    _register(canvas, cert)


def _border(canvas: Canvas) -> None:
    outer, inner = 9 * mm, 9 * mm + 5
    canvas.setStrokeColorRGB(0, 0, 0)
    canvas.setLineWidth(2.6)
    canvas.rect(outer, outer, W - 2 * outer, H - 2 * outer)
    canvas.setLineWidth(0.8)
    canvas.rect(inner, inner, W - 2 * inner, H - 2 * inner)
    # a small diamond at each inner corner, the customary ornament
    canvas.setFillColorRGB(0, 0, 0)
    d = 5.0
    for cx, cy in ((inner, inner), (W - inner, inner), (inner, H - inner), (W - inner, H - inner)):
        path = canvas.beginPath()
        path.moveTo(cx, cy - d)
        path.lineTo(cx + d, cy)
        path.lineTo(cx, cy + d)
        path.lineTo(cx - d, cy)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)


def _copy_mark(canvas: Canvas, title_y: float) -> None:
    text = "BẢN SAO"
    canvas.setFont(SERIF_BOLD, 18)
    width = stringWidth(text, SERIF_BOLD, 18)
    right = W - 32 * mm
    canvas.setLineWidth(1.6)
    canvas.rect(right - width - 16, title_y - 7, width + 16, 28)
    canvas.drawString(right - width - 8, title_y, text)


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _line(canvas: Canvas, y: float, label: str, value: str, font: str, size: float) -> None:
    canvas.setFont(SERIF, SIZE)
    canvas.drawString(TEXT_X, y, label)
    x = TEXT_X + stringWidth(label, SERIF, SIZE)
    size = _fit(value, font, size, TEXT_RIGHT - x, 9)
    canvas.setFont(font, size)
    canvas.drawString(x, y, value)


def _wrapped(canvas: Canvas, y: float, label: str, value: str, font: str, size: float) -> float:
    """Label and value, the value on up to two lines; return the y of the next line."""
    canvas.setFont(SERIF, SIZE)
    canvas.drawString(TEXT_X, y, label)
    x = TEXT_X + stringWidth(label, SERIF, SIZE)
    lines = simpleSplit(value, font, size, TEXT_RIGHT - x)
    while len(lines) > 2 and size > 10:
        size -= 0.5
        lines = simpleSplit(value, font, size, TEXT_RIGHT - x)
    canvas.setFont(font, size)
    for line in lines[:2]:
        canvas.drawString(x, y, line)
        y -= LINE
    return y


def _register(canvas: Canvas, cert: CertificateData) -> None:
    x, y = 17 * mm, 17 * mm
    text_x = x + QR_SIZE + 2
    if cert.qr_text:
        draw_qr(canvas, x, y, QR_SIZE, cert.qr_text)
        canvas.setFont(SERIF_ITALIC, 10)
        canvas.drawCentredString(x + QR_SIZE / 2, y - 8, "Quét để xác minh")  # out of the quiet zone
        if cert.key_fingerprint:
            canvas.setFont(SERIF, 6)  # small, between the line above and the frame
            canvas.drawCentredString(x + QR_SIZE / 2, y - 14.5, f"Khóa {cert.key_fingerprint}")
    else:
        text_x = x + 4 * mm
    canvas.setFont(SERIF, 12)
    canvas.drawString(text_x, y + 22, f"Số vào sổ: {cert.register_no}")
    canvas.drawString(text_x, y + 7, f"Số hiệu: {cert.serial}")
