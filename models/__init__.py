"""The domain model: SQLAlchemy 2 typed models, database set-up and Alembic migrations.

Nothing here imports Qt or the ``classroom`` services.
"""
from .base import (
    LOCAL_TZ, AttendanceStatus, Base, ClassStatus, EnrollmentStatus, Gender, LocalDateTime,
    OrganisationKind, SessionStatus, TargetGroup, TargetMetric, now_local,
)
from .commune import AuditEntry, AuditPendingMark, AuditPerson, CalendarDay, Commune, Instructor, Setting, Venue, Village, YearlyTarget
from .consolidation import ConsolidatedPackage, ConsolidationRun
from .issued import IssuedFile
from .people import Participant
from .teaching import (
    AssessmentResult, AttendanceMark, AttendanceTally, Certificate, CertificateRegister, ClassSession, Course,
    CourseClass, Enrollment, PRESENT_LIKE, VneidConfirmation, class_instructors, rebuild_attendance_tally,
)
from .trust import IssuerKey, KnownRevocation

__all__ = [
    "LOCAL_TZ", "PRESENT_LIKE", "AssessmentResult", "AttendanceMark", "AttendanceStatus", "AttendanceTally", "AuditEntry", "AuditPendingMark", "AuditPerson", "Base", "CalendarDay",
    "Certificate", "CertificateRegister", "ClassSession", "ClassStatus", "Commune", "ConsolidatedPackage", "ConsolidationRun", "Course", "CourseClass",
    "Enrollment", "EnrollmentStatus", "Gender", "Instructor", "IssuedFile", "IssuerKey", "KnownRevocation", "LocalDateTime", "OrganisationKind", "Participant",
    "SessionStatus", "Setting", "TargetGroup", "TargetMetric", "Venue", "Village", "VneidConfirmation", "YearlyTarget",
    "class_instructors", "now_local", "rebuild_attendance_tally",
]
