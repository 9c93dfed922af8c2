"""A commune database with one finished class of N people, all present at every session: all due a certificate.

    python bench/make_cert_db.py OUT.sqlite3 [--people 1000]

The demo commune (villages, catalogue, signer, key) is made through the services; the class's
people are inserted in bulk with the same derived columns the services store. Prints the class id.
"""
from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classroom.demo import _person, fill_demo  # noqa: E402
from classroom.keys import signing_key  # noqa: E402
from classroom.participants import new_card_code  # noqa: E402
from classroom.text import fold, name_sort_key  # noqa: E402
from classroom.validation import check_birth  # noqa: E402
from models import (  # noqa: E402
    LOCAL_TZ, AttendanceMark, ClassSession, Course, CourseClass, Enrollment, Participant, SessionStatus, Venue, Village,
)
from models.db import open_database  # noqa: E402

TODAY = date(2026, 11, 23)
CODE = "BDHVS-BENCH-01"


def make(out: Path, people: int = 1000, seed: int = 17) -> int:
    """Make the database at ``out``; return the class id."""
    db = open_database(out)
    rng = random.Random(seed)
    stamp = datetime(2026, 11, 1, 8, 0, tzinfo=LOCAL_TZ)
    try:
        with db.transaction() as s:
            fill_demo(s, participants=30, seed=seed, today=TODAY)
            signing_key(s)  # the commune's key exists before the clock starts, as in an office that has printed before
            villages = s.scalars(select(Village)).all()
            rows = []
            for n in range(people):
                person = _person(rng, villages, TODAY)
                birth = check_birth(person.birth, today=TODAY).value
                rows.append(dict(
                    full_name=person.full_name, name_folded=fold(person.full_name),
                    sort_key=name_sort_key(person.full_name), birth_year=birth.year, birth_month=birth.month,
                    birth_day=birth.day, gender=person.gender, national_id=None, phone=None,
                    village_id=person.village_id, target_group=str(person.target_group), occupation="",
                    needs="", card_code=new_card_code("15883", rng) + f"{n:X}", consent_purpose="",
                    consent_at=stamp, created_at=stamp, updated_at=stamp))
            ids = list(s.scalars(insert(Participant).returning(Participant.id), rows))
            course = s.scalars(select(Course).order_by(Course.id)).first()
            venue = s.scalars(select(Venue).order_by(Venue.id)).first()
            klass = CourseClass(code=CODE, course=course, venue=venue, target_group="other", capacity=people,
                                status="finished")
            s.add(klass)
            s.flush()
            start = datetime(2026, 10, 5, 8, 0, tzinfo=LOCAL_TZ)
            for n in range(4):
                begins = start + timedelta(days=7 * n)
                klass.sessions.append(ClassSession(starts_at=begins, ends_at=begins + timedelta(hours=2),
                                                   status=SessionStatus.HELD))
            s.flush()
            s.execute(insert(Enrollment), [dict(class_id=klass.id, participant_id=pid, enrolled_at=stamp) for pid in ids])
            s.execute(insert(AttendanceMark), [
                dict(session_id=x.id, participant_id=pid, status="present", marked_at=x.starts_at, marked_by="bench")
                for x in klass.sessions for pid in ids])
            return klass.id
    finally:
        db.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--people", type=int, default=1000)
    args = ap.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out} exists; give a new file")
    print(make(args.out, args.people))


if __name__ == "__main__":
    main()
