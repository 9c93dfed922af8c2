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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import LOCAL_TZ, Certificate, Commune, IssuerKey, KnownRevocation
from models.trust import PINNED as PINNED_ORIGIN
from models.trust import TRUST_LIST as LIST_ORIGIN

from .certificates import Issuer, Verification
from .errors import InvalidInput, Problem
from .keys import existing_public_key
from .reporting.consolidate import Consolidation, Refusal, consolidate, read_all
from .reporting.package import Package
from .signing import GENUINE, NOT_GENUINE, decode_record, fingerprint, fingerprint_start, key_id, peek, public_key_b64

REVOKED = "revoked"
UNKNOWN_ISSUER = "unknown_issuer"


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


# --- pinning at consolidation -------------------------------------------------------------------

FIRST_SEEN = "first_seen"  # no list vouches for it: taken on trust the first time it was seen, now pinned
PINNED = "pinned"  # the key pinned here before
LISTED = "trust_list"  # a trust list this office took in holds it
ACCEPTED_CHANGE = "accepted_change"  # another key than the pinned one, accepted by the officer


@dataclass(frozen=True)
class KeyTrust:
    """How the key that signed a commune's package is trusted at this office."""

    commune_code: str
    commune_name: str
    fingerprint: str
    how: str  # FIRST_SEEN | PINNED | LISTED | ACCEPTED_CHANGE
    since: datetime | None = None  # when it was pinned
    previous: str = ""  # the fingerprint it replaces (ACCEPTED_CHANGE)


def normal_fingerprint(text: str) -> str:
    """``k7qd 3mxa-pl2z w4re`` → ``K7QD-3MXA-PL2Z-W4RE``; "" when it cannot be a fingerprint."""
    bare = "".join(ch for ch in text.upper() if ch.isalnum())
    if len(bare) != 16 or any(ch not in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" for ch in bare):
        return ""
    return "-".join(bare[i:i + 4] for i in range(0, 16, 4))


def _current_pin(session: Session, code: str) -> IssuerKey | None:
    return session.scalar(select(IssuerKey).where(IssuerKey.origin == PINNED_ORIGIN, IssuerKey.commune_code == code,
                                                  IssuerKey.current.is_(True)))


def _listed(session: Session, code: str) -> set[str]:
    return set(session.scalars(select(IssuerKey.public_key).where(
        IssuerKey.origin == LIST_ORIGIN, IssuerKey.commune_code == code)))


def _pin(session: Session, package: Package, now: datetime) -> IssuerKey:
    row = session.scalar(select(IssuerKey).where(IssuerKey.origin == PINNED_ORIGIN,
                                                 IssuerKey.commune_code == package.commune.code,
                                                 IssuerKey.public_key == package.public_key))
    if row is None:
        row = IssuerKey(origin=PINNED_ORIGIN, commune_code=package.commune.code, public_key=package.public_key,
                        key_id=package.key_id, fingerprint=fingerprint(package.public_key), since=now)
        session.add(row)
    row.commune_name, row.province_name, row.current = package.commune.name, package.commune.province_name, True
    return row


def _take_revocations(session: Session, package: Package) -> None:
    code = package.commune.code
    held = {serial: row for serial, row in ((r.serial, r) for r in session.scalars(
        select(KnownRevocation).where(KnownRevocation.origin == PINNED_ORIGIN, KnownRevocation.commune_code == code)))}
    for serial, when in package.revocations:
        day = date.fromisoformat(when) if when else None
        if serial in held:
            held[serial].revoked_on = held[serial].revoked_on or day
        else:
            held[serial] = KnownRevocation(origin=PINNED_ORIGIN, commune_code=code, serial=serial, revoked_on=day)
            session.add(held[serial])


def pin_packages(session: Session, packages: Sequence[Package], *, accept: Mapping[str, str],
                 now: datetime) -> tuple[list[Package], list[Refusal], dict[str, KeyTrust]]:
    """Pin each commune's key on first sight; refuse a package signed by another key than the pinned
    (or listed) one unless ``accept`` maps its commune code to the new key's fingerprint. Returns the
    packages kept, the refused (``package_key_changed``, params: path, commune, code, pinned, offered)
    and how each kept commune's key is trusted. The commune's revocations are taken in. In the caller's
    transaction."""
    kept: list[Package] = []
    refused: list[Refusal] = []
    notes: dict[str, KeyTrust] = {}
    accepted = {code.strip(): normal_fingerprint(fp) for code, fp in accept.items()}
    for package in packages:
        code, offered = package.commune.code, fingerprint(package.public_key)
        pinned = _current_pin(session, code)
        listed = _listed(session, code)
        known = pinned.public_key if pinned is not None else None
        if package.public_key in listed:
            how, previous = LISTED, ""
        elif known == package.public_key:
            how, previous = PINNED, ""
        elif known is None and not listed:
            how, previous = FIRST_SEEN, ""
        elif accepted.get(code) == offered:
            how, previous = ACCEPTED_CHANGE, pinned.fingerprint if pinned is not None else ""
        else:
            before = pinned.fingerprint if pinned is not None else ", ".join(sorted(fingerprint(k) for k in listed))
            refused.append(Refusal(package.path, "package_key_changed", {
                "path": package.path, "commune": package.commune.name, "code": code, "pinned": before,
                "offered": offered}))
            continue
        if pinned is not None and pinned.public_key != package.public_key:
            pinned.current = False  # still verifies what it signed; no longer signs for the commune
        since = pinned.since if how == PINNED and pinned is not None else now
        _pin(session, package, now)
        _take_revocations(session, package)
        session.flush()
        kept.append(package)
        notes[code] = KeyTrust(code, package.commune.name, offered, how, since, previous)
    return kept, refused, notes


def consolidate_pinned(session: Session, paths: Sequence[Path | str], *, accept: Mapping[str, str] | None = None,
                       now: datetime, trusted_keys: frozenset[str] | None = None,
                       progress: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> Consolidation:
    """``consolidate_files`` with each commune's key pinned (in the caller's transaction): refused
    with ``no_package_accepted`` when not one package can be added."""
    if not paths:
        raise InvalidInput([Problem("no_package_given", "packages")])
    packages, refused = read_all(paths, trusted_keys, progress=progress, cancelled=cancelled)
    packages, changed, notes = pin_packages(session, packages, accept=accept or {}, now=now)
    refused = refused + changed
    if not packages:
        raise InvalidInput([Problem("no_package_accepted", "packages", params={"count": len(refused)})]
                           + [Problem(r.code, "package", params=r.params) for r in refused])
    return replace(consolidate(packages, refused), trust=notes)


# --- verifying by issuer ------------------------------------------------------------------------

OWN_KEY = "own_key"


def find_issuer(session: Session, kid: str) -> tuple[str, Issuer] | None:
    """The key (base64url) a certificate's key id names, and its issuer: this database's own key first,
    then a key pinned here, then one from a trust list."""
    own = existing_public_key(session)
    if own is not None and key_id(own) == kid:
        commune = session.scalars(select(Commune).order_by(Commune.id)).first()
        return public_key_b64(own), Issuer(commune.code if commune else "", fingerprint(own), OWN_KEY,
                                           commune.name if commune else "")
    rows = session.scalars(select(IssuerKey).where(IssuerKey.key_id == kid)).all()
    for origin in (PINNED_ORIGIN, LIST_ORIGIN):
        for row in rows:
            if row.origin == origin:
                return row.public_key, Issuer(row.commune_code, row.fingerprint, origin, row.commune_name)
    return None


def verify_text(session: Session, text: str) -> Verification:
    """Genuine, not genuine, revoked (by the issuer's own revocation, wherever it came from) or unknown issuer."""
    claimed = peek(text)
    found = find_issuer(session, claimed[0]) if claimed else None
    decoded = decode_record(text, [found[0]] if found else [])
    record = decoded.record
    if decoded.reason == "unknown_key" and claimed is not None:
        kid, said = claimed
        return Verification(UNKNOWN_ISSUER, said, "unknown_key",
                            issuer=Issuer(said.commune_code, fingerprint_start(kid), "", said.commune_name))
    if decoded.status != GENUINE or record is None or found is None:
        return Verification(decoded.status, None, decoded.reason)
    issuer = found[1]
    if issuer.trusted_by != OWN_KEY and record.commune_code != issuer.commune:
        return Verification(NOT_GENUINE, None, "issuer_mismatch", issuer=issuer)  # a commune signing for another
    if issuer.trusted_by == OWN_KEY:
        cert = session.scalar(select(Certificate).where(Certificate.serial == record.serial))
        if cert is not None and cert.revoked_at is not None:
            return Verification(REVOKED, record, "", cert.revoked_at, cert.revoke_reason, issuer)
        return Verification(GENUINE, record, issuer=issuer)
    revoked = session.execute(select(KnownRevocation.revoked_on).where(  # by issuer and serial, not serial alone
        KnownRevocation.commune_code == issuer.commune, KnownRevocation.serial == record.serial).limit(1)).first()
    if revoked is not None:
        day = revoked[0]
        when = datetime.combine(day, datetime.min.time(), LOCAL_TZ) if day else None
        return Verification(REVOKED, record, "", when, "", issuer)
    return Verification(GENUINE, record, issuer=issuer)
