"""Parts of a long document made by several processes at once.

This process makes its share while the others make theirs: process ``j`` of ``n`` makes parts
``j, j + n, j + 2n …``, so each has as many pages as the others. The helpers are forked (nothing to
load again, nothing to start from a launcher), which is safe only where fork exists and this process
runs a single thread (the command line on Linux and macOS); elsewhere (Windows, the window's worker
threads) this process makes every part itself, and the file is the same. A failure or a cancel
(``printouts.Cancelled`` from this process's share) ends the helpers.

A helper is a bare ``os.fork`` with a pipe, not a ``multiprocessing`` pool: a pool's start and its three
threads cost more than a thousand pages' share of the time saved. A helper sends its parts back pickled,
or the exception that stopped it, and leaves with ``os._exit``: nothing of this process (its database
connection, its open files, its exit handlers) is closed or run twice.

Helpers can also be started ahead (:func:`start_ahead`), by a command that knows early that it will
make a long document: they load ReportLab, the fonts and the QR layouts while the command still reads
and writes the database, then wait for their parts; the command itself never loads ReportLab
(:func:`build_ahead`). :func:`stop_ahead` ends those that were not used. Only where helpers may be forked.
"""
from __future__ import annotations

import importlib
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Progress = Callable[[int, int], None]


def can_fork() -> bool:
    """Whether helpers may be forked here (fork exists and this process runs one thread)."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _make(build: Callable[..., bytes], head: Any, parts: list[Any]) -> list[bytes]:
    return [build(head, part) for part in parts]


def _made(make: Callable[[], list[bytes]]) -> tuple[bool, Any]:
    """What a helper sends back: (True, its parts' bytes), or (False, the exception that stopped it)."""
    try:
        return True, make()
    except BaseException as exc:  # sent back to be raised there
        return False, exc


def _helper(build: Callable[..., bytes], head: Any, parts: list[Any]) -> tuple[int, int]:
    """Fork a helper making ``parts``; (its pid, the pipe's end to read its answer from)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid:
        os.close(write)
        return pid, read
    code = 1
    try:  # the helper: never returns
        os.close(read)
        _send(write, _made(lambda: _make(build, head, parts)))
        code = 0
    finally:
        os._exit(code)


def _job(job: bytes) -> list[bytes]:
    """The parts a helper started ahead was sent: (build "module:function", head, parts) pickled."""
    build, head, parts = pickle.loads(job)
    return _make(_named(build), head, parts)


def _named(name: str) -> Callable[..., Any]:
    module, _, attribute = name.partition(":")
    return getattr(importlib.import_module(module), attribute)  # type: ignore[no-any-return]


def _send(write: int, answer: tuple[bool, Any]) -> None:
    try:
        payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # an exception that cannot be pickled: its words still can
        payload = pickle.dumps((False, RuntimeError(repr(answer[1]))), protocol=pickle.HIGHEST_PROTOCOL)
    with os.fdopen(write, "wb") as out:
        out.write(payload)


_ahead: list[tuple[int, int, int]] = []  # helpers started ahead: (pid, the job's pipe to write, the answer's to read)


def start_ahead(warm: str, count: int | None = None) -> int:
    """Fork ``count`` helpers (default one a core) that run ``warm`` ("module:function") now and then wait
    for parts to make (:func:`build_ahead`); how many were started (none where forking is not safe, or on
    one core, or when some are already waiting)."""
    if _ahead or not can_fork():
        return 0
    count = count or os.cpu_count() or 1
    if count < 2:
        return 0
    for _ in range(count):
        job_read, job_write = os.pipe()
        answer_read, answer_write = os.pipe()
        pid = os.fork()
        if pid:
            os.close(job_read)
            os.close(answer_write)
            _ahead.append((pid, job_write, answer_read))
            continue
        code = 1
        try:  # the helper: never returns
            os.close(job_write)
            os.close(answer_read)
            for _pid, write, read in _ahead:  # the earlier helpers' pipes: theirs alone
                os.close(write)
                os.close(read)
            failed: tuple[bool, Any] | None = None
            try:
                _named(warm)()
            except BaseException as exc:  # told when the parts come
                failed = (False, exc)
            with os.fdopen(job_read, "rb") as jobs:
                job = jobs.read()
            if job:  # nothing: the command did not need this helper
                _send(answer_write, failed or _made(lambda: _job(job)))
            code = 0
        finally:
            os._exit(code)
    return count


def build_ahead(build: str, head: Any, parts: list[list[T]], progress: Progress | None) -> list[bytes] | None:
    """The parts made by the helpers started ahead (``build``: "module:function" taking the head and a part),
    in order; None when no helper waits. The helpers are used up either way."""
    helpers = list(_ahead)
    _ahead.clear()
    if not helpers:
        return None
    count, total, done = len(helpers), sum(len(p) for p in parts), 0
    results: dict[int, bytes] = {}
    waiting = {j: (pid, read) for j, (pid, _write, read) in enumerate(helpers)}
    unsent = [write for _pid, write, _read in helpers]
    try:
        for j in range(count):
            with os.fdopen(unsent.pop(0), "wb") as out:  # a helper with no part gets an empty job and leaves
                share = [parts[i] for i in range(j, len(parts), count)]
                out.write(pickle.dumps((build, head, share), protocol=pickle.HIGHEST_PROTOCOL) if share else b"")
        for j in range(count):
            pid, read = waiting.pop(j)
            share = list(range(j, len(parts), count))
            if not share:
                os.close(read)
                os.waitpid(pid, 0)
                continue
            for i, data in zip(share, _answer(pid, read)):
                results[i] = data
                done += len(parts[i])
                if progress is not None:
                    progress(done, total)
    except BaseException:
        for write in unsent:
            os.close(write)
        _end(waiting)
        raise
    return [results[i] for i in range(len(parts))]


def stop_ahead() -> None:
    """End the helpers started ahead that were not used (their job pipe closed: they leave)."""
    helpers = list(_ahead)
    _ahead.clear()
    for pid, write, read in helpers:
        os.close(write)
        os.close(read)
        os.waitpid(pid, 0)


def _answer(pid: int, read: int) -> list[bytes]:
    with os.fdopen(read, "rb") as pipe:
        payload = pipe.read()
    _, status = os.waitpid(pid, 0)
    if not payload:
        raise RuntimeError(f"a process making pages ended without them (status {status})")
    ok, value = pickle.loads(payload)
    if not ok:
        raise value
    return value  # type: ignore[no-any-return]


def _end(helpers: dict[int, tuple[int, int]]) -> None:
    for pid, read in helpers.values():
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.close(read)
        os.waitpid(pid, 0)


def build_parts(build: Callable[..., bytes], head: Any, parts: list[list[T]], processes: int | None,
                progress: Progress | None, cancelled: Callable[[], bool] | None) -> list[bytes]:
    """``build(head, part, progress, cancelled)`` for every part, in order; this process makes the first share."""
    count = max(1, min(len(parts), processes or os.cpu_count() or 1)) if can_fork() else 1
    total = sum(len(p) for p in parts)
    mine = list(range(0, len(parts), count))
    done = 0

    def step(n: int, _of: int) -> None:
        if progress is not None:
            progress(min(total, done + n), total)  # the others' pages are counted when they arrive

    results: dict[int, bytes] = {}
    helpers: dict[int, tuple[int, int]] = {}
    try:
        for j in range(1, count):
            helpers[j] = _helper(build, head, [parts[i] for i in range(j, len(parts), count)])
        for i in mine:
            results[i] = build(head, parts[i], step, cancelled)
            done += len(parts[i])
        while helpers:
            j = min(helpers)
            pid, read = helpers[j]
            del helpers[j]
            for i, data in zip(range(j, len(parts), count), _answer(pid, read)):
                results[i] = data
                done += len(parts[i])
                step(0, total)
    except BaseException:
        _end(helpers)
        raise
    return [results[i] for i in range(len(parts))]
