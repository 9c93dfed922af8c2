"""The official list of Vietnam's 34 provinces and 3,321 communes, wards and special zones in
force since 1 July 2025 (Decision 19/2025/QĐ-TTg codes: province 2 digits, commune 5 digits),
as the ``vietnam-provinces`` library carries it, and an accent-insensitive search over it.

The library's ``Ward`` list is the post-2025 one (2,621 xã, 687 phường, 13 đặc khu; no districts);
it is read once, when first asked, so that opening the window does not pay for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .text import collation_key, fold, nfc

KIND_OF_DIVISION = {"xã": "commune", "phường": "ward", "đặc khu": "special_zone"}
PREFIXES = {"commune": "Xã ", "ward": "Phường ", "special_zone": "Đặc khu "}
SEARCH_LIMIT = 200  # more than a list shows at once: the officer types another letter


@dataclass(frozen=True)
class OfficialProvince:
    code: str  # "38"
    name: str  # "Thanh Hóa", "Hà Nội" (without "Thành phố")
    kind: str  # "tỉnh" | "thành phố"

    @property
    def people_committee(self) -> str:
        """The receiving body by default since July 2025: "UBND tỉnh Thanh Hóa", "UBND thành phố Hà Nội"."""
        return f"UBND {self.kind} {self.name}"


@dataclass(frozen=True)
class OfficialCommune:
    code: str  # "15853"
    name: str  # "Đông Tiến" (the kind word apart)
    kind: str  # commune | ward | special_zone (models.Commune.kind)
    province: OfficialProvince
    folded: str  # "dong tien thanh hoa 15853 phuong dong tien": what a search matches
    folded_name: str  # "dong tien"

    @property
    def full_name(self) -> str:
        """"Phường Đông Tiến": the official name, kind word included."""
        return PREFIXES[self.kind] + self.name


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, OfficialProvince], tuple[OfficialCommune, ...]]:
    from vietnam_provinces import Province, Ward

    provinces: dict[str, OfficialProvince] = {}
    for p in Province.iter_all():
        name = nfc(p.name)
        city = name.startswith("Thành phố ")
        short = name.removeprefix("Thành phố ").removeprefix("Tỉnh ")
        code = f"{int(p.code):02d}"
        provinces[code] = OfficialProvince(code, short, "thành phố" if city else "tỉnh")
    communes = []
    for w in Ward.iter_all():
        kind = KIND_OF_DIVISION[str(w.division_type.value)]
        full = nfc(w.name)
        name = full.removeprefix(PREFIXES[kind])
        province = provinces[f"{int(w.province_code):02d}"]
        code = f"{int(w.code):05d}"
        communes.append(OfficialCommune(code, name, kind, province,
                                        fold(f"{name} {province.name} {code} {full}"), fold(name)))
    communes.sort(key=lambda c: (collation_key(c.name), collation_key(c.province.name)))
    return provinces, tuple(communes)


def provinces() -> list[OfficialProvince]:
    return sorted(_load()[0].values(), key=lambda p: collation_key(p.name))


def communes() -> tuple[OfficialCommune, ...]:
    """Every commune-level unit, in Vietnamese alphabetical order of name, then province."""
    return _load()[1]


@lru_cache(maxsize=1)
def _by_code() -> dict[str, OfficialCommune]:
    return {c.code: c for c in communes()}


def commune_by_code(code: str) -> OfficialCommune | None:
    """The commune whose official code is ``code`` ("15853"; "1585" is not "01585"): None when unknown."""
    code = nfc(code).strip()
    return _by_code().get(code) if code.isascii() and code.isdigit() and len(code) == 5 else None


def search_communes(text: str, limit: int = SEARCH_LIMIT) -> list[OfficialCommune]:
    """Communes whose name, province or code hold every word typed, accents and case optional
    ("dong tien", "Đông Tiến thanh hoa", "15853"): names that begin with what was typed first,
    then names that hold every word, then the rest (a word found in the province's name)."""
    global _last
    folded = fold(text)
    words = folded.split()
    if not words:
        return list(communes()[:limit])
    # Typing on narrows the last answer: what holds every word of "dong ti" held those of "dong t".
    last_text, last_found = _last
    pool = last_found if last_text and folded.startswith(last_text) else communes()
    found = [c for c in pool if all(w in c.folded for w in words)]
    _last = (folded, found)
    head = " ".join(words)
    ranked: tuple[list[OfficialCommune], ...] = ([], [], [])
    for c in found:
        rank = 0 if c.folded_name.startswith(head) else 1 if all(w in c.folded_name for w in words) else 2
        ranked[rank].append(c)
    return (ranked[0] + ranked[1] + ranked[2])[:limit]


_last: tuple[str, list[OfficialCommune]] = ("", [])  # the last search and everything it matched
