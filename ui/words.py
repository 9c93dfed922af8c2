"""Words for stored values and error codes, through Qt's translation pipeline.

Source strings are English; ``resources/translations/classroom_vi.ts`` holds the
Vietnamese, which the window loads by default.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from models.errors import ClassroomError


def _w(text: str) -> str:
    return QCoreApplication.translate("Words", text)


def value_word(value: str | None) -> str:
    """The word shown for a stored value: target group, gender, status."""
    words = {
        "elderly": _w("Elderly"), "worker": _w("Workers"), "farmer": _w("Farmers"), "youth": _w("Youth"),
        "women": _w("Women"), "civil_servant": _w("Civil servants"), "student": _w("Students"),
        "other": _w("Other"), "male": _w("Male"), "female": _w("Female"),
        "planned": _w("Planned"), "running": _w("Running"), "finished": _w("Finished"),
        "cancelled": _w("Cancelled"),
    }
    return words.get(value or "", value or "")


def day_text(value: date | datetime | None) -> str:
    """dd/mm/yyyy, on screen as on paper."""
    return value.strftime("%d/%m/%Y") if value else ""


def birth_text(iso: str) -> str:
    """An ISO birth date or a year alone, as dd/mm/yyyy or the year."""
    if len(iso) == 10:
        y, m, d = iso.split("-")
        return f"{d}/{m}/{y}"
    return iso


def _e(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def describe_error(exc: BaseException) -> str:
    """One sentence for a person, saying what is wrong and where."""
    if not isinstance(exc, ClassroomError):
        return _e("Unexpected error ({kind}). No data was changed.").format(kind=type(exc).__name__)
    p = {"path": "", "revision": "", "reason": "", **exc.params}
    texts = {
        "not_a_database": _e("The file “{path}” is not a database of this program, or it is damaged. "
                             "Nothing was overwritten."),
        "not_classroom": _e("The file “{path}” is another program's database. Nothing was overwritten."),
        "too_new": _e("The database “{path}” was made by a newer version of this program (schema {revision}). "
                      "Update the program; the file was left as it is."),
        "folder_not_writable": _e("Cannot write to the folder “{path}”. Choose a folder you can write to."),
        "file_not_writable": _e("The file “{path}” is read-only. Check its permissions or choose another file."),
        "file_not_readable": _e("Cannot read the file “{path}”. Check its permissions."),
        "cannot_connect": _e("Cannot connect to the database “{path}”: {reason}"),
    }
    return texts.get(exc.code, _e("Error: {code}").replace("{code}", exc.code)).format(**p)
