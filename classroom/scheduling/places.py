"""Venues and instructors: their lists, create, edit, and delete only when no class uses them.

Codes: ``InvalidInput`` ``venue_invalid`` / ``instructor_invalid`` with problems
``name_empty`` [name], ``name_taken`` [name], ``name_too_long`` [name], ``capacity_invalid``
[capacity], ``computers_invalid`` [computers], ``village_unknown`` [village],
``organisation_unknown`` [organisation_kind], and the phone codes of ``classroom.validation``;
``Refused`` ``venue_in_use`` / ``instructor_in_use`` [classes: the class codes, comma-separated].
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from models import (
    ClassSession, CourseClass, Instructor, OrganisationKind, Venue, Village, class_instructors,
)

from .. import audit
from ..directory import same_name
from ..errors import InvalidInput, NotFound, Problem, Refused
from ..text import fold, nfc
from ..validation import check_full_name, check_phone, direction_problem
from .editing import clean_lines


@dataclass(frozen=True)
class VenueInput:
    name: str
    address: str = ""
    village_id: int | None = None
    capacity: int = 30
    computers: int = 0
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class VenueRow:
    id: int
    name: str
    address: str
    village_id: int | None
    village: str
    capacity: int
    computers: int
    active: bool
    classes: int


@dataclass(frozen=True)
class InstructorInput:
    full_name: str
    organisation_kind: str = OrganisationKind.DIGITAL_TEAM
    organisation_name: str = ""
    phone: str | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class InstructorRow:
    id: int
    full_name: str
    organisation_kind: str
    organisation_name: str
    phone: str | None
    active: bool
    classes: int


def list_venues(session: Session) -> list[VenueRow]:
    used = (select(CourseClass.venue_id.label("vid"), func.count().label("n"))
            .group_by(CourseClass.venue_id).subquery())
    stmt = (select(Venue.id, Venue.name, Venue.address, Venue.village_id, func.coalesce(Village.name, ""),
                   Venue.capacity, Venue.computers, Venue.active, func.coalesce(used.c.n, 0))
            .outerjoin(Village, Village.id == Venue.village_id).outerjoin(used, used.c.vid == Venue.id)
            .order_by(Venue.name))
    return [VenueRow(*r) for r in session.execute(stmt)]


def list_instructors(session: Session) -> list[InstructorRow]:
    used = (select(class_instructors.c.instructor_id.label("iid"), func.count().label("n"))
            .group_by(class_instructors.c.instructor_id).subquery())
    stmt = (select(Instructor.id, Instructor.full_name, Instructor.organisation_kind, Instructor.organisation_name,
                   Instructor.phone, Instructor.active, func.coalesce(used.c.n, 0))
            .outerjoin(used, used.c.iid == Instructor.id).order_by(Instructor.name_folded))
    return [InstructorRow(*r) for r in session.execute(stmt)]


def _venue_problems(session: Session, data: VenueInput, venue_id: int | None) -> tuple[VenueInput, list[Problem]]:
    name = nfc(data.name)
    problems: list[Problem] = [p for p in (direction_problem(data.name, "name"),
                                           direction_problem(data.address, "address")) if p is not None]
    if not name:
        problems.append(Problem("name_empty", "name"))
    elif len(name) > 150:
        problems.append(Problem("name_too_long", "name", params={"length": len(name), "max_length": 150}))
    else:
        taken = same_name(session, "venue", name, venue_id)  # accents and case aside
        if taken is not None:
            problems.append(Problem("name_taken", "name", params={"value": name, "existing": taken}))
    if not 1 <= data.capacity <= 2000:
        problems.append(Problem("capacity_invalid", "capacity", params={"value": data.capacity, "limit": 2000}))
    if not 0 <= data.computers <= 2000:
        problems.append(Problem("computers_invalid", "computers", params={"value": data.computers}))
    if data.village_id is not None and session.get(Village, data.village_id) is None:
        problems.append(Problem("village_unknown", "village", params={"value": data.village_id}))
    clean = VenueInput(name, nfc(data.address), data.village_id, data.capacity, data.computers,
                       clean_lines(data.notes), bool(data.active))
    return clean, problems


def create_venue(session: Session, data: VenueInput, *, actor: str = "") -> int:
    clean, problems = _venue_problems(session, data, None)
    if problems:
        raise InvalidInput(problems, code="venue_invalid")
    venue = Venue(**clean.__dict__)
    session.add(venue)
    session.flush()
    audit.record(session, actor, "create", "venue", venue.id, name=venue.name, capacity=venue.capacity)
    return venue.id


def update_venue(session: Session, venue_id: int, data: VenueInput, *, actor: str = "") -> None:
    venue = session.get(Venue, venue_id)
    if venue is None:
        raise NotFound("venue", id=venue_id)
    clean, problems = _venue_problems(session, data, venue_id)
    if problems:
        raise InvalidInput(problems, code="venue_invalid")
    for key, value in clean.__dict__.items():
        setattr(venue, key, value)
    session.flush()
    audit.record(session, actor, "update", "venue", venue_id, name=venue.name, capacity=venue.capacity)


def delete_venue(session: Session, venue_id: int, *, actor: str = "") -> None:
    venue = session.get(Venue, venue_id)
    if venue is None:
        raise NotFound("venue", id=venue_id)
    codes = session.scalars(
        select(CourseClass.code).distinct().outerjoin(ClassSession, ClassSession.class_id == CourseClass.id)
        .where(or_(CourseClass.venue_id == venue_id, ClassSession.venue_id == venue_id))
        .order_by(CourseClass.code)).all()
    if codes:
        raise Refused("venue_in_use", name=venue.name, classes=", ".join(codes))
    session.delete(venue)
    session.flush()
    audit.record(session, actor, "delete", "venue", venue_id, name=venue.name)


def _instructor_problems(session: Session, data: InstructorInput,
                         instructor_id: int | None) -> tuple[InstructorInput, list[Problem]]:
    name = check_full_name(data.full_name)
    phone = check_phone(data.phone)
    problems = [p for p in (*name.problems, *phone.problems) if p.is_error]
    taken = same_name(session, "instructor", name.value, instructor_id) if name.value else None
    if taken is not None:  # two instructors of one name would be told apart by nobody
        problems.append(Problem("name_taken", "full_name", params={"value": name.value, "existing": taken}))
    if data.organisation_kind not in OrganisationKind.__members__.values():
        problems.append(Problem("organisation_unknown", "organisation_kind", params={"value": data.organisation_kind}))
    clean = InstructorInput(name.value or "", data.organisation_kind, nfc(data.organisation_name)[:150],
                            phone.value, clean_lines(data.notes), bool(data.active))
    return clean, problems


def create_instructor(session: Session, data: InstructorInput, *, actor: str = "") -> int:
    clean, problems = _instructor_problems(session, data, None)
    if problems:
        raise InvalidInput(problems, code="instructor_invalid")
    person = Instructor(name_folded=fold(clean.full_name), **clean.__dict__)
    session.add(person)
    session.flush()
    audit.record(session, actor, "create", "instructor", person.id, full_name=person.full_name, phone=person.phone)
    return person.id


def update_instructor(session: Session, instructor_id: int, data: InstructorInput, *, actor: str = "") -> None:
    person = session.get(Instructor, instructor_id)
    if person is None:
        raise NotFound("instructor", id=instructor_id)
    clean, problems = _instructor_problems(session, data, instructor_id)
    if problems:
        raise InvalidInput(problems, code="instructor_invalid")
    for key, value in clean.__dict__.items():
        setattr(person, key, value)
    person.name_folded = fold(clean.full_name)
    session.flush()
    audit.record(session, actor, "update", "instructor", instructor_id, full_name=person.full_name,
                 phone=person.phone)


def delete_instructor(session: Session, instructor_id: int, *, actor: str = "") -> None:
    person = session.get(Instructor, instructor_id)
    if person is None:
        raise NotFound("instructor", id=instructor_id)
    codes = session.scalars(select(CourseClass.code).join(class_instructors, class_instructors.c.class_id == CourseClass.id)
                            .where(class_instructors.c.instructor_id == instructor_id).order_by(CourseClass.code)).all()
    if codes:
        raise Refused("instructor_in_use", name=person.full_name, classes=", ".join(codes))
    session.delete(person)
    session.flush()
    audit.record(session, actor, "delete", "instructor", instructor_id, full_name=person.full_name)


def venue_by_name(session: Session, name: str, *, create: bool = False, actor: str = "") -> int | None:
    """The venue whose name matches (accents and case optional), or a new one with ``create``."""
    wanted = fold(name)
    for vid, vname in session.execute(select(Venue.id, Venue.name)):
        if fold(vname) == wanted:
            return vid
    return create_venue(session, VenueInput(name), actor=actor) if create else None


def instructor_by_name(session: Session, name: str, *, create: bool = False, actor: str = "") -> int | None:
    found = session.scalars(select(Instructor.id).where(Instructor.name_folded == fold(name))
                            .order_by(Instructor.id)).first()
    if found is not None or not create:
        return found
    return create_instructor(session, InstructorInput(name), actor=actor)
