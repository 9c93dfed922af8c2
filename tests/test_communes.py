"""The official list of communes since 1 July 2025 and its accent-insensitive search."""
from __future__ import annotations

from collections import Counter

from classroom.communes import commune_by_code, communes, provinces, search_communes


def test_the_list_is_the_one_in_force_since_july_2025() -> None:
    assert len(provinces()) == 34
    assert len(communes()) == 3321
    assert Counter(c.kind for c in communes()) == {"commune": 2621, "ward": 687, "special_zone": 13}
    assert len({c.code for c in communes()}) == 3321
    assert all(len(c.code) == 5 and c.code.isdigit() and len(c.province.code) == 2 for c in communes())


def test_names_keep_their_kind_and_the_province_its_committee() -> None:
    ward = commune_by_code("15853")
    assert ward is not None and ward.full_name == "Phường Đông Tiến" and ward.name == "Đông Tiến"
    assert ward.province.name == "Thanh Hóa" and ward.province.people_committee == "UBND tỉnh Thanh Hóa"
    hanoi = commune_by_code("00070")
    assert hanoi is not None and hanoi.province.people_committee == "UBND thành phố Hà Nội"
    assert commune_by_code("70") is None and commune_by_code("99999") is None and commune_by_code("abcde") is None


def test_search_folds_accents_and_finds_codes() -> None:
    found = search_communes("dong tien thanh hoa")
    assert found[0].code == "15853" and all(c.province.name == "Thanh Hóa" for c in found)
    assert search_communes("Đông Tiến") == search_communes("DONG TIEN")
    assert "15853" in [c.code for c in search_communes("Đông Tiến")]
    assert [c.code for c in search_communes("15853")] == ["15853"]
    assert search_communes("ho\u0300a") == search_communes("hòa")  # decomposed input, old and new tone place
    starts = search_communes("ba")
    assert starts and all(c.folded.startswith("ba") for c in starts[:5])
    assert search_communes("zzzz") == []
    assert len(search_communes("")) == 200
