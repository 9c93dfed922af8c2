"""Files sealed with the commune's password: backups and instructors' files, when a password is set.

Writing needs no password: a file is sealed to the commune's public X25519 key (kept in the
settings), so automatic backups are sealed while nobody is at the keyboard. Reading needs it:
the matching private key travels in the file's header wrapped with a key derived from the
password (scrypt), so a file opens anywhere, on the instructor's laptop or a new office PC,
for whoever knows the password, and for nobody else.

Layout: ``MAGIC``, the header's length (4 bytes, big-endian), the header (JSON), then the
content in chunks of ``CHUNK`` bytes, each sealed with AES-256-GCM under a key from the X25519
exchange (HKDF-SHA256); the header is authenticated with every chunk, and the last chunk says
it is the last, so a file cut short or altered anywhere is refused.
"""
from __future__ import annotations

import base64
import json
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from models.db import PARTIAL_PREFIX, PRIVATE_FILE_MODE

from .errors import Refused
from .keys import normal_password

MAGIC = b"BDHVS-SEALED\x00\x01"
CHUNK = 1 << 20
MAX_HEADER = 64 * 1024
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 15, 8, 1  # about 0.1 s and 32 MB a try: guessing is slow
_INFO = b"bdhvs sealed file 1"

#: Codes raised (``Refused``), params ``path``: ``password_needed``, ``wrong_password``, ``sealed_damaged``.
CODES = ("password_needed", "wrong_password", "sealed_damaged")


@dataclass(frozen=True)
class SealingKey:
    """What sealing a file needs: the public key, and the private key wrapped with the password."""

    public: bytes  # X25519, raw
    wrapped: str  # ``wrap`` of the raw private key


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(normal_password(password))


def wrap(secret: bytes, password: str) -> str:
    """``secret`` encrypted with a key derived from ``password`` (scrypt, AES-256-GCM), as text."""
    salt, nonce = os.urandom(16), os.urandom(12)
    sealed = AESGCM(_kek(password, salt)).encrypt(nonce, secret, b"wrap")
    return json.dumps({"kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
                       "nonce": _b64(nonce), "sealed": _b64(sealed)}, sort_keys=True)


def unwrap(wrapped: str, password: str, path: str = "") -> bytes:
    """The secret ``wrap`` sealed; ``Refused("wrong_password")`` when the password is not the one."""
    try:
        w = json.loads(wrapped)
        n, r, p = int(w["n"]), int(w["r"]), int(w["p"])
        if not (2 ** 10 <= n <= 2 ** 20 and 1 <= r <= 16 and 1 <= p <= 4):  # a header cannot ask for a day's work
            raise ValueError("scrypt parameters")
        kek = _kek(password, _unb64(w["salt"]), n, r, p)
        return AESGCM(kek).decrypt(_unb64(w["nonce"]), _unb64(w["sealed"]), b"wrap")
    except InvalidTag:
        raise Refused("wrong_password", path=path) from None
    except (ValueError, KeyError, TypeError):
        raise Refused("sealed_damaged", path=path) from None


def new_sealing_key(password: str) -> SealingKey:
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return SealingKey(public, wrap(raw, password))


def _content_key(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", counter, 1 if last else 0)


def is_sealed(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def seal_file(source: BinaryIO, target: BinaryIO, key: SealingKey) -> None:
    """Write ``source``'s bytes sealed to ``key`` into ``target``."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(key.public))
    prefix = os.urandom(7)
    header = json.dumps({"v": 1, "ephemeral": _b64(ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)), "wrapped": key.wrapped,
        "prefix": _b64(prefix), "chunk": CHUNK}, sort_keys=True).encode()
    aead = AESGCM(_content_key(shared))
    target.write(MAGIC + struct.pack(">I", len(header)) + header)
    counter, chunk = 0, source.read(CHUNK)
    while True:
        following = source.read(CHUNK)
        last = not following
        target.write(aead.encrypt(_nonce(prefix, counter, last), chunk, header))
        if last:
            return
        counter, chunk = counter + 1, following


def _read_header(source: BinaryIO, path: str) -> tuple[dict[str, Any], bytes]:
    if source.read(len(MAGIC)) != MAGIC:
        raise Refused("sealed_damaged", path=path)
    try:
        (length,) = struct.unpack(">I", source.read(4))
        if length > MAX_HEADER:
            raise ValueError("header size")
        header = source.read(length)
        h = json.loads(header)
        if not isinstance(h, dict) or h.get("v") != 1 or not isinstance(h.get("wrapped"), str):
            raise ValueError("header")
        return h, header
    except (struct.error, ValueError, KeyError, TypeError):
        raise Refused("sealed_damaged", path=path) from None


def _open_header(source: BinaryIO, password: str | None, path: str) -> tuple[AESGCM, bytes, bytes, int]:
    h, header = _read_header(source, path)
    try:
        ephemeral = X25519PublicKey.from_public_bytes(_unb64(h["ephemeral"]))
        prefix, chunk = _unb64(h["prefix"]), int(h["chunk"])
        if len(prefix) != 7 or not 1 <= chunk <= 16 * CHUNK:
            raise ValueError("header")
    except (ValueError, KeyError, TypeError):
        raise Refused("sealed_damaged", path=path) from None
    if password is None:
        raise Refused("password_needed", path=path)
    private = X25519PrivateKey.from_private_bytes(unwrap(h["wrapped"], password, path))
    return AESGCM(_content_key(private.exchange(ephemeral))), header, prefix, chunk


def open_file(source: BinaryIO, password: str | None, path: str = "") -> Iterator[bytes]:
    """The content of a sealed file, chunk by chunk; ``Refused`` with a code from :data:`CODES`."""
    aead, header, prefix, chunk = _open_header(source, password, path)
    sealed_chunk = chunk + 16
    counter, block = 0, source.read(sealed_chunk)
    while True:
        following = source.read(sealed_chunk)
        last = not following
        try:
            yield aead.decrypt(_nonce(prefix, counter, last), block, header)
        except InvalidTag:
            raise Refused("sealed_damaged", path=path) from None
        if last:
            return
        counter, block = counter + 1, following


def sealing_of(path: Path, password: str) -> SealingKey:
    """The key a sealed file was sealed with (to write it back sealed the same way)."""
    with Path(path).open("rb") as fh:
        h, _ = _read_header(fh, str(path))
    raw = unwrap(h["wrapped"], password, str(path))
    try:
        private = X25519PrivateKey.from_private_bytes(raw)
    except ValueError:
        raise Refused("sealed_damaged", path=str(path)) from None
    return SealingKey(private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw),
                      h["wrapped"])


def write_sealed(path: Path, data: bytes | BinaryIO, key: SealingKey) -> None:
    """Write ``data`` sealed to ``path`` atomically, readable by the user alone."""
    path = Path(path)
    tmp = path.with_name(PARTIAL_PREFIX + path.name)
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE_MODE)
    if hasattr(os, "fchmod"):
        os.fchmod(fd, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            seal_file(BytesIO(data) if isinstance(data, bytes) else data, out, key)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def read_sealed(path: Path, password: str | None, limit: int) -> bytes:
    """The content of a sealed file, at most ``limit`` bytes (more is ``sealed_damaged``)."""
    out = bytearray()
    with Path(path).open("rb") as fh:
        for block in open_file(fh, password, str(path)):
            out += block
            if len(out) > limit:
                raise Refused("sealed_damaged", path=str(path))
    return bytes(out)
