"""What a receiving office consolidated: each run, and each commune's package it added up.

``consolidation_runs``: one row per consolidation whose workbook was written (it is saved in the
same transaction as the keys the run pinned): when, the workbook's path, how many packages were
added and refused (the refused as ``[{"path", "code"}]``), and the totals with each person counted
once across communes (``by_group``: ``{"elderly": [enrolled, completed, certified], ...}``).

``consolidated_packages``: per package added, who sent it (commune code and name, province), for
which period, when the commune made it, the SHA-256 of the file as received, the fingerprint of the
key that signed it and the commune's totals (in the same JSON shape per target group). No person's
data is kept: the rows stay in the packages and the workbook. The same file consolidated again has
the same ``sha256``; ``first_run_id`` names the run that first added it (None: the first time).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, LocalDateTime


class ConsolidationRun(Base):
    __tablename__ = "consolidation_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    consolidated_at: Mapped[datetime] = mapped_column(LocalDateTime, index=True)
    workbook: Mapped[str] = mapped_column(Text)  # the path it was written to
    accepted: Mapped[int] = mapped_column(Integer)
    refused: Mapped[int] = mapped_column(Integer)
    refusals: Mapped[str] = mapped_column(Text, default="[]")  # JSON: [{"path", "code"}]
    enrolled: Mapped[int] = mapped_column(Integer)  # each person once, across communes
    completed: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    in_several: Mapped[int] = mapped_column(Integer)  # people (by personal ID) found in more than one commune
    by_group: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {group: [enrolled, completed, certified]}


class ConsolidatedPackage(Base):
    __tablename__ = "consolidated_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("consolidation_runs.id", ondelete="CASCADE"), index=True)
    first_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("consolidation_runs.id", ondelete="SET NULL"), default=None)  # the same file added before
    consolidated_at: Mapped[datetime] = mapped_column(LocalDateTime)
    commune_code: Mapped[str] = mapped_column(String(5), index=True)
    commune_name: Mapped[str] = mapped_column(String(100))
    province_code: Mapped[str] = mapped_column(String(2))
    province_name: Mapped[str] = mapped_column(String(100), default="")
    period_start: Mapped[date | None] = mapped_column(Date, default=None)  # None: from the beginning
    period_end: Mapped[date | None] = mapped_column(Date, default=None)  # None: to the end
    made_on: Mapped[date | None] = mapped_column(Date, default=None)  # the day the commune made the package
    sha256: Mapped[str] = mapped_column(String(64), index=True)  # of the file, hex (what sha256sum prints)
    fingerprint: Mapped[str] = mapped_column(String(24))  # of the key that signed it
    rows: Mapped[int] = mapped_column(Integer)  # roster rows (people × classes)
    enrolled: Mapped[int] = mapped_column(Integer)  # within the commune, each person once
    completed: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    by_group: Mapped[str] = mapped_column(Text, default="{}")  # JSON: {group: [enrolled, completed, certified]}
