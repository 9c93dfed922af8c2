"""Sentences for the problems the assessment services raise (the rest: ``ui.words``)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from classroom.errors import InvalidInput

from ..words import describe_error


def describe(exc: BaseException) -> str:
    """One sentence per problem found (all of them: nothing was saved)."""
    if not isinstance(exc, InvalidInput) or not exc.problems:
        return describe_error(exc)
    texts = {
        "assessment_not_enrolled": QCoreApplication.translate("AssessmentWords", "Participant {id} is not enrolled in this class; nothing was saved."),
        "assessment_score_range": QCoreApplication.translate("AssessmentWords", "The score {value} is outside {min}–{max}; nothing was saved."),
        "assessment_date_future": QCoreApplication.translate("AssessmentWords", "The day {value} is after today; nothing was saved."),
        "assessment_date_too_old": QCoreApplication.translate("AssessmentWords", "The day {value} is too long ago; check it. Nothing was saved."),
        "vneid_not_enrolled": QCoreApplication.translate("AssessmentWords", "Participant {id} is not enrolled in this class; nothing was saved."),
        "vneid_date_future": QCoreApplication.translate("AssessmentWords", "The day {value} is after today; nothing was saved."),
        "vneid_seen_by_missing": QCoreApplication.translate("AssessmentWords", "Type who saw the confirmation on VNeID; nothing was saved."),
    }
    out = []
    for p in exc.problems:
        if p.code not in texts:
            return describe_error(exc)
        params = {"id": "", "value": "", "min": "", "max": "", **p.params}
        out.append(texts[p.code].format(**params))
    return " ".join(dict.fromkeys(out))
