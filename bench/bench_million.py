"""A province's million, on SQLite and on PostgreSQL:

- ``classroom list participants --json`` of 1,000,000 people: whole command, time and peak memory;
- the window on 1,000,000 people: first screenful from process start, search per keystroke (p95),
  peak memory (bench_foundation's child, which types as a user does);
- the window's paged registry narrowed to a target group and sorted by a column (revision 0012): the
  answer to choosing a group (first page, count), to a click on a heading (first page by birth date,
  youngest first), the next page deep in that order, and a group nobody is in (p95 of 20, in process);
- ``classroom consolidate`` of 100 communes' packages of 10,000 people (1,000,000 roster rows) into the
  office's database and a workbook, once with a fresh SQLite file and once with a fresh PostgreSQL
  database as the office's database (``classroom_bench_office`` on the same server, dropped and made
  again before every run, migrated before the clock starts: an office's database exists before it
  consolidates). Measured: the whole command from the shell until it exits (verifying the 100
  signatures, pinning the 100 keys, recording the run and its 100 packages, writing the workbook and
  committing) and the peak resident memory of the command's process tree; runs alternate between the
  engines, median of ``--runs`` (3). PostgreSQL's own server processes are not in the command's tree,
  so they are not in its memory figure. After each run the record is checked (100 packages recorded).

    python bench/bench_million.py [--pg URL] [--no-pg] [--sqlite PATH] [--skip-consolidate | --only-consolidate]
                                  [--pages-only] [--runs N]

The SQLite database is bench/.million.sqlite3, the PostgreSQL one the database ``classroom_million``
on the local server (``--pg`` for another URL); each is made once (bench/make_big_db.py, a few minutes).
``--only-consolidate`` needs neither.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.bench_foundation import CHILD  # noqa: E402
from bench.bench_mailmerge import tree_rss_mb  # noqa: E402
from bench.report import figure, median, p95, runs  # noqa: E402

PEOPLE = 1_000_000
PG_DEFAULT = "postgresql+psycopg://classroom_ci:classroom_ci@127.0.0.1:5432/classroom_million"


def classroom() -> str:
    return str(Path(sys.executable).with_name("classroom"))


def measured(command: list[str], stdout: object = subprocess.DEVNULL) -> tuple[float, float]:
    """Run ``command``; (seconds, peak resident memory of it and its children in MB)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)  # type: ignore[arg-type]
    peak = 0.0
    while child.poll() is None:
        peak = max(peak, tree_rss_mb(child.pid))
        time.sleep(0.02)
    took = time.perf_counter() - start
    if child.returncode not in (0, 3):
        sys.exit(f"{' '.join(command)} failed: {child.stderr.read().decode() if child.stderr else ''}")
    return took, peak


def ensure_sqlite(path: Path = HERE / ".million.sqlite3") -> str:
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_big_db.py"), str(path), "--people", str(PEOPLE)], check=True)
    from models.db import open_database

    open_database(path).close()  # one made by an older version is migrated now, not inside a timed run
    return str(path)


def pg_database(url: str, label: str, *, fresh: bool = False) -> str | None:
    """``url``, its database made on the server when missing (``fresh``: dropped and made again even when
    it exists); None (said, with ``label``) when no server answers."""
    from sqlalchemy import create_engine, exc, text
    from sqlalchemy.engine import make_url

    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        try:
            conn = admin.connect()
        except exc.OperationalError as error:
            print(f"SKIPPED {label}: no server at {target.host}:{target.port} ({error.__class__.__name__})")
            return None
        with conn:
            if fresh:
                # FORCE ends leftover connections; it is refused while the server's autovacuum (another
                # role) works in that database, which lasts moments: try again (as tests/conftest.py does)
                for attempt in range(40):
                    try:
                        conn.execute(text(f'DROP DATABASE IF EXISTS "{target.database}" WITH (FORCE)'))
                        break
                    except (exc.ProgrammingError, exc.OperationalError):
                        if attempt == 39:
                            raise
                        time.sleep(0.25)
            elif conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": target.database}):
                return url
            conn.execute(text(f'CREATE DATABASE "{target.database}"'))
    finally:
        admin.dispose()
    return url


def ensure_pg(url: str) -> str | None:
    """The PostgreSQL database, made once; None (said) when no server answers."""
    from sqlalchemy import func, select
    from sqlalchemy.engine import make_url

    if pg_database(url, "PostgreSQL") is None:
        return None
    target = make_url(url)
    from models import Participant
    from models.db import open_database

    db = open_database(url)
    try:
        with db.sessions() as s:
            have = s.scalar(select(func.count()).select_from(Participant))
    finally:
        db.close()
    if not have:
        subprocess.run([sys.executable, str(HERE / "make_big_db.py"), url, "--people", str(PEOPLE)], check=True)
    elif have < PEOPLE:
        print(f"SKIPPED PostgreSQL: {target.database} holds {have:,} people, not a million (being made?)")
        return None
    return url


def bench_list(name: str, target: str, work: Path) -> None:
    out = work / "people.json"
    times, peaks = [], []
    for _ in range(3):
        with out.open("w") as fh:
            took, peak = measured([classroom(), "--db", target, "list", "participants", "--json"], stdout=fh)
        times.append(took)
        peaks.append(peak)
    with out.open() as fh:
        rows = sum(1 for line in fh if line.startswith("{"))
    print(f"[{name}] list participants --json: {runs(times)} s, peak {runs(peaks, 0)} MB, {rows:,} rows")
    figure(f"{name}: list participants --json, {rows:,} rows (whole command, median of 3)", median(times), "s", 10)
    figure(f"{name}: list participants --json, {rows:,} rows: peak memory", max(peaks), "MB", 200)


def bench_window(name: str, target: str) -> None:
    results = []
    for _ in range(3):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        t0 = time.time()
        done = subprocess.run([sys.executable, "-c", CHILD, target, repr(t0), str(ROOT)], capture_output=True,
                              text=True, env=env)
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            sys.exit(f"the window failed on {name}: {done.stderr[-2000:]}")
        results.append(json.loads(line[7:]))
    last = results[-1]
    print(f"[{name}] window: first screenful {runs([r['shown_s'] for r in results])} s; search p95 "
          f"{runs([r['search_p95_ms'] for r in results], 1)} ms (median {last['search_median_ms']:.1f} ms, slowest "
          f"{', '.join(last['slowest'])}); peak {runs([r['peak_rss_mb'] for r in results], 0)} MB")
    figure(f"{name}: window start to first screenful, 1,000,000 people (median of 3)",
           median([r["shown_s"] for r in results]), "s", 1.5)
    figure(f"{name}: search per keystroke p95, 1,000,000 people ({last['keystrokes']} keys, median of 3 runs)",
           median([r["search_p95_ms"] for r in results]), "ms", 50)
    figure(f"{name}: window peak memory, 1,000,000 people", max(r["peak_rss_mb"] for r in results), "MB", 400)


def bench_pages(name: str, target: str) -> None:
    """The paged registry's answers to a filter and a sort, in process (what the window's worker runs)."""
    from classroom.registry_pages import BIRTH, PAGE, VILLAGE, position, registry_count, registry_page
    from models.db import open_database

    db = open_database(target)

    def timed(work: object, times: int = 20) -> list[float]:
        took = []
        for n in range(times + 1):  # the first warms the cache and is not counted
            start = time.perf_counter()
            work()  # type: ignore[operator]
            if n:
                took.append((time.perf_counter() - start) * 1000)
        return took

    try:
        with db.sessions() as s:
            farmer = "farmer"
            after = None
            for _ in range(50):  # 10,000 people in, youngest first
                after = position(registry_page(s, "", after, PAGE, order=BIRTH, descending=True)[-1])
            cases = [
                ("choose a target group: first page (farmers, 17 %)",
                 lambda: registry_page(s, "", None, PAGE, group=farmer)),
                ("choose a target group: its count (farmers, 17 %)", lambda: registry_count(s, "", group=farmer)),
                ("choose a target group: its count (the largest, elderly, 25 %)",
                 lambda: registry_count(s, "", group="elderly")),
                ("click a heading: first page by birth date, youngest first",
                 lambda: registry_page(s, "", None, PAGE, order=BIRTH, descending=True)),
                ("scroll: the next page 10,000 people in, by birth date, youngest first",
                 lambda: registry_page(s, "", after, PAGE, order=BIRTH, descending=True)),
                ("farmers by village, last village first: first page",
                 lambda: registry_page(s, "", None, PAGE, group=farmer, order=VILLAGE, descending=True)),
                ("a group nobody is in: count and first page",
                 lambda: (registry_count(s, "", group="other"), registry_page(s, "", None, PAGE, group="other"))),
                ("farmers searched \"nguyen thi h\": capped count and first page",
                 lambda: (registry_count(s, "nguyen thi h", group=farmer),
                          registry_page(s, "nguyen thi h", None, PAGE, group=farmer))),
            ]
            for what, work in cases:
                took = timed(work)
                print(f"[{name}] {what}: median {median(took):.1f} ms, p95 {p95(took):.1f} ms")
                figure(f"{name}: paged registry, {what}, 1,000,000 people (p95 of 20)", p95(took), "ms", 50)
    finally:
        db.close()


OFFICE_DB = "classroom_bench_office"


def fresh_pg_office(url: str) -> str | None:
    """``classroom_bench_office`` dropped and made again, migrated; None (said) when no server answers."""
    from sqlalchemy.engine import make_url

    office = pg_database(make_url(url).set(database=OFFICE_DB).render_as_string(hide_password=False),
                         "PostgreSQL office", fresh=True)
    if office is None:
        return None
    from models.db import open_database

    open_database(office).close()
    return office


def fresh_sqlite_office(work: Path) -> str:
    from models.db import open_database

    path = work / "office.sqlite3"
    for leftover in work.glob("office.sqlite3*"):
        leftover.unlink()
    open_database(path).close()
    return str(path)


def recorded_packages(target: str) -> tuple[int, int]:
    """(runs, packages) in the office's record."""
    from sqlalchemy import func, select

    from models import ConsolidatedPackage, ConsolidationRun
    from models.db import open_database

    db = open_database(target)
    try:
        with db.sessions() as s:
            return (s.scalar(select(func.count()).select_from(ConsolidationRun)) or 0,
                    s.scalar(select(func.count()).select_from(ConsolidatedPackage)) or 0)
    finally:
        db.close()


def bench_consolidate(work: Path, pg_url: str | None, repeat: int = 3) -> None:
    from bench.bench_reporting import make_packages

    start = time.perf_counter()
    paths = make_packages(work, count=100, people=10_000, demo_people=3_000)  # rows repeated, each a different ID
    print(f"made 100 packages of 10,000 people in {time.perf_counter() - start:.0f} s")
    engines: list[tuple[str, Callable[[], str | None]]] = [("SQLite", lambda: fresh_sqlite_office(work))]
    if pg_url:
        engines.append(("PostgreSQL", lambda: fresh_pg_office(pg_url)))
    out = work / "tong-hop.xlsx"
    times: dict[str, list[float]] = {name: [] for name, _ in engines}
    peaks: dict[str, list[float]] = {name: [] for name, _ in engines}
    for _ in range(repeat):  # the engines alternate
        for name, fresh in list(engines):
            office = fresh()
            if office is None:  # no server: not asked again in the next runs
                engines.remove((name, fresh))
                continue
            out.unlink(missing_ok=True)
            took, peak = measured([classroom(), "--db", office, "consolidate", *map(str, paths), "--out", str(out)])
            runs_kept, packages_kept = recorded_packages(office)
            if (runs_kept, packages_kept) != (1, len(paths)) or not out.exists():
                sys.exit(f"[{name}] consolidate recorded {runs_kept} run(s), {packages_kept} package(s); "
                         f"workbook {'made' if out.exists() else 'missing'}")
            times[name].append(took)
            peaks[name].append(peak)
            print(f"[{name}] consolidate: {took:.1f} s, peak {peak:.0f} MB, workbook {out.stat().st_size / 1e6:.1f} MB, "
                  f"recorded 1 run of {packages_kept} packages")
    for name in times:
        if not times[name]:
            continue
        n = len(times[name])
        print(f"[{name}] consolidate: {runs(times[name])} s, peak {runs(peaks[name], 0)} MB")
        figure(f"{name}: consolidate 100 packages of 10,000 people into the office's database and a workbook "
               f"(whole command, median of {n})", median(times[name]), "s", 60)
        figure(f"{name}: consolidate 100 packages of 10,000 people: peak memory (max of {n})", max(peaks[name]),
               "MB", 1000)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pg", default=os.environ.get("CLASSROOM_BENCH_PG_URL", PG_DEFAULT))
    ap.add_argument("--no-pg", action="store_true")
    ap.add_argument("--sqlite", type=Path, default=HERE / ".million.sqlite3", help="the SQLite million (a copy)")
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--skip-consolidate", action="store_true")
    which.add_argument("--only-consolidate", action="store_true",
                       help="only the consolidation (needs neither million database)")
    which.add_argument("--pages-only", action="store_true", help="only the paged registry's filter and sort figures")
    ap.add_argument("--runs", type=int, default=3, help="consolidation runs per engine (median)")
    args = ap.parse_args()
    engines: list[tuple[str, str]] = []
    if not args.only_consolidate:
        engines.append(("SQLite", ensure_sqlite(args.sqlite)))
        if not args.no_pg:
            pg = ensure_pg(args.pg)
            if pg:
                engines.append(("PostgreSQL", pg))
    work = Path(tempfile.mkdtemp(prefix="million-"))
    try:
        for name, target in engines:
            if not args.pages_only:
                bench_list(name, target, work)
                bench_window(name, target)
            bench_pages(name, target)
        if not (args.skip_consolidate or args.pages_only):
            bench_consolidate(work, None if args.no_pg else args.pg, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
