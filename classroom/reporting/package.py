"""The commune's signed package for consolidation upstream (contract/roster.md, "Package").

One .zip file holding two members:

- ``payload.json``: the data, UTF-8 JSON: format and version, when it was made, the
  commune's identity (name, kind, codes, province, receiving body), the period, the
  public key, the roster (one list per person and class, fields in ``ROW_FIELDS``) and the
  summary per target group;
- ``manifest.json``: format, version, the public key (raw Ed25519, base64url), its key id
  and the Ed25519 signature of ``SIGNED_PREFIX + payload.json's bytes``.

Reading refuses, with an ``InvalidInput`` problem (params: path), a file that is
``package_too_large`` (on disk, or unpacked: the sizes and the packing ratio the zip states are checked
before anything is unpacked, and no more than they state is ever unpacked, so a package of a megabyte
that would unpack to a gigabyte costs nothing to refuse), ``package_unreadable`` (not a zip, truncated, damaged, a member
missing), ``package_not_package`` (some other zip or JSON), ``package_old_format`` or
``package_new_format`` (params: version), ``package_bad_signature`` (altered after signing,
or signed with another key than the one it names), ``package_untrusted_key`` (a key the
receiving office does not trust, when it keeps a list) and ``package_invalid`` (signed,
but its data breaks the format; params: detail).
"""
from __future__ import annotations

import base64
import binascii
import io
import json
import zipfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Certificate, Commune, now_local

from ..errors import InvalidInput, NotFound, Problem
from ..keys import signing_key
from ..signing import key_id, public_key_b64, public_key_from_b64
from .results import Period
from .roster import RosterRow, Summary, roster_rows, summary
from .targets import GROUPS
from .workbook import write_atomically

FORMAT = "bdhvs-package"
VERSION = 1
OLDEST_VERSION = 1
SIGNED_PREFIX = b"BDHVS-PACKAGE/1\n"
PAYLOAD, MANIFEST = "payload.json", "manifest.json"
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A roster row is about 250 bytes of JSON: 64 MB hold over 250,000 rows, more than any commune's year.
#: It is all read before the signature can be checked (and the signer may be anyone): this bounds the cost.
MAX_PAYLOAD_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
#: JSON rows pack 5 to 10 times; deflate can pack a thousand times, which only a bomb does.
MAX_PACKING_RATIO = 100
_RATIO_FROM = 1024 * 1024  # small members may pack as they like
ROW_FIELDS = ("person", "full_name", "birth", "gender", "national_id", "phone", "village", "target_group",
              "class_code", "course_title", "first_session", "last_session", "attended", "held", "result",
              "certificate")
RESULTS = ("passed", "not_passed", "in_progress")


@dataclass(frozen=True)
class CommuneId:
    name: str
    kind: str
    code: str
    province_name: str
    province_code: str
    upper_body: str = ""


@dataclass(frozen=True)
class Package:
    """A package read and verified: who sent it, for when, and its rows (lists in ``ROW_FIELDS`` order)."""

    path: str
    commune: CommuneId
    period: Period
    created_at: str
    public_key: str
    key_id: str
    rows: list[list[Any]]
    summary: list[dict[str, Any]]
    signature: str
    revocations: tuple[tuple[str, str | None], ...] = ()  # (serial, revoked on ISO date): the commune's own
    digest: Any = field(default=None, compare=False, repr=False)  # consolidate._Digest, once rows are let go


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _birth(r: RosterRow) -> str:
    if not r.birth_year:
        return ""
    if r.birth_month and r.birth_day:
        return f"{r.birth_year:04d}-{r.birth_month:02d}-{r.birth_day:02d}"
    return f"{r.birth_year:04d}"


def _row(r: RosterRow) -> list[Any]:
    return [r.participant_id, r.full_name, _birth(r), r.gender or "", r.national_id or "", r.phone or "", r.village,
            r.target_group, r.class_code, r.course_title, _iso(r.first_session), _iso(r.last_session), r.attended,
            r.held, r.result, r.certificate]


def _summary(s: Summary) -> list[dict[str, Any]]:
    return [{"target_group": line.target_group, "enrolled": line.figures.enrolled,
             "completed": line.figures.completed, "certified": line.figures.certified, "passed": line.figures.passed,
             "vneid_confirmed": line.figures.confirmed,
             "targets": [{"metric": t.metric, "target": t.target, "reached": t.reached, "progress": t.progress,
                          "population": t.population} for t in line.targets]}
            for line in s.lines]


def build_package(session: Session, period: Period = Period()) -> tuple[bytes, int]:
    """The package's bytes and its number of roster rows; refuses an empty period (``nothing_to_export``)."""
    c = session.scalars(select(Commune).order_by(Commune.id)).first()
    if c is None:
        raise NotFound("commune")
    rows = roster_rows(session, period)
    if not rows:
        raise InvalidInput([Problem("nothing_to_export", "period", params={
            "start": _iso(period.start) or "", "end": _iso(period.end) or ""})])
    key = signing_key(session)
    public = public_key_b64(key)
    payload = {
        "format": FORMAT, "version": VERSION, "created_at": now_local().isoformat(),
        "commune": {"name": c.name, "kind": c.kind, "code": c.code, "province_name": c.province_name,
                    "province_code": c.province_code, "upper_body": c.upper_body},
        "period": {"from": _iso(period.start), "to": _iso(period.end)},
        "public_key": public, "key_id": key_id(key), "row_fields": list(ROW_FIELDS),
        "roster": [_row(r) for r in rows], "summary": _summary(summary(session, period)),
        "revocations": [[serial, when.date().isoformat() if when else None] for serial, when in session.execute(
            select(Certificate.serial, Certificate.revoked_at).where(Certificate.revoked_at.is_not(None))
            .order_by(Certificate.serial))],
    }
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    manifest = {"format": FORMAT, "version": VERSION, "public_key": public, "key_id": key_id(key),
                "signature": base64.urlsafe_b64encode(key.sign(SIGNED_PREFIX + data)).decode("ascii")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(MANIFEST, json.dumps(manifest, indent=1))
        z.writestr(PAYLOAD, data)
    return buffer.getvalue(), len(rows)


@dataclass(frozen=True)
class Written:
    path: Path
    rows: int


def export_package(session: Session, out: Path, period: Period = Period()) -> Written:
    """Build, sign and write the package (the file appears whole or not at all)."""
    data, rows = build_package(session, period)
    write_atomically(Path(out), lambda fh: fh.write(data) and None)
    return Written(Path(out), rows)


def _refuse(code: str, path: str, **params: Any) -> InvalidInput:
    return InvalidInput([Problem(code, "package", params={"path": path, **params})])


def _members(path: Path) -> tuple[dict[str, Any], bytes]:
    where = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refuse("package_too_large", where)
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if not {PAYLOAD, MANIFEST} <= names:
                raise _refuse("package_not_package" if names else "package_unreadable", where)
            info, manifest_info = z.getinfo(PAYLOAD), z.getinfo(MANIFEST)
            if (info.file_size > MAX_PAYLOAD_BYTES or manifest_info.file_size > MAX_MANIFEST_BYTES
                    or info.file_size > max(_RATIO_FROM, MAX_PACKING_RATIO * info.compress_size)):
                raise _refuse("package_too_large", where)
            manifest = _manifest(_read_member(z, MANIFEST, MAX_MANIFEST_BYTES, where), where)
            data = _read_member(z, PAYLOAD, MAX_PAYLOAD_BYTES, where)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, NotImplementedError):
        raise _refuse("package_unreadable", where) from None
    return manifest, data


def _read_member(z: zipfile.ZipFile, name: str, limit: int, where: str) -> bytes:
    """A member's bytes, never more than ``limit`` unpacked (zipfile stops at the size the zip states; this
    does not rely on it)."""
    out = bytearray()
    with z.open(name) as member:
        while block := member.read(1 << 20):
            out += block
            if len(out) > limit:
                raise _refuse("package_too_large", where)
    return bytes(out)


def _manifest(manifest_bytes: bytes, where: str) -> dict[str, Any]:
    try:
        manifest = json.loads(manifest_bytes)
    except ValueError:
        raise _refuse("package_not_package", where) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("package_not_package", where)
    version = manifest.get("version")
    if not isinstance(version, int) or version < OLDEST_VERSION:
        raise _refuse("package_old_format", where, version=str(version))
    if version > VERSION:
        raise _refuse("package_new_format", where, version=str(version))
    return manifest


def read_package(path: Path | str, trusted_keys: frozenset[str] | None = None) -> Package:
    """Open and verify one package; raises ``InvalidInput`` (see the module) when it cannot be added."""
    path = Path(path)
    where = str(path)
    manifest, data = _members(path)
    try:
        public = public_key_from_b64(str(manifest["public_key"]))
        signature = base64.urlsafe_b64decode(str(manifest["signature"]))
        public.verify(signature, SIGNED_PREFIX + data)
    except (KeyError, ValueError, binascii.Error, InvalidSignature):
        raise _refuse("package_bad_signature", where) from None
    public_text = public_key_b64(public)
    if trusted_keys is not None and public_text not in trusted_keys:
        raise _refuse("package_untrusted_key", where, key_id=key_id(public))
    try:
        payload = json.loads(data.decode("utf-8"))
        return _parse(payload, where, public_text, str(manifest["signature"]))
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _refuse("package_invalid", where, detail=str(exc)[:200]) from None


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} is not text")
    return value


def _day(value: Any, what: str) -> date | None:
    return None if value is None else date.fromisoformat(_text(value, what))


def _parse(p: dict[str, Any], where: str, public: str, signature: str) -> Package:
    if p.get("format") != FORMAT or p.get("version") != VERSION:
        raise ValueError("format")
    if p.get("public_key") != public:
        raise ValueError("the signed public key differs from the manifest's")
    c = p["commune"]
    commune = CommuneId(*(_text(c[k], k) for k in ("name", "kind", "code", "province_name", "province_code")),
                        upper_body=_text(c.get("upper_body", ""), "upper_body"))
    if not (commune.code.isascii() and commune.code.isdigit() and len(commune.code) == 5):
        raise ValueError("commune code")
    if not (commune.province_code.isascii() and commune.province_code.isdigit() and len(commune.province_code) == 2):
        raise ValueError("province code")
    period = Period(_day(p["period"]["from"], "from"), _day(p["period"]["to"], "to"))
    if list(p["row_fields"]) != list(ROW_FIELDS):
        raise ValueError("row fields")
    rows = p["roster"]
    if not isinstance(rows, list):
        raise ValueError("roster")
    width = len(ROW_FIELDS)
    for n, row in enumerate(rows, start=1):
        if (not isinstance(row, list) or len(row) != width or not isinstance(row[0], int)
                or not all(isinstance(v, str) for v in row[1:10]) or row[7] not in GROUPS or row[14] not in RESULTS
                or not isinstance(row[12], int) or not isinstance(row[13], int) or not isinstance(row[15], str)):
            raise ValueError(f"roster row {n}")
    summary_lines = p["summary"]
    if not isinstance(summary_lines, list):
        raise ValueError("summary")
    revoked = p.get("revocations", [])  # packages made before revocations travelled have none
    if not isinstance(revoked, list) or not all(
            isinstance(r, list) and len(r) == 2 and isinstance(r[0], str) and 0 < len(r[0]) <= 40
            and (r[1] is None or isinstance(r[1], str)) for r in revoked):
        raise ValueError("revocations")
    for r in revoked:
        _day(r[1], "revoked on")
    return Package(where, commune, period, _text(p["created_at"], "created_at"), public,
                   key_id(public_key_from_b64(public)), rows, summary_lines, signature,
                   tuple((r[0], r[1]) for r in revoked))
