"""Sentences for the codes of the setup assistant and of the lists' screens (what and where)."""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.errors import ClassroomError, InvalidInput, Problem

from ..schedule.words import describe as describe_schedule

C = "SetupWords"

WHERE = {
    "name": QT_TRANSLATE_NOOP("SetupWords", "Line {line}: "),
    "village": QT_TRANSLATE_NOOP("SetupWords", "Villages, line {line}: "),
    "venue": QT_TRANSLATE_NOOP("SetupWords", "Venues, line {line}: "),
    "instructor": QT_TRANSLATE_NOOP("SetupWords", "Instructors, line {line}: "),
}

FIELDS = {
    "start": QT_TRANSLATE_NOOP("SetupWords", "First day: "),
    "end": QT_TRANSLATE_NOOP("SetupWords", "Last day: "),
    "reason": QT_TRANSLATE_NOOP("SetupWords", "Reason: "),
}

CODES = {
    "date_missing": QT_TRANSLATE_NOOP("SetupWords", "the date is missing (dd/mm/yyyy)."),
    "date_unreadable": QT_TRANSLATE_NOOP("SetupWords", "“{value}” is not a date; write it dd/mm/yyyy, e.g. "
                                                       "26/01/2027 or 26012027."),
    "date_impossible": QT_TRANSLATE_NOOP("SetupWords", "there is no {value}: month {month} of {year} has "
                                                       "{days_in_month} days."),
    "range_reversed": QT_TRANSLATE_NOOP("SetupWords", "the last day {end} is before the first day {start}."),
    "range_too_long": QT_TRANSLATE_NOOP("SetupWords", "{days} days is too long for days off (at most {limit})."),
    "reason_missing": QT_TRANSLATE_NOOP("SetupWords", "say why (a festival, the harvest …)."),
    "reason_too_long": QT_TRANSLATE_NOOP("SetupWords", "the reason is too long (at most {limit} characters)."),
    "commune_code_unknown": QT_TRANSLATE_NOOP(
        "SetupWords", "There is no commune or ward with the code “{value}” in the official list (5 digits)."),
    "name_empty": QT_TRANSLATE_NOOP("SetupWords", "the name is missing."),
    "name_taken": QT_TRANSLATE_NOOP("SetupWords", "“{value}” is already in the list as “{existing}” (accents and "
                                                  "capitals aside)."),
    "title_taken": QT_TRANSLATE_NOOP("SetupWords", "The course “{value}” is already in the catalogue as "
                                                   "“{existing}” (accents and capitals aside)."),
    "name_too_long": QT_TRANSLATE_NOOP("SetupWords", "the name is too long (at most {limit} characters)."),
    "too_many": QT_TRANSLATE_NOOP("SetupWords", "too many names at once ({count}; at most {limit})."),
    "text_too_long": QT_TRANSLATE_NOOP("SetupWords", "A text is too long (at most {limit} characters)."),
    "name_no_letters": QT_TRANSLATE_NOOP("SetupWords", "the name has no letters."),
    "name_bad_characters": QT_TRANSLATE_NOOP("SetupWords", "the name has characters names do not use: {chars}"),
    "commune_change_after_certificates": QT_TRANSLATE_NOOP(
        "SetupWords", "The commune cannot be changed: this database has issued {certificates} certificates of "
                      "{current} (code {current_code}), and their serial numbers and QR codes carry that code. "
                      "Use a new data file for another commune."),
    "commune_not_set": QT_TRANSLATE_NOOP("SetupWords", "Choose your commune first (Settings → Setup assistant)."),
    "merge_same": QT_TRANSLATE_NOOP("SetupWords", "Choose another entry to merge “{name}” with."),
    "in_use": QT_TRANSLATE_NOOP("SetupWords", "“{name}” is in use; confirm to retire it."),
    "not_found": QT_TRANSLATE_NOOP("SetupWords", "It is no longer in the database (someone else may have removed it)."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(C, text)


def _fill(template: str, params: dict[str, Any]) -> str:
    values: defaultdict[str, Any] = defaultdict(str)
    values.update({k: f"{v:%d/%m/%Y}" if isinstance(v, date) else v for k, v in params.items()})
    return template.format_map(values)


def problem_text(problem: Problem) -> str:
    template = CODES.get(problem.code)
    if template is None:
        return describe_schedule(InvalidInput([problem]))
    where = WHERE.get(problem.field)
    text = _fill(tr(template), problem.params)
    if where and problem.params.get("line"):
        return _fill(tr(where), problem.params) + text
    if problem.field in FIELDS:
        return tr(FIELDS[problem.field]) + text
    return text[:1].upper() + text[1:]


def describe(exc: BaseException) -> str:
    """A sentence per problem, each saying where (list and line) and what."""
    if isinstance(exc, InvalidInput) and exc.problems:
        return " ".join(problem_text(p) for p in exc.problems if p.is_error)
    if isinstance(exc, ClassroomError):
        key = "not_found" if type(exc).code == "not_found" else exc.code
        if key in CODES:
            return _fill(tr(CODES[key]), exc.params)
    return describe_schedule(exc)
