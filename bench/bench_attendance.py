"""Attendance benchmarks (issue 5), printed as figures:

- from the scanner's Enter to the mark saved and shown, with 100,000 people in the registry
  (target: p95 < 50 ms);
- a 60-person roster opening in the attendance screen (target < 200 ms).

    python bench/bench_attendance.py [DB]   # default bench/.big.sqlite3, made by make_big_db.py

Works on a copy of the database; the screen runs offscreen with the real serial worker
replaced by the synchronous one, so each figure is the whole path, GUI included.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.report import figure  # noqa: E402

from sqlalchemy import func, select  # noqa: E402

from models import LOCAL_TZ, ClassSession, CourseClass, Enrollment, Participant  # noqa: E402
from models.db import open_database  # noqa: E402


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / ".big.sqlite3"
    if not source.exists():
        subprocess.run([sys.executable, str(HERE / "make_big_db.py"), str(source)], check=True)
    work = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    shutil.copy(source, work)
    db = open_database(work)
    now = datetime.now(LOCAL_TZ).replace(microsecond=0)
    with db.transaction() as s:
        people = s.scalar(select(func.count()).select_from(Participant))
        template = s.scalars(select(CourseClass)).first()
        klass = CourseClass(code="BENCH-60", course_id=template.course_id, venue_id=template.venue_id,
                            target_group="elderly", capacity=60)
        s.add(klass)
        s.flush()
        first = ClassSession(class_id=klass.id, starts_at=now - timedelta(minutes=5), ends_at=now + timedelta(hours=2))
        s.add(first)
        ids = s.scalars(select(Participant.id).order_by(Participant.id).limit(60)).all()
        s.add_all(Enrollment(class_id=klass.id, participant_id=i) for i in ids)
        s.flush()
        session_id = first.id
        cards = [c for (c,) in s.execute(select(Participant.card_code).where(Participant.id.in_(ids)))]

    from ui.app import create_app
    from ui.attendance.panel import AttendancePanel
    from ui.ops import Ops
    app = create_app("vi")
    panel = AttendancePanel(Ops(db, print, synchronous=True))
    panel.resize(1200, 760)
    panel.show()
    panel.reload()
    app.processEvents()
    opens = []
    for _ in range(20):
        panel.session_id = None
        start = time.perf_counter()
        panel.open_session(session_id)
        app.processEvents()
        opens.append((time.perf_counter() - start) * 1000)
    assert panel.model.rowCount() == 60, panel.model.rowCount()
    scans = []
    for card in cards:
        start = time.perf_counter()
        panel.scan.setText(card)
        panel._scanned()
        app.processEvents()
        scans.append((time.perf_counter() - start) * 1000)
    assert "✔" in panel.banner.text()
    print(f"registry: {people:,} people; roster of {panel.model.rowCount()} people")
    print(f"roster opens (20 times): median {percentile(opens, 0.5):.0f} ms; scans: median "
          f"{percentile(scans, 0.5):.0f} ms, max {max(scans):.0f} ms")
    figure(f"attendance roster opens, {people:,} in the registry (p95 of 20)", percentile(opens, 0.95), "ms", 200)
    figure(f"scan Enter to mark saved and shown (p95 of {len(scans)})", percentile(scans, 0.95), "ms", 50)
    if os.environ.get("BENCH_PROFILE"):
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        for card in cards[:30]:
            panel.scan.setText(card)
            panel._scanned()
            app.processEvents()
        prof.disable()
        pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
    panel.close()
    panel.deleteLater()
    app.processEvents()
    db.close()
    shutil.rmtree(work.parent)


if __name__ == "__main__":
    main()
