"""Run every bench, collect their figures, write one Markdown table.

    python bench/run_all.py [--quick] [--only NAME ...] [--out bench/RESULTS.md] [--no-readme]

Each bench runs as its own process (so one's memory is not the next one's) and prints
``FIGURE | what | figure | target | PASS/MISS`` lines (``bench/report.py``). The table goes to
``--out`` and, unless ``--no-readme``, into README.md between the ``bench:begin``/``bench:end``
markers, with the machine it was measured on. ``--quick`` runs the slow benches on less
(mail merge on 200 people, once; no million): for a look, not for the README.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from bench.report import PREFIX  # noqa: E402

BEGIN, END = "<!-- bench:begin (written by bench/run_all.py) -->", "<!-- bench:end -->"

# name, script and arguments (full, quick); quick None: left out of a quick run
BENCHES: list[tuple[str, list[str], list[str] | None]] = [
    ("printouts", ["bench_printouts.py"], ["bench_printouts.py"]),
    ("mailmerge", ["bench_mailmerge.py", "--people", "1000", "--runs", "3"],
     ["bench_mailmerge.py", "--people", "200", "--runs", "1"]),
    ("foundation", ["bench_foundation.py"], ["bench_foundation.py"]),
    ("attendance", ["bench_attendance.py"], ["bench_attendance.py"]),
    ("schedule", ["bench_schedule.py"], ["bench_schedule.py"]),
    ("enroll", ["bench_enroll.py"], ["bench_enroll.py"]),
    ("import", ["bench_import.py"], ["bench_import.py"]),
    ("setup", ["bench_setup.py"], ["bench_setup.py"]),
    ("trust", ["bench_trust.py"], ["bench_trust.py"]),
    ("audit", ["bench_audit.py"], ["bench_audit.py"]),
    ("register", ["bench_register.py"], ["bench_register.py"]),
    ("backup", ["bench_backup.py"], ["bench_backup.py"]),
    ("daily", ["bench_daily.py"], ["bench_daily.py"]),
    ("reporting", ["bench_reporting.py"], None),
    ("million", ["bench_million.py"], None),
]


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run_one(name: str, argv: list[str]) -> tuple[list[list[str]], int, float]:
    """Run a bench, echoing its output; return its figure rows, exit code and seconds."""
    script = HERE / argv[0]
    if not script.exists():
        return [[f"{name}: no script {argv[0]}", "-", "-", "MISSING"]], 1, 0.0
    print(f"\n== {name}: python bench/{' '.join(argv)} (load average {os.getloadavg()[0]:.1f})", flush=True)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(script), *argv[1:]], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True)
    rows, skipped = [], ""
    assert child.stdout is not None
    for line in child.stdout:
        print(line, end="", flush=True)
        if line.startswith(PREFIX):
            rows.append([part.strip() for part in line[len(PREFIX):].split("|")][:4])
        elif line.startswith("SKIPPED"):
            skipped = line.strip()
    code = child.wait()
    if skipped:
        rows.append([f"{name}: {skipped}", "-", "-", "skipped"])
    elif code != 0:
        rows.append([f"{name}: the bench failed (exit {code})", "-", "-", "FAILED"])
    return rows, code, time.perf_counter() - start


def table(rows: list[tuple[str, list[str]]], quick: bool, took: float, loads: list[float]) -> str:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        f"Measured {when} on {os.cpu_count()} cores ({cpu_name()}), Python {platform.python_version()}, "
        f"{platform.system()}; `python bench/run_all.py{' --quick' if quick else ''}` ({took / 60:.0f} min). "
        f"The machine is shared with other developers' builds and tests: its load average (1 min) was "
        f"{min(loads):.1f} to {max(loads):.1f} on {os.cpu_count()} cores during the run, so a time here is what a "
        "busy machine gave; the CPU figures are less sensitive to it. Each bench's own output has the runs behind "
        "a median.",
        "",
        "| bench | what | figure | target | |",
        "| --- | --- | --- | --- | --- |",
    ]
    for bench, (what, value, target, verdict) in rows:
        lines.append(f"| {bench} | {what} | {value} | {target} | {verdict} |")
    return "\n".join(lines) + "\n"


def put_in_readme(text: str) -> None:
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    if BEGIN in content and END in content:
        head, rest = content.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        content = f"{head}{BEGIN}\n{text}{END}{tail}"
    else:
        content = content.rstrip("\n") + f"\n\n{BEGIN}\n{text}{END}\n"
    readme.write_text(content, encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", nargs="*", help="run these benches only (names: "
                    + ", ".join(b[0] for b in BENCHES) + ")")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--no-readme", action="store_true")
    args = ap.parse_args()
    start = time.perf_counter()
    collected: list[tuple[str, list[str]]] = []
    loads = [os.getloadavg()[0]]
    failed = 0
    for name, full, quick in BENCHES:
        if args.only and name not in args.only:
            continue
        argv = quick if args.quick else full
        if argv is None:
            continue
        loads.append(os.getloadavg()[0])
        rows, code, _ = run_one(name, argv)
        loads.append(os.getloadavg()[0])
        failed += code != 0
        collected.extend((name, row + ["-"] * (4 - len(row))) for row in rows)
    text = table(collected, args.quick, time.perf_counter() - start, loads)
    args.out.write_text(text, encoding="utf-8")
    print("\n" + text)
    if not args.no_readme and not args.quick and not args.only:
        put_in_readme(text)
        print(f"written to {args.out} and README.md")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
