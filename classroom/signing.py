"""Certificates anyone can verify offline: an Ed25519-signed record carried by the QR code.

QR text: ``BDHVS1.<payload>.<signature>``, both parts in unpadded base32 (RFC 4648).
Base32 rather than base64: the whole text is then QR *alphanumeric* (5.5 bits a character
instead of 8), which keeps a typical Vietnamese record at version 10 or below at level M,
and it survives scanners that change letter case.

The payload is UTF-8, its fields joined by the unit separator U+001F::

    key_id, serial, holder_name, birth_year, course_title, issued (YYYYMMDD),
    commune_code (empty when it is the serial's first part), commune_name

``key_id`` is the first 8 bytes of SHA-256 of the raw public key, base64url: the verifier
picks the commune's key with it.  The signature covers ``b"BDHVS1." + payload``.

Readable format (new certificates, ``encode_readable``): a Vietnamese line a phone camera shows
as text, a line break, then the key id and the signature::

    Chứng nhận Nguyễn Văn An (sinh 1958) hoàn thành “Sử dụng VNeID”, ngày 23/11/2026 tại Đông Tiến (15883), số 15883-2026-000042
    BDHVS2.<base32 of key id (8 bytes) + signature (64 bytes)>

The signature covers ``b"BDHVS2\n" + key id + the line`` (UTF-8, NFC) exactly: a line that
differs in one character is refused. Any whitespace may separate the two parts (a scanner or a
form may turn the line break into a space); the code part may change letter case.
No Qt and no database here; revocation is the caller's business.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Union

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


PREFIX = "BDHVS1."
PREFIX2 = "BDHVS2."
SIGNED2 = b"BDHVS2\n"
_LINE = re.compile(r"^Chứng nhận (?P<name>.+?)(?: \(sinh (?P<birth>\d{4})\))? hoàn thành “(?P<course>.*)”, "
                   r"ngày (?P<d>\d{2})/(?P<m>\d{2})/(?P<y>\d{4}) tại (?P<commune>.*) \((?P<code>\d{5})\), "
                   r"số (?P<serial>\S+)$")
SEP = "\x1f"
MAX_TEXT = 2000  # far above any real record: longer input is refused before any decoding
GENUINE = "genuine"
NOT_GENUINE = "not_genuine"
_B32 = re.compile(r"^[A-Z2-7]+$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

AnyKey = Union[Ed25519PrivateKey, Ed25519PublicKey]


@dataclass(frozen=True)
class CertificateRecord:
    serial: str  # "38123-2026-000042"
    holder_name: str
    birth_year: int | None
    course_title: str
    issued_on: date
    commune_code: str  # 5 digits (Decision 19/2025/QĐ-TTg)
    commune_name: str


class DecodeResult(tuple):  # type: ignore[type-arg]
    """``(record, status)``, unpackable as a pair, with ``reason`` for the not genuine."""

    reason: str

    def __new__(cls, record: CertificateRecord | None, status: str, reason: str = "") -> DecodeResult:
        self = super().__new__(cls, (record, status))
        self.reason = reason
        return self

    @property
    def record(self) -> CertificateRecord | None:
        return self[0]  # type: ignore[no-any-return]

    @property
    def status(self) -> str:
        return self[1]  # type: ignore[no-any-return]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b32(data: bytes) -> str:
    return base64.b32encode(data).rstrip(b"=").decode("ascii")


def _unb32(text: str) -> bytes:
    if not _B32.match(text) or len(text) % 8 in (1, 3, 6):
        raise ValueError("not base32")
    data = base64.b32decode(text + "=" * (-len(text) % 8))
    if _b32(data) != text:  # unused low bits set: another text for the same bytes is not the printed one
        raise ValueError("not canonical base32")
    return data


def _public(key: AnyKey) -> Ed25519PublicKey:
    return key.public_key() if isinstance(key, Ed25519PrivateKey) else key


def _raw(key: AnyKey) -> bytes:
    return _public(key).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_b64(key: AnyKey) -> str:
    """The raw 32-byte public key, base64url without padding (for export packages)."""
    return _b64url(_raw(key))


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    raw = base64.urlsafe_b64decode(text.strip() + "=" * (-len(text.strip()) % 4))
    return Ed25519PublicKey.from_public_bytes(raw)


def key_id(key: AnyKey) -> str:
    """First 8 bytes of SHA-256 of the raw public key, base64url (11 characters)."""
    return _b64url(hashlib.sha256(_raw(key)).digest()[:8])


def fingerprint(key: AnyKey | str) -> str:
    """A key's fingerprint to read aloud or compare: SHA-256 of the raw public key, its first
    80 bits in base32, four groups of four ("K7QD-3MXA-PL2Z-W4RE"). ``key``: a key or its base64url text."""
    raw = _raw(public_key_from_b64(key) if isinstance(key, str) else key)
    text = _b32(hashlib.sha256(raw).digest()[:10])
    return "-".join(text[i:i + 4] for i in range(0, 16, 4))


def key_id_of_text(text: str) -> str | None:
    """The key id a certificate's QR text names, without checking anything else (None if unreadable)."""
    try:
        readable = _split_readable(text) if isinstance(text, str) and len(text.strip()) <= MAX_TEXT else None
    except (ValueError, binascii.Error):
        return None
    if readable is not None:  # the line itself is not read: only its code part names the key
        return _b64url(readable[1])
    claimed = peek(text)
    return claimed[0] if claimed else None


def peek(text: str) -> tuple[str, CertificateRecord] | None:
    """(key id, record) as the QR text claims them, NOT checked: to say who an unknown issuer claims to be."""
    try:
        if not isinstance(text, str) or len(text.strip()) > MAX_TEXT:
            return None
        readable = _split_readable(text)
        if readable is not None:
            line, kid, _signature = readable
            return _b64url(kid), _parse_line(line)
        text = text.strip().upper()
        if not text.startswith(PREFIX):
            return None
        return _parse(_unb32(text[len(PREFIX):].split(".")[0]))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None


def fingerprint_start(kid: str) -> str:
    """The first three groups of the fingerprint of the key whose id is ``kid`` (all a key id tells)."""
    try:
        raw = base64.urlsafe_b64decode(kid + "=" * (-len(kid) % 4))
    except (ValueError, binascii.Error):
        return ""
    if len(raw) != 8:
        return ""
    text = _b32(raw)[:12]
    return "-".join(text[i:i + 4] for i in range(0, 12, 4))


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def encode_record(record: CertificateRecord, private_key: Ed25519PrivateKey) -> str:
    """The QR text for ``record``, signed with the commune's key."""
    if record.birth_year is not None and not 1000 <= int(record.birth_year) <= 9999:
        raise ValueError("birth year must have four digits")
    serial = _nfc(record.serial)
    code = _nfc(record.commune_code)
    fields = [
        key_id(private_key),
        serial,
        _nfc(record.holder_name),
        "" if record.birth_year is None else str(int(record.birth_year)),
        _nfc(record.course_title),
        record.issued_on.strftime("%Y%m%d"),
        "" if serial.split("-", 1)[0] == code else code,
        _nfc(record.commune_name),
    ]
    for value in fields:
        if _CONTROL.search(value):
            raise ValueError("control character in a certificate field")
    payload = SEP.join(fields).encode("utf-8")
    signature = private_key.sign(PREFIX.encode("ascii") + payload)
    return f"{PREFIX}{_b32(payload)}.{_b32(signature)}"


def readable_line(record: CertificateRecord) -> str:
    """The Vietnamese line of ``record`` (NFC), as the QR carries and a phone shows it."""
    birth = f" (sinh {int(record.birth_year)})" if record.birth_year is not None else ""
    return unicodedata.normalize("NFC", (
        f"Chứng nhận {_nfc(record.holder_name)}{birth} hoàn thành “{_nfc(record.course_title)}”, "
        f"ngày {record.issued_on.strftime('%d/%m/%Y')} tại {_nfc(record.commune_name)} ({_nfc(record.commune_code)}), "
        f"số {_nfc(record.serial)}"))


def _parse_line(line: str) -> CertificateRecord:
    m = _LINE.match(line)
    if m is None:
        raise ValueError("not a certificate line")
    return CertificateRecord(serial=m["serial"], holder_name=m["name"],
                             birth_year=int(m["birth"]) if m["birth"] else None, course_title=m["course"],
                             issued_on=date(int(m["y"]), int(m["m"]), int(m["d"])), commune_code=m["code"],
                             commune_name=m["commune"])


def encode_readable(record: CertificateRecord, private_key: Ed25519PrivateKey) -> str:
    """The QR text for ``record`` in the readable format; the present format (``encode_record``) when the
    fields cannot make a line that reads back the same (a name with a line's own words in it)."""
    if record.birth_year is not None and not 1000 <= int(record.birth_year) <= 9999:
        raise ValueError("birth year must have four digits")
    line = readable_line(record)
    fields = (record.holder_name, record.course_title, record.commune_name, record.serial, record.commune_code)
    if any(_CONTROL.search(_nfc(v)) for v in fields):
        raise ValueError("control character in a certificate field")
    try:
        same = _parse_line(line) == CertificateRecord(
            _nfc(record.serial), _nfc(record.holder_name), record.birth_year, _nfc(record.course_title),
            record.issued_on, _nfc(record.commune_code), _nfc(record.commune_name))
    except ValueError:
        same = False
    if not same:
        return encode_record(record, private_key)
    kid = hashlib.sha256(_raw(private_key)).digest()[:8]
    signature = private_key.sign(SIGNED2 + kid + line.encode("utf-8"))
    return f"{line}\n{PREFIX2}{_b32(kid + signature)}"


def _split_readable(text: str) -> tuple[str, bytes, bytes] | None:
    """(line, key id, signature) of a text in the readable format, None when it is not one;
    ValueError when it says it is one but its code part is broken."""
    stripped = text.strip()
    at = stripped.upper().rfind(PREFIX2)
    if at <= 0 or not stripped[at - 1].isspace():
        return None
    code = stripped[at + len(PREFIX2):].upper()
    raw = _unb32(code)
    if len(raw) != 72:
        raise ValueError("code length")
    return unicodedata.normalize("NFC", stripped[:at].rstrip()), raw[:8], raw[8:]


def looks_like_certificate(text: str) -> bool:
    """A QR text in either format (to pick the certificate's code among those a photo holds)."""
    stripped = text.strip().upper()
    return stripped.startswith(PREFIX) or PREFIX2 in stripped


def canonical_text(text: str) -> str:
    """What a verifier reads from ``text``: texts with the same canonical form verify alike."""
    try:
        readable = _split_readable(text)
    except (ValueError, binascii.Error):
        readable = None
    if readable is not None:
        line, kid, signature = readable
        return f"{line}\n{PREFIX2}{_b32(kid + signature)}"
    return text.strip().upper()


def _decode_readable(readable: tuple[str, bytes, bytes],
                     public_keys: Mapping[str, AnyKey] | Iterable[AnyKey | str]) -> DecodeResult:
    line, kid, signature = readable
    try:
        record = _parse_line(line)
    except ValueError:
        return DecodeResult(None, NOT_GENUINE, "bad_payload")
    key = _key_table(public_keys).get(_b64url(kid))
    if key is None:
        return DecodeResult(None, NOT_GENUINE, "unknown_key")
    try:
        key.verify(signature, SIGNED2 + kid + line.encode("utf-8"))
    except InvalidSignature:
        return DecodeResult(None, NOT_GENUINE, "bad_signature")
    return DecodeResult(record, GENUINE)


def _key_table(public_keys: Mapping[str, AnyKey] | Iterable[AnyKey | str]) -> dict[str, Ed25519PublicKey]:
    table: dict[str, Ed25519PublicKey] = {}
    items = public_keys.values() if isinstance(public_keys, Mapping) else public_keys
    for item in items:
        key = public_key_from_b64(item) if isinstance(item, str) else _public(item)
        table[key_id(key)] = key
    return table


def _parse(payload: bytes) -> tuple[str, CertificateRecord]:
    fields = payload.decode("utf-8").split(SEP)
    if len(fields) != 8:
        raise ValueError("field count")
    kid, serial, name, birth, course, issued, code, commune = fields
    if not code:
        code = serial.split("-", 1)[0]
    if birth and not (birth.isascii() and birth.isdigit() and len(birth) == 4):
        raise ValueError("birth year")
    if not (issued.isascii() and issued.isdigit() and len(issued) == 8):
        raise ValueError("date")
    record = CertificateRecord(
        serial=serial,
        holder_name=name,
        birth_year=int(birth) if birth else None,
        course_title=course,
        issued_on=date(int(issued[:4]), int(issued[4:6]), int(issued[6:])),
        commune_code=code,
        commune_name=commune,
    )
    return kid, record


def decode_record(
    text: str, public_keys: Mapping[str, AnyKey] | Iterable[AnyKey | str]
) -> DecodeResult:
    """Check the QR text of a certificate; never raises on what a scanner or a person types.

    Returns ``(record, "genuine")``, or ``(None, "not_genuine")`` with ``.reason`` one of
    ``empty, too_long, bad_prefix, bad_format, bad_encoding, bad_payload, unknown_key,
    bad_signature``.  ``public_keys``: key id -> key, or keys (objects or base64url text).
    """
    try:
        if not isinstance(text, str):
            return DecodeResult(None, NOT_GENUINE, "bad_format")
        text = text.strip()
        if not text:
            return DecodeResult(None, NOT_GENUINE, "empty")
        if len(text) > MAX_TEXT:
            return DecodeResult(None, NOT_GENUINE, "too_long")
        try:
            readable = _split_readable(text)
        except (ValueError, binascii.Error):
            return DecodeResult(None, NOT_GENUINE, "bad_encoding")
        if readable is not None:
            return _decode_readable(readable, public_keys)
        text = text.upper()
        if not text.startswith(PREFIX):
            return DecodeResult(None, NOT_GENUINE, "bad_prefix")
        parts = text[len(PREFIX):].split(".")
        if len(parts) != 2:
            return DecodeResult(None, NOT_GENUINE, "bad_format")
        try:
            payload, signature = _unb32(parts[0]), _unb32(parts[1])
        except (ValueError, binascii.Error):
            return DecodeResult(None, NOT_GENUINE, "bad_encoding")
        if len(signature) != 64:
            return DecodeResult(None, NOT_GENUINE, "bad_encoding")
        try:
            kid, record = _parse(payload)
        except (ValueError, UnicodeDecodeError):
            return DecodeResult(None, NOT_GENUINE, "bad_payload")
        key = _key_table(public_keys).get(kid)
        if key is None:
            return DecodeResult(None, NOT_GENUINE, "unknown_key")
        try:
            key.verify(signature, PREFIX.encode("ascii") + payload)
        except InvalidSignature:
            return DecodeResult(None, NOT_GENUINE, "bad_signature")
        return DecodeResult(record, GENUINE)
    except Exception:  # noqa: BLE001 - a verifier must answer, whatever it is fed
        return DecodeResult(None, NOT_GENUINE, "bad_format")
