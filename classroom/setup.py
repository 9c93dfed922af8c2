"""A real commune's first day: the commune chosen from the official list, the receiving body, the
signer, then villages, venues and instructors (``classroom.directory``, ``classroom.scheduling``).

The receiving body defaults to the People's Committee of the commune's province ("UBND tỉnh
Thanh Hóa"): since 1 July 2025 communes report to the province. Changing the commune of a database
that has issued certificates is refused: their serials and QR records carry the commune's code.
Class codes and card codes made before the commune was known ("00000-…") take its code then.

Codes: ``InvalidInput`` ``setup_invalid`` with problem ``commune_code_unknown`` [commune: value],
and the problems of ``classroom.office.check_office`` (text too long …); ``Refused``
``commune_change_after_certificates`` [current, current_code, wanted, wanted_code, certificates].
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import String, func, literal, select, update
from sqlalchemy.orm import Session

from models import Certificate, Commune, CourseClass, Instructor, Participant, Venue, Village

from .communes import OfficialCommune, commune_by_code
from .directory import add_villages
from .errors import InvalidInput, Problem, Refused
from .office import Office, load_office, save_office
from .scheduling import InstructorInput, VenueInput, create_instructor, create_venue
from .text import collation_key

PLACEHOLDER_CODE = "00000"


@dataclass(frozen=True)
class SetupResult:
    commune_id: int
    code: str
    name: str  # "Đông Tiến"
    kind: str  # commune | ward | special_zone
    province_name: str
    upper_body: str
    signer_title: str
    signer_name: str
    renumbered: int  # class and card codes that took the commune's code


def needs_setup(session: Session) -> bool:
    """True for a database with no commune yet: the window opens the setup assistant."""
    return session.scalar(select(Commune.id).limit(1)) is None


def certificates_issued(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Certificate)) or 0)


def official_commune(code: str) -> OfficialCommune:
    found = commune_by_code(code)
    if found is None:
        raise InvalidInput([Problem("commune_code_unknown", "commune", params={"value": code.strip()})],
                           code="setup_invalid", value=code.strip())
    return found


def check_commune_change(session: Session, code: str) -> None:
    """Refused when the database already has certificates issued under another commune."""
    current = session.scalars(select(Commune).order_by(Commune.id)).first()
    if current is None or current.code == code:
        return
    issued = certificates_issued(session)
    if issued:
        wanted = commune_by_code(code)
        raise Refused("commune_change_after_certificates", current=current.name, current_code=current.code,
                      wanted=wanted.name if wanted else code, wanted_code=code, certificates=issued)


def setup_commune(session: Session, code: str, *, receiver: str | None = None, signer_title: str | None = None,
                  signer_name: str | None = None, actor: str = "") -> SetupResult:
    """Set (or change, while no certificate is issued) the commune; all of it saved or none.

    ``None`` keeps what is there: the receiving body (the province's People's Committee when the
    commune is new or moves to another province), the signer's title and name."""
    before = load_office(session)
    first_time = needs_setup(session)
    if not first_time and before.code == code.strip():
        # the same commune (perhaps set up by hand before the official list): its identity stays
        office = replace(before, upper_body=before.upper_body if receiver is None else receiver,
                         signer_title=before.signer_title if signer_title is None else signer_title,
                         signer_name=before.signer_name if signer_name is None else signer_name)
    else:
        official = official_commune(code)
        check_commune_change(session, official.code)
        if receiver is None:
            same_province = not first_time and before.province_code == official.province.code and before.upper_body
            receiver = before.upper_body if same_province else official.province.people_committee
        office = replace(before, name=official.name, kind=official.kind, code=official.code,
                         province_name=official.province.name, province_code=official.province.code,
                         upper_body=receiver, place_name="",
                         signer_title=before.signer_title if signer_title is None else signer_title,
                         signer_name=before.signer_name if signer_name is None else signer_name)
    saved: Office = save_office(session, office, actor=actor)
    renumbered = _take_code(session, office.code) if first_time else 0
    commune_id = session.scalar(select(Commune.id).order_by(Commune.id).limit(1))
    assert commune_id is not None
    return SetupResult(int(commune_id), saved.code, saved.name, saved.kind, saved.province_name, saved.upper_body,
                       saved.signer_title, saved.signer_name, renumbered)


def _take_code(session: Session, code: str) -> int:
    """Codes made before the commune was known ("00000-2027-001", "00000-BCFG…") take its code."""
    prefix = PLACEHOLDER_CODE + "-"
    n = 0
    for model, column in ((CourseClass, CourseClass.code), (Participant, Participant.card_code)):
        n += session.execute(update(model).where(column.like(prefix + "%"))
                             .values({column: literal(code + "-", String)
                                      + func.substr(column, len(prefix) + 1, type_=String)})).rowcount or 0
    return n


@dataclass(frozen=True)
class FirstDay:
    """What the setup assistant gathered; names one a line, as typed or pasted."""

    commune_code: str
    receiver: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    villages: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()
    instructors: tuple[str, ...] = ()


def first_day(session: Session, data: FirstDay, *, actor: str = "") -> SetupResult:
    """The commune, then the villages, venues and instructors, in one transaction: a name refused
    (taken, too long …) refuses the whole, its problems naming the list (``field``: village,
    venue, instructor) and the ``line``."""
    result = setup_commune(session, data.commune_code, receiver=data.receiver, signer_title=data.signer_title,
                           signer_name=data.signer_name, actor=actor)
    problems: list[Problem] = []
    try:
        add_villages(session, list(data.villages), actor=actor)
    except InvalidInput as exc:
        problems += [Problem(p.code, "village", params={"line": p.params.get("line"), **p.params})
                     for p in exc.problems]
    for kind, names in (("venue", data.venues), ("instructor", data.instructors)):
        for line, name in enumerate(names, start=1):
            try:  # each is checked before anything of it is written
                if kind == "venue":
                    create_venue(session, VenueInput(name), actor=actor)
                else:
                    create_instructor(session, InstructorInput(name), actor=actor)
            except InvalidInput as exc:
                problems += [Problem(p.code, kind, params={**p.params, "line": line, "value": name})
                             for p in exc.problems if p.is_error]
    if problems:
        raise InvalidInput(problems, code="setup_invalid")
    return result


@dataclass(frozen=True)
class SetupState:
    """What the assistant shows when reopened: the office as it is and what the lists hold."""

    office: Office
    certificates: int
    villages: tuple[str, ...]
    venues: tuple[str, ...]
    instructors: tuple[str, ...]


def setup_state(session: Session) -> SetupState:
    def names(column) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
        return tuple(sorted(session.scalars(select(column)), key=collation_key))
    return SetupState(load_office(session), certificates_issued(session), names(Village.name), names(Venue.name),
                      names(Instructor.full_name))
