"""The Liberation fonts shipped in ``resources/fonts``, registered once with ReportLab.

Liberation Serif is metric-compatible with Times New Roman, which Decree 30/2020 asks for
on administrative paper; both families cover Vietnamese in full.
"""
from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Every module that draws loads this one, so ReportLab is set before a page is made (and a process that
# only hands pages to helpers, printouts.parallel, loads none of it). Page streams are zlib-compressed
# anyway; ReportLab's default of also wrapping them in ASCII85 (a relic of 7-bit mail) costs ~3 ms a
# page in pure Python without the optional rl_accel extension, and makes files 25 % larger.
rl_config.useA85 = 0

SERIF = "Serif"
SERIF_BOLD = "Serif-Bold"
SERIF_ITALIC = "Serif-Italic"
SERIF_BOLD_ITALIC = "Serif-BoldItalic"
SANS = "Sans"
SANS_BOLD = "Sans-Bold"

_FILES = {
    SERIF: "LiberationSerif-Regular.ttf",
    SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf",
    SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf",
    SANS_BOLD: "LiberationSans-Bold.ttf",
}

_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register the fonts and their families with ReportLab; later calls do nothing."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        folder = files("resources") / "fonts"
        for name, filename in _FILES.items():
            if name in pdfmetrics.getRegisteredFontNames():
                continue
            with as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC, boldItalic=SERIF_BOLD_ITALIC
        )
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        _done = True
