"""The audit log: who changed what and when, append-only and hash-chained.

``details`` is JSON of field names and non-identifying values; ID numbers and phones
are never written here in clear (DOMAIN.md, personal data), nor names of participants:
erasing a person (``data_rights.erase_person``) leaves the log as it is, since it holds
nothing that identifies them beyond their number.

Each row's ``hash`` is SHA-256 over the previous row's hash and a canonical serialisation
of the row's fields (``chain_hash``). ``record`` takes the log's write lock first (on
PostgreSQL a transaction-wide advisory lock; on SQLite the transaction already holds the
database's write lock, ``db.transaction`` begins IMMEDIATE), reads the last hash and inserts
at once, so two writers cannot fork the chain. The database refuses UPDATE and DELETE on the
log (triggers, revision 0004); ``check`` walks the chain and names the first row that breaks it.

The chain finds a row changed, removed or added outside the program by someone who did not
recompute every later hash. It is not a signature: whoever rewrites the whole chain from the
edited row on is not caught by it alone; the head hash ``check`` prints can be noted on paper
(or in the register book) to compare later.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, insert, or_, select, text
from sqlalchemy.orm import Session

from models import LOCAL_TZ, AuditEntry, AuditPerson, now_local

#: Fields whose values never enter the log; only the fact that they changed.
SECRET_FIELDS = frozenset({"national_id", "phone"})
GENESIS = "0" * 64
COUNT_UP_TO = 100_000  # a screen counts matching rows exactly up to here, then says "more than"
#: The PostgreSQL advisory lock every writer of the log takes (any fixed number; "audit" in ASCII).
PG_LOCK_KEY = 0x6175646974


def values(actor: str, action: str, entity: str, entity_id: int | None, **details: Any) -> dict[str, Any]:
    """One entry as column values (without its place in the chain); ``record_many`` chains many."""
    safe = {k: ("***" if k in SECRET_FIELDS and v else v) for k, v in details.items()}
    text_details = json.dumps(safe, ensure_ascii=False, default=str)
    return {"at": now_local(), "actor": actor or "", "action": action, "entity": entity, "entity_id": entity_id,
            "details": text_details, "person_id": person_of(entity, entity_id, safe)}


def person_of(entity: str, entity_id: int | None, details: dict[str, Any]) -> int | None:
    """The participant a row is about: the entity itself, or ``participant_id`` in its details."""
    if entity == "participant":
        return entity_id
    value = details.get("participant_id")
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _canonical_at(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(LOCAL_TZ)
    return moment.replace(tzinfo=None).isoformat(timespec="microseconds")


def chain_hash(prev: str, at: datetime, actor: str, action: str, entity: str, entity_id: int | None,
               person_id: int | None, details: str) -> str:
    """SHA-256 of the previous hash and the row's fields as compact JSON (the same in migration 0004)."""
    fields = [_canonical_at(at), actor or "", action, entity, entity_id, person_id, details or ""]
    payload = prev + "\n" + json.dumps(fields, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _head(session: Session) -> str:
    """Take the log's write lock, then read the last hash."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)) or GENESIS


def record_many(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Append entries made by ``values``, chained in the order given. A row about several people
    carries their ids in ``PEOPLE`` (``audit_log_people``; the details hold them too)."""
    batch = list(rows)
    if not batch:
        return
    prev = _head(session)
    for row in batch:
        row["prev_hash"] = prev
        row["hash"] = prev = chain_hash(prev, row["at"], row["actor"], row["action"], row["entity"],
                                        row["entity_id"], row["person_id"], row["details"])
    plain: list[dict[str, Any]] = []
    for row in batch:
        people = row.pop(PEOPLE, None)
        if not people:
            plain.append(row)
            continue
        _insert(session, plain)  # in order: the chain follows the ids
        plain = []
        audit_id = session.execute(insert(AuditEntry.__table__).returning(AuditEntry.id), row).scalar_one()
        session.execute(insert(AuditPerson.__table__), [{"person_id": p, "audit_id": audit_id}
                                                         for p in sorted(set(people))])
    _insert(session, plain)


PEOPLE = "_people"  # a row's key (not a column) for the people it is about


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 1000):
        session.execute(insert(AuditEntry.__table__), rows[start:start + 1000])


def record(session: Session, actor: str, action: str, entity: str, entity_id: int | None,
           **details: Any) -> None:
    record_many(session, [values(actor, action, entity, entity_id, **details)])


# --- checking the chain ---------------------------------------------------------------------

@dataclass(frozen=True)
class Broken:
    id: int
    at: datetime
    reason: str  # "altered": the row's content no longer gives its hash; "link": the row before it is not
    #              the one it was chained to (a row removed or slipped in before it)
    previous_id: int | None


@dataclass(frozen=True)
class ChainReport:
    rows: int
    head: str  # the last row's hash: note it down to compare later
    broken: Broken | None


def check(session: Session, progress: Callable[[int, int], None] | None = None) -> ChainReport:
    """Walk the whole log in order and name the first row that breaks the chain."""
    total = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    prev, prev_id, count = GENESIS, None, 0
    stmt = (select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                   AuditEntry.entity_id, AuditEntry.person_id, AuditEntry.details, AuditEntry.prev_hash,
                   AuditEntry.hash).order_by(AuditEntry.id).execution_options(yield_per=5000))
    for r in session.execute(stmt):
        count += 1
        if r.prev_hash != prev:
            return ChainReport(count, prev, Broken(r.id, r.at, "link", prev_id))
        if chain_hash(prev, r.at, r.actor, r.action, r.entity, r.entity_id, r.person_id, r.details) != r.hash:
            return ChainReport(count, prev, Broken(r.id, r.at, "altered", prev_id))
        prev, prev_id = r.hash, r.id
        if progress is not None and count % 20000 == 0:
            progress(count, total)
    return ChainReport(count, prev, None)


# --- reading the log --------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None  # days inclusive
    end: date | None = None
    actor: str | None = None
    action: str | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    person_id: int | None
    details: dict[str, Any]


def _where(stmt: Select[Any], f: AuditFilter) -> Select[Any]:
    if f.start is not None:
        stmt = stmt.where(AuditEntry.at >= datetime.combine(f.start, time(), LOCAL_TZ))
    if f.end is not None:
        stmt = stmt.where(AuditEntry.at < datetime.combine(f.end + timedelta(days=1), time(), LOCAL_TZ))
    if f.actor:
        stmt = stmt.where(AuditEntry.actor == f.actor)
    if f.action:
        stmt = stmt.where(AuditEntry.action == f.action)
    if f.person_id is not None:
        stmt = stmt.where(or_(AuditEntry.person_id == f.person_id, AuditEntry.id.in_(
            select(AuditPerson.audit_id).where(AuditPerson.person_id == f.person_id))))
    return stmt


def details_of(text_value: str) -> dict[str, Any]:
    try:
        value = json.loads(text_value) if text_value else {}
    except ValueError:
        return {"text": text_value}
    return value if isinstance(value, dict) else {"value": value}


def count(session: Session, f: AuditFilter, *, up_to: int | None = None) -> int:
    """How many entries match ``f``; with ``up_to``, counting stops there (a screen says "more than
    100,000": counting a million index entries is what takes the time)."""
    if up_to is None:
        return session.scalar(_where(select(func.count(AuditEntry.id)), f)) or 0
    capped = _where(select(AuditEntry.id), f).limit(up_to).subquery()
    return session.scalar(select(func.count()).select_from(capped)) or 0


def entries(session: Session, f: AuditFilter, *, limit: int | None = None,
            after: tuple[datetime, int] | None = None) -> list[AuditRow]:
    """Entries matching ``f``, newest first; a page at a time with ``limit`` and ``after`` (the
    last row's (at, id) of the page before), which reads the index and not the rows skipped."""
    stmt = _where(select(AuditEntry.id, AuditEntry.at, AuditEntry.actor, AuditEntry.action, AuditEntry.entity,
                         AuditEntry.entity_id, AuditEntry.person_id, AuditEntry.details), f)
    if after is not None:
        at, row_id = after
        stmt = stmt.where((AuditEntry.at < at) | ((AuditEntry.at == at) & (AuditEntry.id < row_id)))
    stmt = stmt.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    if limit is not None:
        stmt = stmt.limit(limit)
    return [AuditRow(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.person_id, details_of(r.details))
            for r in session.execute(stmt)]


def actors(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))


def actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))
