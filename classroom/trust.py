"""Issuers anyone can check: this database's own key, keys pinned at consolidation, trust lists.

- Each key has a short fingerprint (``signing.fingerprint``) a person reads aloud or compares.
- A receiving office pins a commune's key the first time a package from that commune code
  arrives, and refuses a later package signed by another key unless the officer accepts the
  change (``pin_packages``). Revocations travel upward inside the packages.
- The office publishes a trust list, signed with its own key and dated (``trustlist``); any
  installation takes it in and then verifies other communes' certificates (``verify``).
No Qt, no sentences: codes and data.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune

from .keys import existing_public_key
from .signing import fingerprint, public_key_b64


@dataclass(frozen=True)
class KeyInfo:
    """This installation's public key: ``fingerprint`` (4 groups of 4), ``public_key`` (raw, base64url)."""

    fingerprint: str
    public_key: str
    commune: str  # the commune's 5-digit code, "" before the commune is set up


def own_key(session: Session) -> KeyInfo | None:
    """This database's key, or None when it has none yet (none is made here)."""
    public = existing_public_key(session)
    if public is None:
        return None
    code = session.scalar(select(Commune.code).order_by(Commune.id).limit(1)) or ""
    return KeyInfo(fingerprint(public), public_key_b64(public), code)
