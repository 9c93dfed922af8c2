"""One way for every bench to print a figure: what, how much, the target, PASS or MISS.

Each figure is one line that people read and ``bench/run_all.py`` collects:

    FIGURE | certificates, whole command (1,000) | 1.21 s | < 1.5 s | PASS

A figure without a target prints ``-`` and ``info``.
"""
from __future__ import annotations

import statistics
from collections.abc import Sequence

PREFIX = "FIGURE | "


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def figure(what: str, value: float, unit: str, target: float | None = None, *, at_least: bool = False,
           note: str = "") -> bool:
    """Print one figure; the target is an upper bound unless ``at_least``. Returns whether it passed."""
    if target is None:
        verdict, wanted = "info", "-"
    else:
        ok = value >= target if at_least else value < target
        verdict = "PASS" if ok else "MISS"
        wanted = f"{'≥' if at_least else '<'} {_number(target)} {unit}".rstrip()
    shown = f"{_number(value)} {unit}".rstrip()
    print(f"{PREFIX}{what} | {shown} | {wanted} | {verdict}" + (f" | {note}" if note else ""), flush=True)
    return verdict != "MISS"


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def runs(values: Sequence[float], digits: int = 2) -> str:
    return ", ".join(f"{v:.{digits}f}" for v in values)
