"""Words for stored values and error codes, through Qt's translation pipeline.

Source strings are English; ``resources/translations/classroom_vi.ts`` holds the
Vietnamese, which the window loads by default.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.errors import ClassroomError, InvalidInput, Problem


VALUE_WORDS = {
    "elderly": QT_TRANSLATE_NOOP("Words", "Elderly"), "worker": QT_TRANSLATE_NOOP("Words", "Workers"),
    "farmer": QT_TRANSLATE_NOOP("Words", "Farmers"), "youth": QT_TRANSLATE_NOOP("Words", "Youth"),
    "women": QT_TRANSLATE_NOOP("Words", "Women"), "civil_servant": QT_TRANSLATE_NOOP("Words", "Civil servants"),
    "student": QT_TRANSLATE_NOOP("Words", "Students"), "other": QT_TRANSLATE_NOOP("Words", "Other"),
    "male": QT_TRANSLATE_NOOP("Words", "Male"), "female": QT_TRANSLATE_NOOP("Words", "Female"),
    "planned": QT_TRANSLATE_NOOP("Words", "Planned"), "running": QT_TRANSLATE_NOOP("Words", "Running"),
    "finished": QT_TRANSLATE_NOOP("Words", "Finished"), "cancelled": QT_TRANSLATE_NOOP("Words", "Cancelled"),
    "scheduled": QT_TRANSLATE_NOOP("Words", "Scheduled"), "held": QT_TRANSLATE_NOOP("Words", "Held"),
    "present": QT_TRANSLATE_NOOP("Words", "Present"), "late": QT_TRANSLATE_NOOP("Words", "Late"),
    "absent": QT_TRANSLATE_NOOP("Words", "Absent"), "excused": QT_TRANSLATE_NOOP("Words", "Excused"),
}


def value_word(value: str | None) -> str:
    """The word shown for a stored value: target group, gender, status."""
    source = VALUE_WORDS.get(value or "")
    return QCoreApplication.translate("Words", source) if source else (value or "")


def day_text(value: date | datetime | None) -> str:
    """dd/mm/yyyy, on screen as on paper."""
    return value.strftime("%d/%m/%Y") if value else ""


def birth_text(iso: str) -> str:
    """An ISO birth date or a year alone, as dd/mm/yyyy or the year."""
    if len(iso) == 10:
        y, m, d = iso.split("-")
        return f"{d}/{m}/{y}"
    return iso


def describe_problem(problem: Problem) -> str:
    """One sentence for one problem with an input (a file, a field, a mark)."""
    p = {"path": "", "commune": "", "id": "", "value": "", **problem.params}
    texts = {
        "offline_unreadable": QCoreApplication.translate(
            "Errors", "Cannot read “{path}”: it is not an attendance file, or it is damaged."),
        "offline_too_large": QCoreApplication.translate("Errors", "“{path}” is too large for an attendance file."),
        "offline_not_attendance_file": QCoreApplication.translate(
            "Errors", "“{path}” is not an attendance file of this program."),
        "offline_other_commune": QCoreApplication.translate(
            "Errors", "“{path}” belongs to another commune ({commune}); nothing was merged."),
        "offline_other_class": QCoreApplication.translate(
            "Errors", "“{path}” is for a class that is not in this database; nothing was merged."),
        "offline_altered": QCoreApplication.translate(
            "Errors", "“{path}” was altered after export, or was not exported here; nothing was merged."),
        "offline_marks_altered": QCoreApplication.translate(
            "Errors", "The marks in “{path}” were edited by hand or damaged; nothing was merged."),
        "offline_bad_mark": QCoreApplication.translate("Errors", "“{path}” holds an invalid mark; nothing was merged."),
        "offline_bad_result": QCoreApplication.translate(
            "Errors", "“{path}” holds an invalid assessment result; nothing was merged."),
        "offline_results_altered": QCoreApplication.translate(
            "Errors", "The assessment results in “{path}” were edited by hand or damaged; nothing was merged."),
        "not_enrolled": QCoreApplication.translate("Errors", "This person is not enrolled in the session's class."),
        "session_cancelled": QCoreApplication.translate("Errors", "This session was cancelled; it cannot be marked."),
        "session_not_started": QCoreApplication.translate(
            "Errors", "This session starts at {starts_at}; it cannot be marked before it has started."),
        "image_unreadable": QCoreApplication.translate("Errors", "Cannot read the image or PDF “{path}”."),
    }
    text = texts.get(problem.code, QCoreApplication.translate("Errors", "Error: {code}").replace("{code}", problem.code))
    return text.format(**p)


def describe_error(exc: BaseException) -> str:
    """One sentence for a person, saying what is wrong and where."""
    if isinstance(exc, InvalidInput) and exc.problems:
        return describe_problem(exc.problems[0])
    if not isinstance(exc, ClassroomError):
        return QCoreApplication.translate("Errors", "Unexpected error ({kind}). No data was changed.").format(kind=type(exc).__name__)
    p = {"path": "", "revision": "", "reason": "", "table": "", **exc.params}
    texts = {
        "not_a_database": QCoreApplication.translate("Errors", "The file “{path}” is not a database of this program, or it is damaged. "
                             "Nothing was overwritten."),
        "not_classroom": QCoreApplication.translate("Errors", "The file “{path}” is another program's database. Nothing was overwritten."),
        "too_new": QCoreApplication.translate("Errors", "The database “{path}” was made by a newer version of this program (schema {revision}). "
                      "Update the program; the file was left as it is."),
        "folder_not_writable": QCoreApplication.translate("Errors", "Cannot write to the folder “{path}”. Choose a folder you can write to."),
        "file_not_writable": QCoreApplication.translate("Errors", "The file “{path}” is read-only. Check its permissions or choose another file."),
        "file_not_readable": QCoreApplication.translate("Errors", "Cannot read the file “{path}”. Check its permissions."),
        "cannot_connect": QCoreApplication.translate("Errors", "Cannot connect to the database “{path}”: {reason}"),
        "backup_damaged": QCoreApplication.translate("Errors", "The backup “{path}” was cut short or altered (its digest "
                                                     "does not match); nothing was restored."),
        "backup_incomplete": QCoreApplication.translate("Errors", "The copy of “{path}” is missing data (table {table}); "
                                                        "it is not a backup. Try again."),
        "network_drive": QCoreApplication.translate("Errors", "The data file “{path}” is on a shared network drive, "
                            "where it can be damaged when several computers write to it. Keep it on this computer's own "
                            "disk; for several computers sharing data, ask for a PostgreSQL server. Nothing was changed."),
    }
    return texts.get(exc.code, QCoreApplication.translate("Errors", "Error: {code}").replace("{code}", exc.code)).format(**p)
