"""In-memory accent-insensitive search."""
from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from classroom.search import FoldedIndex
from classroom.text import fold

NAMES = ["Nguyễn Văn An", "Trần Thị Hòa", "Đặng Quốc Việt", "Lê Thị Hoà", "Nguyễn Thị Hường", "Phạm Văn Đức"]


def index() -> FoldedIndex:
    return FoldedIndex(fold(n) for n in NAMES)


def test_plain_letters_find_accented_names() -> None:
    assert list(index().search("nguyen van an")) == [0]
    assert list(index().search("dang")) == [2]
    assert list(index().search("HUONG")) == [4]


def test_old_and_new_tone_placement_fold_together() -> None:
    assert list(index().search("hòa")) == [1, 3]
    assert list(index().search("hoà")) == [1, 3]


def test_every_word_must_match_in_any_order() -> None:
    assert list(index().search("thi nguyen")) == [4]
    assert list(index().search("van   duc")) == [5]
    assert list(index().search("van xyz")) == []


def test_narrowing_and_widening_give_fresh_answers() -> None:
    ix = index()
    assert list(ix.search("ng")) == [0, 2, 4]
    assert list(ix.search("ngu")) == [0, 4]
    assert list(ix.search("n")) == [0, 1, 2, 4, 5]
    assert list(ix.search("")) == list(range(6))


def test_decomposed_query_matches() -> None:
    assert list(index().search(unicodedata.normalize("NFD", "Việt"))) == [2]


@given(st.lists(st.text(max_size=12), max_size=30), st.text(max_size=6), st.text(max_size=6))
def test_search_equals_brute_force(rows: list[str], q1: str, q2: str) -> None:
    ix = FoldedIndex(fold(r) for r in rows)
    for query in (q1, q1 + q2, q2):
        terms = fold(query).split()
        expected = [i for i, r in enumerate(rows) if all(t in fold(r) for t in terms)]
        assert list(ix.search(query)) == expected
