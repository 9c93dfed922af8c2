"""The receiving office's trust list: every commune key it holds and every revocation it knows,
signed with the office's own key and dated, for any installation to take in.

File: one line of JSON ``{"format": "bdhvs-trust", "version": 1, "public_key": OFFICE_KEY,
"signature": SIG}``, a line break, then the payload, UTF-8 JSON, whose bytes the Ed25519 signature
covers after ``SIGNED_PREFIX`` (kept apart so that it is read once, as signed)::

    {"format": "bdhvs-trust", "version": 1, "issued_at": ISO 8601 with offset,
     "office": {"public_key", "fingerprint", "name", "code"},
     "communes": [{"code", "name", "province", "keys": [{"public_key", "current"}]}],
     "revocations": [[commune code, serial, revoked on (ISO date or null)], ...]}

Taking a list in (``import_trust_list``): the first one needs the office's fingerprint confirmed;
after that only a list signed by that same office key and issued later than the last one is
accepted. Anything else is ``Refused`` with a code (params: path, and what differs), nothing changed:
``trust_unreadable`` (not found, truncated, not JSON, not a trust list), ``trust_too_large``,
``trust_new_format``, ``trust_bad_signature``, ``trust_bad_key`` (params: commune), ``trust_invalid``
(params: detail), ``trust_office_needed`` / ``trust_office_mismatch`` (params: fingerprint, given),
``trust_other_office`` (params: fingerprint, expected), ``trust_not_newer`` (params: issued, held).
Revocations carry no reason and no name: the list is public.
"""
from __future__ import annotations

import base64
import binascii
import gc
import json
from collections.abc import Iterator
from contextlib import contextmanager
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from models import Certificate, Commune, IssuerKey, KnownRevocation, Setting
from models.trust import TRUST_LIST

from .errors import Refused
from .keys import existing_public_key, signing_key
from .reporting.workbook import write_atomically
from .signing import fingerprint, key_id, public_key_b64, public_key_from_b64
from .trust import normal_fingerprint

FORMAT = "bdhvs-trust"
VERSION = 1
SIGNED_PREFIX = b"BDHVS-TRUST/1\n"
MAX_BYTES = 64 * 1024 * 1024  # 3,321 communes and a million revocations fit well below
OFFICE_SETTING = "trust_office_key"  # the office whose lists this installation takes (base64url key)
OFFICE_NAME_SETTING = "trust_office_name"
ISSUED_SETTING = "trust_list_issued_at"  # the issue time of the list held (ISO 8601)


@dataclass(frozen=True)
class TrustList:
    """A list read and its signature checked (not yet compared with what this installation holds)."""

    path: str
    office_key: str
    office_fingerprint: str
    office_name: str
    issued_at: datetime
    communes: list[dict[str, Any]]
    revocations: list[list[Any]]

    @property
    def keys(self) -> int:
        return sum(len(c["keys"]) for c in self.communes)


@dataclass(frozen=True)
class TrustState:
    office_fingerprint: str  # "" when no list was ever taken in
    office_name: str
    issued_at: datetime | None
    communes: int
    keys: int
    revocations: int


# --- writing ------------------------------------------------------------------------------------

def _own_commune(session: Session) -> Commune | None:
    return session.scalars(select(Commune).order_by(Commune.id)).first()


def trust_payload(session: Session, now: datetime) -> dict[str, Any]:
    """What this installation knows: its own commune's key, pinned keys, keys from lists; revocations."""
    communes: dict[str, dict[str, Any]] = {}
    keys: dict[str, dict[str, bool]] = defaultdict(dict)
    own = _own_commune(session)
    own_key = existing_public_key(session)
    if own is not None and own_key is not None:
        communes[own.code] = {"code": own.code, "name": own.name, "province": own.province_name}
        keys[own.code][public_key_b64(own_key)] = True
    for row in session.scalars(select(IssuerKey).order_by(IssuerKey.origin, IssuerKey.id)):
        communes.setdefault(row.commune_code, {"code": row.commune_code, "name": row.commune_name,
                                               "province": row.province_name})
        keys[row.commune_code][row.public_key] = keys[row.commune_code].get(row.public_key, False) or row.current
    revoked: dict[tuple[str, str], str | None] = {}
    for code, serial, day in session.execute(select(KnownRevocation.commune_code, KnownRevocation.serial,
                                                    KnownRevocation.revoked_on)):
        revoked[(code, serial)] = revoked.get((code, serial)) or (day.isoformat() if day else None)
    if own is not None:
        for serial, when in session.execute(select(Certificate.serial, Certificate.revoked_at)
                                            .where(Certificate.revoked_at.is_not(None))):
            revoked[(own.code, serial)] = when.date().isoformat()
    return {
        "format": FORMAT, "version": VERSION, "issued_at": now.isoformat(),
        "communes": [{**communes[code], "keys": [{"public_key": k, "current": current}
                                                 for k, current in keys[code].items()]}
                     for code in sorted(communes)],
        "revocations": [[code, serial, day] for (code, serial), day in sorted(revoked.items())],
    }


def build_trust_list(session: Session, now: datetime) -> bytes:
    """The signed list's bytes (the office's key is made on first use, as for a package)."""
    key = signing_key(session)
    own = _own_commune(session)
    payload = trust_payload(session, now)
    payload["office"] = {"public_key": public_key_b64(key), "fingerprint": fingerprint(key),
                         "name": own.name if own else "", "code": own.code if own else ""}
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    signature = key.sign(SIGNED_PREFIX + body)
    head = {"format": FORMAT, "version": VERSION, "public_key": public_key_b64(key),
            "signature": base64.urlsafe_b64encode(signature).rstrip(b"=").decode("ascii")}
    return json.dumps(head).encode("ascii") + b"\n" + body


def export_trust_list(session: Session, out: Path, now: datetime) -> TrustList:
    data = build_trust_list(session, now)
    write_atomically(Path(out), lambda fh: fh.write(data) and None)
    return parse_trust_list(data, str(out))


# --- reading ------------------------------------------------------------------------------------

def _refuse(code: str, where: str, **params: Any) -> Refused:
    return Refused(code, path=where, **params)


def _b64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(text: Any) -> str:
    """A public key as stored (base64url of 32 raw bytes); ValueError for anything else."""
    raw = _b64(text)
    if len(raw) != 32:
        raise ValueError("key length")
    return public_key_b64(public_key_from_b64(text))


def parse_trust_list(data: bytes, where: str) -> TrustList:
    """Check the signature and the shape of a list's bytes; ``Refused`` (see the module)."""
    head, _, body = data.partition(b"\n")
    try:
        envelope = json.loads(head.decode("utf-8")) if len(head) < 4096 else None
    except (UnicodeDecodeError, ValueError):
        raise _refuse("trust_unreadable", where) from None
    if not body or not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
        raise _refuse("trust_unreadable", where)
    if envelope.get("version") != VERSION:
        raise _refuse("trust_new_format", where, version=str(envelope.get("version")))
    try:
        office = public_key_from_b64(_key(envelope["public_key"]))
        office.verify(_b64(envelope["signature"]), SIGNED_PREFIX + body)
    except (KeyError, ValueError, TypeError, binascii.Error, InvalidSignature):
        try:
            json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):  # not even whole: cut short or damaged, rather than altered
            raise _refuse("trust_unreadable", where) from None
        raise _refuse("trust_bad_signature", where) from None
    try:
        payload = json.loads(body.decode("utf-8"))
        return _checked(payload, where, public_key_b64(office))
    except Refused:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _refuse("trust_invalid", where, detail=str(exc)[:200]) from None


def _checked(p: dict[str, Any], where: str, office_key: str) -> TrustList:
    if p.get("format") != FORMAT or p.get("version") != VERSION:
        raise ValueError("format")
    if p["office"]["public_key"] != office_key:
        raise ValueError("the signed office key differs from the envelope's")
    issued = datetime.fromisoformat(p["issued_at"])
    if issued.tzinfo is None:
        raise ValueError("issued_at has no offset")
    communes = p["communes"]
    if not isinstance(communes, list):
        raise ValueError("communes")
    for c in communes:
        code = c["code"]
        if not (isinstance(code, str) and code.isascii() and code.isdigit() and len(code) == 5):
            raise ValueError(f"commune code {str(code)[:10]}")
        if not isinstance(c["name"], str) or not isinstance(c.get("province", ""), str):
            raise ValueError(f"commune {code}")
        if not isinstance(c["keys"], list) or not c["keys"]:
            raise ValueError(f"keys of {code}")
        for k in c["keys"]:
            try:
                k["public_key"] = _key(k["public_key"])
            except (ValueError, TypeError, KeyError, binascii.Error):
                raise _refuse("trust_bad_key", where, commune=code) from None
            k["current"] = bool(k.get("current", False))
    revocations = p["revocations"]
    if not isinstance(revocations, list):
        raise ValueError("revocations")
    for n, r in enumerate(revocations, start=1):
        if (not isinstance(r, list) or len(r) != 3 or not isinstance(r[0], str) or len(r[0]) != 5
                or not isinstance(r[1], str) or not 0 < len(r[1]) <= 40 or not (r[2] is None or isinstance(r[2], str))):
            raise ValueError(f"revocation {n}")
        if r[2] is not None:
            date.fromisoformat(r[2])
    return TrustList(where, office_key, fingerprint(office_key), str(p["office"].get("name", "")), issued,
                     communes, revocations)


def read_trust_list(path: Path | str) -> TrustList:
    where = str(path)
    try:
        if Path(path).stat().st_size > MAX_BYTES:
            raise _refuse("trust_too_large", where)
        data = Path(path).read_bytes()
    except OSError:
        raise _refuse("trust_unreadable", where) from None
    return parse_trust_list(data, where)


# --- taking in ----------------------------------------------------------------------------------

def _setting(session: Session, key: str) -> str:
    return session.scalar(select(Setting.value).where(Setting.key == key)) or ""


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = value
    session.add(row)


def trust_state(session: Session) -> TrustState:
    from sqlalchemy import func

    office = _setting(session, OFFICE_SETTING)
    issued = _setting(session, ISSUED_SETTING)
    listed = select(IssuerKey).where(IssuerKey.origin == TRUST_LIST).subquery()
    return TrustState(
        fingerprint(office) if office else "", _setting(session, OFFICE_NAME_SETTING),
        datetime.fromisoformat(issued) if issued else None,
        session.scalar(select(func.count(func.distinct(listed.c.commune_code)))) or 0,
        session.scalar(select(func.count()).select_from(listed)) or 0,
        session.scalar(select(func.count()).select_from(KnownRevocation).where(KnownRevocation.origin == TRUST_LIST))
        or 0)


def check_against_held(session: Session, found: TrustList, office_key: str | None) -> None:
    """Refuse a list this installation must not take: another office, not newer, office not confirmed."""
    held = _setting(session, OFFICE_SETTING)
    if not held:
        given = normal_fingerprint(office_key or "")
        if not given:
            raise _refuse("trust_office_needed", found.path, fingerprint=found.office_fingerprint, given=office_key or "")
        if given != found.office_fingerprint:
            raise _refuse("trust_office_mismatch", found.path, fingerprint=found.office_fingerprint, given=given)
        return
    if held != found.office_key:
        raise _refuse("trust_other_office", found.path, fingerprint=found.office_fingerprint,
                      expected=fingerprint(held))
    last = _setting(session, ISSUED_SETTING)
    if last and found.issued_at <= datetime.fromisoformat(last):
        raise _refuse("trust_not_newer", found.path, issued=found.issued_at.strftime("%d/%m/%Y %H:%M:%S"),
                      held=datetime.fromisoformat(last).strftime("%d/%m/%Y %H:%M:%S"))


def take_in(session: Session, found: TrustList, office_key: str | None, now: datetime) -> TrustState:
    """Replace what earlier lists gave by this list, in the caller's transaction (all or nothing)."""
    check_against_held(session, found, office_key)
    session.execute(delete(IssuerKey.__table__).where(IssuerKey.origin == TRUST_LIST))
    session.execute(delete(KnownRevocation.__table__).where(KnownRevocation.origin == TRUST_LIST))
    rows = [{"origin": TRUST_LIST, "commune_code": c["code"], "commune_name": c["name"][:100],
             "province_name": str(c.get("province", ""))[:100], "public_key": k["public_key"],
             "key_id": key_id(public_key_from_b64(k["public_key"])), "fingerprint": fingerprint(k["public_key"]),
             "current": k["current"], "since": now}
            for c in found.communes for k in {k["public_key"]: k for k in c["keys"]}.values()]
    if rows:  # Core inserts: a hundred thousand rows without the ORM's bookkeeping
        session.execute(insert(IssuerKey.__table__), rows)
    revoked = list({(code, serial): (TRUST_LIST, code, serial, day)  # days checked ISO: the column's own text
                    for code, serial, day in found.revocations}.values())
    if revoked:  # straight to the driver: a hundred thousand rows in a fraction of a second, on both back ends
        connection = session.connection()
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        connection.exec_driver_sql("INSERT INTO known_revocations (origin, commune_code, serial, revoked_on) "
                                   f"VALUES ({mark}, {mark}, {mark}, {mark})", revoked)
    _set(session, OFFICE_SETTING, found.office_key)
    _set(session, OFFICE_NAME_SETTING, found.office_name)
    _set(session, ISSUED_SETTING, found.issued_at.isoformat())
    session.flush()
    return trust_state(session)


def import_trust_list(session: Session, path: Path | str, office_key: str | None, now: datetime) -> TrustState:
    with _no_collection():
        return take_in(session, read_trust_list(path), office_key, now)


@contextmanager
def _no_collection() -> Iterator[None]:
    """A list makes some 400,000 small objects that all live on: the cyclic collector would walk
    the whole heap again and again while they are made (half the time of taking a list in)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
