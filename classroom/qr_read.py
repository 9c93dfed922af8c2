"""Reading QR codes from a photo (PNG, JPEG) or a PDF of a certificate.

zxing-cpp decodes (photos taken at an angle, in poor light); PDF pages are rendered
with pdfium (pypdfium2) first. Both are wheels from PyPI, on Windows too. Returns the
texts found; a file that is no image or PDF is an ``InvalidInput`` with a code.
"""
from __future__ import annotations

from pathlib import Path

from .errors import InvalidInput, Problem

MAX_PIXELS = 60_000_000  # a phone photo is 12-50 MP; more is a decompression bomb
MAX_PDF_PAGES = 50


def _decode(image: object) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if r.text]


def read_qr_texts(path: Path) -> list[str]:
    path = Path(path)
    try:
        head = path.open("rb").read(8)
    except OSError:
        raise InvalidInput([Problem("image_unreadable", "file", params={"path": str(path)})]) from None
    if head.startswith(b"%PDF"):
        return _from_pdf(path)
    return _from_image(path)


def _from_image(path: Path) -> list[str]:
    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(path) as img:
            img.load()
            return _decode(img.convert("L"))
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        raise InvalidInput([Problem("image_unreadable", "file", params={"path": str(path)})]) from None


def _from_pdf(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        raise InvalidInput([Problem("image_unreadable", "file", params={"path": str(path)})]) from None
    texts: list[str] = []
    try:
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            bitmap = page.render(scale=200 / 72, grayscale=True)
            texts += _decode(bitmap.to_pil())
    finally:
        pdf.close()
    return texts
