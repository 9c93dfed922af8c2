"""The password's keys, attacked (issue 14, items 4 and 5).

- A new password makes new sealing keys: whoever keeps the old password and an old sealed file
  cannot open a backup made after the change.
- The signing key is wrapped with scrypt (the parameters sealed files use), not PBKDF2 at 2,048
  iterations; a key wrapped the old way is rewrapped on the next unlock.
"""
from __future__ import annotations

import base64
import json
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from classroom import keys
from classroom import password as pw
from classroom import sealed
from classroom.backup import backup_to, check_backup
from classroom.errors import Refused
from models import Setting
from models.db import Database

OLD, NEW = "Mật khẩu cũ của xã 2026", "Mật khẩu mới của xã 2027"


@pytest.fixture
def protected(demo_db: Database) -> Iterator[Database]:
    with demo_db.transaction() as s:
        pw.set_password(s, OLD, actor="Cán bộ Lan")
    keys._unlocked.clear()
    yield demo_db
    keys._unlocked.clear()


def _header(path: Path) -> dict[str, str]:
    with path.open("rb") as fh:
        h, _ = sealed._read_header(fh, str(path))
    return h


def _open_with(private: X25519PrivateKey, path: Path) -> bytes:
    """What an attacker does with a sealing private key: the first chunk of a sealed file."""
    with path.open("rb") as fh:
        h, header = sealed._read_header(fh, str(path))
        first = fh.read(int(h["chunk"]) + 16)
        last = not fh.read(1)
    shared = private.exchange(X25519PublicKey.from_public_bytes(base64.b64decode(h["ephemeral"])))
    nonce = base64.b64decode(h["prefix"]) + struct.pack(">IB", 0, 1 if last else 0)
    return AESGCM(sealed._content_key(shared)).decrypt(nonce, first, header)


def test_a_backup_made_after_a_change_does_not_open_with_the_old_password(protected: Database,
                                                                         tmp_path: Path) -> None:
    before = backup_to(protected, tmp_path / "truoc.sqlite3")
    with protected.transaction() as s:
        pw.change_password(s, OLD, NEW, actor="Cán bộ Lan")
    after = backup_to(protected, tmp_path / "sau.sqlite3")
    # the old file still opens with the old password; the new one only with the new
    assert check_backup(before, OLD).participants == 150
    assert check_backup(after, NEW).participants == 150
    with pytest.raises(Refused) as refused:
        check_backup(after, OLD)
    assert refused.value.code == "wrong_password"
    # the attack: the old sealing key, taken from an old file with the old password, opens nothing new
    old_private = X25519PrivateKey.from_private_bytes(sealed.unwrap(_header(before)["wrapped"], OLD))
    assert _open_with(old_private, before).startswith(b"SQLite format 3")
    with pytest.raises(InvalidTag):
        _open_with(old_private, after)
    assert sealed.sealing_of(after, NEW).public != sealed.sealing_of(before, OLD).public


def test_a_wrong_old_password_changes_nothing(protected: Database) -> None:
    with protected.sessions() as s:
        kept = {k: s.get(Setting, k).value for k in (pw.SEALING_PUBLIC, pw.SEALING_WRAPPED, keys.KEY_SETTING)}
    with pytest.raises(Refused):
        with protected.transaction() as s:
            pw.change_password(s, "không phải mật khẩu", NEW, actor="x")
    with protected.sessions() as s:
        assert {k: s.get(Setting, k).value for k in kept} == kept


def _wrapped(value: str) -> dict[str, object]:
    lines = value.strip().splitlines()
    assert lines[0] == keys.SCRYPT_BEGIN and lines[-1] == keys.SCRYPT_END
    return json.loads(base64.b64decode("".join(lines[1:-1])))


def test_the_signing_key_is_wrapped_with_scrypt(protected: Database) -> None:
    with protected.sessions() as s:
        stored = s.get(Setting, keys.KEY_SETTING).value
    w = _wrapped(stored)
    assert (w["kdf"], w["n"], w["r"], w["p"]) == ("scrypt", sealed.SCRYPT_N, sealed.SCRYPT_R, sealed.SCRYPT_P)
    with protected.sessions() as s:
        assert keys.is_locked(s)
        with pytest.raises(Refused) as wrong:
            keys.unlock(s, "sai mật khẩu")
        assert wrong.value.code == "wrong_password"
        keys.unlock(s, OLD)
        assert not keys.is_locked(s)


def test_a_key_wrapped_the_old_way_is_rewrapped_on_the_next_unlock(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        pw.set_password(s, OLD, actor="Cán bộ Lan")
        key = keys.signing_key(s)
        legacy = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.BestAvailableEncryption(keys.normal_password(OLD))).decode("ascii")
        s.get(Setting, keys.KEY_SETTING).value = legacy  # as the versions before stored it (PBKDF2, 2,048 rounds)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    keys._unlocked.clear()
    try:
        with demo_db.sessions() as s:
            with pytest.raises(Refused):
                keys.unlock(s, "sai mật khẩu")
        with demo_db.transaction() as s:
            unlocked = keys.unlock(s, OLD)
        assert unlocked.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                      serialization.NoEncryption()) == raw
        with demo_db.sessions() as s:
            stored = s.get(Setting, keys.KEY_SETTING).value
        assert stored != legacy and _wrapped(stored)["kdf"] == "scrypt"
        keys._unlocked.clear()
        with demo_db.sessions() as s:
            again = keys.unlock(s, OLD)  # the upgraded key opens with the same password, and is the same key
            assert isinstance(again, Ed25519PrivateKey)
            again.public_key().verify(again.sign(b"x"), b"x")
            assert keys.public_signing_key(s).public_bytes_raw() == key.public_key().public_bytes_raw()
    finally:
        keys._unlocked.clear()
