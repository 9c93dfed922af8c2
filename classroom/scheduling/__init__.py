"""Scheduling: recurring sessions, holidays, conflicts, classes, venues, instructors, the calendar.

No Qt and no sentences: functions take a ``Session`` and plain values and return
dataclasses; problems are ``classroom.errors`` exceptions with codes (each module's
docstring lists its own).
"""
from .agenda import AgendaEntry, agenda, instructor_upcoming, venue_week
from .catalogue import (
    CalendarDayRow, CourseInput, CourseRow, add_course, course_by_code_or_title, list_calendar_days, list_courses,
    remove_calendar_day, set_calendar_day, update_course,
)
from .conflicts import KINDS, Conflict, SchedulingConflict, find_conflicts
from .editing import ClassDetail, ClassInput, SavedClass, SessionInfo, create_class, load_class, update_class
from .places import (
    InstructorInput, InstructorRow, VenueInput, VenueRow, create_instructor, create_venue, delete_instructor,
    delete_venue, instructor_by_name, list_instructors, list_venues, update_instructor, update_venue, venue_by_name,
)
from .plain import PARTS_OF_DAY, PlainRule, rule_text, to_spec
from .recurrence import MAX_DATES, MAX_MINUTES, Plan, PlannedSession, RecurrenceSpec, SkippedDate, plan_sessions
from .sessions import Contact, Notice, add_session, cancel_session, contacts, holiday_on, move_session

__all__ = [
    "KINDS", "MAX_DATES", "MAX_MINUTES", "PARTS_OF_DAY", "AgendaEntry", "CalendarDayRow", "ClassDetail", "ClassInput",
    "Conflict", "Contact", "CourseInput", "CourseRow", "InstructorInput", "InstructorRow", "Notice", "Plan",
    "PlainRule", "PlannedSession", "RecurrenceSpec", "SavedClass", "SchedulingConflict", "SessionInfo",
    "SkippedDate", "VenueInput", "VenueRow", "add_course", "add_session", "agenda", "cancel_session", "contacts",
    "course_by_code_or_title", "create_class", "create_instructor", "create_venue", "delete_instructor",
    "delete_venue", "find_conflicts", "holiday_on", "instructor_by_name", "instructor_upcoming",
    "list_calendar_days", "list_courses", "list_instructors", "list_venues", "load_class", "move_session",
    "plan_sessions", "remove_calendar_day", "rule_text", "set_calendar_day", "to_spec", "update_class",
    "update_course", "update_instructor", "update_venue", "venue_by_name", "venue_week",
]
