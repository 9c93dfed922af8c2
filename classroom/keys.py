"""The commune's certificate signing key, kept inside the database.

Inside the database rather than beside it: a backup then carries it (the database file
and its backups are readable by the user alone), every PC of a shared PostgreSQL office
signs with the same key, and restoring a backup restores the key that signed the
certificates already issued. The key is created on first use.
"""
from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Setting

from .signing import key_id, public_key_b64, public_key_from_b64

KEY_SETTING = "signing_key"
TRUSTED_SETTING = "trusted_public_keys"  # other communes' keys, one base64url key a line


def signing_key(session: Session) -> Ed25519PrivateKey:
    """The commune's private key, made (and stored in the caller's transaction) on first use."""
    row = session.get(Setting, KEY_SETTING)
    if row is None:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        session.add(Setting(key=KEY_SETTING, value=pem.decode("ascii")))
        session.flush()
        return key
    loaded = serialization.load_pem_private_key(row.value.encode("ascii"), password=None)
    assert isinstance(loaded, Ed25519PrivateKey)
    return loaded


def own_public_key(session: Session) -> str:
    return public_key_b64(signing_key(session))


def verification_keys(session: Session) -> dict[str, object]:
    """Every public key this database trusts, by key id: its own and those it was given."""
    keys = {key_id(k): k for k in [signing_key(session).public_key()]}
    trusted = session.scalar(select(Setting.value).where(Setting.key == TRUSTED_SETTING)) or ""
    for line in trusted.split():
        public = public_key_from_b64(line)
        keys[key_id(public)] = public
    return keys
