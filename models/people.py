"""Participants: the citizens who take the classes."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, LocalDateTime, now_local
from .commune import Village


class Participant(Base):
    """A person in the registry.

    Only what the classes need is kept (Law 91/2025/QH15: collect the least).
    ``name_folded`` and ``sort_key`` derive from ``full_name``; the services set all three
    together (``classroom.participants``). The birth date may be a year alone, so it is
    three columns. ``card_code`` is the random text printed in the person's QR card.
    """

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(100))
    name_folded: Mapped[str] = mapped_column(String(100), index=True)
    sort_key: Mapped[bytes] = mapped_column(LargeBinary, index=True)
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)
    birth_day: Mapped[int | None] = mapped_column(Integer)
    gender: Mapped[str | None] = mapped_column(String(10))
    national_id: Mapped[str | None] = mapped_column(String(12), unique=True)
    phone: Mapped[str | None] = mapped_column(String(10), index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id", ondelete="SET NULL"), index=True)
    target_group: Mapped[str] = mapped_column(String(20), default="other")
    occupation: Mapped[str] = mapped_column(String(150), default="")  # or workplace: cooperative, enterprise
    needs: Mapped[str] = mapped_column(Text, default="")  # poor eyesight, no smartphone of their own ...
    card_code: Mapped[str] = mapped_column(String(32), unique=True)
    consent_at: Mapped[datetime | None] = mapped_column(LocalDateTime)
    consent_purpose: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local)
    updated_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local, onupdate=now_local)
    erased_at: Mapped[datetime | None] = mapped_column(LocalDateTime)  # identity removed on request

    village: Mapped[Village | None] = relationship()
