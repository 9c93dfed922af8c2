"""Printouts: pure functions that turn plain dataclasses into PDF on a binary stream.

Nothing here knows the database or Qt.  Every printed word is Vietnamese: paper is a face.
"""
from __future__ import annotations

from classroom.errors import ClassroomError


class Cancelled(ClassroomError):
    """The person cancelled a long build; the stream holds an unfinished PDF: discard it."""

    code = "cancelled"
