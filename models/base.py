"""Declarative base, portable column types and the enumerations stored as text."""
from __future__ import annotations

import enum
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from sqlalchemy import DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

#: Communes all live in one time zone; wall-clock times are stored in it.
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class LocalDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as naive wall-clock time in Asia/Ho_Chi_Minh.

    SQLite keeps no offsets and PostgreSQL would convert to UTC; storing the commune's
    wall-clock time (UTC+7, no daylight saving) the same way on both keeps the two
    back ends identical. Values come back aware, in ``LOCAL_TZ``.
    """

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a LocalDateTime column")
        return value.astimezone(LOCAL_TZ).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=LOCAL_TZ)


def now_local() -> datetime:
    return datetime.now(timezone.utc).astimezone(LOCAL_TZ).replace(microsecond=0)


class TargetGroup(enum.StrEnum):
    """Target groups as stored and exported (contract/cli.md)."""

    ELDERLY = "elderly"
    WORKER = "worker"
    FARMER = "farmer"
    YOUTH = "youth"
    WOMEN = "women"
    CIVIL_SERVANT = "civil_servant"
    STUDENT = "student"
    OTHER = "other"


class Gender(enum.StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class OrganisationKind(enum.StrEnum):
    """Where a volunteer instructor comes from."""

    DIGITAL_TEAM = "digital_team"  # Tổ công nghệ số cộng đồng
    YOUTH_UNION = "youth_union"
    WOMENS_UNION = "womens_union"
    SCHOOL = "school"
    UNIVERSITY = "university"
    COMMUNE_STAFF = "commune_staff"
    OTHER = "other"


class ClassStatus(enum.StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"
    CANCELLED = "cancelled"


class SessionStatus(enum.StrEnum):
    SCHEDULED = "scheduled"
    HELD = "held"
    CANCELLED = "cancelled"


class EnrollmentStatus(enum.StrEnum):
    ENROLLED = "enrolled"
    WAITING = "waiting"
    WITHDRAWN = "withdrawn"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    LATE = "late"
    ABSENT = "absent"
    EXCUSED = "excused"


class TargetMetric(enum.StrEnum):
    """What a yearly target counts (DOMAIN.md, "Targets provinces report")."""

    TRAINED = "trained"  # people who completed a class
    CERTIFIED = "certified"
    SHARE_BASIC_SKILLS = "share_basic_skills"  # percent of adults
    VNEID_CONFIRMED = "vneid_confirmed"
