"""The course catalogue the officer edits, and the days off the officer adds to the calendar.

Codes: ``InvalidInput`` ``course_invalid`` with problems ``code_empty``, ``code_taken``,
``code_too_long`` [code], ``title_empty``, ``title_too_long`` [title], ``hours_invalid``
[hours]; ``calendar_day_invalid`` with ``kind_unknown`` [kind], ``name_empty`` [name].
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import CalendarDay, Course

from .. import audit
from ..directory import same_name
from ..errors import InvalidInput, NotFound, Problem
from ..text import fold, nfc
from ..validation import direction_problem
from .editing import clean_lines


@dataclass(frozen=True)
class CourseInput:
    code: str
    title: str
    description: str = ""
    content_group: str = ""
    hours: float | None = None
    active: bool = True


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    content_group: str
    hours: float | None
    builtin: bool
    active: bool


@dataclass(frozen=True)
class CalendarDayRow:
    day: date
    kind: str  # holiday | working
    name: str


def list_courses(session: Session, include_inactive: bool = False) -> list[CourseRow]:
    stmt = select(Course.id, Course.code, Course.title, Course.content_group, Course.hours, Course.builtin,
                  Course.active).order_by(Course.title)
    if not include_inactive:
        stmt = stmt.where(Course.active.is_(True))
    return [CourseRow(*r) for r in session.execute(stmt)]


def course_by_code_or_title(session: Session, text: str) -> int | None:
    """The course whose code (case optional) or title (accents optional) is ``text``."""
    wanted = fold(text)
    for cid, code, title in session.execute(select(Course.id, Course.code, Course.title).order_by(Course.id)):
        if fold(code) == wanted or fold(title) == wanted:
            return cid
    return None


def _course_problems(session: Session, data: CourseInput, course_id: int | None) -> tuple[CourseInput, list[Problem]]:
    code, title = nfc(data.code).upper(), nfc(data.title)
    problems: list[Problem] = [p for p in (direction_problem(data.code, "code"), direction_problem(data.title, "title"))
                               if p is not None]
    if not code:
        problems.append(Problem("code_empty", "code"))
    elif len(code) > 30:
        problems.append(Problem("code_too_long", "code", params={"limit": 30}))
    else:
        same = session.scalars(select(Course.id).where(Course.code == code)).first()
        if same is not None and same != course_id:
            problems.append(Problem("code_taken", "code", params={"value": code}))
    if not title:
        problems.append(Problem("title_empty", "title"))
    elif len(title) > 200:
        problems.append(Problem("title_too_long", "title", params={"limit": 200}))
    elif (taken := same_name(session, "course", title, course_id)) is not None:  # accents and case aside
        problems.append(Problem("title_taken", "title", params={"value": title, "existing": taken}))
    if data.hours is not None and not 0 < data.hours <= 1000:
        problems.append(Problem("hours_invalid", "hours", params={"value": data.hours}))
    clean = CourseInput(code, title, clean_lines(data.description), nfc(data.content_group)[:40], data.hours,
                        bool(data.active))
    return clean, problems


def add_course(session: Session, data: CourseInput, *, actor: str = "") -> int:
    """A local course (not ``builtin``)."""
    clean, problems = _course_problems(session, data, None)
    if problems:
        raise InvalidInput(problems, code="course_invalid")
    course = Course(builtin=False, **clean.__dict__)
    session.add(course)
    session.flush()
    audit.record(session, actor, "create", "course", course.id, code=course.code, title=course.title)
    return course.id


def update_course(session: Session, course_id: int, data: CourseInput, *, actor: str = "") -> None:
    course = session.get(Course, course_id)
    if course is None:
        raise NotFound("course", id=course_id)
    clean, problems = _course_problems(session, data, course_id)
    if problems:
        raise InvalidInput(problems, code="course_invalid")
    for key, value in clean.__dict__.items():
        setattr(course, key, value)
    session.flush()
    audit.record(session, actor, "update", "course", course_id, code=course.code, title=course.title,
                 active=course.active)


def list_calendar_days(session: Session, start: date | None = None, end: date | None = None) -> list[CalendarDayRow]:
    stmt = select(CalendarDay.day, CalendarDay.kind, CalendarDay.name).order_by(CalendarDay.day)
    if start is not None:
        stmt = stmt.where(CalendarDay.day >= start)
    if end is not None:
        stmt = stmt.where(CalendarDay.day <= end)
    return [CalendarDayRow(*r) for r in session.execute(stmt)]


def set_calendar_day(session: Session, day: date, name: str, kind: str = "holiday", *, actor: str = "") -> None:
    """Add (or rename) a local day off, or with ``kind="working"`` take back a public holiday."""
    problems = [p for p in (direction_problem(name, "name"),) if p is not None]
    name = nfc(name)
    if kind not in ("holiday", "working"):
        problems.append(Problem("kind_unknown", "kind", params={"value": kind}))
    if kind == "holiday" and not name:
        problems.append(Problem("name_empty", "name"))
    if problems:
        raise InvalidInput(problems, code="calendar_day_invalid")
    row = session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
    if row is None:
        row = CalendarDay(day=day)
        session.add(row)
    row.kind, row.name = kind, name[:150]
    session.flush()
    audit.record(session, actor, "set", "calendar_day", row.id, day=day, kind=kind, name=row.name)


def remove_calendar_day(session: Session, day: date, *, actor: str = "") -> bool:
    """Forget the officer's entry for ``day``; False when there was none."""
    row = session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
    if row is None:
        return False
    session.delete(row)
    session.flush()
    audit.record(session, actor, "delete", "calendar_day", row.id, day=day)
    return True
