"""Certificates of completion (Giấy chứng nhận): one A4 landscape page each.

The pages are drawn by :mod:`printouts.certificate_page`; this module cuts a long document into parts,
has them made (by helpers started ahead, by helpers forked now, or here) and joins them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import BinaryIO

from .data import CertificateData, Issuer, nfc

Progress = Callable[[int, int], None]

PART = 400  # a document of at least two parts' pages is built in parts, by several processes
MAX_PARTS = 4
PAGES = "printouts.certificate_page:part_bytes"  # what makes a part's bytes, named for helpers started ahead


def parts_of(total: int) -> list[range]:
    """How a document of ``total`` pages is cut: by its length alone, never by the machine, so the same
    certificates give the same bytes on any computer."""
    count = max(1, min(MAX_PARTS, total // PART))
    size = -(-total // count) if total else 0
    return [range(start, min(total, start + size)) for start in range(0, total, size)] if total else [range(0)]


def build_certificates(
    issuer: Issuer,
    certs: Iterable[CertificateData],
    stream: BinaryIO,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    processes: int | None = None,
) -> int:
    """Write one page per certificate to ``stream``; return the number of pages.

    ``progress(done, total)`` is called as pages are made; ``cancelled()`` is asked before each page
    this process makes, and when it answers True, :class:`printouts.Cancelled` is raised.

    A long document is built in parts (:func:`parts_of`): made by the helpers the command started ahead
    (:func:`printouts.parallel.start_ahead`) when there are some, else by this process and others forked
    now (``processes`` in all, default one a core); the parts are joined without decoding a stream
    (:mod:`printouts.pdfjoin`). The bytes do not depend on how many processes made them, nor which.
    """
    issuer = nfc(issuer)
    items = [nfc(c) for c in certs]
    total = len(items)
    parts = [items[r.start:r.stop] for r in parts_of(total)]
    if len(parts) > 1:
        from .parallel import build_ahead

        made = build_ahead(PAGES, issuer, parts, progress)
        if made is not None:
            from .pdfjoin import join_pdfs

            return join_pdfs(made, stream)
    from . import certificate_page as page  # ReportLab is loaded only by a process that draws

    if len(parts) == 1:
        page.write_part(issuer, items, stream, progress, cancelled)
        return total
    page.register_fonts()  # before the helpers are forked: they find the fonts read
    from .parallel import build_parts  # loads multiprocessing only for a long document

    built = build_parts(page.part_bytes, issuer, parts, processes, progress, cancelled)
    from .pdfjoin import join_pdfs

    return join_pdfs(built, stream)
