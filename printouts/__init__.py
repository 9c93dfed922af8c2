"""Printouts: pure functions that turn plain dataclasses into PDF on a binary stream.

Nothing here knows the database or Qt.  Every printed word is Vietnamese: paper is a face.
"""
from __future__ import annotations

# The one exception tree of the core (only the exceptions: printouts know no database).
# A cancelled build leaves an unfinished PDF in the stream: the caller discards it.
from models.errors import Cancelled

__all__ = ["Cancelled"]


def _configure_reportlab() -> None:
    # Page streams are zlib-compressed anyway; ReportLab's default of also wrapping them
    # in ASCII85 (a relic of 7-bit mail) costs ~3 ms a page in pure Python without the
    # optional rl_accel extension, and makes files 25 % larger.
    from reportlab import rl_config

    rl_config.useA85 = 0


_configure_reportlab()
