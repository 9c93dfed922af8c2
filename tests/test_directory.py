"""Villages, venues, instructors and courses: add, rename, merge, retire (classroom.directory)."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from classroom.directory import (
    add_village, add_villages, list_village_rows, merge, rename, restore, retire, split_pasted, usage,
)
from classroom.errors import InvalidInput, NotFound, Refused
from classroom.scheduling import (
    CourseInput, InstructorInput, VenueInput, add_course, create_instructor, create_venue, list_instructors,
    list_venues,
)
from models import (
    AuditEntry, ClassSession, Course, CourseClass, Instructor, Participant, Venue, Village, class_instructors,
)
from models.db import Database


def count(s, stmt) -> int:  # type: ignore[no-untyped-def]
    return int(s.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def test_pasted_villages_are_all_saved_or_none(demo_db: Database) -> None:
    assert split_pasted("1. Thôn Trung\n\n2) Thôn Hạ\n- Tổ dân phố 3\n• Xóm Bãi ") == [
        "Thôn Trung", "Thôn Hạ", "Tổ dân phố 3", "Xóm Bãi"]
    with demo_db.sessions() as s:
        existing = s.scalars(select(Village.name)).first()
        before = count(s, select(Village.id))
    with pytest.raises(InvalidInput) as caught, demo_db.transaction() as s:
        add_villages(s, ["Thôn Mới", "thon moi", existing.upper(), ""])
    codes = [(p.code, p.params.get("line")) for p in caught.value.problems]
    assert codes == [("name_taken", 2), ("name_taken", 3), ("name_empty", 4)]
    with demo_db.sessions() as s:
        assert count(s, select(Village.id)) == before  # nothing half-saved
    with demo_db.transaction() as s:
        ids = add_villages(s, ["Thôn Mới", "Tổ dân phố  Số 9"])
    with demo_db.sessions() as s:
        assert [s.get(Village, i).name for i in ids] == ["Thôn Mới", "Tổ dân phố Số 9"]


def test_retire_shows_what_uses_it_first_and_keeps_history(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        venue_id = s.scalar(select(CourseClass.venue_id).order_by(CourseClass.id))
        codes = sorted(set(s.scalars(select(CourseClass.code).where(CourseClass.venue_id == venue_id))))
    with demo_db.sessions() as s:
        used = usage(s, "venue", venue_id)
    assert set(codes) <= set(used.classes) and used.in_use
    with pytest.raises(Refused) as caught, demo_db.transaction() as s:
        retire(s, "venue", venue_id)
    assert caught.value.code == "in_use" and codes[0] in caught.value.params["classes"]
    with demo_db.sessions() as s:
        assert s.get(Venue, venue_id).active  # refused: unchanged
    with demo_db.transaction() as s:
        retire(s, "venue", venue_id, confirmed=True, actor="Cán bộ")
    with demo_db.sessions() as s:
        assert not s.get(Venue, venue_id).active
        assert s.scalar(select(func.count()).select_from(CourseClass).where(CourseClass.venue_id == venue_id))
        assert s.scalars(select(AuditEntry.action).order_by(AuditEntry.id.desc())).first() == "retire"
    with demo_db.transaction() as s:
        restore(s, "venue", venue_id)
    with demo_db.sessions() as s:
        assert s.get(Venue, venue_id).active


def test_an_unused_village_retires_at_once_and_leaves_the_choices(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        vid = add_village(s, "Thôn Cũ")
    with demo_db.transaction() as s:
        assert not retire(s, "village", vid).in_use
    with demo_db.sessions() as s:
        assert vid not in [v.id for v in list_village_rows(s, include_retired=False)]
        assert vid in [v.id for v in list_village_rows(s)]


def test_merging_villages_moves_people_and_venues_then_deletes(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        keep, other = s.scalars(select(Village.id).order_by(Village.id)).all()[:2]
        people = count(s, select(Participant.id).where(Participant.village_id.in_([keep, other])))
    with demo_db.transaction() as s:
        result = merge(s, "village", keep, other, actor="Cán bộ")
    assert result.deleted and result.moved > 0
    with demo_db.sessions() as s:
        assert s.get(Village, other) is None
        assert count(s, select(Participant.id).where(Participant.village_id == keep)) == people
    with pytest.raises(Refused), demo_db.transaction() as s:
        merge(s, "village", keep, keep)
    with pytest.raises(NotFound), demo_db.transaction() as s:
        merge(s, "village", keep, other)


def test_merging_instructors_keeps_one_link_per_class(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        twin = create_instructor(s, InstructorInput("Lê Thị Hồng Nhung"))
        keep = s.scalar(select(class_instructors.c.instructor_id))
        classes = s.scalars(select(class_instructors.c.class_id).where(class_instructors.c.instructor_id == keep)).all()
        s.execute(class_instructors.insert().values(class_id=classes[0], instructor_id=twin))  # both teach one
    with demo_db.transaction() as s:
        merge(s, "instructor", keep, twin)
    with demo_db.sessions() as s:
        assert s.get(Instructor, twin) is None
        assert sorted(s.scalars(select(class_instructors.c.class_id)
                                .where(class_instructors.c.instructor_id == keep))) == sorted(classes)


def test_merging_venues_moves_classes_and_sessions(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        other = create_venue(s, VenueInput("Hội trường tạm"))
        klass = s.scalars(select(CourseClass).order_by(CourseClass.id)).first()
        keep = klass.venue_id
        klass.venue_id = other
        s.scalars(select(ClassSession).where(ClassSession.class_id == klass.id)).first().venue_id = other
    with demo_db.transaction() as s:
        merge(s, "venue", keep, other)
    with demo_db.sessions() as s:
        assert s.get(Venue, other) is None
        assert not count(s, select(ClassSession.id).where(ClassSession.venue_id == other))
        assert keep in [v.id for v in list_venues(s)]


def test_merging_courses_retires_a_builtin_one(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        local = add_course(s, CourseInput("VNEID-2", "VNeID cho người cao tuổi"))
        builtin = s.scalar(select(CourseClass.course_id).order_by(CourseClass.id))
        moved = count(s, select(CourseClass.id).where(CourseClass.course_id == builtin))
        result = merge(s, "course", local, builtin)
    assert not result.deleted and result.moved == moved
    with demo_db.sessions() as s:
        assert not s.get(Course, builtin).active and s.get(Course, local).active


def test_names_are_unique_accents_aside_when_added_or_renamed(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        venue = s.scalars(select(Venue)).first()
        name, vid = venue.name, venue.id
        teacher = list_instructors(s)[0]
        villages = s.scalars(select(Village).order_by(Village.id)).all()[:2]
        first_village, second_id = villages[0].name, villages[1].id
    for work in (lambda s: create_venue(s, VenueInput(name.upper())),
                 lambda s: create_instructor(s, InstructorInput(teacher.full_name.lower())),
                 lambda s: rename(s, "village", second_id, first_village.upper()),
                 lambda s: add_course(s, CourseInput("NEW", "dinh danh dien tu vneid: kich hoat va su dung"))):
        with pytest.raises(InvalidInput) as caught, demo_db.transaction() as s:
            work(s)
        assert caught.value.problems[0].code in ("name_taken", "title_taken")
    with demo_db.transaction() as s:
        assert rename(s, "venue", vid, name + " (mới)") == name + " (mới)"
        assert rename(s, "venue", vid, name.upper()) == name.upper()  # its own name, spelled again
