"""The commune's lists: villages (and residential groups), venues, instructors and the course
catalogue. Add villages (one, or a pasted list), rename, merge and retire any of the four.

Retired (``active`` False) means hidden from the choices offered for new things, and kept in
history: the classes, sessions and people that used it still show it. Merging moves every
reference from one to the other, then deletes the one merged away (a built-in course, which a
later version may update, is retired instead). Names are unique accents and case aside.

Codes: ``InvalidInput`` ``village_invalid`` / ``rename_invalid`` with problems ``name_empty``,
``name_too_long`` [limit], ``name_taken`` [value] (also for a name repeated within a pasted list:
[value, line]); ``NotFound`` [kind, id]; ``Refused`` ``merge_same`` [kind, name],
``in_use`` [kind, name, classes (codes, comma-separated), people, venues]: retiring something
in use needs ``confirmed=True``.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from models import (
    ClassSession, Commune, Course, CourseClass, Instructor, Participant, Venue, Village, class_instructors,
)

from . import audit
from .errors import InvalidInput, NotFound, Problem, Refused
from .text import collation_key, fold, nfc

KINDS = ("village", "venue", "instructor", "course")
MODELS = {"village": Village, "venue": Venue, "instructor": Instructor, "course": Course}
NAME_COLUMN = {"village": "name", "venue": "name", "instructor": "full_name", "course": "title"}
NAME_LIMIT = {"village": 100, "venue": 150, "instructor": 100, "course": 200}
MAX_PASTED = 500  # villages in one pasted list


@dataclass(frozen=True)
class Usage:
    """What uses one entry: class codes, people (villages), venues (villages)."""

    classes: tuple[str, ...] = ()
    people: int = 0
    venues: tuple[str, ...] = ()

    @property
    def in_use(self) -> bool:
        return bool(self.classes or self.people or self.venues)


@dataclass(frozen=True)
class VillageRow:
    id: int
    name: str
    active: bool
    people: int
    venues: int
    adult_population: int | None


def _get(session: Session, kind: str, entry_id: int):  # type: ignore[no-untyped-def]
    if kind not in KINDS:
        raise ValueError(kind)
    row = session.get(MODELS[kind], entry_id)
    if row is None:
        raise NotFound(kind, kind=kind, id=entry_id)
    return row


def name_of(row: object, kind: str) -> str:
    return str(getattr(row, NAME_COLUMN[kind]))


def same_name(session: Session, kind: str, name: str, except_id: int | None = None) -> str | None:
    """The existing name equal to ``name`` accents and case aside (retired ones too), or None."""
    model, wanted = MODELS[kind], fold(name)
    column = getattr(model, NAME_COLUMN[kind])
    for eid, existing in session.execute(select(model.id, column)):
        if eid != except_id and fold(existing) == wanted:
            return str(existing)
    return None


def check_name(session: Session, kind: str, name: str, except_id: int | None = None,
               field: str = "name") -> tuple[str, list[Problem]]:
    """The name cleaned (NFC, spaces collapsed) and what is wrong with it."""
    clean = " ".join(nfc(name).split())
    if not clean:
        return clean, [Problem("name_empty", field)]
    if len(clean) > NAME_LIMIT[kind]:
        return clean, [Problem("name_too_long", field, params={"limit": NAME_LIMIT[kind], "length": len(clean)})]
    taken = same_name(session, kind, clean, except_id)
    if taken is not None:
        return clean, [Problem("name_taken", field, params={"value": clean, "existing": taken})]
    return clean, []


# -- villages

def list_village_rows(session: Session, include_retired: bool = True) -> list[VillageRow]:
    people = (select(Participant.village_id.label("vid"), func.count().label("n"))
              .where(Participant.village_id.is_not(None)).group_by(Participant.village_id).subquery())
    venues = (select(Venue.village_id.label("vid"), func.count().label("n"))
              .where(Venue.village_id.is_not(None)).group_by(Venue.village_id).subquery())
    stmt = (select(Village.id, Village.name, Village.active, func.coalesce(people.c.n, 0),
                   func.coalesce(venues.c.n, 0), Village.adult_population)
            .outerjoin(people, people.c.vid == Village.id).outerjoin(venues, venues.c.vid == Village.id))
    if not include_retired:
        stmt = stmt.where(Village.active.is_(True))
    rows = [VillageRow(*r) for r in session.execute(stmt)]
    return sorted(rows, key=lambda v: collation_key(v.name))


def _commune_id(session: Session) -> int:
    commune_id = session.scalar(select(Commune.id).order_by(Commune.id).limit(1))
    if commune_id is None:
        raise Refused("commune_not_set")
    return int(commune_id)


def add_village(session: Session, name: str, *, actor: str = "") -> int:
    """One village; refused (nothing saved) when its name is taken accents aside."""
    return add_villages(session, [name], actor=actor)[0]


def split_pasted(text: str) -> list[str]:
    """Names pasted from a list, one a line; blank lines, numbering ("1.", "2)") and bullets dropped."""
    names = []
    for line in text.splitlines():
        line = nfc(line).strip().lstrip("-•*–").strip()
        head, _, rest = line.partition(" ")
        if rest and head.rstrip(".)").isdigit() and head[-1:] in ".)":
            line = rest.strip()
        if line:
            names.append(line)
    return names


def add_villages(session: Session, names: list[str], *, actor: str = "") -> list[int]:
    """Several villages at once (typed or pasted): all checked first, then all saved, or none."""
    if len(names) > MAX_PASTED:
        raise InvalidInput([Problem("too_many", "name", params={"limit": MAX_PASTED, "count": len(names)})],
                           code="village_invalid")
    commune_id = _commune_id(session)
    problems: list[Problem] = []
    clean: list[str] = []
    seen: dict[str, int] = {}
    for line, name in enumerate(names, start=1):
        value, found = check_name(session, "village", name)
        for p in found:
            problems.append(Problem(p.code, p.field, params={**p.params, "line": line}))
        if not found:
            if fold(value) in seen:
                problems.append(Problem("name_taken", "name", params={"value": value, "line": line,
                                                                       "existing": clean[seen[fold(value)]]}))
            else:
                seen[fold(value)] = len(clean)
                clean.append(value)
    if problems:
        raise InvalidInput(problems, code="village_invalid")
    villages = [Village(commune_id=commune_id, name=n) for n in clean]
    session.add_all(villages)
    session.flush()
    for v in villages:
        audit.record(session, actor, "create", "village", v.id, name=v.name)
    return [v.id for v in villages]


# -- any of the four kinds

def usage(session: Session, kind: str, entry_id: int) -> Usage:
    """What would lose sight of this entry if it were retired: shown to the officer first."""
    _get(session, kind, entry_id)
    if kind == "village":
        people = session.scalar(select(func.count()).select_from(Participant)
                                .where(Participant.village_id == entry_id)) or 0
        venues = tuple(session.scalars(select(Venue.name).where(Venue.village_id == entry_id).order_by(Venue.name)))
        return Usage((), int(people), venues)
    if kind == "venue":
        stmt = (select(CourseClass.code).distinct()
                .outerjoin(ClassSession, ClassSession.class_id == CourseClass.id)
                .where(or_(CourseClass.venue_id == entry_id, ClassSession.venue_id == entry_id)))
    elif kind == "instructor":
        stmt = (select(CourseClass.code).join(class_instructors, class_instructors.c.class_id == CourseClass.id)
                .where(class_instructors.c.instructor_id == entry_id))
    else:
        stmt = select(CourseClass.code).where(CourseClass.course_id == entry_id)
    return Usage(tuple(session.scalars(stmt.order_by(CourseClass.code))))


def rename(session: Session, kind: str, entry_id: int, name: str, *, actor: str = "") -> str:
    row = _get(session, kind, entry_id)
    clean, problems = check_name(session, kind, name, except_id=entry_id)
    if problems:
        raise InvalidInput(problems, code="rename_invalid")
    before = name_of(row, kind)
    setattr(row, NAME_COLUMN[kind], clean)
    if kind == "instructor":
        row.name_folded = fold(clean)
    session.flush()
    audit.record(session, actor, "rename", kind, entry_id, before=before, after=clean)
    return clean


def retire(session: Session, kind: str, entry_id: int, *, confirmed: bool = False, actor: str = "") -> Usage:
    """Hide from the choices, keep in history. In use: refused unless ``confirmed`` (after the
    officer has seen ``usage``)."""
    row = _get(session, kind, entry_id)
    used = usage(session, kind, entry_id)
    if used.in_use and not confirmed:
        raise Refused("in_use", kind=kind, name=name_of(row, kind), classes=", ".join(used.classes),
                      people=used.people, venues=", ".join(used.venues))
    row.active = False
    session.flush()
    audit.record(session, actor, "retire", kind, entry_id, name=name_of(row, kind), classes=len(used.classes),
                 people=used.people)
    return used


def restore(session: Session, kind: str, entry_id: int, *, actor: str = "") -> None:
    """Offer it again among the choices."""
    row = _get(session, kind, entry_id)
    row.active = True
    session.flush()
    audit.record(session, actor, "restore", kind, entry_id, name=name_of(row, kind))


@dataclass(frozen=True)
class Merged:
    kept: str
    removed: str
    moved: int  # references moved (people, venues, classes, sessions)
    deleted: bool  # False: retired instead (a built-in course)


def merge(session: Session, kind: str, keep_id: int, other_id: int, *, actor: str = "") -> Merged:
    """Everything that used ``other_id`` now uses ``keep_id``; then ``other_id`` goes. One transaction."""
    keep, other = _get(session, kind, keep_id), _get(session, kind, other_id)
    if keep_id == other_id:
        raise Refused("merge_same", kind=kind, name=name_of(keep, kind))
    moved = 0
    if kind == "village":
        moved += session.execute(update(Participant).where(Participant.village_id == other_id)
                                 .values(village_id=keep_id)).rowcount or 0
        moved += session.execute(update(Venue).where(Venue.village_id == other_id)
                                 .values(village_id=keep_id)).rowcount or 0
        if keep.adult_population is None:
            keep.adult_population = other.adult_population
    elif kind == "venue":
        moved += session.execute(update(CourseClass).where(CourseClass.venue_id == other_id)
                                 .values(venue_id=keep_id)).rowcount or 0
        moved += session.execute(update(ClassSession).where(ClassSession.venue_id == other_id)
                                 .values(venue_id=keep_id)).rowcount or 0
    elif kind == "instructor":
        ci = class_instructors.c
        both = select(ci.class_id).where(ci.instructor_id == keep_id)
        moved += session.execute(delete(class_instructors).where(ci.instructor_id == other_id,
                                                                 ci.class_id.in_(both))).rowcount or 0
        moved += session.execute(update(class_instructors).where(ci.instructor_id == other_id)
                                 .values(instructor_id=keep_id)).rowcount or 0
    else:
        moved += session.execute(update(CourseClass).where(CourseClass.course_id == other_id)
                                 .values(course_id=keep_id)).rowcount or 0
    session.expire_all()
    keep, other = _get(session, kind, keep_id), _get(session, kind, other_id)
    kept, removed = name_of(keep, kind), name_of(other, kind)
    deleted = not (kind == "course" and other.builtin)
    if deleted:
        session.delete(other)
    else:
        other.active = False
    if not keep.active and other.active:
        keep.active = True  # the one kept stays offered when the other one was
    session.flush()
    audit.record(session, actor, "merge", kind, keep_id, merged=removed, merged_id=other_id, moved=moved)
    return Merged(kept, removed, moved, deleted)

