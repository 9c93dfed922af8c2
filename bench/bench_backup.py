"""Backups that check what they hold (issue 14): what the row counts and the digest cost.

    python bench/bench_backup.py [--db bench/.big.sqlite3]

On the large commune (``make_big_db.py``, made once if missing: 100,000 people), times SQLite's bare
online backup (what a backup was), ``backup_to`` (the same copy, its tables and rows counted in the
source and the copy, a SHA-256 digest appended) and ``check_backup`` (the digest checked, the file
checked by SQLite), and prints each figure with its target and PASS/MISS.
"""
from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from classroom.backup import backup_to, check_backup  # noqa: E402
from models.db import open_database  # noqa: E402

HERE = Path(__file__).resolve().parent


def timed(work) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    work()
    return time.perf_counter() - began


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", type=Path, default=HERE / ".big.sqlite3")
    args = ap.parse_args()
    if not args.db.exists():
        subprocess.run([sys.executable, str(HERE / "make_big_db.py"), str(args.db)], check=True)
    db = open_database(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        plain_out, checked_out = Path(tmp) / "plain.sqlite3", Path(tmp) / "checked.sqlite3"

        def bare() -> None:
            src, dst = sqlite3.connect(args.db), sqlite3.connect(plain_out)
            src.backup(dst)
            dst.close()
            src.close()

        plain = min(timed(bare) for _ in range(2))
        checked = min(timed(lambda: backup_to(db, checked_out)) for _ in range(2))
        check = timed(lambda: check_backup(checked_out))
        size = checked_out.stat().st_size / 2**20
    db.close()
    target = 2 * plain + 1.0
    print(f"database {size:.0f} MB")
    print(f"bare SQLite backup          {plain:6.2f} s")
    print(f"backup_to (counts, digest)  {checked:6.2f} s  target < {target:.2f} s (2x bare + 1 s)  "
          f"{'PASS' if checked < target else 'MISS'}")
    print(f"check_backup (digest, SQLite's integrity check)  {check:6.2f} s  target < 10 s  "
          f"{'PASS' if check < 10 else 'MISS'}")


if __name__ == "__main__":
    main()
