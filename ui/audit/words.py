"""Words of the audit screen: the kinds of action, the things changed, the details' names."""
from __future__ import annotations

import json
import re
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
    "assess": QT_TRANSLATE_NOOP("AuditWords", "Assessment recorded"),
    "unassess": QT_TRANSLATE_NOOP("AuditWords", "Assessment taken off"),
    "vneid_confirm": QT_TRANSLATE_NOOP("AuditWords", "Confirmed on VNeID"),
    "vneid_unconfirm": QT_TRANSLATE_NOOP("AuditWords", "VNeID confirmation taken off"),
    "rename": QT_TRANSLATE_NOOP("AuditWords", "Renamed"),
    "retire": QT_TRANSLATE_NOOP("AuditWords", "No longer used"),
}
# the same action said otherwise of a list's entry (village, venue, instructor, course) than of people or data
LIST_KINDS = {"village", "venue", "instructor", "course"}
LIST_ACTIONS = {
    "restore": QT_TRANSLATE_NOOP("AuditWords", "In use again"),
    "merge": QT_TRANSLATE_NOOP("AuditWords", "Merged into another entry"),
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
    "village": QT_TRANSLATE_NOOP("AuditWords", "Village"),
    "days_off": QT_TRANSLATE_NOOP("AuditWords", "Days off"),
    "assessment": QT_TRANSLATE_NOOP("AuditWords", "Assessment"),
    "classes": QT_TRANSLATE_NOOP("AuditWords", "Class"),
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
    "full_name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "title": QT_TRANSLATE_NOOP("AuditWords", "title"),
    "phone": QT_TRANSLATE_NOOP("AuditWords", "phone"),
    "capacity": QT_TRANSLATE_NOOP("AuditWords", "seats"),
    "before": QT_TRANSLATE_NOOP("AuditWords", "before"),
    "after": QT_TRANSLATE_NOOP("AuditWords", "after"),
    "was": QT_TRANSLATE_NOOP("AuditWords", "before"),
    "now": QT_TRANSLATE_NOOP("AuditWords", "after"),
    "at": QT_TRANSLATE_NOOP("AuditWords", "at"),
    "day": QT_TRANSLATE_NOOP("AuditWords", "day"),
    "days": QT_TRANSLATE_NOOP("AuditWords", "days"),
    "start": QT_TRANSLATE_NOOP("AuditWords", "first day"),
    "end": QT_TRANSLATE_NOOP("AuditWords", "last day"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "kind"),
    "active": QT_TRANSLATE_NOOP("AuditWords", "in use"),
    "classes": QT_TRANSLATE_NOOP("AuditWords", "classes"),
    "merged": QT_TRANSLATE_NOOP("AuditWords", "merged"),
    "merged_id": QT_TRANSLATE_NOOP("AuditWords", "merged record no."),
    "moved": QT_TRANSLATE_NOOP("AuditWords", "moved"),
    "kept": QT_TRANSLATE_NOOP("AuditWords", "kept"),
    "filled": QT_TRANSLATE_NOOP("AuditWords", "filled in"),
    "course_id": QT_TRANSLATE_NOOP("AuditWords", "course no."),
    "venue_id": QT_TRANSLATE_NOOP("AuditWords", "venue no."),
    "target_group": QT_TRANSLATE_NOOP("AuditWords", "target group"),
    "instructor": QT_TRANSLATE_NOOP("AuditWords", "instructor"),
    "instructors": QT_TRANSLATE_NOOP("AuditWords", "instructors"),
    "sessions": QT_TRANSLATE_NOOP("AuditWords", "sessions"),
    "score": QT_TRANSLATE_NOOP("AuditWords", "score"),
    "passed": QT_TRANSLATE_NOOP("AuditWords", "passed"),
    "assessed_on": QT_TRANSLATE_NOOP("AuditWords", "assessed on"),
    "assessor": QT_TRANSLATE_NOOP("AuditWords", "assessor"),
    "confirmed_on": QT_TRANSLATE_NOOP("AuditWords", "confirmed on"),
    "enrolled_in": QT_TRANSLATE_NOOP("AuditWords", "enrolled in"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "status"),
    "purpose": QT_TRANSLATE_NOOP("AuditWords", "purpose"),
    "safety_copy": QT_TRANSLATE_NOOP("AuditWords", "safety copy"),
    "empty": QT_TRANSLATE_NOOP("AuditWords", "empty"),
    "change": QT_TRANSLATE_NOOP("AuditWords", "change"),
    "refused": QT_TRANSLATE_NOOP("AuditWords", "refused"),
    "replayed": QT_TRANSLATE_NOOP("AuditWords", "already merged"),
    "revoked": QT_TRANSLATE_NOOP("AuditWords", "revoked"),
    "seen_by": QT_TRANSLATE_NOOP("AuditWords", "seen by"),
}
# the names of the fields a change lists ("fields": [...]): a person's, the commune's, a class's
FIELDS = {
    "full_name": QT_TRANSLATE_NOOP("AuditWords", "full name"),
    "family_name": QT_TRANSLATE_NOOP("AuditWords", "family name"),
    "given_name": QT_TRANSLATE_NOOP("AuditWords", "given name"),
    "birth": QT_TRANSLATE_NOOP("AuditWords", "birth date"),
    "gender": QT_TRANSLATE_NOOP("AuditWords", "sex"),
    "national_id": QT_TRANSLATE_NOOP("AuditWords", "personal ID number"),
    "phone": QT_TRANSLATE_NOOP("AuditWords", "phone"),
    "village": QT_TRANSLATE_NOOP("AuditWords", "village"),
    "village_id": QT_TRANSLATE_NOOP("AuditWords", "village"),
    "target_group": QT_TRANSLATE_NOOP("AuditWords", "target group"),
    "occupation": QT_TRANSLATE_NOOP("AuditWords", "occupation"),
    "needs": QT_TRANSLATE_NOOP("AuditWords", "needs"),
    "consent": QT_TRANSLATE_NOOP("AuditWords", "consent"),
    "consent_at": QT_TRANSLATE_NOOP("AuditWords", "consent"),
    "consent_purpose": QT_TRANSLATE_NOOP("AuditWords", "consent purpose"),
    "name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "commune or ward"),
    "code": QT_TRANSLATE_NOOP("AuditWords", "code"),
    "province_name": QT_TRANSLATE_NOOP("AuditWords", "province"),
    "province_code": QT_TRANSLATE_NOOP("AuditWords", "province code"),
    "upper_body": QT_TRANSLATE_NOOP("AuditWords", "receiving body"),
    "place_name": QT_TRANSLATE_NOOP("AuditWords", "place name on paper"),
    "signer_title": QT_TRANSLATE_NOOP("AuditWords", "signer's title"),
    "signer_name": QT_TRANSLATE_NOOP("AuditWords", "signer's name"),
}
YES, NO = QT_TRANSLATE_NOOP("AuditWords", "yes"), QT_TRANSLATE_NOOP("AuditWords", "no")
HIDDEN = {"participants", "first", "last", "sources", "participant_id"}  # long, technical, or in its own column


def tr(text: str) -> str:
    return QCoreApplication.translate("AuditWords", text)


def action_word(action: str, entity: str | None = None) -> str:
    source = LIST_ACTIONS.get(action) if entity in LIST_KINDS else None
    source = source or ACTIONS.get(action)
    return tr(source) if source else action


def row_action_word(row: AuditRow) -> str:
    return action_word(row.action, row.entity)


def entity_text(row: AuditRow) -> str:
    source = ENTITIES.get(row.entity)
    word = tr(source) if source else row.entity
    return f"{word} {row.entity_id}" if row.entity_id is not None else word


def person_text(row: AuditRow, names: dict[int, str]) -> str:
    if row.person_id is None:
        return ""
    name = names.get(row.person_id)
    return f"{name} (#{row.person_id})" if name and not name.startswith("#") else f"#{row.person_id}"


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?([+-]\d{2}:?\d{2}|Z)?)?")


def _day_or_text(text: str) -> str:
    """Dates kept as ISO text ("2026-12-03", "2026-12-03 08:00:00+07:00") read as dd/mm/yyyy [hh:mm]."""
    m = _ISO_DAY.fullmatch(text)
    if not m:
        return text
    day = f"{m.group(3)}/{m.group(2)}/{m.group(1)}"
    return f"{day} {m.group(4)}:{m.group(5)}" if m.group(4) else day


def _value(value: Any, key: str = "") -> str:
    if isinstance(value, bool):
        return tr(YES) if value else tr(NO)
    if isinstance(value, list):
        names = FIELDS if key == "fields" else {}
        return ", ".join(tr(names[v]) if v in names else _value(v) for v in value)
    if isinstance(value, str):
        return _day_or_text(value)
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
        parts.append(f"{tr(source) if source else key}: {_value(value, key)}")
    return "; ".join(parts)


def when_text(row: AuditRow) -> str:
    return f"{day_text(row.at)} {row.at:%H:%M:%S}"
