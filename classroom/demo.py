"""A realistic demo commune for trying the program and for tests (``classroom demo``).

Everything is made through the same services the window uses, so the demo data obeys
the same rules (valid IDs, phones, name order). The same seed on the same day gives
the same commune; dates are placed around today so that there are finished, running
and planned classes.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from dateutil.rrule import FR, MO, SA, SU, TH, TU, WE, WEEKLY, rrule
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    LOCAL_TZ, AttendanceMark, AttendanceStatus, ClassSession, ClassStatus, Commune, Course,
    CourseClass, Enrollment, EnrollmentStatus, Instructor, Participant, SessionStatus, Setting, TargetGroup, Venue, Village,
    YearlyTarget,
)

from .calendar import holidays_between
from .certificates import issue_for_class
from .classes import next_class_code
from .errors import Refused
from .participants import PersonInput, create_participant
from .text import fold

FAMILY = [("Nguyễn", 38), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 2), ("Phan", 4),
          ("Vũ", 3), ("Võ", 2), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 1), ("Ngô", 1), ("Dương", 1),
          ("Lý", 1), ("Trương", 1), ("Lương", 1)]
MIDDLE_M = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Xuân", "Quốc", "Đình"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bích", "Hồng", "Mỹ"]
GIVEN_M = ["An", "Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Hưng", "Khánh", "Long", "Lộc", "Minh",
           "Nam", "Phong", "Quân", "Sơn", "Tài", "Tâm", "Thắng", "Toàn", "Tuấn", "Việt", "Vinh", "Ơn", "Ước"]
GIVEN_F = ["Anh", "Ánh", "Chi", "Dung", "Hà", "Hạnh", "Hằng", "Hoa", "Hòa", "Hồng", "Hương", "Hường", "Lan",
           "Liên", "Linh", "Loan", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Phượng", "Thảo", "Thủy",
           "Trang", "Tuyết", "Yến", "Ưng", "Sương"]
PHONE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "056", "058", "070", "076", "077", "078",
                  "079", "081", "082", "083", "084", "085", "086", "088", "090", "091", "093", "094", "096", "097",
                  "098"]
VILLAGES = [("Thôn Yên Trường", 820), ("Thôn Phú Lộc", 640), ("Thôn Hòa Bình", 710), ("Thôn Quyết Thắng", 530),
            ("Thôn Thượng Phú", 455), ("Thôn Ưng Bình", 380), ("Tổ dân phố Ngọc Hà", 960), ("Tổ dân phố Đông Tiến", 1120)]
VENUES = [("Nhà văn hóa thôn Yên Trường", "Thôn Yên Trường", 40, 0),
          ("Phòng tin học Trường THCS Đông Tiến", "Tổ dân phố Đông Tiến", 30, 25),
          ("Hội trường Ủy ban nhân dân xã", "Tổ dân phố Đông Tiến", 80, 2),
          ("Nhà văn hóa thôn Phú Lộc", "Thôn Phú Lộc", 35, 0)]
INSTRUCTORS = [("Lê Thị Thu Hà", "digital_team", "Tổ công nghệ số cộng đồng thôn Yên Trường"),
               ("Nguyễn Đức Mạnh", "youth_union", "Đoàn Thanh niên xã Đông Tiến"),
               ("Phạm Thị Hương", "womens_union", "Hội Liên hiệp Phụ nữ xã Đông Tiến"),
               ("Trần Quốc Việt", "school", "Trường THCS Đông Tiến"),
               ("Hoàng Văn Lương", "digital_team", "Tổ công nghệ số cộng đồng thôn Phú Lộc"),
               ("Đỗ Ngọc Ánh", "youth_union", "Đoàn Thanh niên xã Đông Tiến")]


@dataclass(frozen=True)
class ClassPlan:
    course: str
    group: TargetGroup
    venue: int
    teachers: tuple[int, ...]
    start_weeks: int  # weeks from this week's Monday (negative: in the past)
    days: tuple
    hour: int
    count: int
    capacity: int


PLANS = [
    ClassPlan("VNEID", TargetGroup.ELDERLY, 0, (0,), -10, (TU, TH), 8, 8, 40),
    ClassPlan("TT-QR", TargetGroup.WOMEN, 3, (2,), -9, (SA,), 14, 6, 35),
    ClassPlan("TXNG-MVT", TargetGroup.FARMER, 3, (4,), -4, (SU,), 8, 8, 35),
    ClassPlan("LD-DLCN", TargetGroup.WORKER, 2, (1, 5), -3, (MO, WE), 19, 8, 60),
    ClassPlan("KNS-CB", TargetGroup.ELDERLY, 0, (0, 4), -2, (TU, FR), 8, 10, 30),
    ClassPlan("DVCTT", TargetGroup.CIVIL_SERVANT, 1, (3,), 2, (TH,), 14, 4, 25),
    ClassPlan("AI-TL", TargetGroup.YOUTH, 1, (1, 3), 3, (SA,), 8, 4, 30),
    ClassPlan("TMDT-HTX", TargetGroup.FARMER, 2, (5,), 5, (SU,), 14, 6, 40),
]

ProgressFn = Callable[[int, int], None]


def fill_demo(session: Session, participants: int = 300, seed: int = 1, today: date | None = None,
              progress: ProgressFn | None = None) -> dict[str, int]:
    """Fill an empty database; refuses one that already holds data (code ``database_not_empty``)."""
    if session.scalar(select(func.count()).select_from(Participant)) or session.scalar(
            select(func.count()).select_from(Commune)):
        raise Refused("database_not_empty")
    rng = random.Random(seed)
    today = today or datetime.now(LOCAL_TZ).date()
    commune = Commune(name="Đông Tiến", kind="commune", code="15883", province_name="Thanh Hóa",
                      province_code="38", upper_body="Ủy ban nhân dân tỉnh Thanh Hóa", place_name="Đông Tiến",
                      signer_title="Chủ tịch", signer_name="Lê Văn Thành")
    session.add(commune)
    villages = [Village(commune=commune, name=n, adult_population=pop) for n, pop in VILLAGES]
    session.add_all(villages)
    session.flush()
    by_name = {v.name: v for v in villages}
    venues = [Venue(name=n, address=v, village_id=by_name[v].id, capacity=c, computers=pc) for n, v, c, pc in VENUES]
    teachers = [Instructor(full_name=n, name_folded=fold(n), organisation_kind=k, organisation_name=o)
                for n, k, o in INSTRUCTORS]
    session.add_all(venues + teachers)
    for group, share in [(TargetGroup.ELDERLY, 60), (TargetGroup.FARMER, 70), (TargetGroup.WORKER, 70),
                         (TargetGroup.WOMEN, 65)]:
        session.add(YearlyTarget(year=today.year, target_group=group, metric="share_basic_skills", value=share))
    session.add(YearlyTarget(year=today.year, target_group="all", metric="share_basic_skills", value=70))
    session.add(YearlyTarget(year=today.year, target_group="all", metric="certified", value=150))
    for group, adults in [(TargetGroup.ELDERLY, 1250), (TargetGroup.FARMER, 1900), (TargetGroup.WORKER, 1400),
                          (TargetGroup.WOMEN, 2600)]:  # adults of each group, the denominator of their shares
        session.add(Setting(key=f"adults.{group.value}", value=str(adults)))
    session.flush()

    people = [_person(rng, villages, today) for _ in range(participants)]
    made: list[Participant] = []
    for i, person in enumerate(people):
        made.append(create_participant(session, person, actor="demo", today=today, rng=rng))
        if progress and i % 50 == 0:
            progress(i, participants)
    counts = {"participants": len(made), "classes": 0, "sessions": 0, "certificates": 0}
    monday = today - timedelta(days=today.weekday())
    for plan in PLANS:
        _make_class(session, rng, plan, monday, today, venues, teachers, made, counts)
    if progress:
        progress(participants, participants)
    return counts


def _person(rng: random.Random, villages: list[Village], today: date) -> PersonInput:
    female = rng.random() < 0.55
    family = rng.choices([f for f, _ in FAMILY], [w for _, w in FAMILY])[0]
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    age = rng.choice([rng.randint(60, 82), rng.randint(18, 59), rng.randint(18, 59), rng.randint(16, 30)])
    born = date(today.year - age, rng.randint(1, 12), rng.randint(1, 28))
    if age >= 60:
        group = TargetGroup.ELDERLY
    elif age <= 22 and rng.random() < 0.4:
        group = TargetGroup.STUDENT
    elif age <= 30 and rng.random() < 0.5:
        group = TargetGroup.YOUTH
    else:
        group = rng.choice([TargetGroup.FARMER, TargetGroup.FARMER, TargetGroup.WORKER, TargetGroup.WORKER,
                            TargetGroup.WOMEN if female else TargetGroup.WORKER, TargetGroup.CIVIL_SERVANT])
    national_id = None
    if rng.random() < 0.85:
        century = (born.year - 1900) // 100 * 2 + (1 if female else 0)
        national_id = f"038{century}{born.year % 100:02d}{rng.randint(0, 999999):06d}"
    phone = None
    if rng.random() < (0.6 if age >= 60 else 0.95):
        phone = rng.choice(PHONE_PREFIXES) + f"{rng.randint(0, 9999999):07d}"
    birth: str | int = born.strftime("%d/%m/%Y") if rng.random() < 0.85 else born.year
    return PersonInput(
        full_name=f"{family} {middle} {given}", birth=birth, gender="female" if female else "male",
        national_id=national_id, phone=phone, village_id=rng.choice(villages).id, target_group=group,
        occupation={TargetGroup.FARMER: "Hợp tác xã nông nghiệp Đông Tiến", TargetGroup.WORKER: "Công ty may Hòa Bình"}
        .get(group, ""),
        needs="Mắt kém, cần chữ to" if age >= 70 and rng.random() < 0.3 else "",
        consent_purpose="Tham gia lớp Bình dân học vụ số", consent_at=None,
    )


def _make_class(session: Session, rng: random.Random, plan: ClassPlan, monday: date, today: date,
                venues: list[Venue], teachers: list[Instructor], people: list[Participant],
                counts: dict[str, int]) -> None:
    course = session.scalars(select(Course).where(Course.code == plan.course)).one()
    start = monday + timedelta(weeks=plan.start_weeks)
    klass = CourseClass(code=next_class_code(session, start.year), course=course, target_group=plan.group,
                        venue=venues[plan.venue], capacity=plan.capacity,
                        instructors=[teachers[i] for i in plan.teachers])
    session.add(klass)
    off = holidays_between(session, start, start + timedelta(days=200))
    dates = [d.date() for d in rrule(WEEKLY, byweekday=plan.days, dtstart=datetime.combine(start, time()),
                                     count=plan.count + 10) if d.date() not in off][:plan.count]
    for d in dates:
        begins = datetime.combine(d, time(plan.hour), LOCAL_TZ)
        held = d < today
        klass.sessions.append(ClassSession(starts_at=begins, ends_at=begins + timedelta(hours=2),
                                           status=SessionStatus.HELD if held else SessionStatus.SCHEDULED))
    klass.status = (ClassStatus.FINISHED if dates[-1] < today else
                    ClassStatus.RUNNING if dates[0] <= today else ClassStatus.PLANNED)
    session.flush()
    pool = [p for p in people if p.target_group == plan.group] or people
    rng.shuffle(pool)
    wanted = min(len(pool), plan.capacity - rng.randint(0, 6) + (2 if plan.start_weeks > 0 else 0))
    for n, person in enumerate(pool[:wanted]):
        status = EnrollmentStatus.ENROLLED if n < plan.capacity else EnrollmentStatus.WAITING
        session.add(Enrollment(course_class=klass, participant_id=person.id, status=status,
                               enrolled_at=datetime.combine(start - timedelta(days=7), time(9), LOCAL_TZ)))
    session.flush()
    enrolled = pool[:wanted][:plan.capacity]
    held_sessions = [s for s in klass.sessions if s.status == SessionStatus.HELD]
    for s in held_sessions:
        for p in enrolled:
            roll = rng.random()
            status = (AttendanceStatus.PRESENT if roll < 0.82 else AttendanceStatus.LATE if roll < 0.88 else
                      AttendanceStatus.EXCUSED if roll < 0.92 else AttendanceStatus.ABSENT)
            late = status == AttendanceStatus.LATE
            session.add(AttendanceMark(
                session_id=s.id, participant_id=p.id, status=status,
                reason="Ốm" if status == AttendanceStatus.EXCUSED else "",
                arrived_at=s.starts_at + timedelta(minutes=rng.randint(10, 30)) if late else None,
                marked_at=s.starts_at + timedelta(minutes=5), marked_by=klass.instructors[0].full_name,
                source="office"))
    if klass.status == ClassStatus.FINISHED:
        counts["certificates"] += len(issue_for_class(session, klass.id, issued_on=dates[-1] + timedelta(days=3),
                                                      actor="demo"))
    counts["classes"] += 1
    counts["sessions"] += len(dates)
    session.flush()
