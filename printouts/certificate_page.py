"""A certificate's page, drawn with ReportLab: what :mod:`printouts.certificates` builds documents from.

Drawn straight on the canvas (no platypus) so that a whole class, or a thousand people, builds in a
few seconds. Kept apart from the document's entry point so that a process handing the pages to
helpers started ahead (:func:`printouts.parallel.start_ahead`) never loads ReportLab itself.
"""
from __future__ import annotations

import functools
import io
import zlib
from collections.abc import Callable
from typing import BinaryIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.pdfdoc import PDFStreamFilterZCompress
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

from . import Cancelled
from .data import CertificateData, Issuer
from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts
from .layout import date_line, draw_national_header, draw_signer_block, format_date, issuer_signer_lines
from .qr import draw_qr, qr_layouts

PAGE = landscape(A4)
W, H = PAGE
CONTENT_X = 25 * mm
CONTENT_W = W - 45 * mm
TEXT_X = 48 * mm  # left edge of the body lines
REGISTER_X = REGISTER_Y = 17 * mm  # the QR's lower left corner, the register number and serial beside it
TEXT_RIGHT = W - 28 * mm
LINE = 25.0
SIZE = 15.0
BODY_Y = H - 50 * mm - 25 - 42 - (LINE + 4) - 2 * LINE  # the course's line, under the name, birth and residence
QR_SIZE = 36 * mm  # with its quiet zone

Progress = Callable[[int, int], None]


def part_bytes(issuer: Issuer, items: list[CertificateData], progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> bytes:
    out = io.BytesIO()
    write_part(issuer, items, out, progress, cancelled)
    return out.getvalue()


class _FastFlate(PDFStreamFilterZCompress):
    """FlateDecode at zlib's level 1 (ReportLab's own filter uses the default level, 6)."""

    def encode(self, text: str | bytes) -> bytes:
        return zlib.compress(text.encode("utf8") if isinstance(text, str) else text, 1)


FAST_FLATE = _FastFlate()


def write_part(issuer: Issuer, items: list[CertificateData], stream: BinaryIO, progress: Progress | None,
                cancelled: Callable[[], bool] | None) -> None:
    register_fonts()
    total = len(items)
    canvas = Canvas(stream, pagesize=PAGE, pageCompression=0)
    # pages and forms compressed all the same, at zlib's fastest level: a page is mostly QR rectangles,
    # which level 1 packs within a fifth of level 6 in a third of the time (ReportLab gives streams
    # without filters of their own the document's default ones)
    canvas._doc.defaultStreamFilters = [FAST_FLATE]
    canvas.setTitle("Giấy chứng nhận hoàn thành khóa học Bình dân học vụ số")
    canvas.setAuthor(issuer.upper_body)
    canvas.setCreator("classroom")
    forms: dict[tuple[object, ...], str] = {}
    for done, cert in enumerate(items):
        if cancelled is not None and cancelled():
            raise Cancelled(done=done, total=total)
        draw_certificate(canvas, issuer, cert, forms)
        canvas.showPage()
        if progress is not None:
            progress(done + 1, total)
    canvas.save()


def _form(canvas: Canvas, forms: dict[tuple[object, ...], str], key: tuple[object, ...],
          draw: Callable[[], None]) -> str:
    """The name of a form XObject holding what ``draw`` draws, made the first time ``key`` is asked for.

    What every page of a class shares (border, header, title, signer's block) is drawn once and placed
    on each page: a thousand pages build faster and the file is smaller. ReportLab makes a form only
    before a page's own drawing begins, so a page asks for its forms first.
    """
    name = forms.get(key)
    if name is None:
        name = forms[key] = f"cert{len(forms)}"
        canvas.beginForm(name)
        draw()
        canvas.endForm()
    return name


def draw_certificate(canvas: Canvas, issuer: Issuer, cert: CertificateData,
                     forms: dict[tuple[object, ...], str] | None = None) -> None:
    """One certificate on the current (empty) page; inputs already in NFC. ``forms`` keeps the parts pages
    share within one document (a new dict per document)."""
    forms = {} if forms is None else forms
    frame = _form(canvas, forms, ("frame",), lambda: _frame(canvas, issuer))

    course = _wrap("Đã hoàn thành khóa học: ", cert.course_title, SERIF_BOLD, SIZE)
    y = BODY_Y - LINE * len(course[0])
    y -= LINE  # class
    venue = _wrap("Địa điểm học: ", cert.venue, SERIF, SIZE)
    y -= LINE * len(venue[0])

    sign_cx = W * 0.70
    top = min(y - 30, 72 * mm)
    titles = issuer_signer_lines(issuer)
    # two-line course and venue push the block down: shrink the signing room, not the name
    space = max(15 * mm, min(25 * mm, top - 6 - 15 * len(titles) - 14 - 48))
    when = date_line(issuer.place_name, cert.issued_on)

    def signer() -> None:
        canvas.setFont(SERIF_ITALIC, 14)
        canvas.drawCentredString(sign_cx, top, when)
        draw_signer_block(canvas, sign_cx, top - 6, titles, issuer.signer_name, space=space)

    signature = _form(canvas, forms, ("signer", top, space, when), signer)
    span = f"từ ngày {format_date(cert.first_session)} đến ngày {format_date(cert.last_session)}"
    if cert.first_session == cert.last_session:
        span = f"ngày {format_date(cert.first_session)}"
    class_line = f"{cert.class_code}, học {span}"

    def body() -> None:  # course, class, venue and result: the same on every page of a class
        text = canvas.beginText()
        y = _wrapped(text, BODY_Y, "Đã hoàn thành khóa học: ", course, SERIF_BOLD)
        _line(text, y, "Lớp: ", class_line, SERIF, SIZE)
        y = _wrapped(text, y - LINE, "Địa điểm học: ", venue, SERIF)
        _line(text, y, "Kết quả: ", cert.result, SERIF_BOLD, SIZE)
        canvas.drawText(text)

    shared = _form(canvas, forms, ("body", course, class_line, venue, cert.result), body)
    labels = (_form(canvas, forms, ("qr", cert.key_fingerprint), lambda: _qr_labels(canvas, cert.key_fingerprint))
              if cert.qr_text else None)
    canvas.doForm(frame)
    canvas.doForm(signature)
    canvas.doForm(shared)
    if labels is not None:
        canvas.doForm(labels)

    y = H - 50 * mm
    if cert.is_copy:
        _copy_mark(canvas, y)
    y -= 25 + 42
    text = canvas.beginText()  # the person's own lines in one text object: one BT … ET, not one a string
    _line(text, y, f"Chứng nhận {cert.honorific}: ", cert.holder_name, SERIF_BOLD, 24)
    y -= LINE + 4
    birth_label = "Năm sinh: " if len(cert.birth.strip()) == 4 else "Ngày sinh: "
    _line(text, y, birth_label, cert.birth or "…………", SERIF, SIZE)
    y -= LINE
    residence = ", ".join(p for p in (cert.village, f"{issuer.commune_full}, {issuer.province_kind} {issuer.province_name}") if p)
    _line(text, y, "Nơi cư trú: ", residence, SERIF, SIZE)
    _register(canvas, text, cert)
    canvas.drawText(text)


def _frame(canvas: Canvas, issuer: Issuer) -> None:
    """Border, national header, title: the same on every page of a document."""
    _border(canvas)
    draw_national_header(canvas, issuer, CONTENT_X, H - 20 * mm, CONTENT_W, left_share=0.42)
    y = H - 50 * mm
    canvas.setFont(SERIF_BOLD, 34)
    canvas.drawCentredString(W / 2, y, "GIẤY CHỨNG NHẬN")
    y -= 25
    canvas.setFont(SERIF_BOLD_ITALIC, 16)
    canvas.drawCentredString(W / 2, y, "Hoàn thành khóa học Bình dân học vụ số")


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


def _at(text: PDFTextObject, x: float, y: float, words: str, font: str, size: float) -> None:
    text.setTextOrigin(x, y)
    text.setFont(font, size)
    text.textOut(words)


def _line(text: PDFTextObject, y: float, label: str, value: str, font: str, size: float) -> None:
    _at(text, TEXT_X, y, label, SERIF, SIZE)
    x = TEXT_X + stringWidth(label, SERIF, SIZE)
    _at(text, x, y, value, font, _fit(value, font, size, TEXT_RIGHT - x, 9))


@functools.lru_cache(maxsize=64)
def _wrap(label: str, value: str, font: str, size: float) -> tuple[tuple[str, ...], float]:
    """The value's lines after the label (two at most, the size shrunk until it fits) and their size."""
    width = TEXT_RIGHT - TEXT_X - stringWidth(label, SERIF, SIZE)
    lines = simpleSplit(value, font, size, width)
    while len(lines) > 2 and size > 10:
        size -= 0.5
        lines = simpleSplit(value, font, size, width)
    return tuple(lines[:2]), size


def _wrapped(text: PDFTextObject, y: float, label: str, wrapped: tuple[tuple[str, ...], float], font: str) -> float:
    """Label and its wrapped value (from :func:`_wrap`); return the y of the next line."""
    _at(text, TEXT_X, y, label, SERIF, SIZE)
    x = TEXT_X + stringWidth(label, SERIF, SIZE)
    lines, size = wrapped
    for line in lines:
        _at(text, x, y, line, font, size)
        y -= LINE
    return y


def _centred(text: PDFTextObject, cx: float, y: float, words: str, font: str, size: float) -> None:
    _at(text, cx - stringWidth(words, font, size) / 2, y, words, font, size)


def _qr_labels(canvas: Canvas, fingerprint: str) -> None:
    """The words under the QR (the same on every page signed with one key)."""
    x, y = REGISTER_X, REGISTER_Y
    text = canvas.beginText()
    _centred(text, x + QR_SIZE / 2, y - 8, "Quét để xác minh", SERIF_ITALIC, 10)  # out of the quiet zone
    if fingerprint:  # small, between the line above and the frame
        _centred(text, x + QR_SIZE / 2, y - 14.5, f"Khóa {fingerprint}", SERIF, 6)
    canvas.drawText(text)


def _register(canvas: Canvas, text: PDFTextObject, cert: CertificateData) -> None:
    x, y = REGISTER_X, REGISTER_Y
    text_x = x + QR_SIZE + 2
    if cert.qr_text:
        draw_qr(canvas, x, y, QR_SIZE, cert.qr_text)
    else:
        text_x = x + 4 * mm
    _at(text, text_x, y + 22, f"Số vào sổ: {cert.register_no}", SERIF, 12)
    _at(text, text_x, y + 7, f"Số hiệu: {cert.serial}", SERIF, 12)


def warm_up() -> None:
    """What a helper started ahead loads while it waits for its pages: the fonts, and the QR layouts of the
    versions a certificate's text takes."""
    register_fonts()
    qr_layouts(range(11, 15))
