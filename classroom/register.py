"""The commune's certificate register: serials with no gaps, never reused.

The sequence is taken inside the caller's transaction, so a serial is consumed only
when the certificate that carries it is committed with it; concurrent issuers queue on
the register row (SQLite's write lock, PostgreSQL's row lock).
"""
from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import CertificateRegister, Commune


def peek_serials(session: Session, year: int, count: int) -> tuple[str, str] | None:
    """The first and last serials ``count`` certificates issued now would take (nothing is reserved:
    for telling the officer before issuing). None when ``count`` is 0."""
    if count <= 0:
        return None
    last = session.scalar(select(CertificateRegister.last_seq).where(CertificateRegister.year == year)) or 0
    code = session.scalar(select(Commune.code)) or "00000"
    return f"{code}-{year}-{last + 1:06d}", f"{code}-{year}-{last + count:06d}"


def reserve_serials(session: Session, year: int, count: int) -> list[tuple[str, int]]:
    """The next ``count`` (serial, sequence) pairs of ``year``, ``<commune code>-<year>-<6-digit sequence>``,
    taken in one statement inside the caller's transaction (a rollback gives them all back)."""
    if count <= 0:
        return []
    stmt = (update(CertificateRegister).where(CertificateRegister.year == year)
            .values(last_seq=CertificateRegister.last_seq + count).returning(CertificateRegister.last_seq))
    last = session.execute(stmt).scalar_one_or_none()
    if last is None:
        try:
            with session.begin_nested():
                session.execute(insert(CertificateRegister).values(year=year, last_seq=count))
            last = count
        except IntegrityError:  # another issuer created the year's row first
            last = session.execute(stmt).scalar_one()
    code = session.scalar(select(Commune.code)) or "00000"
    return [(f"{code}-{year}-{seq:06d}", seq) for seq in range(last - count + 1, last + 1)]
