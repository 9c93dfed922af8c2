"""Vietnamese text rules: normalisation, search folding, name parts and collation.

Everything here is pure (no Qt, no database, no sentences for people).

* :func:`nfc` cleans every piece of text that comes in (keyboard, Excel, CSV): Unikey and
  Windows produce decomposed text or "base letter + combining tone mark" mixtures that look
  identical to composed text but compare unequal.
* :func:`fold` is the accent-insensitive search key ("Nguyễn Văn An" -> "nguyen van an").
* :func:`split_name` splits a full name into family, middle and given name.
* :func:`collation_key` and :func:`name_sort_key` give ``bytes`` sort keys in the Vietnamese
  alphabet order (letters first, tones second, case last); comparing the keys as bytes (Python,
  SQLite BLOB, PostgreSQL ``bytea``) gives the same order.
"""
from __future__ import annotations

import unicodedata

__all__ = [
    "nfc",
    "has_direction_controls",
    "BIDI_CONTROLS",
    "fold",
    "split_name",
    "collation_key",
    "name_sort_key",
    "ALPHABET",
    "TONE_MARKS",
]

# Invisible characters removed outright (zero-width space/non-joiner/joiner, word joiner,
# byte order mark, soft hyphen: all turn up in text pasted from web pages and Word).
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
#: Bidirectional controls: embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), the
#: left-to-right, right-to-left and Arabic letter marks. Invisible, they make "Thôn ‮gnôĐ" show as
#: "Thôn Đông" and a list sort or search other than it reads: never kept (``nfc``), and refused in names
#: (``classroom.validation.direction_problem``).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def has_direction_controls(s: str | None) -> bool:
    """True when ``s`` holds a bidirectional control (``BIDI_CONTROLS``)."""
    return bool(s) and any(ch in BIDI_CONTROLS for ch in s)  # type: ignore[union-attr]


def _collapse(s: str) -> str:
    """Strip and collapse runs of (Unicode) whitespace to one ASCII space."""
    return " ".join(s.split())


def nfc(s: str, *, keep_direction: bool = False) -> str:
    """Clean one piece of input text.

    Whitespace of any kind (tabs, NBSP, line breaks ...) becomes a space; zero-width and
    other invisible characters, bidirectional controls (``BIDI_CONTROLS``: names are refused
    for them before they get here; ``keep_direction`` keeps them for such a check to see, as the
    import's cells do) and C0/C1 control characters are removed; the result is put in
    Unicode NFC, stripped, and internal runs of whitespace are collapsed to one space.

    NFC reorders combining marks canonically before composing, so "e + U+0302 + U+0323" and
    "e + U+0323 + U+0302" (and "ê + U+0323", the Windows-1258 style) all become "ệ" (U+1EC7).
    """
    if not s:
        return ""
    out = []
    for ch in s:
        if ch.isspace():
            out.append(" ")
        elif ch in _INVISIBLE or (ch in BIDI_CONTROLS and not keep_direction) or unicodedata.category(ch) == "Cc":
            continue
        else:
            out.append(ch)
    return _collapse(unicodedata.normalize("NFC", "".join(out)))


def fold(s: str) -> str:
    """Accent- and case-insensitive search key.

    :func:`nfc`, then NFD, case folding, drop the combining marks U+0300-U+036F, map đ to d
    and collapse whitespace: "Nguyễn Văn An" -> "nguyen van an", "hòa"/"hoà" -> "hoa",
    "Đặng" -> "dang".  Idempotent.
    """
    s = unicodedata.normalize("NFD", nfc(s)).casefold()
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if not 0x0300 <= ord(ch) <= 0x036F)
    s = s.replace("đ", "d").replace("Đ", "d")
    return _collapse(s)


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split a full name into ``(family, middle, given)``.

    First word family name, last word given name, the words between the middle name(s).
    One word: given name only; two words: family and given; empty: three empty strings.
    """
    words = nfc(full_name).split(" ")
    words = [w for w in words if w]
    if not words:
        return ("", "", "")
    if len(words) == 1:
        return ("", "", words[0])
    return (words[0], " ".join(words[1:-1]), words[-1])


# --------------------------------------------------------------------------------------------
# Collation
# --------------------------------------------------------------------------------------------

#: The Vietnamese alphabet, in order.
ALPHABET = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split()

#: Tone marks in CLDR order (after "no tone"): huyền, hỏi, ngã, sắc, nặng.
TONE_MARKS = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")

# Separators (below every other byte used in a given section).
_END_LETTERS = 0x01  # end of a component's letters
_END_COMPONENT = 0x02  # end of a component's tones
_WORD = 0x03  # between words, in the letter and in the tone sections
_TONE_BASE = 0x04  # tone codes 0x04 (none) .. 0x09 (nặng)
_CASE_LOWER, _CASE_UPPER = 0x02, 0x03  # tertiary codes; the tertiary part ends with 0x01
_OTHER = 0xFE  # lead byte of "any other character", followed by 3 bytes of its code point

# Primary letter codes.  Digits before letters; letters outside the Vietnamese alphabet
# slotted where a reader expects them (f after the e-group, j after i, w after v, z last).
_ORDER = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
_ORDER += ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
           "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]
_PRIMARY = {ch: 0x10 + i for i, ch in enumerate(_ORDER)}
assert max(_PRIMARY.values()) < _OTHER

_TONE_CODE = {m: _TONE_BASE + 1 + i for i, m in enumerate(TONE_MARKS)}
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
# (base letter, modifying mark) -> letter of the alphabet
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
# Word separators: whitespace (after nfc only the space) and hyphens/dashes.
_SEPARATORS = frozenset(" -\u2010\u2011\u2012\u2013\u2014")
# Ignored at the letter and tone levels (they still break ties at the very end).
_IGNORABLE = frozenset("'\u2019\u02bc\u2018`")


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch).startswith("M")


def _component(text: str) -> tuple[bytes, list[int]]:
    """Encode one component (already NFC): letters + 0x01 + tones + 0x02, and its case codes."""
    letters = bytearray()
    tones = bytearray()
    cases: list[int] = []
    words: list[str] = []
    cur: list[str] = []
    for ch in text:
        if ch in _SEPARATORS:
            if cur:
                words.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    if cur:
        words.append("".join(cur))

    for w_index, word in enumerate(words):
        if w_index:
            letters.append(_WORD)
            tones.append(_WORD)
        # Group the decomposed word into (base, marks) elements.
        elements: list[tuple[str, list[str]]] = []
        word_tones: list[int] = []
        for ch in unicodedata.normalize("NFD", word):
            if _is_mark(ch):
                if ch in _TONE_CODE:
                    word_tones.append(_TONE_CODE[ch])
                elif elements:
                    elements[-1][1].append(ch)
                continue
            if ch in _IGNORABLE:
                continue
            elements.append((ch, []))
        for base, marks in elements:
            low = base.lower()
            if len(low) != 1:
                low = base
            cases.append(_CASE_UPPER if low != base else _CASE_LOWER)
            for m in marks:
                if (low, m) in _MODIFIED:
                    low = _MODIFIED[(low, m)]
                    break
            code = _PRIMARY.get(low)
            if code is not None:
                letters.append(code)
            else:
                letters.append(_OTHER)
                letters += ord(low).to_bytes(3, "big")
        tones += bytes(word_tones) if word_tones else bytes([_TONE_BASE])
    return bytes(letters) + bytes([_END_LETTERS]) + bytes(tones) + bytes([_END_COMPONENT]), cases


def _key(components: list[str], whole: str) -> bytes:
    parts = []
    cases: list[int] = []
    for comp in components:
        enc, c = _component(comp)
        parts.append(enc)
        cases += c
    return b"".join(parts) + bytes(cases) + b"\x01" + whole.encode("utf-8")


def collation_key(s: str) -> bytes:
    """Vietnamese sort key for one string (a word or several), as ``bytes``.

    Encoding (compare as bytes; see :func:`name_sort_key` for names)::

        letters  : one byte per letter (digits 0x10-0x19, a=0x1A, ă, â, b ... y, z=0x3A,
                   any other character 0xFE + 3 bytes of its code point), 0x03 between words
        0x01     : end of letters   (so a prefix sorts first: "an" < "anh")
        tones    : one byte per word: 0x04 none, 0x05 huyền, 0x06 hỏi, 0x07 ngã, 0x08 sắc,
                   0x09 nặng (several bytes if a word carries several tone marks), 0x03 between
        0x02     : end of component
        cases    : one byte per letter, 0x02 lower, 0x03 upper  (case is the last tie-break)
        0x01     : end of cases
        UTF-8    : the NFC text itself, so only identical texts get identical keys

    Words are separated by spaces and hyphens; apostrophes are ignored except in the final
    tie-break.  Tones are per word (syllable), so "hòa" and "hoà" differ only in the tail.
    The input goes through :func:`nfc` first, so NFD and NFC input give the same key.
    """
    s = nfc(s)
    return _key([s], s)


def name_sort_key(full_name: str) -> bytes:
    """Roster sort key for a full name: given name, then middle name(s), then family name.

    The same encoding as :func:`collation_key` with three components, given + middle + family,
    each fully encoded (letters 0x01 tones 0x02) before the next, then the case codes of all
    three and the UTF-8 of the whole NFC name.  Each component is compared fully (letters,
    then tones) before the next one counts; an empty middle name sorts before any middle name;
    a given name that is a prefix of another sorts first whatever the other components.
    """
    s = nfc(full_name)
    family, middle, given = split_name(s)
    return _key([given, middle, family], s)
