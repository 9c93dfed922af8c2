"""Instructors' offline files this office gave out (``classroom.offline``).

The file itself cannot be trusted to say who marked or when: it carries the key that seals its
marks, so whoever holds it can re-seal anything. What the office recorded when it gave the file
out is what a merge believes: to whom, when, and what it merged from it since.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, LocalDateTime


class IssuedFile(Base):
    __tablename__ = "offline_files"

    export_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the file's own id (a UUID)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    issued_to: Mapped[str] = mapped_column(String(200))  # the instructor the office gave it to
    issued_by: Mapped[str] = mapped_column(String(100), default="")  # the officer who exported it
    issued_at: Mapped[datetime] = mapped_column(LocalDateTime)
    merged_at: Mapped[datetime | None] = mapped_column(LocalDateTime, default=None)  # the last merge
    merged_seal: Mapped[str] = mapped_column(String(64), default="")  # the marks' seal of the last merge
    merges: Mapped[int] = mapped_column(Integer, default=0)
