"""Attendance marks in the audit log: one row per session and officer per sitting, not per click.

The log is append-only, so a row cannot grow as an officer marks a class. Instead every mark
(and every undo) is noted, in the same transaction as the mark itself, in
``audit_pending_marks``; ``close_sitting`` turns the notes of a session and officer into one
audit row (how many marks, each person's final status in the sitting, the sources, the first
and last time) and deletes them, in one transaction. The sitting closes:

- in the window, when the officer leaves the session (another session, another screen, the
  window closed);
- on the command line, at the end of ``attendance mark`` (each command is one sitting);
- after an instructor's file is merged (one row per session and instructor in the file);
- at start-up, for notes older than ``STALE_AFTER`` (a program that stopped mid-sitting:
  the marks were saved, so their audit row is still owed).

Nothing is lost in a crash: the notes are in the database with the marks they describe.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import AuditPendingMark, ClassSession, CourseClass, now_local

from . import audit

STALE_AFTER = timedelta(hours=6)


def note(session: Session, session_id: int, participant_id: int, status: str | None, *, actor: str,
         source: str, at: datetime | None = None) -> None:
    """Remember one mark (``status`` None: taken off) for the sitting's audit row."""
    session.add(AuditPendingMark(session_id=session_id, participant_id=participant_id, status=status,
                                 actor=actor or "", source=source, at=at or now_local()))


def close_sitting(session: Session, *, session_id: int | None = None, actor: str | None = None,
                  before: datetime | None = None) -> int:
    """Write the audit rows owed for the notes matching (session, officer, noted before); returns how many."""
    stmt = select(AuditPendingMark).order_by(AuditPendingMark.id)
    if session_id is not None:
        stmt = stmt.where(AuditPendingMark.session_id == session_id)
    if actor is not None:
        stmt = stmt.where(AuditPendingMark.actor == actor)
    if before is not None:
        stmt = stmt.where(AuditPendingMark.at < before)
    notes = list(session.scalars(stmt))
    if not notes:
        return 0
    groups: dict[tuple[int, str], list[AuditPendingMark]] = defaultdict(list)
    for n in notes:
        groups[(n.session_id, n.actor)].append(n)
    classes = dict(session.execute(select(ClassSession.id, CourseClass.code).join(
        CourseClass, CourseClass.id == ClassSession.class_id).where(ClassSession.id.in_({k[0] for k in groups}))).all())
    rows = []
    for (sid, who), group in sorted(groups.items(), key=lambda kv: kv[1][0].id):
        final: dict[int, str | None] = {}
        for n in group:
            final[n.participant_id] = n.status
        counts: dict[str, int] = defaultdict(int)
        for status in final.values():
            counts[status or "removed"] += 1
        row = audit.values(who, "mark", "session", sid, class_code=classes.get(sid), marks=len(group),
                           people=len(final), **{f"n_{k}": v for k, v in sorted(counts.items())},
                           sources=sorted({n.source for n in group}), first=min(n.at for n in group),
                           last=max(n.at for n in group),
                           participants={str(pid): status for pid, status in sorted(final.items())})
        row[audit.PEOPLE] = list(final)  # found when the audit screen filters by any of them
        rows.append(row)
    audit.record_many(session, rows)
    session.execute(delete(AuditPendingMark).where(AuditPendingMark.id.in_([n.id for n in notes])))
    return len(rows)


def close_stale(session: Session, now: datetime) -> int:
    """At start-up: the sittings left open by a program that stopped (notes older than STALE_AFTER;
    a younger one may be another PC's sitting still going on a shared server)."""
    return close_sitting(session, before=now - STALE_AFTER)
