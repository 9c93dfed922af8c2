"""Accent-insensitive search over lists held in memory.

The list screens keep every row in memory (100,000 people are a few tens of MB), so a
keystroke is answered by scanning folded strings, not by a database round trip. Every
word of the query must appear somewhere in the row's text; a query that extends the
previous one only scans the previous answer.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from .text import fold


class FoldedIndex:
    """Haystacks are ``fold``-ed texts, one per row, in the rows' order."""

    def __init__(self, haystacks: Iterable[str]) -> None:
        self._hay: list[str] = list(haystacks)
        self._last_terms: list[str] = []
        self._last_hits: list[int] | None = None

    def __len__(self) -> int:
        return len(self._hay)

    def search(self, query: str) -> Sequence[int]:
        """Row numbers whose text holds every folded word of ``query``, in row order."""
        terms = fold(query).split()
        if not terms:
            self._last_terms, self._last_hits = [], None
            return range(len(self._hay))
        hay = self._hay
        narrowing = self._last_hits is not None and _extends(self._last_terms, terms)
        candidates: Iterable[int] = self._last_hits if narrowing else range(len(hay))  # type: ignore[assignment]
        first, rest = terms[0], terms[1:]
        hits = [i for i in candidates if first in hay[i]]
        for term in rest:
            hits = [i for i in hits if term in hay[i]]
        self._last_terms, self._last_hits = terms, hits
        return hits


def _extends(old: list[str], new: list[str]) -> bool:
    """Whether every row matching ``new`` also matches ``old`` (each old word grows into a new one)."""
    return len(new) >= len(old) and all(o in n for o, n in zip(old, new))
