"""Parts of a long document made by several processes at once.

This process makes its share while the others make theirs: process ``j`` of ``n`` makes parts
``j, j + n, j + 2n …``, so each has as many pages as the others. The helpers are forked (nothing to
load again, nothing to start from a launcher), which is safe only where fork exists and this process
runs a single thread (the command line on Linux and macOS); elsewhere (Windows, the window's worker
threads) this process makes every part itself, and the file is the same. A failure or a cancel
(``printouts.Cancelled`` from this process's share) ends the helpers.
"""
from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Progress = Callable[[int, int], None]


def _context() -> Any:
    """A forking context where forking is safe, else None."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return None


def _make(build: Callable[..., bytes], head: Any, parts: list[Any]) -> list[bytes]:
    return [build(head, part) for part in parts]


def build_parts(build: Callable[..., bytes], head: Any, parts: list[list[T]], processes: int | None,
                progress: Progress | None, cancelled: Callable[[], bool] | None) -> list[bytes]:
    """``build(head, part, progress, cancelled)`` for every part, in order; this process makes the first share."""
    context = _context()
    count = max(1, min(len(parts), processes or os.cpu_count() or 1)) if context is not None else 1
    total = sum(len(p) for p in parts)
    mine = list(range(0, len(parts), count))
    done = 0

    def step(n: int, _of: int) -> None:
        if progress is not None:
            progress(min(total, done + n), total)  # the others' pages are counted when they arrive

    results: dict[int, bytes] = {}
    if count == 1:
        for i in mine:
            results[i] = build(head, parts[i], step, cancelled)
            done += len(parts[i])
        return [results[i] for i in range(len(parts))]
    with context.Pool(count - 1) as pool:
        pending = {j: pool.apply_async(_make, (build, head, [parts[i] for i in range(j, len(parts), count)]))
                   for j in range(1, count)}
        try:
            for i in mine:
                results[i] = build(head, parts[i], step, cancelled)
                done += len(parts[i])
            for j, job in pending.items():
                for i, data in zip(range(j, len(parts), count), job.get()):
                    results[i] = data
                    done += len(parts[i])
                    step(0, total)
        except BaseException:
            pool.terminate()
            raise
    return [results[i] for i in range(len(parts))]

