"""Reading QR codes from a photo (PNG, JPEG) or a PDF of a certificate.

zxing-cpp decodes (photos taken at an angle, in poor light); PDF pages are rendered
with pdfium (pypdfium2) first. Both are wheels from PyPI, on Windows too. Returns the
texts found; a file that is no image or PDF is an ``InvalidInput`` with a code.
"""
from __future__ import annotations

import warnings
from pathlib import Path

from .errors import InvalidInput, Problem

MAX_PIXELS = 60_000_000  # a phone photo is 12-50 MP; more is a decompression bomb
MAX_PDF_PAGES = 50
RENDER_DPI = 200  # a printed QR code of 2-3 cm reads well at this; larger pages render smaller


def _decode(image: object) -> list[str]:
    import zxingcpp

    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if r.text]


def read_qr_texts(path: Path) -> list[str]:
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        raise _unreadable(path) from None
    if head.startswith(b"%PDF"):
        return _from_pdf(path)
    return _from_image(path)


def _unreadable(path: Path) -> InvalidInput:
    return InvalidInput([Problem("image_unreadable", "file", params={"path": str(path)})])


def _from_image(path: Path) -> list[str]:
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)  # Pillow only warns below twice the limit
            img = Image.open(path)
        with img:
            width, height = img.size
            if width * height > MAX_PIXELS:  # refused by its header, before a byte of it is unpacked
                raise _unreadable(path)
            img.load()
            return _decode(img.convert("L"))
    except InvalidInput:
        raise
    except Exception:  # noqa: BLE001 - a damaged image makes Pillow raise many kinds (even SyntaxError)
        raise _unreadable(path) from None


def _from_pdf(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception:  # noqa: BLE001 - PdfiumError, or worse from a hostile file
        raise _unreadable(path) from None
    texts: list[str] = []
    try:
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            width, height = page.get_size()  # points; a page may claim to be metres wide
            scale = min(RENDER_DPI / 72, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
            bitmap = page.render(scale=scale, grayscale=True)
            texts += _decode(bitmap.to_pil())
    except Exception:  # noqa: BLE001
        raise _unreadable(path) from None
    finally:
        pdf.close()
    return texts
