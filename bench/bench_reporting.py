"""Reporting benchmarks (issue 7), printed as figures:

- the roster workbook of 100,000 rows: time and peak memory (targets < 15 s, < 500 MB);
- consolidating 100 packages of 2,000 people each (target < 30 s);
- the dashboard opening on 100,000 people (target < 1 s).

    python bench/bench_reporting.py [DB]   # default bench/.big.sqlite3, made by make_big_db.py

The big database gets, on a copy, what reporting reads: more enrollments (100,000 rows
of person and class), attendance marks on the held sessions and certificates.
"""
from __future__ import annotations

import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.report import figure  # noqa: E402

from sqlalchemy import func, insert, select  # noqa: E402

from models import (  # noqa: E402
    LOCAL_TZ, AttendanceMark, Certificate, ClassSession, CourseClass, Enrollment, Participant,
)
from models.db import open_database  # noqa: E402

ROWS = 100_000


def prepare(db) -> None:  # type: ignore[no-untyped-def]
    """Top the enrollments up to 100,000, mark the held sessions, issue certificates (bulk inserts)."""
    rng = random.Random(7)
    now = datetime.now(LOCAL_TZ)
    with db.transaction() as s:
        people = s.scalars(select(Participant.id)).all()
        classes = s.scalars(select(CourseClass.id).order_by(CourseClass.id)).all()
        have = s.scalar(select(func.count()).select_from(Enrollment))
        taken = {(c, p) for c, p in s.execute(select(Enrollment.class_id, Enrollment.participant_id))}
        extra = []
        while have + len(extra) < ROWS:
            pair = (rng.choice(classes), rng.choice(people))
            if pair not in taken:
                taken.add(pair)
                extra.append(dict(class_id=pair[0], participant_id=pair[1], status="enrolled", enrolled_at=now))
        s.execute(insert(Enrollment), extra)
    with db.transaction() as s:
        members: dict[int, list[int]] = {}
        for c, p in s.execute(select(Enrollment.class_id, Enrollment.participant_id)):
            members.setdefault(c, []).append(p)
        marked = {sid for (sid,) in s.execute(select(AttendanceMark.session_id).distinct())}
        batch = []
        for sid, cid in s.execute(select(ClassSession.id, ClassSession.class_id).where(ClassSession.status == "held")):
            if sid in marked:
                continue
            for p in members.get(cid, []):
                batch.append(dict(session_id=sid, participant_id=p, status="present" if rng.random() < 0.86 else "absent",
                                  marked_at=now, marked_by="bench", source="office"))
            if len(batch) > 20000:
                s.execute(insert(AttendanceMark), batch)
                batch.clear()
        if batch:
            s.execute(insert(AttendanceMark), batch)
    with db.transaction() as s:
        finished = s.scalars(select(CourseClass.id).where(CourseClass.status == "finished")).all()[:600]
        held = {(c, p) for c, p in s.execute(select(Certificate.class_id, Certificate.participant_id))}
        serial = 0
        certs = []
        for cid in finished:
            for p in members.get(cid, [])[:20]:
                if (cid, p) in held:
                    continue
                serial += 1
                certs.append(dict(serial=f"15883-2026-B{serial:06d}", register_no=serial, class_id=cid, participant_id=p,
                                  issued_on=date(2026, 10, 1), created_at=now))
        s.execute(insert(Certificate), certs)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_export(db, folder: Path) -> None:  # type: ignore[no-untyped-def]
    from classroom.reporting import export_roster

    start, before = time.perf_counter(), peak_mb()
    with db.sessions() as s:
        done = export_roster(s, folder / "roster.xlsx")
    took = time.perf_counter() - start
    print(f"roster workbook: {done.rows:,} rows in {took:.1f} s, peak memory {peak_mb():.0f} MB "
          f"(before {before:.0f} MB), file {(folder / 'roster.xlsx').stat().st_size / 1e6:.1f} MB "
          "")
    figure(f"roster workbook, {done.rows:,} rows", took, "s", 15)
    figure(f"roster workbook, {done.rows:,} rows: peak memory", peak_mb(), "MB", 500)
    start = time.perf_counter()
    with db.sessions() as s:
        export_roster(s, folder / "roster.csv")
    print(f"roster CSV: {time.perf_counter() - start:.1f} s")


def make_packages(folder: Path, count: int = 100, people: int = 2000, demo_people: int | None = None) -> list[Path]:
    """100 communes' packages from small databases made once, re-signed with a key per commune."""
    import json
    import zipfile
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from classroom.demo import fill_demo
    from classroom.reporting.package import MANIFEST, PAYLOAD, SIGNED_PREFIX, export_package
    from classroom.signing import key_id, public_key_b64

    base = open_database(folder / "commune.sqlite3")
    with base.transaction() as s:
        fill_demo(s, participants=demo_people or people * 2, seed=11, today=date(2026, 11, 23))
    template = folder / "template.zip"
    with base.transaction() as s:
        export_package(s, template)
    base.close()
    with zipfile.ZipFile(template) as z:
        payload = json.loads(z.read(PAYLOAD))
    rows = payload["roster"]
    while len(rows) < people:  # more rows, each a different person
        rows = rows + rows
    paths = []
    rng = random.Random(3)
    for n in range(count):
        key = Ed25519PrivateKey.generate()
        payload.update(public_key=public_key_b64(key), key_id=key_id(key))
        payload["commune"] = {**payload["commune"], "code": f"{20000 + n:05d}", "name": f"Xã Số {n + 1}"}
        mine = []
        for i, r in enumerate(rows[:people]):  # 2,000 different people; one in ten also studied next door
            if not r[4]:
                nid = ""
            elif rng.random() < 0.1:
                nid = f"038{rng.randrange(3000):09d}"  # shared with other communes
            else:
                nid = f"1{n:02d}{i:09d}"
            mine.append([i + 1, *r[1:4], nid, *r[5:]])
        payload["roster"] = mine
        data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        manifest = {"format": "bdhvs-package", "version": 1, "public_key": payload["public_key"],
                    "key_id": payload["key_id"],
                    "signature": base64.urlsafe_b64encode(key.sign(SIGNED_PREFIX + data)).decode()}
        path = folder / f"goi-{n:03d}.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(MANIFEST, json.dumps(manifest))
            z.writestr(PAYLOAD, data)
        paths.append(path)
    return paths


def bench_consolidate(folder: Path) -> None:
    from classroom.reporting.consolidate import consolidate_files
    from classroom.reporting.merged import write_consolidation_file

    paths = make_packages(folder)
    start = time.perf_counter()
    result = consolidate_files(paths)
    read = time.perf_counter() - start
    write_consolidation_file(folder / "tong-hop.xlsx", result)
    took = time.perf_counter() - start
    print(f"consolidation: {len(paths)} packages, {len(result.rows):,} rows, {result.total.enrolled:,} people "
          f"counted once ({result.in_several:,} in several communes): {took:.1f} s "
          f"(verify and add up {read:.1f} s)")
    figure(f"consolidation of {len(paths)} packages, {len(result.rows):,} rows, into a workbook", took, "s", 30)


def bench_dashboard(db) -> None:  # type: ignore[no-untyped-def]
    from classroom.reporting import Period
    from classroom.reporting.dashboard import dashboard
    from ui.app import create_app
    from ui.ops import Ops
    from ui.reports.panel import ReportsPanel

    with db.sessions() as s:
        people = s.scalar(select(func.count()).select_from(Participant))
    times = []
    for _ in range(3):
        start = time.perf_counter()
        with db.sessions() as s:
            d = dashboard(s, Period.year(2026))
        times.append(time.perf_counter() - start)
    app = create_app("vi")
    panel = ReportsPanel(Ops(db, print, synchronous=True), year=2026)
    panel.resize(1200, 800)
    shown = []
    for _ in range(3):
        start = time.perf_counter()
        panel.show()
        panel.reload()
        app.processEvents()
        shown.append(time.perf_counter() - start)
        panel.hide()
    print(f"dashboard on {people:,} people, {d.total.enrolled:,} enrolled, {d.sessions_held:,} sessions: figures "
          f"{times[0] * 1000:.0f} ms the first time, then {min(times[1:]) * 1000:.0f} ms; screen opened and drawn "
          f"{shown[0] * 1000:.0f} ms the first time, then {min(shown[1:]) * 1000:.0f} ms")
    figure(f"dashboard screen opened and drawn, {people:,} people (first time)", shown[0], "s", 1)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / ".big.sqlite3"
    if not source.exists():
        subprocess.run([sys.executable, str(HERE / "make_big_db.py"), str(source)], check=True)
    folder = Path(tempfile.mkdtemp())
    try:
        work = folder / "bench.sqlite3"
        shutil.copy(source, work)
        db = open_database(work)
        start = time.perf_counter()
        prepare(db)
        print(f"prepared a copy with {ROWS:,} enrollments, marks and certificates in {time.perf_counter() - start:.0f} s")
        bench_dashboard(db)
        bench_export(db, folder)
        db.close()
        bench_consolidate(folder)
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
