"""Courses, classes, sessions, enrollments, attendance, assessments and certificates."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean, Column, Date, Float, ForeignKey, Index, Integer, String, Table, Text, UniqueConstraint, delete, func,
    insert, select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import AttendanceStatus, Base, LocalDateTime, SessionStatus, now_local
from .commune import Instructor, Venue
from .people import Participant


class Course(Base):
    """An entry of the course catalogue; provinces and communes add their own."""

    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    content_group: Mapped[str] = mapped_column(String(40), default="")
    hours: Mapped[float | None] = mapped_column(Float)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class_instructors = Table(
    "class_instructors",
    Base.metadata,
    Column("class_id", ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True),
    Column("instructor_id", ForeignKey("instructors.id", ondelete="RESTRICT"), primary_key=True),
)


class CourseClass(Base):
    """A class: one course taught to one target group at one venue.

    Completion: at least ``completion_percent`` % of the sessions held attended
    (present or late) and, if ``requires_assessment``, a passed assessment.
    """

    __tablename__ = "classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id", ondelete="RESTRICT"), index=True)
    target_group: Mapped[str] = mapped_column(String(20))
    venue_id: Mapped[int] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"), index=True)
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    completion_percent: Mapped[int] = mapped_column(Integer, default=80)
    requires_assessment: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local)

    course: Mapped[Course] = relationship()
    venue: Mapped[Venue] = relationship()
    instructors: Mapped[list[Instructor]] = relationship(secondary=class_instructors)
    sessions: Mapped[list[ClassSession]] = relationship(
        back_populates="course_class", order_by="ClassSession.starts_at", cascade="all, delete-orphan"
    )
    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="course_class", cascade="all, delete-orphan")


class ClassSession(Base):
    """One meeting of a class. ``venue_id`` overrides the class's venue when set."""

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(LocalDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(LocalDateTime)
    venue_id: Mapped[int | None] = mapped_column(ForeignKey("venues.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    moved_from: Mapped[datetime | None] = mapped_column(LocalDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    course_class: Mapped[CourseClass] = relationship(back_populates="sessions")
    venue: Mapped[Venue | None] = relationship()


class Enrollment(Base):
    """A person in a class, or on its waiting list (ordered by ``enrolled_at``, then id)."""

    __tablename__ = "enrollments"
    __table_args__ = (UniqueConstraint("class_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(12), default="enrolled")
    enrolled_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local)
    withdrawn_at: Mapped[datetime | None] = mapped_column(LocalDateTime)
    withdraw_reason: Mapped[str] = mapped_column(String(200), default="")

    course_class: Mapped[CourseClass] = relationship(back_populates="enrollments")
    participant: Mapped[Participant] = relationship()


class AttendanceMark(Base):
    """One person's status at one session, with who marked it, when and from where."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),
                      Index("ix_attendance_session_status", "session_id", "status"))  # a session's counts, from the index

    id: Mapped[int] = mapped_column(primary_key=True)
    # session_id is looked up through the two indexes that begin with it (unique, and with status)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"), index=True)
    status: Mapped[str] = mapped_column(String(10))
    reason: Mapped[str] = mapped_column(String(200), default="")  # for excused absences
    arrived_at: Mapped[datetime | None] = mapped_column(LocalDateTime)
    marked_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local)
    marked_by: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(12), default="office")  # office | scan | instructor | paper


class AttendanceTally(Base):
    """Per class and person: how many of the class's sessions (not cancelled) they attended,
    present or late. Derived from the marks and kept by database triggers (migration 0003) on
    every change of a mark or a session, whichever program or statement makes it; reports read
    it instead of adding up every mark (700,000 of them in a large commune-year).

    Rows are never written by the program; a row may stay at 0 after its marks are gone.
    """

    __tablename__ = "attendance_tally"
    # Not copied by backups (rebuilt from the marks); on SQLite the rows live in the key's own b-tree.
    __table_args__ = {"info": {"derived": True}, "sqlite_with_rowid": False}

    class_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    participant_id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    present: Mapped[int] = mapped_column(Integer, default=0)


PRESENT_LIKE = (AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value)  # "attended", for every count of it


def rebuild_attendance_tally(connection: Connection) -> None:
    """Counts the tally again from the marks (after rows were copied in bulk, e.g. a restore)."""
    tally = AttendanceTally.__table__
    connection.execute(delete(tally))
    counted = (select(ClassSession.class_id, AttendanceMark.participant_id, func.count())
               .join(ClassSession, ClassSession.id == AttendanceMark.session_id)
               .where(AttendanceMark.status.in_(PRESENT_LIKE), ClassSession.status != SessionStatus.CANCELLED.value)
               .group_by(ClassSession.class_id, AttendanceMark.participant_id))
    connection.execute(insert(tally).from_select(["class_id", "participant_id", "present"], counted))


class AssessmentResult(Base):
    """The standard assessment of basic digital skills (Decision 757/QĐ-BKHCN), per class."""

    __tablename__ = "assessments"
    __table_args__ = (UniqueConstraint("class_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    passed: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    assessor: Mapped[str] = mapped_column(String(100), default="", server_default="")  # who assessed
    # who entered the result and when (office or instructor's file: the later wins when merging)
    recorded_at: Mapped[datetime | None] = mapped_column(LocalDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100), default="", server_default="")


class VneidConfirmation(Base):
    """A participant confirmed a class's course on VNeID / the national learning platform:
    the day, and who saw it (an officer looking at the person's phone, an instructor)."""

    __tablename__ = "vneid_confirmations"
    __table_args__ = (UniqueConstraint("class_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"), index=True)
    confirmed_on: Mapped[date] = mapped_column(Date, index=True)
    seen_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local)


class Certificate(Base):
    """An issued certificate of completion (Giấy chứng nhận).

    ``serial`` is ``<commune code>-<year>-<sequence>`` from ``CertificateRegister``: no gaps,
    never reused. ``register_no`` is the number in the commune's register book (số vào sổ).
    """

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("class_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    serial: Mapped[str] = mapped_column(String(40), unique=True)
    register_no: Mapped[int] = mapped_column(Integer)
    class_id: Mapped[int] = mapped_column(ForeignKey("classes.id", ondelete="RESTRICT"), index=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="RESTRICT"), index=True)
    issued_on: Mapped[date] = mapped_column(Date)
    signer_name: Mapped[str] = mapped_column(String(100), default="")
    signer_title: Mapped[str] = mapped_column(String(100), default="")
    qr_text: Mapped[str] = mapped_column(Text, default="")  # the signed record printed in the QR
    reprints: Mapped[int] = mapped_column(Integer, default=0)
    revoked_at: Mapped[datetime | None] = mapped_column(LocalDateTime)
    revoke_reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(LocalDateTime, default=now_local)


class CertificateRegister(Base):
    """The commune's certificate register: the last sequence number used in each year."""

    __tablename__ = "certificate_register"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)
