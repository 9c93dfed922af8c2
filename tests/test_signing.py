"""Signed certificate records: genuine round trip, any change fails, garbage never raises."""
from __future__ import annotations

import base64
import os
from dataclasses import fields, replace
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from classroom.signing import (
    PREFIX,
    SEP,
    CertificateRecord,
    decode_record,
    encode_readable,
    encode_record,
    key_id,
    key_id_of_text,
    public_key_b64,
)
from printouts.qr import qr_version

RECORD = CertificateRecord("38123-2026-000042", "Nguyễn Thị Hường", 1956, "Sử dụng dịch vụ công trực tuyến",
                           date(2026, 3, 30), "38123", "Đông Sơn")
KEY = Ed25519PrivateKey.generate()


def b32(data: bytes) -> str:
    return base64.b32encode(data).rstrip(b"=").decode()


def unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def test_round_trip_and_scanner_noise() -> None:
    text = encode_record(RECORD, KEY)
    assert qr_version(text) <= 10
    for variant in (text, f"  {text}\r\n", text + "\n", text.lower()):
        record, status = decode_record(variant, [KEY.public_key()])
        assert status == "genuine" and record == RECORD


def test_keys_given_as_mapping_or_base64() -> None:
    text = encode_record(RECORD, KEY)
    assert decode_record(text, {key_id(KEY): KEY.public_key()}).status == "genuine"
    assert decode_record(text, [public_key_b64(KEY)]).status == "genuine"


def test_no_birth_year_and_other_commune_code() -> None:
    record = replace(RECORD, birth_year=None, commune_code="00001")
    assert decode_record(encode_record(record, KEY), [KEY]) == (record, "genuine")


@pytest.mark.parametrize("index", range(8))
def test_every_altered_field_fails(index: int) -> None:
    """Change one field of the signed payload, keep the signature: never genuine."""
    record = replace(RECORD, commune_code="00001")  # so that the code is in the payload too
    text = encode_record(record, KEY)
    payload_b32, signature_b32 = text[len(PREFIX):].split(".")
    parts = unb32(payload_b32).decode().split(SEP)
    original = parts[index]
    parts[index] = {5: "20260331", 3: "1957"}.get(index, original + "x" if index != 2 else "Nguyễn Thị Hương")
    assert parts[index] != original
    forged = f"{PREFIX}{b32(SEP.join(parts).encode())}.{signature_b32}"
    result = decode_record(forged, [KEY.public_key()])
    assert result.status == "not_genuine" and result.record is None
    assert result.reason in ("bad_signature", "unknown_key")


def test_each_record_field_changes_the_signed_text() -> None:
    text = encode_record(RECORD, KEY)
    changes = {"serial": "38123-2026-000043", "holder_name": "Nguyễn Thị Hương", "birth_year": 1957,
               "course_title": "Sử dụng dịch vụ công", "issued_on": date(2026, 3, 31), "commune_code": "38124",
               "commune_name": "Đông Sơn 2"}
    assert set(changes) == {f.name for f in fields(CertificateRecord)}
    for name, value in changes.items():
        other = encode_record(replace(RECORD, **{name: value}), KEY)
        assert other.split(".")[1] != text.split(".")[1], name


def test_signature_of_another_key_fails() -> None:
    other = Ed25519PrivateKey.generate()
    text = encode_record(RECORD, other)
    result = decode_record(text, [KEY.public_key()])
    assert result == (None, "not_genuine") and result.reason == "unknown_key"
    # the same key id but another key's signature
    mine = encode_record(RECORD, KEY)
    forged = f"{PREFIX}{mine.split('.')[1]}.{encode_record(replace(RECORD, serial='X'), KEY).split('.')[2]}"
    assert decode_record(forged, [KEY]).reason == "bad_signature"


@pytest.mark.parametrize(
    "text",
    ["", "   \n", "BDHVS1.", "BDHVS1..", "hello", "BDHVS1.AAAA.BBBB", "x" * 10_000, "BDHVS1." + "A" * 10_000,
     "BDHVS1.!!!.###", "BDHVS1.A.B.C", "\x00\xff", "BDHVS1.MZXW6.MZXW6"],
)
def test_garbage_is_not_genuine(text: str) -> None:
    record, status = decode_record(text, [KEY])
    assert record is None and status == "not_genuine"


def test_truncated_and_random_bytes() -> None:
    text = encode_record(RECORD, KEY)
    for cut in range(0, len(text), 7):
        assert decode_record(text[:cut], [KEY]).status == "not_genuine"
    noise = os.urandom(300).decode("latin-1")
    assert decode_record(noise, [KEY]).status == "not_genuine"


def test_garbage_payload_with_valid_signature_structure() -> None:
    payload = "only\x1ffour\x1ffields\x1fhere".encode()
    sig = KEY.sign(PREFIX.encode() + payload)
    assert decode_record(f"{PREFIX}{b32(payload)}.{b32(sig)}", [KEY]).reason == "bad_payload"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_decode_never_raises(text: str) -> None:
    assert decode_record(text, [KEY]).status == "not_genuine"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ234567.", max_size=400))
def test_decode_never_raises_on_base32ish(tail: str) -> None:
    assert decode_record(PREFIX + tail, [KEY]).status == "not_genuine"


def test_key_id_of_text_names_the_signing_key_or_nothing() -> None:
    other = Ed25519PrivateKey.generate()
    readable, present = encode_readable(RECORD, KEY), encode_record(RECORD, other)
    assert key_id_of_text(readable) == key_id(KEY) != key_id(other) == key_id_of_text(present)
    assert key_id_of_text(readable[:-5]) is None  # a cut code part names no key
    assert key_id_of_text(readable.replace("BDHVS2.", "BDHVS2.7")) is None
    assert key_id_of_text("Chứng nhận Nguyễn Văn A") is None
    assert key_id_of_text(None) is None  # type: ignore[arg-type]


def test_public_key_b64_and_key_id() -> None:
    assert len(base64.urlsafe_b64decode(public_key_b64(KEY) + "=")) == 32
    assert public_key_b64(KEY) == public_key_b64(KEY.public_key())
    assert len(key_id(KEY)) == 11


def test_encode_refuses_what_decode_could_not_read() -> None:
    with pytest.raises(ValueError):
        encode_record(replace(RECORD, birth_year=56), KEY)
    with pytest.raises(ValueError):
        encode_record(replace(RECORD, holder_name="Nguyễn\x1fThị"), KEY)




def test_a_text_differing_only_in_unused_bits_is_refused() -> None:
    """The last base32 character carries unused bits; setting them gives the same bytes but not the printed text."""
    text = encode_record(RECORD, KEY)
    last = text[-1]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    twins = [c for c in alphabet if c != last and base64.b32decode((text.split(".")[2][:-1] + c) + "=" * (
        -len(text.split(".")[2]) % 8)) == base64.b32decode(text.split(".")[2] + "=" * (-len(text.split(".")[2]) % 8))]
    assert twins, "the signature's last character has unused bits"
    assert decode_record(text[:-1] + twins[0], [KEY]).status == "not_genuine"
    assert decode_record(text, [KEY]).status == "genuine"
