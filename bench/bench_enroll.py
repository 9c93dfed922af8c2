"""Enrolment benchmark (issue 15): enrolling 60 people in a class with the clash check (each person's
sessions in other classes overlapping the class's, and the course already completed) on a commune-year
of 500 classes and 5,000 sessions (12,000 enrolments), target < 200 ms.

    python bench/bench_enroll.py [DB]    # DB default: bench/.schedule.sqlite3 (made by bench_schedule's recipe)

What is timed is what ``classroom enroll`` does in its transaction: the clash check, then (allowed)
the enrolments with their audit rows; each run is rolled back, so every run enrols the same 60
people. Printed: the first run (cold) and the median of 20, the target and PASS/MISS.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from bench.bench_schedule import HERE, make_db  # noqa: E402
from classroom.enrollment import enroll, enrollment_clashes  # noqa: E402
from models import ClassSession, CourseClass, Enrollment, Participant  # noqa: E402
from models.db import open_database  # noqa: E402

TARGET_MS = 200.0
PEOPLE = 60


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / ".schedule.sqlite3"
    if not path.exists():
        make_db(path)
    db = open_database(path)
    with db.sessions() as s:
        sessions = s.scalar(select(func.count()).select_from(ClassSession))
        enrolments = s.scalar(select(func.count()).select_from(Enrollment))
        # a planned class with its whole run of sessions, and 60 people who attend other classes
        klass = s.scalars(select(CourseClass).where(CourseClass.status == "planned")
                          .order_by(CourseClass.id.desc())).first()
        assert klass is not None
        class_id = klass.id
        inside = select(Enrollment.participant_id).where(Enrollment.class_id == class_id)
        people = list(s.scalars(select(Participant.id).where(Participant.id.not_in(inside))
                                .order_by(Participant.id).limit(PEOPLE)))
        klass.capacity = 200
    print(f"database: {path} ({sessions:,} sessions, {enrolments:,} enrolments); class {klass.code}, "
          f"{len(people)} people")
    found: list[int] = []
    times: list[float] = []
    for _ in range(20):
        with db.sessions() as s:
            s.get(CourseClass, class_id).capacity = 200  # room for all: the enrolments are what is timed
            t0 = time.perf_counter()
            clashes = enrollment_clashes(s, class_id, people)
            result = enroll(s, class_id, people, actor="bench", allow_conflicts=True)
            s.flush()
            times.append((time.perf_counter() - t0) * 1000)
            found.append(len(clashes))
            assert result.count("enrolled") == len(people)
            s.rollback()
    median = statistics.median(times)
    verdict = "PASS" if median < TARGET_MS else "MISS"
    print(f"enrol {len(people)} people with the clash check ({found[-1]} clashes found): first {times[0]:.0f} ms, "
          f"median {median:.1f} ms (target < {TARGET_MS:.0f} ms) {verdict}")
    db.close()
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
