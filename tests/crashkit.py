"""Running the program's services in a real child process, and killing it with SIGKILL mid-way.

A child is ``python -c CODE ARGS…`` with this worktree first on the path. It prints a marker line
(``GO``) once it is inside the operation; the test waits for the marker, sleeps a random moment and
kills the child, as a power cut or the task manager would. ``check_database`` then opens the file
the way the next start of the program would and checks what must always hold.
"""
from __future__ import annotations

import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
MARKER = "GO"
END = "END"

#: What every child starts with: the database path is argv[1]; ``go()`` prints the marker once,
#: ``done()`` says the operation is over (committed).
PRELUDE = """
import sys, time
from pathlib import Path
DB = Path(sys.argv[1])
_said = []
def go(*_args):
    if not _said:
        _said.append(1)
        print("GO", flush=True)
def done():
    print("END", flush=True)
"""


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env["PYTHONUNBUFFERED"] = "1"
    env.pop("CLASSROOM_DB", None)
    return env


def start(code: str, *args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", PRELUDE + code, *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=child_env(), cwd=ROOT)


def run(code: str, *args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run a child to its end; fails the test with the child's error output if it fails."""
    done = subprocess.run([sys.executable, "-c", PRELUDE + code, *map(str, args)], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def timed_run(code: str, *args: str | Path, timeout: float = 60) -> float:
    """Run a child to its end; the seconds from its marker to the end of its operation (the ``END`` line,
    printed by ``done()``): how long there is to kill it mid-way."""
    proc = start(code, *args)
    try:
        wait_for_marker(proc, timeout)
        began = time.monotonic()
        wait_for_marker(proc, timeout, END)
        length = time.monotonic() - began
        _, err = proc.communicate(timeout=timeout)
        assert proc.returncode == 0, err[-3000:]
        return length
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()


def wait_for_marker(proc: subprocess.Popen[str], timeout: float = 60, marker: str = MARKER) -> None:
    assert proc.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        line = proc.stdout.readline()
        if not line:  # the child ended before its operation began: show why
            proc.wait()
            err = proc.stderr.read() if proc.stderr else ""
            raise AssertionError(f"the child ended (exit {proc.returncode}) before the marker:\n{err[-3000:]}")
        if line.strip() == marker:
            return
    proc.kill()
    proc.wait()
    raise AssertionError("no marker from the child in time")


@dataclass
class Tally:
    """How the kills landed, for the figures the tests report."""

    mid_way: int = 0  # the child was still running when it was killed
    after_end: int = 0  # it had finished before the kill came
    outcomes: list[str] = field(default_factory=list)  # "all" / "none" found afterwards, per kill


def kill_at_random(code: str, *args: str | Path, rng: Random, max_delay: float = 0.3) -> bool:
    """Start the child, wait for its marker, sleep 0..max_delay s, SIGKILL it; True if it was still running."""
    proc = start(code, *args)
    try:
        wait_for_marker(proc)
        time.sleep(rng.uniform(0, max_delay))
        alive = proc.poll() is None
        if alive:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if not alive:
            err = proc.stderr.read() if proc.stderr else ""
            assert proc.returncode == 0, err[-3000:]
        return alive
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()


def check_database(path: Path) -> sqlite3.Connection:
    """What holds after any crash: the file is whole, no row points nowhere, the register has no gaps.

    Returns an open connection for the test's own checks (close it).
    """
    conn = sqlite3.connect(path, timeout=30)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for year, last in conn.execute("SELECT year, last_seq FROM certificate_register").fetchall():
        numbers = sorted(n for (n,) in conn.execute(
            "SELECT register_no FROM certificates WHERE serial LIKE ?", (f"%-{year}-%",)))
        assert numbers == list(range(1, last + 1)), f"register {year}: last_seq {last}, certificates {numbers[-5:]}"
    return conn


def count(conn: sqlite3.Connection, table: str, where: str = "1=1", *params: object) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()[0])
