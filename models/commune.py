"""The commune and its places, people who teach, the calendar and targets."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, LocalDateTime, now_local


class Commune(Base):
    """The commune-level unit (xã, phường, đặc khu) that runs the classes.

    One row per database; a district or province server that gathers several communes
    reads their exported packages instead of sharing this table.
    """

    __tablename__ = "communes"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))  # "Đông Sơn"
    kind: Mapped[str] = mapped_column(String(20), default="commune")  # commune | ward | special_zone
    code: Mapped[str] = mapped_column(String(5))  # 5-digit official code (Decision 19/2025/QĐ-TTg)
    province_name: Mapped[str] = mapped_column(String(100))
    province_code: Mapped[str] = mapped_column(String(2))
    upper_body: Mapped[str] = mapped_column(String(200), default="")  # the receiving body, a setting
    place_name: Mapped[str] = mapped_column(String(100), default="")  # for "…, ngày … tháng … năm …"
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    signer_name: Mapped[str] = mapped_column(String(100), default="")

    villages: Mapped[list[Village]] = relationship(back_populates="commune", order_by="Village.name")


class Village(Base):
    """A village (thôn, ấp, bản) or residential group (tổ dân phố) of the commune."""

    __tablename__ = "villages"
    __table_args__ = (UniqueConstraint("commune_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    commune_id: Mapped[int] = mapped_column(ForeignKey("communes.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(100))
    adult_population: Mapped[int | None] = mapped_column(Integer)  # denominator for targets
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())  # False: retired (0009)

    commune: Mapped[Commune] = relationship(back_populates="villages")


class Venue(Base):
    """A cultural house, school room or office hall where sessions take place."""

    __tablename__ = "venues"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id", ondelete="SET NULL"))
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    computers: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    village: Mapped[Village | None] = relationship()


class Instructor(Base):
    """A volunteer instructor and the organisation they come from."""

    __tablename__ = "instructors"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(100))
    name_folded: Mapped[str] = mapped_column(String(100), index=True)
    organisation_kind: Mapped[str] = mapped_column(String(20), default="digital_team")
    organisation_name: Mapped[str] = mapped_column(String(150), default="")
    phone: Mapped[str | None] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class CalendarDay(Base):
    """A day the officer adds to or removes from the public holidays.

    ``kind`` is ``"holiday"`` (no classes: local festival, harvest week) or ``"working"``
    (a day the government swapped back to a working day).
    """

    __tablename__ = "calendar_days"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(10), default="holiday")
    name: Mapped[str] = mapped_column(String(150), default="")


class YearlyTarget(Base):
    """A yearly target per target group (e.g. 70 % of adult farmers trained)."""

    __tablename__ = "yearly_targets"
    __table_args__ = (UniqueConstraint("year", "target_group", "metric"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    target_group: Mapped[str] = mapped_column(String(20))
    metric: Mapped[str] = mapped_column(String(30))
    value: Mapped[float] = mapped_column(Float)


class Setting(Base):
    """Officer-editable settings (late-arrival minutes, backup folder ...), as text."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """Who changed what and when. ``details`` never holds ID numbers or phones in clear.

    Append-only (database triggers refuse UPDATE and DELETE, revision 0004); each row's ``hash``
    chains it to the row before (``classroom.audit``). ``person_id``: the participant concerned.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_actor_at", "actor", "at"),
        Index("ix_audit_log_action_at", "action", "at"),
        Index("ix_audit_log_action_actor_at", "action", "actor", "at"),
        Index("ix_audit_log_person_at", "person_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(40))  # create | update | delete | erase | import ...
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="")  # JSON
    person_id: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")
    hash: Mapped[str] = mapped_column(String(64), default="", server_default="")


class AuditPerson(Base):
    """A participant an audit row is about, when the row is about several (a sitting's marks)."""

    __tablename__ = "audit_log_people"
    __table_args__ = {"sqlite_with_rowid": False}

    person_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    audit_id: Mapped[int] = mapped_column(ForeignKey("audit_log.id"), primary_key=True, autoincrement=False)


class AuditPendingMark(Base):
    """An attendance mark not yet in the audit log: the log gets one row per session and officer
    per sitting, written when the sitting ends (``classroom.audit_marks``)."""

    __tablename__ = "audit_pending_marks"
    __table_args__ = (Index("ix_audit_pending_marks_session_actor", "session_id", "actor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(100))
    participant_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str | None] = mapped_column(String(20))  # None: the mark was taken off (undo)
    source: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(LocalDateTime)
