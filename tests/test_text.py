import sqlite3
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classroom.text import ALPHABET, collation_key, fold, name_sort_key, nfc, split_name


def nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


NAMES = [
    "Nguyễn Thị Hường",
    "Đặng Quốc Việt",
    "Trần Văn Ấn",
    "Lê Thị Mỹ Hạnh",
    "Phạm Ngọc Ửng",
    "Hoàng Thị Ngọc Diệp",
]


# ---------------------------------------------------------------- nfc


@pytest.mark.parametrize("name", NAMES)
def test_nfd_input_equals_nfc_input(name):
    composed = unicodedata.normalize("NFC", name)
    decomposed = nfd(name)
    assert decomposed != composed  # the test is meaningful
    assert nfc(decomposed) == nfc(composed) == composed


@pytest.mark.parametrize(
    "written",
    ["e\u0302\u0323", "e\u0323\u0302", "\u00ea\u0323", "\u1eb9\u0302", "\u1ec7"],
)
def test_e_circumflex_dot_below_any_mark_order(written):
    assert nfc(written) == "\u1ec7"
    assert nfc("Vi" + written + "t") == "Vi\u1ec7t"


def test_nfc_whitespace_and_invisibles():
    assert nfc("  Nguyễn\t\u00a0Văn\u200b   An\u200d\ufeff\n") == "Nguyễn Văn An"
    assert nfc("Lê\x00 Thị\x07\u0085Hà\x9f") == "Lê Thị Hà"
    assert nfc("") == ""
    assert nfc(" \t\u00a0 ") == ""


def test_nfc_removal_then_composition():
    # a control character between letter and mark must not prevent composition
    assert nfc("e\x00\u0301") == "é"


# ---------------------------------------------------------------- fold


def test_fold_examples():
    assert fold("Nguyễn Văn An") == "nguyen van an"
    assert "nguyen van an" in fold("Ông Nguyễn Văn An")
    assert fold("hòa") == fold("hoà") == "hoa"
    assert fold("Đặng") == "dang"
    assert fold("ĐỖ   THỊ\u00a0HƯỜNG") == "do thi huong"
    assert fold(nfd("Trường Sơn")) == "truong son"


# ---------------------------------------------------------------- split_name


def test_split_name():
    assert split_name("Nguyễn Văn An") == ("Nguyễn", "Văn", "An")
    assert split_name("Lý Thị Ngọc Yến") == ("Lý", "Thị Ngọc", "Yến")
    assert split_name("Hồ Minh") == ("Hồ", "", "Minh")
    assert split_name("Minh") == ("", "", "Minh")
    assert split_name("  ") == ("", "", "")
    assert split_name(" Trần  Văn\tBa ") == ("Trần", "Văn", "Ba")


# ---------------------------------------------------------------- collation


def test_alphabet_order_single_letters():
    expected = ALPHABET
    shuffled = list(reversed(expected))
    assert sorted(shuffled, key=collation_key) == expected
    # the same with capitals
    assert sorted([c.upper() for c in shuffled], key=collation_key) == [c.upper() for c in expected]


@pytest.mark.parametrize(
    "smaller,larger",
    [
        ("a", "ă"), ("ă", "â"), ("â", "b"), ("d", "đ"), ("đ", "e"), ("e", "ê"), ("ê", "g"),
        ("o", "ô"), ("ô", "ơ"), ("ơ", "p"), ("u", "ư"), ("ư", "v"), ("x", "y"),
        # letters outside the alphabet
        ("ê", "f"), ("f", "g"), ("i", "j"), ("j", "k"), ("v", "w"), ("w", "x"), ("y", "z"),
        # digits before letters, other characters after
        ("9", "a"), ("0", "9"), ("z", "ж"), ("y", "?"),
        # word-level
        ("dz", "đa"), ("ăn", "âm"), ("Ân", "Ba"), ("anh", "ân"), ("ưa", "va"),
    ],
)
def test_letter_order(smaller, larger):
    assert collation_key(smaller) < collation_key(larger)


def test_tone_order_one_syllable():
    expected = ["a", "à", "ả", "ã", "á", "ạ"]
    assert sorted(reversed(expected), key=collation_key) == expected
    expected = ["hoa", "hòa", "hỏa", "hõa", "hóa", "họa"]
    assert sorted(reversed(expected), key=collation_key) == expected


def test_letters_before_tones():
    assert sorted(["Bình", "Ánh", "Ảnh", "Anh"], key=collation_key) == ["Anh", "Ảnh", "Ánh", "Bình"]
    # a difference in letters beats any tone difference before it
    assert collation_key("Ánh") < collation_key("Ao")
    assert collation_key("Bạ") < collation_key("Ban")
    assert collation_key("Mỹ") < collation_key("My Lan")


def test_case_is_only_a_tie_break():
    assert collation_key("an") < collation_key("An") < collation_key("ăn")
    assert collation_key("AN") < collation_key("anh")
    assert collation_key("hòa") != collation_key("hoà")
    assert collation_key("Hòa") == collation_key(nfd("Hòa"))


def test_prefix_sorts_first():
    assert collation_key("An") < collation_key("Anh")
    assert name_sort_key("Trần Văn An") < name_sort_key("Nguyễn Văn Anh")
    # "An" with any family or middle name comes before "Anh"
    assert name_sort_key("Ỷ Ỷ Ỷ An") < name_sort_key("A A Anh")
    assert name_sort_key("Yên An") < name_sort_key("Anh")


ROSTER = [
    "Trần Văn An",
    "Mai Anh",
    "Nguyễn Văn Anh",
    "Dương Thị Ánh",
    "Lê Thị Ân",
    "Phạm Thị Bình",
    "Vũ Đình Cường",
    "Bùi Văn Dũng",
    "Đỗ Văn Đức",
    "Lê Thị Hà",
    "Nguyễn Thị Hà",
    "Trần Thu Hà",
    "Ngô Thị Hương",
    "Đặng Thị Hường",
    "Hồ Minh",
    "Đinh Văn Minh",
    "Lý Thị Ngọc Yến",
]


def test_roster_order():
    # given name first (An < Anh < Ánh < Ân ... Dũng < Đức), then middle (none < Thị < Thu),
    # then family name (Lê < Nguyễn)
    shuffled = ROSTER[::2] + ROSTER[1::2][::-1]
    assert sorted(shuffled, key=name_sort_key) == ROSTER
    assert sorted([nfd(n) for n in shuffled], key=name_sort_key) == [nfd(n) for n in ROSTER]


def test_roster_given_name_compared_fully_before_middle():
    # tones of the given name decide before the middle name's letters
    assert name_sort_key("Nguyễn Văn Anh") < name_sort_key("Dương Thị Ánh")
    # middle before family
    assert name_sort_key("Vũ Thị Hà") < name_sort_key("Lê Thu Hà")


# ---------------------------------------------------------------- properties

vi_letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwzAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]
syllable = st.builds(
    lambda letters, tone: unicodedata.normalize("NFC", letters[:1] + tone + letters[1:]),
    st.text(alphabet=vi_letters, min_size=1, max_size=6),
    st.sampled_from(tones),
)
vi_name = st.lists(syllable, min_size=1, max_size=5).map(" ".join)
any_text = st.text(max_size=30)
mixed_text = st.one_of(any_text, vi_name, st.text(alphabet=vi_letters + " -'\u0301\u0323\u0302\t\u00a0", max_size=20))


@given(mixed_text)
def test_fold_idempotent_and_plain(s):
    f = fold(s)
    assert fold(f) == f
    assert not any(0x0300 <= ord(ch) <= 0x036F for ch in f)
    assert "đ" not in f and "Đ" not in f


@given(mixed_text)
def test_nfc_of_nfd_equals_nfc(s):
    assert nfc(nfd(s)) == nfc(s)
    assert nfc(nfc(s)) == nfc(s)


@given(mixed_text)
def test_name_sort_key_invariant_under_normalisation(s):
    assert name_sort_key(nfd(s)) == name_sort_key(s) == name_sort_key(unicodedata.normalize("NFC", s))
    assert collation_key(nfd(s)) == collation_key(s)


@given(mixed_text, mixed_text)
def test_keys_equal_only_for_identical_names(a, b):
    assert (name_sort_key(a) == name_sort_key(b)) == (nfc(a) == nfc(b))
    assert (collation_key(a) == collation_key(b)) == (nfc(a) == nfc(b))


@given(mixed_text, mixed_text, mixed_text)
def test_name_sort_key_total_order(a, b, c):
    ka, kb, kc = name_sort_key(a), name_sort_key(b), name_sort_key(c)
    assert isinstance(ka, bytes)
    # antisymmetry / totality are given by bytes; transitivity on the original names
    if ka <= kb and kb <= kc:
        assert ka <= kc
    # sorting is stable under permutation of the input: the order depends only on the names
    assert [nfc(n) for n in sorted([a, b, c], key=name_sort_key)] == [
        nfc(n) for n in sorted([c, a, b], key=name_sort_key)
    ]


@given(vi_name, vi_name)
def test_given_name_decides_first(a, b):
    ga, gb = split_name(a)[2], split_name(b)[2]
    if collation_key(ga)[: collation_key(ga).index(2)] != collation_key(gb)[: collation_key(gb).index(2)]:
        # different given names (letters or tones): the name order follows the given names
        assert (name_sort_key(a) < name_sort_key(b)) == (collation_key(ga) < collation_key(gb))


@settings(max_examples=50)
@given(st.lists(mixed_text, max_size=25))
def test_sqlite_blob_order_matches_python(names):
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE TABLE person (name TEXT, k BLOB)")
        con.executemany("INSERT INTO person VALUES (?, ?)", [(n, name_sort_key(n)) for n in names])
        db_keys = [bytes(r[0]) for r in con.execute("SELECT k FROM person ORDER BY k")]
    finally:
        con.close()
    assert db_keys == sorted(name_sort_key(n) for n in names)


def test_sqlite_blob_order_roster():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE person (name TEXT, k BLOB)")
    con.executemany("INSERT INTO person VALUES (?, ?)", [(n, name_sort_key(n)) for n in reversed(ROSTER)])
    assert [r[0] for r in con.execute("SELECT name FROM person ORDER BY k")] == ROSTER
    con.close()
