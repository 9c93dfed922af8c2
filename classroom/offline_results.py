"""The assessment results in the instructor's offline file (``classroom.offline``).

A section beside the marks: ``results`` (one per person: passed, score, day, assessor, who
entered it and when), sealed with the marks' key (``results_seal``) so the instructor's program
can add results and a hand edit fails the seal; ``results_at_export`` sits in the office's
sealed part, telling the office's own results from the instructor's. Merged with the marks'
rules: the office's own result carried back is unchanged; where both entered a different
result for the same person, the later entry wins and the pair is reported.

A file from before this section (no ``results``) merges its marks as before.
"""
from __future__ import annotations

import hmac
import json
import math
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LOCAL_TZ, AssessmentResult, Enrollment, EnrollmentStatus

from . import offline
from .assessment import SCORE_MAX, SCORE_MIN, ResultInput, record_results
from .errors import InvalidInput, Problem

FIELDS = ("participant_id", "passed", "score", "assessed_on", "assessor", "recorded_at", "recorded_by")


def _result_dict(a: AssessmentResult) -> dict[str, Any]:
    return {"participant_id": a.participant_id, "passed": bool(a.passed), "score": a.score,
            "assessed_on": a.assessed_on.isoformat(), "assessor": a.assessor or "",
            "recorded_at": a.recorded_at.isoformat() if a.recorded_at else None, "recorded_by": a.recorded_by or ""}


def _result_dicts(session: Session, class_id: int) -> list[dict[str, Any]]:
    """The class's results of people enrolled, in the file's form."""
    return [_result_dict(a) for a in session.scalars(
        select(AssessmentResult).join(Enrollment, (Enrollment.class_id == AssessmentResult.class_id)
                                      & (Enrollment.participant_id == AssessmentResult.participant_id))
        .where(AssessmentResult.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(AssessmentResult.participant_id))]


def _is_day(value: Any) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and date.fromisoformat(value) is not None
    except ValueError:
        return False


def _is_score(value: Any) -> bool:
    return value is None or (isinstance(value, (int, float)) and not isinstance(value, bool)
                             and math.isfinite(value) and SCORE_MIN <= value <= SCORE_MAX)


_RESULT = {"participant_id": offline._is_int, "passed": lambda v: isinstance(v, bool), "score": _is_score,
           "assessed_on": _is_day, "assessor": offline._text,
           "recorded_at": lambda v: offline._is_time(v, optional=True), "recorded_by": offline._text}


def _results_well_formed(c: dict[str, Any]) -> bool:
    if "results" not in c and "results_at_export" not in c:
        return True  # a file from before results travelled in it
    if not (offline._records(c.get("results"), _RESULT) and offline._records(c.get("results_at_export", []), _RESULT)
            and offline._text(c.get("results_seal"))):
        return False
    people = [r["participant_id"] for r in c["results"]]
    return len(people) == len(set(people))


def _verify(session: Session, content: dict[str, Any], path: str) -> None:
    _office_key, marks_key = offline._keys(offline._secret(session), str(content["export_id"]))
    if not hmac.compare_digest(offline._seal(marks_key, content["results"]), str(content["results_seal"])):
        raise InvalidInput([Problem("offline_results_altered", "file", params={"path": path})])


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(LOCAL_TZ) if text else None


def merge_results(session: Session, content: dict[str, Any], merged: offline.MergeResult, *, actor: str,
                  path: str = "") -> offline.MergeResult:
    """Merge the file's results into the database (the caller's transaction); ``merged`` with their counts."""
    if "results" not in content:
        return merged
    _verify(session, content, path)
    class_id = content["class"]["id"]
    roster = {r["participant_id"]: r["full_name"] for r in content["roster"]}
    at_export = {json.dumps(r, sort_keys=True) for r in content.get("results_at_export", [])}
    ours = {a.participant_id: a for a in session.scalars(
        select(AssessmentResult).where(AssessmentResult.class_id == class_id))}
    added = updated = unchanged = 0
    conflicts: list[offline.ResultConflict] = []
    certificates: list[str] = []
    for row in content["results"]:
        pid = row["participant_id"]
        if pid not in roster:
            raise InvalidInput([Problem("offline_bad_result", "file", params={"path": path})])
        mine = ours.get(pid)
        theirs = (row["passed"], None if row["score"] is None else float(row["score"]),
                  date.fromisoformat(row["assessed_on"]), row["assessor"])
        if json.dumps(row, sort_keys=True) in at_export or (
                mine is not None and (mine.passed, mine.score, mine.assessed_on, mine.assessor) == theirs):
            unchanged += 1
            continue
        theirs_at = _when(row["recorded_at"])
        if mine is not None and mine.recorded_at != theirs_at:
            later = theirs_at is not None and (mine.recorded_at is None or theirs_at > mine.recorded_at)
            kept = "instructor" if later else "office"
            conflicts.append(offline.ResultConflict(pid, roster[pid], bool(mine.passed), row["passed"], kept))
            if kept == "office":
                continue
        entry = ResultInput(pid, row["passed"], theirs[2], theirs[1], row["assessor"])
        try:
            outcome = record_results(session, class_id, [entry], actor=actor,
                                     recorded_at=theirs_at)[0]
        except InvalidInput as exc:  # someone who left meanwhile, a day after today: said of the file
            raise InvalidInput([Problem(p.code, "file", p.severity, {**p.params, "path": path, "name": roster[pid]})
                                for p in exc.problems]) from None
        if outcome.certificate:
            certificates.append(outcome.certificate)
        if mine is None:
            added += 1
        else:
            updated += 1
    return replace(merged, results_added=added, results_updated=updated, results_unchanged=unchanged,
                   result_conflicts=tuple(conflicts), certificates_to_review=tuple(certificates))


def load_for_instructor(session: Session, content: dict[str, Any]) -> None:
    """Into the instructor's local database (just made by ``offline.open_for_instructor``): the file's results."""
    class_id = content["class"]["id"]
    roster = {r["participant_id"] for r in content["roster"]}
    for r in content.get("results", []):
        if r["participant_id"] in roster:
            session.add(AssessmentResult(
                class_id=class_id, participant_id=r["participant_id"], passed=r["passed"], score=r["score"],
                assessed_on=date.fromisoformat(r["assessed_on"]), assessor=r["assessor"],
                recorded_at=_when(r["recorded_at"]), recorded_by=r["recorded_by"]))
    session.flush()


def save_instructor_work(session: Session, content: dict[str, Any], path: Path) -> int:
    """Write the local marks and results back into the file, sealed with its marks key; how many marks."""
    if "results" in content:  # a file from before results travelled keeps its shape (the office's seal covers it)
        content["results"] = _result_dicts(session, content["class"]["id"])
        content["results_seal"] = offline._seal(bytes.fromhex(content["marks_key"]), content["results"])
    return offline.save_instructor_marks(session, content, path)
