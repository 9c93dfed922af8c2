"""The commune's certificate signing key, kept inside the database.

Inside the database rather than beside it: a backup then carries it (the database file
and its backups are readable by the user alone), every PC of a shared PostgreSQL office
signs with the same key, and restoring a backup restores the key that signed the
certificates already issued. The key is created on first use.

With a password set (``classroom.password``) the key is stored encrypted, wrapped with a key
derived from the password by scrypt with the parameters of sealed files (``classroom.sealed.wrap``:
memory-hard, so guessing is slow), between ``SCRYPT_BEGIN`` and ``SCRYPT_END`` lines; keys stored by
earlier versions as PKCS#8 PEM (PBKDF2-SHA256, 2,048 rounds) still open, and are wrapped again with
scrypt when next unlocked. Its public half is kept beside it, so verifying needs no password;
signing needs the key unlocked once in the running program (``unlock``), else
``Refused("signing_key_locked")``.
"""
from __future__ import annotations

import base64
import unicodedata

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Setting

from .errors import Refused
from .signing import key_id, public_key_b64, public_key_from_b64

KEY_SETTING = "signing_key"
PUBLIC_SETTING = "signing_public_key"  # base64url; written when the key is stored encrypted
TRUSTED_SETTING = "trusted_public_keys"  # other communes' keys, one base64url key a line

SCRYPT_BEGIN = "-----BEGIN ENCRYPTED CLASSROOM SIGNING KEY-----"  # "ENCRYPTED" as in PEM: ``_is_encrypted``
SCRYPT_END = "-----END ENCRYPTED CLASSROOM SIGNING KEY-----"

#: Keys unlocked in this program, by their encrypted PEM (a restored backup's key is another PEM).
_unlocked: dict[str, Ed25519PrivateKey] = {}


def normal_password(password: str) -> bytes:
    """Unikey may type a password's letters composed or not: both are the same password."""
    return unicodedata.normalize("NFC", password).encode("utf-8")


def _is_encrypted(pem: str) -> bool:
    return pem.lstrip().startswith("-----BEGIN ENCRYPTED")


def _is_legacy(pem: str) -> bool:
    """A key encrypted by an earlier version (PKCS#8, PBKDF2): rewrapped with scrypt when next unlocked."""
    return _is_encrypted(pem) and not pem.lstrip().startswith(SCRYPT_BEGIN)


def _wrap(key: Ed25519PrivateKey, password: str) -> str:
    from .sealed import wrap  # sealed needs normal_password from here

    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    body = base64.b64encode(wrap(raw, password).encode("ascii")).decode("ascii")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "\n".join([SCRYPT_BEGIN, *lines, SCRYPT_END]) + "\n"


def _unwrap(pem: str, password: str) -> Ed25519PrivateKey:
    from .sealed import unwrap

    lines = pem.strip().splitlines()
    try:
        wrapped = base64.b64decode("".join(lines[1:-1]), validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        raise Refused("wrong_password") from None
    try:
        return Ed25519PrivateKey.from_private_bytes(unwrap(wrapped, password))
    except (Refused, ValueError):  # a wrong password, or a value no password opens
        raise Refused("wrong_password") from None


def _load(pem: str, password: str | None) -> Ed25519PrivateKey:
    if password and pem.lstrip().startswith(SCRYPT_BEGIN):
        return _unwrap(pem, password)
    try:
        loaded = serialization.load_pem_private_key(pem.encode("ascii"),
                                                    password=normal_password(password) if password else None)
    except (ValueError, TypeError):  # a wrong password (or none where one is needed)
        raise Refused("wrong_password") from None
    assert isinstance(loaded, Ed25519PrivateKey)
    return loaded


def store_signing_key(session: Session, key: Ed25519PrivateKey, password: str | None) -> None:
    """Keep ``key``, encrypted with ``password`` when one is given, in the caller's transaction."""
    pem = _wrap(key, password) if password else key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode("ascii")
    for name, value in ((KEY_SETTING, pem), (PUBLIC_SETTING, public_key_b64(key))):
        row = session.get(Setting, name) or Setting(key=name)
        row.value = value
        session.add(row)
    if password:
        _unlocked[pem] = key
    session.flush()


def signing_key(session: Session) -> Ed25519PrivateKey:
    """The commune's private key, made (and stored in the caller's transaction) on first use."""
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        key = Ed25519PrivateKey.generate()
        store_signing_key(session, key, None)
        return key
    if _is_encrypted(row.value):
        unlocked = _unlocked.get(row.value)
        if unlocked is None:
            raise Refused("signing_key_locked")
        return unlocked
    return _load(row.value, None)


def is_locked(session: Session) -> bool:
    """True when signing needs the password first."""
    row = session.get(Setting, KEY_SETTING)
    return row is not None and _is_encrypted(row.value) and row.value not in _unlocked


def unlock(session: Session, password: str) -> Ed25519PrivateKey:
    """Open the encrypted key with ``password`` for the rest of this run; ``Refused("wrong_password")``.

    A key an earlier version wrapped with PBKDF2 is wrapped again with scrypt in the caller's session
    (kept when the caller commits; the command line and the window unlock in a transaction).
    """
    row = session.get(Setting, KEY_SETTING)
    if row is None or not _is_encrypted(row.value):
        return signing_key(session)
    legacy = row.value
    key = _load(legacy, password)
    _unlocked[legacy] = key
    if _is_legacy(legacy):
        store_signing_key(session, key, password)
    return key


def public_signing_key(session: Session) -> Ed25519PublicKey:
    """The public half, which needs no password."""
    row = session.get(Setting, KEY_SETTING)
    if row is not None and _is_encrypted(row.value):
        public = session.get(Setting, PUBLIC_SETTING)
        if public is not None:
            return public_key_from_b64(public.value)
    return signing_key(session).public_key()


def existing_public_key(session: Session) -> Ed25519PublicKey | None:
    """The public half of this database's own key, or None when it has none (and none is made)."""
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        return None
    if _is_encrypted(row.value):
        public = session.get(Setting, PUBLIC_SETTING)
        if public is not None:
            return public_key_from_b64(public.value)
        unlocked = _unlocked.get(row.value)
        return unlocked.public_key() if unlocked is not None else None
    return _load(row.value, None).public_key()


def verification_keys(session: Session) -> dict[str, object]:
    """Every public key this database trusts, by key id: its own and those it was given."""
    keys: dict[str, object] = {key_id(k): k for k in [public_signing_key(session)]}
    trusted = session.scalar(select(Setting.value).where(Setting.key == TRUSTED_SETTING)) or ""
    for line in trusted.split():
        public = public_key_from_b64(line)
        keys[key_id(public)] = public
    return keys
