"""Registry services: correcting people, duplicates and merging, data rights, enrollment and its waiting list."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from classroom.data_rights import erase_person, export_json, export_person
from classroom.enrollment import enroll, withdraw
from classroom.errors import InvalidInput, NotFound, Refused
from classroom.merging import dismiss_duplicate, find_possible_duplicates, merge_participants
from classroom.participants import PersonInput, load_participant_rows
from classroom.registry import add_participant, load_person, record_consent, update_participant
from models import (
    LOCAL_TZ, AssessmentResult, AttendanceMark, AuditEntry, Certificate, CourseClass, Enrollment, Participant,
)
from models.db import Database

from tests.conftest import DEMO_TODAY


def person_input(p: Participant, **changes: object) -> PersonInput:
    base = dict(full_name=p.full_name, birth=f"{p.birth_year}" if p.birth_day is None else
                f"{p.birth_day:02d}/{p.birth_month:02d}/{p.birth_year}", gender=p.gender, national_id=p.national_id,
                phone=p.phone, village_id=p.village_id, target_group=p.target_group, occupation=p.occupation,
                needs=p.needs, consent_purpose=p.consent_purpose, consent_at=p.consent_at)
    base.update(changes)
    return PersonInput(**base)  # type: ignore[arg-type]


def first_with_phone(s) -> Participant:  # type: ignore[no-untyped-def]
    return s.scalars(select(Participant).where(Participant.phone.is_not(None), Participant.national_id.is_not(None))
                     .order_by(Participant.id)).first()


def test_update_audits_field_names_never_ids_or_phones(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        p = first_with_phone(s)
        old_phone = p.phone
        changed = update_participant(s, p.id, person_input(p, phone="0399 888 777", needs="Không có điện thoại thông minh"),
                                     actor="cán bộ", today=DEMO_TODAY)
        pid = p.id
    assert changed == ["needs", "phone"]
    with demo_db.sessions() as s:
        assert s.get(Participant, pid).phone == "0399888777"
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == pid, AuditEntry.action == "update")).one()
        assert json.loads(entry.details) == {"fields": ["needs", "phone"]}
        assert old_phone not in entry.details and "0399888777" not in entry.details
        assert entry.actor == "cán bộ"


def test_update_refuses_an_id_someone_else_has_and_bad_consent(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        a, b = s.scalars(select(Participant).where(Participant.national_id.is_not(None)).order_by(Participant.id)
                         ).all()[:2]
        with pytest.raises(InvalidInput) as info:
            update_participant(s, a.id, person_input(a, national_id=b.national_id, gender=b.gender,
                                                     birth=str(b.birth_year)), today=DEMO_TODAY)
        assert "national_id_registered" in {p.code for p in info.value.problems}
        with pytest.raises(InvalidInput) as info:
            update_participant(s, a.id, person_input(a, consent_at=datetime(2026, 1, 5, tzinfo=LOCAL_TZ),
                                                     consent_purpose=""), today=DEMO_TODAY)
        assert [p.code for p in info.value.problems] == ["consent_purpose_empty"]


def test_add_person_and_consent(db: Database) -> None:
    with db.transaction() as s:
        pid = add_participant(s, PersonInput("lò thị  pằng", birth="1962", gender="Nữ", target_group="farmer",
                                             consent_at=date(2026, 3, 2), consent_purpose="Học lớp VNeID"),
                              today=DEMO_TODAY)
    with db.sessions() as s:
        person = load_person(s, pid)
        assert person.full_name == "Lò Thị Pằng" and person.consent_at.date() == date(2026, 3, 2)
    with db.transaction() as s:
        record_consent(s, pid, None, actor="cán bộ")
    with db.sessions() as s:
        assert load_person(s, pid).consent_at is None
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "consent_withdrawn"


def _twin(s, p: Participant, **fields: object) -> Participant:  # type: ignore[no-untyped-def]
    twin = Participant(full_name=p.full_name.upper(), name_folded=p.name_folded, sort_key=p.sort_key,
                       birth_year=p.birth_year, birth_month=p.birth_month, birth_day=p.birth_day, gender=p.gender,
                       target_group=p.target_group, card_code=f"TWIN-{p.id}", **fields)
    s.add(twin)
    s.flush()
    return twin


def test_possible_duplicates_and_dismissal(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        p = first_with_phone(s)
        twin_id, pid = _twin(s, p).id, p.id
    with demo_db.sessions() as s:
        pairs = [x for x in find_possible_duplicates(s) if {x.first.id, x.second.id} == {pid, twin_id}]
        assert len(pairs) == 1 and "birth" in pairs[0].reasons
    with demo_db.transaction() as s:
        dismiss_duplicate(s, twin_id, pid)
    with demo_db.sessions() as s:
        assert not [x for x in find_possible_duplicates(s) if {x.first.id, x.second.id} == {pid, twin_id}]


def test_merge_moves_everything_and_keeps_the_better_of_twins(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        cert = s.scalars(select(Certificate).order_by(Certificate.id)).first()
        keep = s.get(Participant, cert.participant_id)
        other = _twin(s, keep, needs="Cần chữ to")
        keep.needs = ""
        # the other record is in the same class (absent where keep was present) and in one more class
        marks = s.scalars(select(AttendanceMark).where(AttendanceMark.participant_id == keep.id)).all()
        s.add(Enrollment(class_id=cert.class_id, participant_id=other.id, status="enrolled"))
        s.add(AttendanceMark(session_id=marks[0].session_id, participant_id=other.id, status="absent"))
        extra = s.scalars(select(CourseClass).where(CourseClass.id != cert.class_id, CourseClass.status == "planned")
                          ).first()
        s.add(Enrollment(class_id=extra.id, participant_id=other.id, status="waiting"))
        s.add(AssessmentResult(class_id=cert.class_id, participant_id=keep.id, assessed_on=cert.issued_on,
                               passed=False, score=4.0))
        s.add(AssessmentResult(class_id=cert.class_id, participant_id=other.id, assessed_on=cert.issued_on,
                               passed=True, score=8.5))
        keep_id, other_id, kept_mark = keep.id, other.id, marks[0].status
        marks_before = len(marks)
    with demo_db.transaction() as s:
        result = merge_participants(s, keep_id, other_id, actor="cán bộ")
    assert result.moved["enrollments"] == 1 and result.merged["enrollments"] == 1
    assert result.merged["attendance"] == 1 and result.filled == ["needs"] and result.other_deleted
    with demo_db.sessions() as s:
        assert s.get(Participant, other_id) is None
        assert s.get(Participant, keep_id).needs == "Cần chữ to"
        marks = s.scalars(select(AttendanceMark).where(AttendanceMark.participant_id == keep_id)).all()
        assert len(marks) == marks_before and marks[0].status == kept_mark
        assert s.scalar(select(func.count()).select_from(Enrollment).where(Enrollment.participant_id == other_id)) == 0
        [assessment] = s.scalars(select(AssessmentResult).where(AssessmentResult.participant_id == keep_id)).all()
        assert (assessment.passed, assessment.score) == (True, 8.5)  # the better of the two results stays
    with demo_db.sessions() as s, pytest.raises(Refused):
        merge_participants(s, keep_id, keep_id)


def test_merge_of_two_certified_records_revokes_one(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        cert = s.scalars(select(Certificate).order_by(Certificate.id)).first()
        keep = s.get(Participant, cert.participant_id)
        other = _twin(s, keep)
        s.add(Certificate(serial="15883-2026-9999", register_no=9999, class_id=cert.class_id, participant_id=other.id,
                          issued_on=cert.issued_on))
        keep_id, other_id = keep.id, other.id
    with demo_db.transaction() as s:
        result = merge_participants(s, keep_id, other_id)
    assert result.revoked == ["15883-2026-9999"] and not result.other_deleted
    with demo_db.sessions() as s:
        other = s.get(Participant, other_id)
        assert other.erased_at is not None and other.full_name == f"#{other_id}"


def test_export_holds_everything_and_erase_keeps_only_counts(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        cert = s.scalars(select(Certificate).order_by(Certificate.id)).first()
        p = s.get(Participant, cert.participant_id)
        pid, name, nid, year, village = p.id, p.full_name, p.national_id, p.birth_year, p.village_id
        enrollments = s.scalar(select(func.count()).select_from(Enrollment).where(Enrollment.participant_id == pid))
    with demo_db.transaction() as s:
        data = export_person(s, pid, actor="cán bộ")
    text = export_json(data)
    assert json.loads(text)["person"]["full_name"] == name and name in text
    assert data["person"]["national_id"] == nid and len(data["enrollments"]) == enrollments
    assert data["certificates"][0]["serial"] == cert.serial and data["attendance"]
    assert any(a["action"] == "create" for a in data["audit"])
    with demo_db.transaction() as s:
        result = erase_person(s, pid, actor="cán bộ")
    assert [c.serial for c in result.certificates] == [cert.serial]
    with demo_db.sessions() as s:
        p = s.get(Participant, pid)
        assert p.full_name == f"#{pid}" and p.national_id is None and p.phone is None and p.birth_day is None
        assert (p.birth_year, p.village_id) == (year, village) and p.erased_at is not None
        assert s.scalar(select(func.count()).select_from(Enrollment).where(Enrollment.participant_id == pid)) == enrollments
        assert pid not in {r.id for r in load_participant_rows(s)}
        assert s.scalars(select(AuditEntry.action).where(AuditEntry.entity_id == pid)).all()[-2:] == ["export", "erase"]
        assert name not in s.scalars(select(AuditEntry.details).where(AuditEntry.entity_id == pid)).all()[-1]
    with demo_db.sessions() as s, pytest.raises(Refused):
        erase_person(s, pid)


def _open_class(s, capacity: int) -> int:  # type: ignore[no-untyped-def]
    klass = s.scalars(select(CourseClass).where(CourseClass.status == "planned").order_by(CourseClass.id)).first()
    for e in s.scalars(select(Enrollment).where(Enrollment.class_id == klass.id)):
        s.delete(e)
    klass.capacity = capacity
    s.flush()
    return klass.id


def test_waiting_list_moves_up_in_order(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        class_id = _open_class(s, 2)
        people = s.scalars(select(Participant.id).order_by(Participant.id)).all()[:5]
        result = enroll(s, class_id, people)
    assert [o.status for o in result.outcomes] == ["enrolled", "enrolled", "waiting", "waiting", "waiting"]
    assert [o.position for o in result.outcomes[2:]] == [1, 2, 3]
    with demo_db.transaction() as s:
        again = enroll(s, class_id, people[:1])
        assert again.outcomes[0].status == "already_enrolled"
        moved = withdraw(s, result.outcomes[0].enrollment_id, "Chuyển đi nơi khác")
    assert moved.promoted == (people[2],)
    with demo_db.transaction() as s:
        back = enroll(s, class_id, people[:1])  # comes back: at the end of the waiting list
        assert back.outcomes[0].status == "waiting" and back.outcomes[0].position == 3
        last_waiting = result.outcomes[4].enrollment_id
        assert withdraw(s, last_waiting, "Ốm").promoted == ()  # a waiting person leaving frees no place
        with pytest.raises(Refused):
            withdraw(s, last_waiting)
        with pytest.raises(NotFound):
            withdraw(s, 10**6)
    with demo_db.sessions() as s:
        statuses = dict(s.execute(select(Enrollment.participant_id, Enrollment.status)
                                  .where(Enrollment.class_id == class_id)).all())
    assert statuses == {people[0]: "waiting", people[1]: "enrolled", people[2]: "enrolled", people[3]: "waiting",
                        people[4]: "withdrawn"}


def test_enroll_warns_about_a_completed_course_and_refuses_unknown_people(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        cert = s.scalars(select(Certificate).order_by(Certificate.id)).first()
        done = s.get(CourseClass, cert.class_id)
        same = CourseClass(code="15883-2099-001", course_id=done.course_id, target_group=done.target_group,
                           venue_id=done.venue_id, capacity=10)
        s.add(same)
        s.flush()
        result = enroll(s, same.id, [cert.participant_id])
        assert result.outcomes[0].status == "enrolled"
        assert [(w.code, w.params) for w in result.outcomes[0].warnings] == [
            ("completed_same_course", {"class_code": done.code})]
        with pytest.raises(NotFound):
            enroll(s, same.id, [cert.participant_id, 10**6])
        with pytest.raises(NotFound):
            enroll(s, 10**6, [cert.participant_id])
        with pytest.raises(Refused):
            enroll(s, done.id, [cert.participant_id])  # a finished class takes nobody


def test_a_birth_known_to_the_month_survives_editing_and_export(db: Database) -> None:
    with db.transaction() as s:
        pid = add_participant(s, PersonInput("Hà Văn Tủa", birth="03/1958", gender="Nam", target_group="elderly"),
                              today=DEMO_TODAY)
    with db.sessions() as s:
        details = load_person(s, pid)
    assert details.birth == "1958-03"  # what the editor shows back as 03/1958
    with db.transaction() as s:  # saved again unchanged, as the editor sends it
        changed = update_participant(s, pid, PersonInput(details.full_name, birth="03/1958", gender="Nam",
                                                         target_group="elderly"), today=DEMO_TODAY)
    assert changed == []
    with db.sessions() as s:
        p = s.get(Participant, pid)
        assert (p.birth_year, p.birth_month, p.birth_day) == (1958, 3, None)
        assert export_person(s, pid)["person"]["birth_date"] == "1958-03"
