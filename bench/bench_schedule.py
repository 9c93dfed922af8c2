"""Scheduling benchmarks (issue 3), printed as figures, on a commune-year of 500 classes and
5,000 sessions (20 venues, 60 instructors, 12,000 enrolments):

- a new class's sessions from a rule with holiday skipping (Tết in range) plus the conflict
  check against every other session, instructor, venue and enrolled participant (target < 200 ms);
- the month view: loading the month's sessions and holidays and painting them (target < 300 ms).

    python bench/bench_schedule.py [DB]    # DB default: makes bench/.schedule.sqlite3

Each figure is the first (cold: holiday tables and caches empty) and the median of 20 runs.
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, datetime, time as dtime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.report import figure  # noqa: E402

from sqlalchemy import insert, select  # noqa: E402

from classroom.demo import fill_demo  # noqa: E402
from classroom.text import fold  # noqa: E402
from models import (  # noqa: E402
    LOCAL_TZ, ClassSession, Course, CourseClass, Enrollment, Instructor, Participant, TargetGroup, Venue,
    class_instructors,
)
from models.db import open_database  # noqa: E402

HERE = Path(__file__).resolve().parent
YEAR = 2026
SLOTS = [dtime(8), dtime(14), dtime(19)]


def make_db(path: Path) -> None:
    """Made under a temporary name and renamed when complete, so a failed run leaves nothing half-made."""
    part = path.with_name(path.name + ".part")
    for leftover in part.parent.glob(part.name + "*"):
        leftover.unlink()
    rng = random.Random(3)
    db = open_database(part)
    with db.transaction() as s:
        fill_demo(s, participants=1500, seed=5, today=date(YEAR, 6, 1))
        for i in range(16):
            s.add(Venue(name=f"Điểm học số {i + 5}", capacity=rng.choice([25, 30, 40, 60])))
        for i in range(54):
            name = f"Giảng viên Số {i + 7}"
            s.add(Instructor(full_name=name, name_folded=fold(name)))
        s.flush()
        venues = list(s.scalars(select(Venue.id)))
        teachers = list(s.scalars(select(Instructor.id)))
        courses = list(s.scalars(select(Course.id)))
        people = list(s.scalars(select(Participant.id)))
        start_id = (s.scalar(select(CourseClass.id).order_by(CourseClass.id.desc())) or 0) + 1
        classes, links, sessions, enrolments = [], [], [], []
        made = s.scalar(select(ClassSession.id).order_by(ClassSession.id.desc())) or 0
        for n in range(500 - (start_id - 1)):
            cid = start_id + n
            classes.append({"id": cid, "code": f"15883-{YEAR}-{cid:03d}", "course_id": rng.choice(courses),
                            "target_group": rng.choice(list(TargetGroup)).value, "venue_id": rng.choice(venues),
                            "capacity": 30, "status": "planned"})
            links += [{"class_id": cid, "instructor_id": t} for t in rng.sample(teachers, rng.choice([1, 1, 2]))]
            first = date(YEAR, 1, 5) + timedelta(days=rng.randrange(330))
            slot = rng.choice(SLOTS)
            for k in range(10):
                begins = datetime.combine(first + timedelta(days=7 * k + (k % 2) * 2), slot, LOCAL_TZ)
                sessions.append({"class_id": cid, "starts_at": begins,
                                 "ends_at": begins + timedelta(hours=2), "status": "scheduled"})
            enrolments += [{"class_id": cid, "participant_id": p, "status": "enrolled",
                            "enrolled_at": datetime(YEAR, 1, 1, tzinfo=LOCAL_TZ)} for p in rng.sample(people, 24)]
        s.execute(insert(CourseClass), classes)
        s.execute(insert(class_instructors), links)
        s.execute(insert(ClassSession.__table__), sessions[:5000 - made])
        s.execute(insert(Enrollment.__table__), enrolments)
    db.close()
    part.rename(path)


def timed(fn, runs: int = 20) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    first = None
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        ms = (time.perf_counter() - t0) * 1000
        first = ms if first is None else first
        times.append(ms)
    return first or 0.0, statistics.median(times)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / ".schedule.sqlite3"
    if not path.exists():
        make_db(path)
    db = open_database(path)
    from classroom.scheduling import RecurrenceSpec, find_conflicts, plan_sessions
    with db.sessions() as s:
        counts = [s.query(m).count() for m in (CourseClass, ClassSession, Enrollment)]
        venue = s.scalars(select(Venue.id).order_by(Venue.id)).first()
        teachers = list(s.scalars(select(Instructor.id).limit(2)))
        people = list(s.scalars(select(Participant.id).limit(30)))
    print(f"database: {path} ({counts[0]} classes, {counts[1]:,} sessions, {counts[2]:,} enrolments)")
    spec = RecurrenceSpec(datetime(YEAR, 2, 2, 19, tzinfo=LOCAL_TZ), 120, "FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=24")
    found: list[int] = []

    def new_class() -> None:
        with db.sessions() as s:
            plan = plan_sessions(s, spec)
            found.append(len(find_conflicts(s, plan.sessions, None, teachers, venue, 40, people)))

    cold, warm = timed(new_class)
    with db.sessions() as s:
        plan = plan_sessions(s, spec)
    print(f"new class: {len(plan.sessions)} sessions, {len(plan.skipped)} holidays skipped, {found[-1]} conflicts "
          f"found: first {cold:.0f} ms, median {warm:.1f} ms")
    figure("planning a class with its conflicts (median)", warm, "ms", 200)
    bench_month(db)
    db.close()


def bench_month(db) -> None:  # type: ignore[no-untyped-def]
    from ui.app import create_app
    from ui.ops import Ops
    from ui.schedule.calendar_panel import CalendarPanel

    app = create_app("vi")
    panel = CalendarPanel(Ops(db, lambda e: print("error:", e), synchronous=True), lambda _c: None,
                          today=date(YEAR, 3, 18))
    panel.resize(1280, 760)
    panel.show()
    panel.month_button.setChecked(True)
    app.processEvents()
    from classroom.scheduling import agenda
    with db.sessions() as s:
        year = agenda(s, date(YEAR, 1, 1), date(YEAR, 12, 31))
    busiest = max(range(1, 13), key=lambda m: sum(e.starts_at.month == m for e in year))

    def month_view() -> None:
        panel._go(date(YEAR, busiest, 1))  # loads the month (and this week) and lays it out
        panel.month_view.repaint()  # paints it now, as on screen

    cold, warm = timed(month_view)
    shown = len(panel.month_view.entries)
    print(f"month view {busiest:02d}/{YEAR}: {shown} sessions loaded and painted: first {cold:.0f} ms, "
          f"median {warm:.1f} ms")
    figure(f"month view, {shown} sessions loaded and painted (median)", warm, "ms", 300)
    app.processEvents()


if __name__ == "__main__":
    main()
