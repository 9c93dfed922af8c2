"""Words of the scheduling screens: codes to sentences, conflicts, days and times, group colours."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from classroom.scheduling import Conflict
from models.errors import ClassroomError, InvalidInput, Problem

from ..words import describe_error as describe_other

C = "ScheduleWords"

CODES = {
    # a whole rule or session
    "rule_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "The recurrence rule cannot be read ({detail})."),
    "rule_unbounded": QT_TRANSLATE_NOOP("ScheduleWords", "The rule never ends: give a number of sessions or an end date."),
    "rule_too_many": QT_TRANSLATE_NOOP("ScheduleWords", "That gives too many sessions: at most {limit} for one class."),
    "rule_no_dates": QT_TRANSLATE_NOOP("ScheduleWords", "No date fits these choices."),
    "rule_only_holidays": QT_TRANSLATE_NOOP("ScheduleWords", "Every date falls on a holiday ({skipped} days). Tick “Also on holidays” to hold them anyway."),
    "rule_ends_before_start": QT_TRANSLATE_NOOP("ScheduleWords", "The end date {end} is before the start date {start}."),
    "rule_too_long": QT_TRANSLATE_NOOP("ScheduleWords", "The sessions would run on for more than {years} years."),
    "rule_too_frequent": QT_TRANSLATE_NOOP("ScheduleWords", "At most one session a day."),
    "sessions_overlap": QT_TRANSLATE_NOOP("ScheduleWords", "The session at {at} overlaps another session of this class."),
    "duration_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "A session lasts from 1 minute to {limit} minutes; this one lasts {minutes}."),
    "end_time_before_start": QT_TRANSLATE_NOOP("ScheduleWords", "The end time {end} is not after the start time {start}."),
    "end_before_start": QT_TRANSLATE_NOOP("ScheduleWords", "The last day {end} is before the first day {start}."),
    "length_missing": QT_TRANSLATE_NOOP("ScheduleWords", "Say how many sessions, for how many weeks, or until which day."),
    "length_ambiguous": QT_TRANSLATE_NOOP("ScheduleWords", "Give only one of: number of sessions, weeks, last day."),
    "number_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "That gives {value}: choose a number that makes 1 to {limit} sessions."),
    "weekday_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "Unknown weekday."),
    # a class
    "course_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "Choose a course from the catalogue."),
    "target_group_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "Choose a target group."),
    "venue_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "Choose a venue."),
    "instructors_missing": QT_TRANSLATE_NOOP("ScheduleWords", "Tick at least one instructor."),
    "instructor_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "An instructor chosen is no longer in the list."),
    "capacity_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "The number of places must be from 1 to {limit}."),
    "capacity_below_enrolled": QT_TRANSLATE_NOOP("ScheduleWords", "{enrolled} people are already enrolled: the class needs at least that many places."),
    "completion_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "The share of sessions to attend must be from 1 to 100 %."),
    "sessions_missing": QT_TRANSLATE_NOOP("ScheduleWords", "The class has no session yet."),
    "notes_too_long": QT_TRANSLATE_NOOP("ScheduleWords", "The notes are longer than {limit} characters."),
    # venues, instructors, courses, days off
    "name_empty": QT_TRANSLATE_NOOP("ScheduleWords", "The name is missing."),
    "name_taken": QT_TRANSLATE_NOOP("ScheduleWords", "“{value}” is already in the list."),
    "name_too_long": QT_TRANSLATE_NOOP("ScheduleWords", "The name is too long (at most {max_length} characters)."),
    "name_no_letters": QT_TRANSLATE_NOOP("ScheduleWords", "The name has no letters."),
    "text_direction_control": QT_TRANSLATE_NOOP("ScheduleWords", "“{value}” holds a hidden direction-control "
                                                                 "character (at position {position}); type it again."),
    "name_bad_characters": QT_TRANSLATE_NOOP("ScheduleWords", "The name has characters that names do not use: {chars}"),
    "computers_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "The number of computers is not possible."),
    "village_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "Choose a village from the list."),
    "organisation_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "Choose where the instructor comes from."),
    "phone_not_digits": QT_TRANSLATE_NOOP("ScheduleWords", "The phone number has characters other than digits: {chars}"),
    "phone_foreign": QT_TRANSLATE_NOOP("ScheduleWords", "Only Vietnamese mobile numbers are kept."),
    "phone_lost_leading_zero": QT_TRANSLATE_NOOP("ScheduleWords", "The phone number lacks its leading 0: {suggestion}?"),
    "phone_old_prefix": QT_TRANSLATE_NOOP("ScheduleWords", "That is an old 11-digit number; today it is {suggestion}."),
    "phone_landline": QT_TRANSLATE_NOOP("ScheduleWords", "That is a landline; give a mobile number."),
    "phone_unknown_prefix": QT_TRANSLATE_NOOP("ScheduleWords", "No mobile network uses the prefix {prefix}."),
    "phone_wrong_length": QT_TRANSLATE_NOOP("ScheduleWords", "A mobile number has 10 digits; this one has {length}."),
    "code_empty": QT_TRANSLATE_NOOP("ScheduleWords", "The course code is missing."),
    "code_taken": QT_TRANSLATE_NOOP("ScheduleWords", "The code {value} is already used by another course."),
    "code_too_long": QT_TRANSLATE_NOOP("ScheduleWords", "The code is too long (at most {limit} characters)."),
    "title_empty": QT_TRANSLATE_NOOP("ScheduleWords", "The course title is missing."),
    "title_too_long": QT_TRANSLATE_NOOP("ScheduleWords", "The title is too long (at most {limit} characters)."),
    "hours_invalid": QT_TRANSLATE_NOOP("ScheduleWords", "The number of hours is not possible."),
    "kind_unknown": QT_TRANSLATE_NOOP("ScheduleWords", "Unknown kind of day."),
    # refusals
    "venue_in_use": QT_TRANSLATE_NOOP("ScheduleWords", "“{name}” cannot be deleted: classes use it ({classes})."),
    "instructor_in_use": QT_TRANSLATE_NOOP("ScheduleWords", "{name} cannot be deleted: they teach classes {classes}. Mark them as inactive instead."),
    "session_held": QT_TRANSLATE_NOOP("ScheduleWords", "This session has been held (attendance was taken): it cannot be changed."),
    "session_cancelled": QT_TRANSLATE_NOOP("ScheduleWords", "This session was cancelled; add a new session instead."),
    "class_cancelled": QT_TRANSLATE_NOOP("ScheduleWords", "The class {class_code} is cancelled."),
    "conflicts": QT_TRANSLATE_NOOP("ScheduleWords", "There are {count} scheduling conflicts; nothing was saved."),
    "not_found": QT_TRANSLATE_NOOP("ScheduleWords", "It is no longer in the database (someone else may have deleted it)."),
}

CONFLICTS = {
    "instructor_busy": QT_TRANSLATE_NOOP("ScheduleWords", "Instructor {name} teaches class {other} at {other_time}."),
    "venue_busy": QT_TRANSLATE_NOOP("ScheduleWords", "{name} holds class {other} at {other_time}."),
    "participant_busy": QT_TRANSLATE_NOOP("ScheduleWords", "{name} (enrolled) is in class {other} at {other_time}."),
    "venue_too_small": QT_TRANSLATE_NOOP("ScheduleWords", "{name} seats {venue_capacity}; the class takes {class_capacity}."),
}

WEEKDAYS = [QT_TRANSLATE_NOOP("ScheduleWords", "Monday"), QT_TRANSLATE_NOOP("ScheduleWords", "Tuesday"), QT_TRANSLATE_NOOP("ScheduleWords", "Wednesday"),
            QT_TRANSLATE_NOOP("ScheduleWords", "Thursday"), QT_TRANSLATE_NOOP("ScheduleWords", "Friday"), QT_TRANSLATE_NOOP("ScheduleWords", "Saturday"),
            QT_TRANSLATE_NOOP("ScheduleWords", "Sunday")]
SHORT_WEEKDAYS = [QT_TRANSLATE_NOOP("ScheduleWords", "Mon"), QT_TRANSLATE_NOOP("ScheduleWords", "Tue"), QT_TRANSLATE_NOOP("ScheduleWords", "Wed"),
                  QT_TRANSLATE_NOOP("ScheduleWords", "Thu"), QT_TRANSLATE_NOOP("ScheduleWords", "Fri"), QT_TRANSLATE_NOOP("ScheduleWords", "Sat"),
                  QT_TRANSLATE_NOOP("ScheduleWords", "Sun")]

#: One light colour per target group: dark text stays readable on each.
GROUP_COLOURS = {
    "elderly": "#f6d7a7", "worker": "#b9d7f0", "farmer": "#c8e6b0", "youth": "#f3c1d7", "women": "#e2c9f0",
    "civil_servant": "#c9d1d9", "student": "#fff0a8", "other": "#e6e0d4",
}


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _fill(template: str, params: dict[str, Any]) -> str:
    values: defaultdict[str, Any] = defaultdict(str)
    for key, value in params.items():
        values[key] = _shown(value)
    return template.format_map(values)


def _shown(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return _shown(datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value))
        except ValueError:
            return value
    return value


def problem_text(problem: Problem) -> str:
    template = CODES.get(problem.code)
    return _fill(tr(template), problem.params) if template else problem.code


def describe(exc: BaseException) -> str:
    """One or a few sentences for any error a scheduling screen meets."""
    if isinstance(exc, InvalidInput) and exc.problems:
        return " ".join(problem_text(p) for p in exc.problems if p.is_error)
    if isinstance(exc, ClassroomError):
        key = "not_found" if type(exc).code == "not_found" else exc.code
        if key in CODES:
            return _fill(tr(CODES[key]), exc.params)
    return describe_other(exc)


def conflict_text(c: Conflict) -> str:
    """What clashes; the other session's day is left out when it is the planned session's day."""
    other = time_span(c.other_starts_at, c.other_ends_at)
    if c.starts_at and c.other_starts_at and c.other_ends_at and c.starts_at.date() == c.other_starts_at.date():
        other = f"{c.other_starts_at:%H:%M}–{c.other_ends_at:%H:%M}"
    return _fill(tr(CONFLICTS[c.kind]), {
        "name": c.subject_name, "other": c.other_class_code, "other_time": other,
        "venue_capacity": c.venue_capacity, "class_capacity": c.class_capacity})


def weekday(day: date, short: bool = False) -> str:
    return tr((SHORT_WEEKDAYS if short else WEEKDAYS)[day.weekday()])


def time_span(start: datetime | None, end: datetime | None) -> str:
    """"Tuesday 03/03/2026 19:00–21:00"."""
    if start is None:
        return ""
    text = f"{weekday(start.date())} {start:%d/%m/%Y %H:%M}"
    return text + (f"–{end:%H:%M}" if end is not None else "")


def group_colour(group: str) -> QColor:
    return QColor(GROUP_COLOURS.get(group, GROUP_COLOURS["other"]))


SESSION_STATUS = {"held": QT_TRANSLATE_NOOP("ScheduleWords", "held"),
                  "cancelled": QT_TRANSLATE_NOOP("ScheduleWords", "cancelled")}


def session_status(status: str) -> str:
    """Nothing for a session still to come; "held" or "cancelled" otherwise."""
    source = SESSION_STATUS.get(status)
    return tr(source) if source else ""
