"""Make a large commune database for the benchmarks: 100,000 people and 2,000 classes.

    python bench/make_big_db.py OUT.sqlite3|POSTGRESQL_URL [--people N] [--classes N]

The demo commune is made first through the services (so the schema, catalogue and
commune are real); the bulk is then inserted with SQLAlchemy Core in large batches,
with the same derived columns (folded name, Vietnamese sort key, card code).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime, time as dtime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classroom.demo import _person, fill_demo  # noqa: E402
from classroom.participants import new_card_code  # noqa: E402
from classroom.text import fold, name_sort_key  # noqa: E402
from classroom.validation import check_birth  # noqa: E402
from models import (  # noqa: E402
    LOCAL_TZ, ClassSession, Course, CourseClass, Enrollment, Participant, TargetGroup, Venue, Village,
)
from models.db import open_database  # noqa: E402

TODAY = date(2026, 11, 23)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--classes", type=int, default=2_000)
    args = ap.parse_args()
    out: Path | str = args.out if "://" in args.out else Path(args.out)  # a PostgreSQL URL: an empty database
    if isinstance(out, Path) and out.exists():
        sys.exit(f"{out} exists; give a new file")
    started = time.perf_counter()
    db = open_database(out)
    rng = random.Random(2026)
    with db.transaction() as s:
        fill_demo(s, participants=300, seed=5, today=TODAY)
        villages = s.scalars(select(Village)).all()
        venues = s.scalars(select(Venue.id)).all()
        courses = s.scalars(select(Course.id)).all()
        seen_ids: set[str] = {i for i in s.scalars(select(Participant.national_id)) if i}
    batch: list[dict] = []
    with db.transaction() as s:
        for n in range(args.people - 300):
            person = _person(rng, villages, TODAY)
            birth = check_birth(person.birth, today=TODAY).value
            nid = person.national_id
            if nid in seen_ids:
                nid = None
            elif nid:
                seen_ids.add(nid)
            batch.append(dict(
                full_name=person.full_name, name_folded=fold(person.full_name),
                sort_key=name_sort_key(person.full_name), birth_year=birth.year, birth_month=birth.month,
                birth_day=birth.day, gender=person.gender, national_id=nid, phone=person.phone,
                village_id=person.village_id, target_group=str(person.target_group), occupation=person.occupation,
                needs=person.needs, card_code=new_card_code("15883", rng) + f"{n:X}",
                consent_purpose=person.consent_purpose, consent_at=datetime.now(LOCAL_TZ),
                created_at=datetime.now(LOCAL_TZ), updated_at=datetime.now(LOCAL_TZ)))
            if len(batch) == 5000:
                s.execute(insert(Participant), batch)
                batch.clear()
        if batch:
            s.execute(insert(Participant), batch)
    with db.transaction() as s:
        people = s.scalars(select(Participant.id)).all()
        groups = list(TargetGroup)
        start = date(2026, 1, 5)
        for c in range(args.classes - 8):
            first = start + timedelta(days=rng.randint(0, 330))
            klass = CourseClass(code=f"15883-2026-{c + 100:04d}", course_id=rng.choice(courses),
                                target_group=rng.choice(groups), venue_id=rng.choice(venues), capacity=40,
                                status="finished" if first < TODAY - timedelta(days=60) else "running")
            s.add(klass)
            s.flush()
            s.execute(insert(ClassSession), [
                dict(class_id=klass.id, starts_at=datetime.combine(first + timedelta(weeks=w), dtime(8), LOCAL_TZ),
                     ends_at=datetime.combine(first + timedelta(weeks=w), dtime(10), LOCAL_TZ),
                     status="held" if first + timedelta(weeks=w) < TODAY else "scheduled")
                for w in range(8)])
            s.execute(insert(Enrollment), [
                dict(class_id=klass.id, participant_id=p, status="enrolled", enrolled_at=datetime.now(LOCAL_TZ))
                for p in rng.sample(people, 30)])
    db.close()
    print(f"made {out}: {args.people:,} people, {args.classes:,} classes in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
