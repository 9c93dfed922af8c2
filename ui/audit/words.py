"""Words of the audit screen: the kinds of action, the things changed, the details' names."""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from classroom.audit import AuditRow

from ..words import day_text

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditWords", "Added"),
    "update": QT_TRANSLATE_NOOP("AuditWords", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditWords", "Deleted"),
    "set": QT_TRANSLATE_NOOP("AuditWords", "Set"),
    "mark": QT_TRANSLATE_NOOP("AuditWords", "Attendance marked"),
    "walk_in": QT_TRANSLATE_NOOP("AuditWords", "Enrolled at the door"),
    "enroll": QT_TRANSLATE_NOOP("AuditWords", "Enrolled"),
    "promote": QT_TRANSLATE_NOOP("AuditWords", "Moved up from the waiting list"),
    "withdraw": QT_TRANSLATE_NOOP("AuditWords", "Withdrawn"),
    "issue": QT_TRANSLATE_NOOP("AuditWords", "Certificate issued"),
    "reprint": QT_TRANSLATE_NOOP("AuditWords", "Certificate reprinted"),
    "revoke": QT_TRANSLATE_NOOP("AuditWords", "Certificate revoked"),
    "import": QT_TRANSLATE_NOOP("AuditWords", "List imported"),
    "merge": QT_TRANSLATE_NOOP("AuditWords", "Duplicate records merged"),
    "not_duplicates": QT_TRANSLATE_NOOP("AuditWords", "Marked as not duplicates"),
    "merge_offline": QT_TRANSLATE_NOOP("AuditWords", "Instructor's file merged"),
    "erase": QT_TRANSLATE_NOOP("AuditWords", "Personal data erased"),
    "export": QT_TRANSLATE_NOOP("AuditWords", "Personal data exported"),
    "consent": QT_TRANSLATE_NOOP("AuditWords", "Consent recorded"),
    "consent_withdrawn": QT_TRANSLATE_NOOP("AuditWords", "Consent withdrawn"),
    "move": QT_TRANSLATE_NOOP("AuditWords", "Session moved"),
    "cancel": QT_TRANSLATE_NOOP("AuditWords", "Session cancelled"),
    "add": QT_TRANSLATE_NOOP("AuditWords", "Session added"),
    "restore": QT_TRANSLATE_NOOP("AuditWords", "Data restored from a backup"),
    "set_password": QT_TRANSLATE_NOOP("AuditWords", "Password set"),
    "change_password": QT_TRANSLATE_NOOP("AuditWords", "Password changed"),
    "remove_password": QT_TRANSLATE_NOOP("AuditWords", "Password removed"),
}
ENTITIES = {
    "participant": QT_TRANSLATE_NOOP("AuditWords", "Participant"),
    "participants": QT_TRANSLATE_NOOP("AuditWords", "Participants"),
    "enrollment": QT_TRANSLATE_NOOP("AuditWords", "Enrolment"),
    "session": QT_TRANSLATE_NOOP("AuditWords", "Session"),
    "class": QT_TRANSLATE_NOOP("AuditWords", "Class"),
    "course": QT_TRANSLATE_NOOP("AuditWords", "Course"),
    "venue": QT_TRANSLATE_NOOP("AuditWords", "Venue"),
    "instructor": QT_TRANSLATE_NOOP("AuditWords", "Instructor"),
    "certificate": QT_TRANSLATE_NOOP("AuditWords", "Certificate"),
    "certificates": QT_TRANSLATE_NOOP("AuditWords", "Certificates of a class"),
    "calendar_day": QT_TRANSLATE_NOOP("AuditWords", "Holiday"),
    "settings": QT_TRANSLATE_NOOP("AuditWords", "Settings"),
    "commune": QT_TRANSLATE_NOOP("AuditWords", "Commune"),
    "villages": QT_TRANSLATE_NOOP("AuditWords", "Villages"),
    "targets": QT_TRANSLATE_NOOP("AuditWords", "Yearly targets"),
    "populations": QT_TRANSLATE_NOOP("AuditWords", "Populations"),
    "database": QT_TRANSLATE_NOOP("AuditWords", "All the data"),
}
DETAILS = {
    "fields": QT_TRANSLATE_NOOP("AuditWords", "fields"),
    "class_code": QT_TRANSLATE_NOOP("AuditWords", "class"),
    "class_id": QT_TRANSLATE_NOOP("AuditWords", "class no."),
    "participant_id": QT_TRANSLATE_NOOP("AuditWords", "participant no."),
    "session_id": QT_TRANSLATE_NOOP("AuditWords", "session no."),
    "serial": QT_TRANSLATE_NOOP("AuditWords", "serial"),
    "reason": QT_TRANSLATE_NOOP("AuditWords", "reason"),
    "count": QT_TRANSLATE_NOOP("AuditWords", "number"),
    "file": QT_TRANSLATE_NOOP("AuditWords", "file"),
    "marks": QT_TRANSLATE_NOOP("AuditWords", "marks"),
    "people": QT_TRANSLATE_NOOP("AuditWords", "people"),
    "n_present": QT_TRANSLATE_NOOP("AuditWords", "present"),
    "n_late": QT_TRANSLATE_NOOP("AuditWords", "late"),
    "n_absent": QT_TRANSLATE_NOOP("AuditWords", "absent"),
    "n_excused": QT_TRANSLATE_NOOP("AuditWords", "excused"),
    "n_removed": QT_TRANSLATE_NOOP("AuditWords", "marks taken off"),
    "added": QT_TRANSLATE_NOOP("AuditWords", "added"),
    "updated": QT_TRANSLATE_NOOP("AuditWords", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("AuditWords", "unchanged"),
    "conflicts": QT_TRANSLATE_NOOP("AuditWords", "conflicts"),
    "created": QT_TRANSLATE_NOOP("AuditWords", "new"),
    "skipped": QT_TRANSLATE_NOOP("AuditWords", "skipped"),
    "rejected": QT_TRANSLATE_NOOP("AuditWords", "rejected"),
    "total": QT_TRANSLATE_NOOP("AuditWords", "rows"),
    "other_id": QT_TRANSLATE_NOOP("AuditWords", "other record no."),
    "certificates": QT_TRANSLATE_NOOP("AuditWords", "certificates"),
    "source": QT_TRANSLATE_NOOP("AuditWords", "from"),
    "code": QT_TRANSLATE_NOOP("AuditWords", "code"),
    "name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "copy": QT_TRANSLATE_NOOP("AuditWords", "copy no."),
}
HIDDEN = {"participants", "first", "last", "sources", "participant_id"}  # long, technical, or in its own column


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def action_word(action: str) -> str:
    source = ACTIONS.get(action)
    return tr(source) if source else action


def entity_text(row: AuditRow) -> str:
    source = ENTITIES.get(row.entity)
    word = tr(source) if source else row.entity
    return f"{word} {row.entity_id}" if row.entity_id is not None else word


def person_text(row: AuditRow, names: dict[int, str]) -> str:
    if row.person_id is None:
        return ""
    name = names.get(row.person_id)
    return f"{name} (#{row.person_id})" if name and not name.startswith("#") else f"#{row.person_id}"


def _value(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return "—"
    return str(value)


def details_text(row: AuditRow) -> str:
    parts = []
    for key, value in row.details.items():
        if key in HIDDEN or value in (None, "", [], {}):
            continue
        source = DETAILS.get(key)
        parts.append(f"{tr(source) if source else key}: {_value(value)}")
    return "; ".join(parts)


def when_text(row: AuditRow) -> str:
    return f"{day_text(row.at)} {row.at:%H:%M:%S}"
