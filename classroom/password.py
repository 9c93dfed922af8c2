"""The optional password of a commune's data (off by default).

When set, it encrypts the certificate signing key (``classroom.keys``), and the backups and
instructors' files are sealed with it (``classroom.sealed``): a stolen laptop's backups on a
USB stick, or a class file lost on the way, give nobody the commune's key or its people. The
database file itself stays readable by the user alone, not encrypted: the program must open
it at every start, and a forgotten password must never lock the commune out of its records.

Refusals (``Refused``): ``password_too_short`` (params: min), ``password_already_set``,
``no_password``, ``wrong_password``.
"""
from __future__ import annotations

import base64

from sqlalchemy.orm import Session

from models import Setting

from . import audit
from .errors import Refused
from .keys import is_locked, signing_key, store_signing_key, unlock
from .sealed import SealingKey, new_sealing_key, unwrap

MIN_LENGTH = 8
SEALING_PUBLIC = "sealing_public_key"  # base64, X25519: files are sealed to it
SEALING_WRAPPED = "sealing_private_key"  # its private half, wrapped with the password


def is_protected(session: Session) -> bool:
    return session.get(Setting, SEALING_PUBLIC) is not None


def sealing_key(session: Session) -> SealingKey | None:
    """What sealing a file to this commune needs, or None when no password is set."""
    public, wrapped = session.get(Setting, SEALING_PUBLIC), session.get(Setting, SEALING_WRAPPED)
    if public is None or wrapped is None:
        return None
    return SealingKey(base64.b64decode(public.value), wrapped.value)


def _check_new(password: str) -> None:
    if len(password.strip()) < MIN_LENGTH:
        raise Refused("password_too_short", min=MIN_LENGTH)


def _store_sealing(session: Session, key: SealingKey | None) -> None:
    for name, value in ((SEALING_PUBLIC, base64.b64encode(key.public).decode("ascii") if key else None),
                        (SEALING_WRAPPED, key.wrapped if key else None)):
        row = session.get(Setting, name)
        if value is None:
            if row is not None:
                session.delete(row)
        else:
            row = row or Setting(key=name)
            row.value = value
            session.add(row)
    session.flush()


def set_password(session: Session, password: str, *, actor: str) -> None:
    """Protect the signing key and the files from now on (the key is made if there is none yet)."""
    if is_protected(session):
        raise Refused("password_already_set")
    _check_new(password)
    store_signing_key(session, signing_key(session), password)
    _store_sealing(session, new_sealing_key(password))
    audit.record(session, actor, "set_password", "settings", None)


def change_password(session: Session, old: str, new: str, *, actor: str) -> None:
    """A new password for the key, and new sealing keys for the files sealed from now on.

    The sealing keys are made anew, not the old ones wrapped again: whoever knows the old password
    holds the old private key (every older file carries it, wrapped with that password), and must not
    open what is sealed after the change. Older files keep opening with the old password only.
    """
    current = sealing_key(session)
    if current is None:
        raise Refused("no_password")
    _check_new(new)
    key = unlock(session, old)
    unwrap(current.wrapped, old)  # the old password must open the old sealing key too
    store_signing_key(session, key, new)
    _store_sealing(session, new_sealing_key(new))
    audit.record(session, actor, "change_password", "settings", None)


def remove_password(session: Session, old: str, *, actor: str) -> None:
    """Back to no password: the key stored as it was before, files no longer sealed."""
    if not is_protected(session):
        raise Refused("no_password")
    key = unlock(session, old)
    store_signing_key(session, key, None)
    _store_sealing(session, None)
    audit.record(session, actor, "remove_password", "settings", None)


__all__ = ["MIN_LENGTH", "change_password", "is_locked", "is_protected", "remove_password", "sealing_key",
           "set_password", "unlock"]
