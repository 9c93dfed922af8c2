"""The office's settings: the commune's identity, the receiving body, the signer, the villages'
adult population (the targets' denominator) and the backup folder.

Problem codes (``InvalidInput``, field names the input): ``commune_name_required``,
``commune_kind_unknown``, ``commune_code_format`` (5 digits), ``province_name_required``,
``province_code_format`` (2 digits), ``text_too_long`` (params: limit), ``population_negative``,
``village_unknown``, ``backup_folder_not_writable`` (params: path); ``Refused``
``commune_change_after_certificates`` (another code once certificates are issued).
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Certificate, Commune, Setting, Village

from . import audit
from .errors import InvalidInput, Problem, Refused
from .text import collation_key, nfc

KINDS = ("commune", "ward", "special_zone")
BACKUP_FOLDER = "backup_folder"
LIMITS = {"name": 100, "province_name": 100, "upper_body": 200, "place_name": 100, "signer_title": 100,
          "signer_name": 100}


@dataclass(frozen=True)
class Office:
    name: str = ""
    kind: str = "commune"
    code: str = ""
    province_name: str = ""
    province_code: str = ""
    upper_body: str = ""  # the receiving body: since July 2025 the province's People's Committee or a department
    place_name: str = ""  # for the date line on paper; the commune's name when empty
    signer_title: str = ""
    signer_name: str = ""
    backup_folder: str = ""


@dataclass(frozen=True)
class VillagePopulation:
    id: int
    name: str
    adult_population: int | None


def load_office(session: Session) -> Office:
    c = session.scalars(select(Commune).order_by(Commune.id)).first()
    folder = session.scalar(select(Setting.value).where(Setting.key == BACKUP_FOLDER)) or ""
    if c is None:
        return Office(backup_folder=folder)
    return Office(c.name, c.kind, c.code, c.province_name, c.province_code, c.upper_body, c.place_name,
                  c.signer_title, c.signer_name, folder)


def check_office(o: Office) -> tuple[Office, list[Problem]]:
    o = Office(**{f.name: nfc(getattr(o, f.name)) for f in fields(Office)})
    problems = []
    if not o.name:
        problems.append(Problem("commune_name_required", "name"))
    if o.kind not in KINDS:
        problems.append(Problem("commune_kind_unknown", "kind", params={"value": o.kind}))
    if not (o.code.isascii() and o.code.isdigit() and len(o.code) == 5):
        problems.append(Problem("commune_code_format", "code", params={"value": o.code}))
    if not o.province_name:
        problems.append(Problem("province_name_required", "province_name"))
    if not (o.province_code.isascii() and o.province_code.isdigit() and len(o.province_code) == 2):
        problems.append(Problem("province_code_format", "province_code", params={"value": o.province_code}))
    for name, limit in LIMITS.items():
        if len(getattr(o, name)) > limit:
            problems.append(Problem("text_too_long", name, params={"limit": limit}))
    if o.backup_folder:
        folder = Path(o.backup_folder).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            writable = os.access(folder, os.W_OK)
        except OSError:
            writable = False
        if not writable:
            problems.append(Problem("backup_folder_not_writable", "backup_folder", params={"path": str(folder)}))
    return o, problems


def save_office(session: Session, office: Office, *, actor: str = "") -> Office:
    """Check everything, then save it all (or nothing): the commune row and the backup folder setting."""
    office, problems = check_office(office)
    if problems:
        raise InvalidInput(problems)
    c = session.scalars(select(Commune).order_by(Commune.id)).first()
    if c is not None and c.code != office.code:
        issued = session.scalar(select(func.count()).select_from(Certificate)) or 0
        if issued:  # their serials and signed QR records carry the commune's code
            raise Refused("commune_change_after_certificates", current=c.name, current_code=c.code,
                          wanted=office.name, wanted_code=office.code, certificates=issued)
    if c is None:
        c = Commune()
        session.add(c)
    changed = [f.name for f in fields(Office) if f.name != BACKUP_FOLDER and getattr(c, f.name, None) != getattr(office, f.name)]
    for f in fields(Office):
        if f.name != BACKUP_FOLDER:
            setattr(c, f.name, getattr(office, f.name))
    row = session.get(Setting, BACKUP_FOLDER)
    if office.backup_folder:
        if row is None:
            session.add(Setting(key=BACKUP_FOLDER, value=office.backup_folder))
        else:
            row.value = office.backup_folder
    elif row is not None:
        session.delete(row)
    session.flush()
    audit.record(session, actor, "update", "commune", c.id, fields=changed)
    return office


def village_populations(session: Session) -> list[VillagePopulation]:
    rows = [VillagePopulation(v.id, v.name, v.adult_population) for v in session.scalars(select(Village))]
    return sorted(rows, key=lambda v: collation_key(v.name))


def save_village_populations(session: Session, values: Mapping[int, int | None], *, actor: str = "") -> None:
    """Adults per village (None: not known); all checked before any is saved."""
    villages = {v.id: v for v in session.scalars(select(Village).where(Village.id.in_(list(values))))}
    problems = [Problem("village_unknown", "village", params={"value": vid}) for vid in values if vid not in villages]
    problems += [Problem("population_negative", "adult_population", params={"value": n, "village": villages[vid].name})
                 for vid, n in values.items() if vid in villages and n is not None and (not isinstance(n, int) or n < 0)]
    if problems:
        raise InvalidInput(problems)
    for vid, n in values.items():
        villages[vid].adult_population = n
    session.flush()
    audit.record(session, actor, "update", "villages", None, count=len(values))
