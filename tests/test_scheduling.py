"""Classes, sessions, conflicts, venues, instructors and the catalogue, through the services."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from classroom.errors import InvalidInput, NotFound, Refused
from classroom.participants import PersonInput, create_participant
from classroom.scheduling import (
    ClassInput, CourseInput, InstructorInput, PlannedSession, RecurrenceSpec, SchedulingConflict, VenueInput,
    add_course, add_session, agenda, cancel_session, course_by_code_or_title, create_class, create_instructor,
    create_venue, delete_instructor, delete_venue, find_conflicts, instructor_upcoming, list_courses,
    list_instructors, list_venues, load_class, move_session, plan_sessions, remove_calendar_day, set_calendar_day,
    update_class, update_course, venue_week,
)
from models import LOCAL_TZ, AuditEntry, ClassSession, CourseClass, Enrollment
from models.db import Database


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=LOCAL_TZ)


def weekly(start: str, rule: str = "FREQ=WEEKLY;BYDAY=TU,TH;COUNT=4", minutes: int = 120) -> list[PlannedSession]:
    return list(plan_sessions(None, RecurrenceSpec(at(start), minutes, rule)).sessions)


@pytest.fixture
def world(db: Database) -> dict[str, int]:
    """Two venues, three instructors, a course, and class A (Tue/Thu 19-21 from 3 March 2026) with two people."""
    with db.transaction() as s:
        ids = {
            "hall": create_venue(s, VenueInput("Nhà văn hóa thôn Yên Trường", capacity=40)),
            "room": create_venue(s, VenueInput("Phòng tin học trường THCS", capacity=20, computers=20)),
            "ha": create_instructor(s, InstructorInput("Lê Thị Thu Hà", phone="0912345678")),
            "manh": create_instructor(s, InstructorInput("Nguyễn Đức Mạnh")),
            "viet": create_instructor(s, InstructorInput("Trần Quốc Việt")),
            "course": course_by_code_or_title(s, "VNEID") or 0,
        }
        a = create_class(s, ClassInput(ids["course"], "elderly", ids["hall"], (ids["ha"],), capacity=30),
                         weekly("2026-03-02T19:00"))
        ids["a"] = a.id
        for name, phone in (("Nguyễn Văn An", "0987654321"), ("Trần Thị Bình", None)):
            p = create_participant(s, PersonInput(name, phone=phone, target_group="elderly"))
            s.add(Enrollment(class_id=a.id, participant_id=p.id, status="enrolled"))
            ids[name] = p.id
    return ids


def new_class(ids: dict[str, int], venue: str = "room", teachers: tuple[str, ...] = ("manh",),
              capacity: int = 20) -> ClassInput:
    return ClassInput(ids["course"], "farmer", ids[venue], tuple(ids[t] for t in teachers), capacity=capacity)


def kinds(conflicts) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.kind for c in conflicts}


def test_no_conflict_in_another_room_with_another_instructor(db: Database, world: dict[str, int]) -> None:
    with db.sessions() as s:
        assert find_conflicts(s, weekly("2026-03-02T19:00"), None, [world["manh"]], world["room"], 20) == []
        # straight after class A (21:00) is free too: sessions touching end to start do not overlap
        assert find_conflicts(s, weekly("2026-03-02T21:00"), None, [world["ha"]], world["hall"], 20) == []


def test_instructor_busy(db: Database, world: dict[str, int]) -> None:
    with db.sessions() as s:
        found = find_conflicts(s, weekly("2026-03-02T20:00"), None, [world["ha"], world["manh"]], world["room"], 20)
    assert kinds(found) == {"instructor_busy"} and len(found) == 4
    first = found[0]
    assert first.subject_name == "Lê Thị Thu Hà" and first.other_class_code.endswith("-2026-001")
    assert first.starts_at == at("2026-03-03T20:00") and first.other_starts_at == at("2026-03-03T19:00")


def test_venue_busy_and_too_small(db: Database, world: dict[str, int]) -> None:
    with db.sessions() as s:
        found = find_conflicts(s, weekly("2026-03-09T18:00", "FREQ=WEEKLY;BYDAY=TU;COUNT=2"), None,
                               [world["viet"]], world["hall"], 45)
    assert kinds(found) == {"venue_busy", "venue_too_small"}
    small = next(c for c in found if c.kind == "venue_too_small")
    assert (small.venue_capacity, small.class_capacity, small.subject_name) == (40, 45, "Nhà văn hóa thôn Yên Trường")
    busy = [c for c in found if c.kind == "venue_busy"]
    assert [c.other_starts_at for c in busy] == [at("2026-03-10T19:00")]  # the 17th is past class A's 4 sessions


def test_participant_busy(db: Database, world: dict[str, int]) -> None:
    with db.transaction() as s:
        b = create_class(s, new_class(world), weekly("2026-03-04T19:00", "FREQ=WEEKLY;BYDAY=WE;COUNT=2"))
        s.add(Enrollment(class_id=b.id, participant_id=world["Nguyễn Văn An"], status="enrolled"))
        s.flush()
        moved = PlannedSession(at("2026-03-05T20:00"), at("2026-03-05T22:00"))  # onto class A's Thursday
        found = find_conflicts(s, [moved], b.id, [world["manh"]], world["room"], 20)
    assert [(c.kind, c.subject_name) for c in found] == [("participant_busy", "Nguyễn Văn An")]


def test_cancelled_sessions_do_not_count(db: Database, world: dict[str, int]) -> None:
    with db.transaction() as s:
        first = s.scalars(select(ClassSession).where(ClassSession.class_id == world["a"])
                          .order_by(ClassSession.starts_at)).first()
        assert first is not None
        cancel_session(s, first.id, "Mưa bão")
        found = find_conflicts(s, [PlannedSession(first.starts_at, first.ends_at)], None, [world["ha"]],
                               world["hall"], 10)
    assert found == []


def test_create_class_refuses_conflicts_and_saves_nothing(db: Database, world: dict[str, int]) -> None:
    with pytest.raises(SchedulingConflict) as caught, db.transaction() as s:
        create_class(s, new_class(world, "hall", ("ha",)), weekly("2026-03-02T19:00"))
    assert caught.value.code == "conflicts" and caught.value.params["count"] == 8
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(CourseClass)) == 1
    with db.transaction() as s:
        saved = create_class(s, new_class(world, "hall", ("ha",)), weekly("2026-03-02T19:00"), allow_conflicts=True,
                             actor="cán bộ")
    assert saved.code.endswith("-2026-002") and saved.sessions == 4


def test_create_class_problems_are_listed_by_field(db: Database, world: dict[str, int]) -> None:
    bad = ClassInput(999, "aliens", 999, (), capacity=0, completion_percent=120)
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        create_class(s, bad, weekly("2026-05-04T08:00"))
    assert {p.code for p in caught.value.problems} == {
        "course_unknown", "target_group_unknown", "venue_unknown", "instructors_missing", "capacity_invalid",
        "completion_invalid"}
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        create_class(s, new_class(world), [])
    assert caught.value.problems[0].code == "sessions_missing"


def test_class_details_and_audit(db: Database, world: dict[str, int]) -> None:
    with db.transaction() as s:
        saved = create_class(s, replace(new_class(world), notes="Mang theo điện thoại\nvà CCCD",
                                        requires_assessment=True), weekly("2026-05-04T08:00"), actor="cb",
                             today=date(2026, 4, 1))
        detail = load_class(s, saved.id)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "class", AuditEntry.entity_id == saved.id)).one()
    assert detail.data.notes == "Mang theo điện thoại\nvà CCCD" and detail.data.requires_assessment
    assert detail.data.completion_percent == 80 and len(detail.sessions) == 4 and detail.status == "planned"
    assert json.loads(entry.details)["sessions"] == 4 and entry.actor == "cb"


def test_update_class_checks_capacity_and_conflicts(db: Database, world: dict[str, int]) -> None:
    with db.sessions() as s:
        data = load_class(s, world["a"]).data
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        update_class(s, world["a"], replace(data, capacity=1))
    assert caught.value.problems[0].code == "capacity_below_enrolled"
    with db.transaction() as s:
        create_class(s, new_class(world, "room", ("viet",)), weekly("2026-03-03T20:00", "FREQ=DAILY;COUNT=1"))
    moved = replace(data, venue_id=world["room"], capacity=15, instructor_ids=(world["ha"], world["viet"]))
    with pytest.raises(SchedulingConflict) as conflict, db.transaction() as s:
        update_class(s, world["a"], moved, today=date(2026, 3, 1))
    assert kinds(conflict.value.conflicts) == {"venue_busy", "instructor_busy"}
    with db.transaction() as s:  # past sessions are history: from 4 March on nothing clashes
        update_class(s, world["a"], moved, actor="cb", today=date(2026, 3, 4))
    with db.sessions() as s:
        after = load_class(s, world["a"]).data
    assert after.venue_id == world["room"] and after.instructor_ids == tuple(sorted((world["ha"], world["viet"])))


def test_move_cancel_add_tell_whom_to_notify(db: Database, world: dict[str, int]) -> None:
    with db.transaction() as s:
        first = load_class(s, world["a"]).sessions[0]
        notice = move_session(s, first.id, at("2026-03-04T19:00"), at("2026-03-04T21:00"), actor="cb")
        assert notice.previous_starts_at == at("2026-03-03T19:00") and notice.holiday is None
        assert [(c.full_name, c.phone) for c in notice.people] == [("Nguyễn Văn An", "0987654321"),
                                                                   ("Trần Thị Bình", None)]
        again = move_session(s, first.id, at("2026-03-06T19:00"), at("2026-03-06T21:00"))
        assert s.get(ClassSession, first.id).moved_from == at("2026-03-03T19:00")  # the first time is kept
        assert again.action == "moved"
        cancelled = cancel_session(s, load_class(s, world["a"]).sessions[-1].id, "Mất điện")
        assert cancelled.action == "cancelled" and len(cancelled.people) == 2
        added = add_session(s, world["a"], at("2026-04-30T08:00"), at("2026-04-30T10:00"))
        assert added.holiday == "Ngày Chiến thắng"  # placed on a holiday on purpose: the notice says so
        with pytest.raises(Refused) as refused:
            move_session(s, cancelled.session_id, at("2026-03-20T19:00"), at("2026-03-20T21:00"))
        assert refused.value.code == "session_cancelled"
        with pytest.raises(InvalidInput) as overlap:
            add_session(s, world["a"], at("2026-03-06T20:00"), at("2026-03-06T22:00"))
        assert overlap.value.code == "sessions_overlap"
        with pytest.raises(NotFound):
            cancel_session(s, 9999)


def test_moving_onto_another_class_is_a_conflict(db: Database, world: dict[str, int]) -> None:
    with db.transaction() as s:
        b = create_class(s, new_class(world, "hall", ("manh",)), weekly("2026-03-02T08:00"))
        target = load_class(s, b.id).sessions[0]
    with pytest.raises(SchedulingConflict) as caught, db.transaction() as s:
        move_session(s, target.id, at("2026-03-03T19:30"), at("2026-03-03T21:00"))
    assert kinds(caught.value.conflicts) == {"venue_busy"}
    with db.sessions() as s:
        assert s.get(ClassSession, target.id).starts_at == at("2026-03-03T08:00")  # nothing half-saved


def test_venues_and_instructors_in_use_cannot_be_deleted(db: Database, world: dict[str, int]) -> None:
    with pytest.raises(Refused) as caught, db.transaction() as s:
        delete_venue(s, world["hall"])
    assert caught.value.code == "venue_in_use" and caught.value.params["classes"].endswith("-2026-001")
    with pytest.raises(Refused) as caught, db.transaction() as s:
        delete_instructor(s, world["ha"])
    assert caught.value.code == "instructor_in_use"
    with db.transaction() as s:
        delete_venue(s, world["room"])
        delete_instructor(s, world["viet"])
    with db.sessions() as s:
        assert [v.name for v in list_venues(s)] == ["Nhà văn hóa thôn Yên Trường"]
        assert [(i.full_name, i.classes) for i in list_instructors(s)] == [("Lê Thị Thu Hà", 1),
                                                                           ("Nguyễn Đức Mạnh", 0)]


def test_venue_and_instructor_input_problems(db: Database, world: dict[str, int]) -> None:
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        create_venue(s, VenueInput("  Nhà văn hóa thôn Yên  Trường ", capacity=0))
    assert {p.code for p in caught.value.problems} == {"name_taken", "capacity_invalid"}
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        create_instructor(s, InstructorInput("", phone="12345"))
    assert {p.code for p in caught.value.problems} >= {"name_empty"}


def test_course_catalogue_is_editable(db: Database) -> None:
    with db.transaction() as s:
        cid = add_course(s, CourseInput("cf-ot", "Bán ớt trên sàn thương mại điện tử", hours=4))
        update_course(s, cid, CourseInput("CF-OT", "Bán ớt Đông Tiến trên sàn thương mại điện tử", hours=6))
        with pytest.raises(InvalidInput) as caught:
            add_course(s, CourseInput("VNEID", ""))
        assert {p.code for p in caught.value.problems} == {"code_taken", "title_empty"}
    with db.sessions() as s:
        local = [c for c in list_courses(s) if c.code == "CF-OT"][0]
        assert not local.builtin and local.hours == 6
        assert course_by_code_or_title(s, "ban ot dong tien tren san thuong mai dien tu") == cid


def test_officer_days_are_added_and_removed(db: Database) -> None:
    with db.transaction() as s:
        set_calendar_day(s, date(2026, 9, 10), "Mùa gặt")
        with pytest.raises(InvalidInput):
            set_calendar_day(s, date(2026, 9, 11), "")
    with db.sessions() as s:
        plan = plan_sessions(s, RecurrenceSpec(at("2026-09-10T08:00"), 60, "FREQ=DAILY;COUNT=1"))
        assert plan.skipped[0].reason == "Mùa gặt"
    with db.transaction() as s:
        assert remove_calendar_day(s, date(2026, 9, 10)) and not remove_calendar_day(s, date(2026, 9, 10))


def test_agenda_instructor_and_venue_pages(db: Database, world: dict[str, int]) -> None:
    with db.sessions() as s:
        week = venue_week(s, world["hall"], date(2026, 3, 4))
        assert [e.starts_at.day for e in week] == [3, 5]
        assert week[0].instructors == "Lê Thị Thu Hà" and week[0].title.startswith("Định danh điện tử")
        assert len(instructor_upcoming(s, world["ha"], date(2026, 3, 1))) == 4
        assert instructor_upcoming(s, world["manh"], date(2026, 3, 1)) == []
        assert len(agenda(s, date(2026, 3, 1), date(2026, 3, 31), target_group="farmer")) == 0
        assert len(agenda(s, date(2026, 3, 1), date(2026, 3, 31) + timedelta(days=0))) == 4
