"""The instructor's offline attendance file: export a class, mark elsewhere, merge back.

The file is JSON, encrypted as a whole when the commune has a password (``classroom.sealed``).
Its class part (commune, class, sessions, roster: names, villages and card texts only, no ID
numbers or phones) is sealed with an HMAC whose key only the
office can derive (from the commune's secret and the export's id), so a roster cannot
be altered or moved to another class or commune. Its marks are sealed with a second
key that travels in the file, so the instructor's program can seal the marks it adds;
a file damaged on the way fails that seal. That seal proves nothing about who marked or
when: whoever holds the file holds its key and can re-seal any marks.

So the office believes its own record (``models.IssuedFile``, written at export), not the
file: a file it did not give out is refused; every mark merged is authored by the instructor
the file was given to (whatever the file says); a mark timed before the file was given out
or after it came back (``CLOCK_SKEW`` allowed for the laptop's clock) is refused and listed;
a file merged once already changes nothing again; each merge is in the audit log. (A file this
office sealed before it kept these records, exported before ``SINCE_KEY``, is merged as given to
the class's instructors when it was exported: instructors in the field at the upgrade lose nothing.)

Merging: where the office and the instructor marked the same person and session differently,
the later mark wins and the pair is reported as a conflict for the officer to see.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    LOCAL_TZ, AttendanceMark, ClassSession, Commune, CourseClass, Enrollment, EnrollmentStatus, IssuedFile,
    Participant, SessionStatus, Setting, now_local,
)

from . import attendance as att
from . import audit, audit_marks, sealed
from .errors import InvalidInput, NotFound, Problem
from .files import write_private
from .sealed import SealingKey

FORMAT = "classroom-attendance/1"
MAX_FILE_BYTES = 20 * 1024 * 1024
SECRET_KEY = "attendance_secret"
#: When this office began recording the files it gives out (set by revision 0007 where files had been given
#: out before): a file it sealed and exported before then is merged without a record.
SINCE_KEY = "offline_files_since"
SEALING = "_sealed_with"  # in a read file's content, never written: how the file was sealed
#: How far an instructor's laptop clock may be off the office's: marks this much before the file was given
#: out, or after it came back, still count (the time zone cannot mislead: marks carry their offset).
CLOCK_SKEW = timedelta(minutes=15)


@dataclass(frozen=True)
class MergeConflict:
    session_id: int
    starts_at: str
    participant_id: int
    full_name: str
    office: str
    instructor: str
    kept: str  # "office" or "instructor": the later mark


@dataclass(frozen=True)
class RefusedMark:
    """A mark of the file not merged: timed outside the file's issue and return (``reason``:
    ``before_issue`` or ``after_return``)."""

    session_id: int
    starts_at: str
    participant_id: int
    full_name: str
    status: str
    marked_at: str  # as the file gives it
    reason: str


@dataclass(frozen=True)
class ResultConflict:
    participant_id: int
    full_name: str
    office: bool  # passed
    instructor: bool
    kept: str  # "office" or "instructor": the later entry


@dataclass(frozen=True)
class MergeResult:
    class_code: str
    added: int
    updated: int
    unchanged: int
    conflicts: list[MergeConflict]
    refused: list[RefusedMark] = field(default_factory=list)
    instructor: str = ""  # the author of every mark merged: the instructor the file was given to
    issued_at: datetime | None = None
    replayed: bool = False  # merged before, with these very marks: nothing changed
    merged_before: datetime | None = None  # the previous merge of this file, if any
    returned_at: datetime | None = None  # this merge's time: the end of the window marks must lie in
    # the assessment results in the file (classroom.offline_results): the same rules as the marks
    results_added: int = 0
    results_updated: int = 0
    results_unchanged: int = 0
    result_conflicts: tuple[ResultConflict, ...] = ()
    certificates_to_review: tuple[str, ...] = ()  # serials issued on a result the file changed


def _secret(session: Session) -> bytes:
    row = session.get(Setting, SECRET_KEY)
    if row is None:
        row = Setting(key=SECRET_KEY, value=secrets.token_hex(32))
        session.add(row)
        session.flush()
    return bytes.fromhex(row.value)


def _canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _seal(key: bytes, value: Any) -> str:
    return hmac.new(key, _canonical(value), hashlib.sha256).hexdigest()


def _keys(secret: bytes, export_id: str) -> tuple[bytes, bytes]:
    office = hmac.new(secret, f"class:{export_id}".encode(), hashlib.sha256).digest()
    marks = hmac.new(secret, f"marks:{export_id}".encode(), hashlib.sha256).digest()
    return office, marks


def _mark_dict(m: AttendanceMark) -> dict[str, Any]:
    return {"session_id": m.session_id, "participant_id": m.participant_id, "status": m.status, "reason": m.reason,
            "arrived_at": m.arrived_at.isoformat() if m.arrived_at else None,
            "marked_at": m.marked_at.isoformat(), "marked_by": m.marked_by}


def export_class(session: Session, class_id: int, *, instructor: str | None = None, actor: str = "",
                 now: datetime | None = None) -> dict[str, Any]:
    """The file's content for one class (write it with ``write_file``), recorded as given to ``instructor``
    (default: the class's instructors) by ``actor`` at ``now``."""
    klass = session.get(CourseClass, class_id)
    if klass is None:
        raise NotFound("class", id=class_id)
    from .text import nfc

    given_to = nfc(instructor or "").strip() or ", ".join(i.full_name for i in klass.instructors)
    if not given_to:
        raise InvalidInput([Problem("offline_no_instructor", "instructor", params={"code": klass.code})])
    now = now or now_local()
    commune = session.scalars(select(Commune)).first()
    export_id = str(uuid.uuid4())
    session.add(IssuedFile(export_id=export_id, class_id=klass.id, issued_to=given_to[:200], issued_by=actor[:100],
                           issued_at=now, merged_seal="", merges=0))
    office_key, marks_key = _keys(_secret(session), export_id)
    sessions = [s for s in klass.sessions if s.status != SessionStatus.CANCELLED]
    people = session.scalars(
        select(Participant).join(Enrollment, Enrollment.participant_id == Participant.id)
        .where(Enrollment.class_id == class_id, Enrollment.status == EnrollmentStatus.ENROLLED)
        .order_by(Participant.sort_key, Participant.id)).all()
    body = {
        "format": FORMAT, "export_id": export_id, "exported_at": now.isoformat(),
        "commune": {"code": commune.code if commune else "", "name": commune.name if commune else ""},
        "class": {"id": klass.id, "code": klass.code, "title": klass.course.title, "venue": klass.venue.name,
                  "target_group": klass.target_group, "completion_percent": klass.completion_percent,
                  "requires_assessment": bool(klass.requires_assessment)},
        "sessions": [{"id": s.id, "starts_at": s.starts_at.isoformat(), "ends_at": s.ends_at.isoformat(),
                      "status": s.status} for s in sessions],
        "roster": [{"participant_id": p.id, "full_name": p.full_name, "village": p.village.name if p.village else "",
                    "card": p.card_code, "birth_year": p.birth_year} for p in people],
    }
    marks = [_mark_dict(m) for m in session.scalars(
        select(AttendanceMark).where(AttendanceMark.session_id.in_([s.id for s in sessions]))
        .order_by(AttendanceMark.session_id, AttendanceMark.participant_id))]
    body["marks_at_export"] = marks  # sealed: tells the office's own marks from the instructor's
    results = _result_dicts(session, class_id)
    body["results_at_export"] = results
    return {**body, "office_seal": _seal(office_key, body), "marks": marks, "marks_key": marks_key.hex(),
            "marks_seal": _seal(marks_key, marks), "results": results, "results_seal": _seal(marks_key, results)}


def write_file(content: dict[str, Any], path: Path, seal: SealingKey | None = None) -> None:
    """Write atomically (a crash leaves the old file or the new one, never half of one), readable by the
    user alone: it holds a class's names. Sealed to ``seal`` (the commune's password) when given, or the
    way the file was sealed when it was read (the instructor's program writes it back so)."""
    path = Path(path)
    seal = seal or content.get(SEALING)
    data = json.dumps({k: v for k, v in content.items() if k != SEALING}, ensure_ascii=False, indent=1).encode()
    if seal is not None:
        sealed.write_sealed(path, data, seal)
        return
    write_private(path, data)


def read_file(path: Path, password: str | None = None) -> dict[str, Any]:
    """Read and check the file's shape (not its seals: that needs the office's secret).

    Every part is checked for its kind (numbers, texts, dates, lists of records), so that
    what follows, the office's merge or the instructor's program, never meets a surprise.
    A file sealed with the commune's password needs it: ``Refused("password_needed")``,
    ``Refused("wrong_password")`` (params: path).
    """
    path = Path(path)
    seal = None
    try:
        if sealed.is_sealed(path):
            data = sealed.read_sealed(path, password, MAX_FILE_BYTES)
            seal = sealed.sealing_of(path, password or "")
        elif path.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput([Problem("offline_too_large", "file", params={"path": str(path)})])
        else:
            data = path.read_bytes()
        content = json.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: "[[[[…" a million deep
        raise InvalidInput([Problem("offline_unreadable", "file", params={"path": str(path)})]) from None
    needed = {"format", "export_id", "commune", "class", "sessions", "roster", "office_seal", "marks",
              "marks_key", "marks_seal"}
    if not isinstance(content, dict) or not needed <= set(content) or content.get("format") != FORMAT \
            or not _well_formed(content):
        raise InvalidInput([Problem("offline_not_attendance_file", "file", params={"path": str(path)})])
    if not _marks_well_formed(content):
        raise InvalidInput([Problem("offline_bad_mark", "file", params={"path": str(path)})])
    if not _results_well_formed(content):
        raise InvalidInput([Problem("offline_bad_result", "file", params={"path": str(path)})])
    if seal is not None:
        content[SEALING] = seal
    return content


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_time(value: Any, optional: bool = False) -> bool:
    if value is None:
        return optional
    try:
        return isinstance(value, str) and datetime.fromisoformat(value) is not None
    except ValueError:
        return False


def _records(value: Any, kinds: dict[str, Any]) -> bool:
    """A list of objects whose fields pass ``kinds`` (field -> test)."""
    return isinstance(value, list) and all(
        isinstance(item, dict) and all(test(item.get(name)) for name, test in kinds.items()) for item in value)


def _text(value: Any) -> bool:
    return isinstance(value, str)


def _well_formed(c: dict[str, Any]) -> bool:
    commune, klass = c["commune"], c["class"]
    if not (_text(c["export_id"]) and _text(c["office_seal"]) and _text(c["marks_seal"]) and _text(c["marks_key"])
            and len(c["marks_key"]) == 64 and all(ch in "0123456789abcdef" for ch in c["marks_key"])):
        return False
    if not (isinstance(commune, dict) and _text(commune.get("code")) and _text(commune.get("name"))):
        return False
    if not (isinstance(klass, dict) and _is_int(klass.get("id")) and _is_int(klass.get("completion_percent"))
            and all(_text(klass.get(k)) for k in ("code", "title", "venue", "target_group"))):
        return False
    if not _records(c["sessions"], {"id": _is_int, "starts_at": _is_time, "ends_at": _is_time, "status": _text}):
        return False
    return _records(c["roster"], {"participant_id": _is_int, "full_name": _text, "village": _text, "card": _text,
                                  "birth_year": lambda v: v is None or _is_int(v)})


_MARK = {"session_id": _is_int, "participant_id": _is_int, "status": lambda v: v in att.STATUSES,
         "reason": lambda v: v is None or _text(v), "arrived_at": lambda v: _is_time(v, optional=True),
         "marked_at": _is_time, "marked_by": lambda v: v is None or _text(v)}


def _marks_well_formed(c: dict[str, Any]) -> bool:
    return _records(c["marks"], _MARK) and _records(c.get("marks_at_export", []), _MARK)


def _consistent(c: dict[str, Any]) -> bool:
    """Sessions, people and cards each once; marks of the file's sessions and people, one each.

    (The office's merge needs no such check: the office's seal vouches for the roster, and each
    mark is looked up in it. The instructor's program, which cannot check that seal, does.)
    """
    sessions, people = [s["id"] for s in c["sessions"]], [r["participant_id"] for r in c["roster"]]
    cards = [r["card"] for r in c["roster"]]
    pairs = [(m["session_id"], m["participant_id"]) for m in c["marks"]]
    once = all(len(set(items)) == len(items) for items in (sessions, people, cards, pairs))
    return once and all(s in set(sessions) and p in set(people) for s, p in pairs)


def reseal_marks(content: dict[str, Any]) -> None:
    """The instructor's program seals the marks it changed with the key the file carries."""
    content["marks_seal"] = _seal(bytes.fromhex(content["marks_key"]), content["marks"])


def _body(content: dict[str, Any]) -> dict[str, Any]:
    return {k: content[k] for k in ("format", "export_id", "exported_at", "commune", "class", "sessions", "roster",
                                    "marks_at_export", "results_at_export") if k in content}


def verify(session: Session, content: dict[str, Any], path: str = "") -> None:
    """Refuse another commune's file, another class's, or one altered after export."""
    commune = session.scalar(select(Commune.code)) or ""
    if content["commune"].get("code") != commune:
        raise InvalidInput([Problem("offline_other_commune", "file",
                                    params={"path": path, "commune": content["commune"].get("name", "")})])
    office_key, marks_key = _keys(_secret(session), str(content["export_id"]))
    if not hmac.compare_digest(_seal(office_key, _body(content)), str(content["office_seal"])):
        raise InvalidInput([Problem("offline_altered", "file", params={"path": path})])
    if not hmac.compare_digest(_seal(marks_key, content["marks"]), str(content["marks_seal"])):
        raise InvalidInput([Problem("offline_marks_altered", "file", params={"path": path})])
    klass = session.get(CourseClass, content["class"].get("id"))
    if klass is None or klass.code != content["class"].get("code"):
        raise InvalidInput([Problem("offline_other_class", "file", params={"path": path})])


def merge(session: Session, content: dict[str, Any], *, actor: str, path: str = "",
          now: datetime | None = None) -> MergeResult:
    """Merge the instructor's marks into the database, in the caller's transaction (``now``: the file's return).

    ``InvalidInput("offline_not_issued")`` when this office has no record of giving the file out.
    """
    verify(session, content, path)
    now = now or now_local()
    issued = session.get(IssuedFile, str(content["export_id"]))
    class_id = content["class"]["id"]
    if issued is None:
        issued = _given_out_before_records(session, content)
    if issued is None or issued.class_id != class_id:
        raise InvalidInput([Problem("offline_not_issued", "file", params={"path": path})])
    klass = session.get(CourseClass, class_id)
    assert klass is not None
    previous = issued.merged_at
    if issued.merged_seal and hmac.compare_digest(issued.merged_seal, str(content["marks_seal"])):
        audit.record(session, actor, "merge_offline", "classes", class_id, file=issued.export_id,
                     instructor=issued.issued_to, replayed=True)
        return MergeResult(klass.code, 0, 0, len(content["marks"]), [], [], issued.issued_to, issued.issued_at,
                           True, previous, now)
    valid_sessions = {s["id"] for s in content["sessions"]}
    roster = {r["participant_id"]: r["full_name"] for r in content["roster"]}
    starts = {s["id"]: s["starts_at"] for s in content["sessions"]}
    existing = {(m.session_id, m.participant_id): m for m in session.scalars(
        select(AttendanceMark).where(AttendanceMark.session_id.in_(valid_sessions)))}
    at_export = {json.dumps(m, sort_keys=True) for m in content.get("marks_at_export", [])}
    earliest, latest = issued.issued_at - CLOCK_SKEW, now + CLOCK_SKEW
    added = updated = unchanged = 0
    conflicts: list[MergeConflict] = []
    refused: list[RefusedMark] = []
    sittings: set[tuple[int, str]] = set()
    for row in content["marks"]:
        key = (row["session_id"], row["participant_id"])
        if key[0] not in valid_sessions or key[1] not in roster or row["status"] not in att.STATUSES:
            raise InvalidInput([Problem("offline_bad_mark", "file", params={"path": path})])
        theirs_at = datetime.fromisoformat(row["marked_at"])
        if theirs_at.tzinfo is None:
            theirs_at = theirs_at.replace(tzinfo=LOCAL_TZ)
        theirs_at = theirs_at.astimezone(LOCAL_TZ)
        ours = existing.get(key)
        if json.dumps(row, sort_keys=True) in at_export:  # the office's own mark, carried as it was
            unchanged += 1
            continue
        if not earliest <= theirs_at <= latest:
            refused.append(RefusedMark(key[0], starts[key[0]], key[1], roster[key[1]], row["status"],
                                       row["marked_at"], "before_issue" if theirs_at < earliest else "after_return"))
            continue
        if ours is not None and (ours.status, ours.reason) == (row["status"], row["reason"] or ""):
            unchanged += 1
            continue
        if ours is not None and ours.marked_at != theirs_at:
            kept = "instructor" if theirs_at > ours.marked_at else "office"
            conflicts.append(MergeConflict(key[0], starts[key[0]], key[1], roster[key[1]], ours.status, row["status"],
                                           kept))
            if kept == "office":
                continue
        arrived = datetime.fromisoformat(row["arrived_at"]).astimezone(LOCAL_TZ) if row.get("arrived_at") else None
        # The instructor's window refused marks before a session started, as the office's does; what
        # it recorded ahead (an absence excused in advance) is kept, and counts only once held.
        marker = issued.issued_to  # the instructor the office gave the file to, not what the file says
        att.mark(session, key[0], key[1], row["status"], actor=marker, source="instructor",
                 reason=row.get("reason") or "", arrived_at=arrived, marked_at=theirs_at, allow_future=True, now=now)
        sittings.add((key[0], marker))
        if ours is None:
            added += 1
        else:
            updated += 1
    issued.merged_at, issued.merged_seal, issued.merges = now, str(content["marks_seal"])[:64], issued.merges + 1
    audit.record(session, actor, "merge_offline", "classes", class_id, file=issued.export_id,
                 instructor=issued.issued_to, added=added, updated=updated, unchanged=unchanged,
                 conflicts=len(conflicts), refused=len(refused), replayed=False)
    for sid, who in sorted(sittings):  # one row per session and instructor in the file
        audit_marks.close_sitting(session, session_id=sid, actor=who)
    session.flush()
    merged = MergeResult(klass.code, added, updated, unchanged, conflicts, refused, issued.issued_to, issued.issued_at,
                         False, previous, now)
    # the results in the file: recorded under the instructor the office gave the file to, as the marks are
    return merge_results(session, content, merged, actor=issued.issued_to, path=path)


def _given_out_before_records(session: Session, content: dict[str, Any]) -> IssuedFile | None:
    """The record of a file this office sealed before it recorded the files it gave out (``SINCE_KEY``), made
    now from what its office seal vouches for (its export time) and the class's instructors; else None."""
    since = session.get(Setting, SINCE_KEY)
    klass = session.get(CourseClass, content["class"]["id"])
    if since is None or klass is None or not klass.instructors or not _is_time(content.get("exported_at")):
        return None
    exported = datetime.fromisoformat(content["exported_at"])
    if exported.tzinfo is None:
        exported = exported.replace(tzinfo=LOCAL_TZ)
    if exported >= datetime.fromisoformat(since.value):
        return None
    issued = IssuedFile(export_id=str(content["export_id"]), class_id=klass.id,
                        issued_to=", ".join(i.full_name for i in klass.instructors)[:200], issued_by="",
                        issued_at=exported.astimezone(LOCAL_TZ), merged_seal="", merges=0)
    session.add(issued)
    session.flush()
    return issued


def open_for_instructor(session: Session, content: dict[str, Any], path: str = "") -> None:
    """Fill an empty local database with the file's class (read by ``read_file``), for marking it offline.

    Ids are kept as in the office's database, so the marks go back without translation.
    Only what marking needs is there: names, villages, card texts.
    """
    from models import Course, Venue, Village

    from .text import fold, name_sort_key

    if not _consistent(content):
        raise InvalidInput([Problem("offline_not_attendance_file", "file", params={"path": path})])
    if session.scalar(select(Commune.id)) is not None:
        return  # opened before: the marks made so far are in it
    commune = Commune(name=content["commune"]["name"], code=content["commune"]["code"], province_name="",
                      province_code="")
    session.add(commune)
    c = content["class"]
    course = Course(code=f"OFFLINE-{c['id']}", title=c["title"])
    venue = Venue(name=c["venue"])
    klass = CourseClass(id=c["id"], code=c["code"], course=course, venue=venue, target_group=c["target_group"],
                        completion_percent=c["completion_percent"], capacity=len(content["roster"]),
                        requires_assessment=c.get("requires_assessment") is True)
    session.add(klass)
    villages: dict[str, Village] = {}
    for r in content["roster"]:
        village = None
        if r["village"]:
            village = villages.get(r["village"]) or Village(commune=commune, name=r["village"])
            villages[r["village"]] = village
        session.add(Participant(id=r["participant_id"], full_name=r["full_name"], name_folded=fold(r["full_name"]),
                                sort_key=name_sort_key(r["full_name"]), card_code=r["card"], village=village,
                                birth_year=r.get("birth_year")))
    session.flush()
    for r in content["roster"]:
        session.add(Enrollment(class_id=klass.id, participant_id=r["participant_id"]))
    for s in content["sessions"]:
        session.add(ClassSession(id=s["id"], class_id=klass.id, starts_at=datetime.fromisoformat(s["starts_at"]),
                                 ends_at=datetime.fromisoformat(s["ends_at"]), status=s["status"]))
    session.flush()
    for m in content["marks"]:
        session.add(AttendanceMark(
            session_id=m["session_id"], participant_id=m["participant_id"], status=m["status"],
            reason=m.get("reason") or "", marked_by=m.get("marked_by") or "",
            marked_at=datetime.fromisoformat(m["marked_at"]),
            arrived_at=datetime.fromisoformat(m["arrived_at"]) if m.get("arrived_at") else None))
    session.flush()
    load_for_instructor(session, content)


def save_instructor_marks(session: Session, content: dict[str, Any], path: Path) -> int:
    """Write the local marks back into the file (sealed with the file's marks key); how many."""
    session_ids = [s["id"] for s in content["sessions"]]
    content["marks"] = [_mark_dict(m) for m in session.scalars(
        select(AttendanceMark).where(AttendanceMark.session_id.in_(session_ids))
        .order_by(AttendanceMark.session_id, AttendanceMark.participant_id))]
    reseal_marks(content)
    write_file(content, path)
    return len(content["marks"])


from .offline_results import _result_dicts, _results_well_formed, load_for_instructor, merge_results  # noqa: E402
