"""The audit screen's filters on 1,000,000 log rows: python bench/bench_audit.py [DB] (from the repository root).

Fills an SQLite database (made once, kept at DB, default /tmp/classroom-bench-audit.sqlite3) with a million
chained audit rows spread over two years, 12 officers and 20 kinds of action, then times what the screen
asks for one filter: the count of matching rows (exact up to 100,000, then "more than") and the first
page (200 rows, newest first). Each filter
is timed after one warm-up run (the screen's own second filter); figure, target, PASS or MISS per filter.
"""
from __future__ import annotations

import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classroom import audit  # noqa: E402
from models import LOCAL_TZ  # noqa: E402
from classroom.audit import COUNT_UP_TO  # noqa: E402
from models.db import open_database  # noqa: E402

ROWS = 1_000_000
TARGET_MS = 300.0
PAGE = 200
ACTORS = [f"Cán bộ {n}" for n in range(12)]
ACTIONS = ["mark", "enroll", "update", "create", "issue", "reprint", "revoke", "import", "erase", "export", "merge",
           "merge_file", "withdraw", "promote", "walk_in", "move", "cancel", "consent", "restore", "set_password"]


def fill(db_path: Path) -> None:
    db = open_database(db_path)
    rng = random.Random(5)
    start = datetime(2025, 1, 1, 7, 0, tzinfo=LOCAL_TZ)
    step = timedelta(days=730) / ROWS
    batch = []
    with db.transaction() as s:
        for n in range(ROWS):
            action = ACTIONS[min(int(rng.expovariate(0.35)), len(ACTIONS) - 1)]
            person = rng.randrange(1, 100_000) if action not in ("mark", "import", "restore", "set_password") else None
            row = audit.values(rng.choice(ACTORS), action, "participant" if person else "session", person or n % 5000,
                               fields=["occupation"])
            row["at"] = start + step * n
            batch.append(row)
            if len(batch) == 50_000:
                audit.record_many(s, batch)
                batch = []
        audit.record_many(s, batch)
    db.close()


def timed(db_path: Path, f: audit.AuditFilter) -> tuple[float, int, int]:
    db = open_database(db_path)
    try:
        with db.sessions() as s:
            audit.count(s, f, up_to=COUNT_UP_TO + 1)  # warm-up: the screen's first filter reads the index from disk
            started = time.perf_counter()
            total = audit.count(s, f, up_to=COUNT_UP_TO + 1)  # as the screen counts: exactly up to 100,000
            page = audit.entries(s, f, limit=PAGE)
            took = (time.perf_counter() - started) * 1000
    finally:
        db.close()
    return took, total, len(page)


def main() -> int:
    db_path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/classroom-bench-audit.sqlite3")
    if not db_path.exists():
        made = time.perf_counter()
        fill(db_path)
        print(f"made {ROWS:,} audit rows in {time.perf_counter() - made:.0f} s: {db_path}")
    filters = {
        "everything": audit.AuditFilter(),
        "one month": audit.AuditFilter(date(2026, 3, 1), date(2026, 3, 31)),
        "one year": audit.AuditFilter(date(2025, 1, 1), date(2025, 12, 31)),
        "an officer": audit.AuditFilter(actor="Cán bộ 3"),
        "an officer, one year": audit.AuditFilter(date(2026, 1, 1), date(2026, 12, 31), actor="Cán bộ 3"),
        "a kind of action": audit.AuditFilter(action="enroll"),
        "a kind, an officer, one year": audit.AuditFilter(date(2026, 1, 1), date(2026, 12, 31), actor="Cán bộ 3",
                                                          action="enroll"),
        "a person": audit.AuditFilter(person_id=4242),
        "a rare kind": audit.AuditFilter(action="erase"),
    }
    worst = 0.0
    for name, f in filters.items():
        took, total, shown = timed(db_path, f)
        worst = max(worst, took)
        counted = f"{total:,}" if total <= COUNT_UP_TO else f"over {COUNT_UP_TO:,}"
        print(f"audit filter, {name}: {took:.0f} ms ({counted} rows, first {shown} shown); "
              f"target < {TARGET_MS:.0f} ms: {'PASS' if took < TARGET_MS else 'MISS'}")
    print(f"audit filter, worst: {worst:.0f} ms; target < {TARGET_MS:.0f} ms: {'PASS' if worst < TARGET_MS else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
