"""Printouts: pure functions that turn plain dataclasses into PDF on a binary stream.

Nothing here knows the database or Qt.  Every printed word is Vietnamese: paper is a face.
"""
from __future__ import annotations

# The one exception tree of the core (only the exceptions: printouts know no database).
# A cancelled build leaves an unfinished PDF in the stream: the caller discards it.
from models.errors import Cancelled

__all__ = ["Cancelled"]

