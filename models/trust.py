"""What a database knows of other issuers: their public keys and their revocations.

``issuer_keys``: a commune's public key, either pinned here (a receiving office saw it sign
the commune's package) or taken from a trust list the office published. ``known_revocations``:
certificates revoked by another issuer, by (commune code, serial), from a commune's package or
a trust list. This database's own key and own revocations stay where they are (settings and
``certificates``).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, LocalDateTime

PINNED = "pinned"  # seen signing the commune's package at this office
TRUST_LIST = "trust_list"  # from an imported trust list


class IssuerKey(Base):
    __tablename__ = "issuer_keys"
    __table_args__ = (UniqueConstraint("origin", "commune_code", "public_key", name="uq_issuer_key"),
                      Index("ix_issuer_keys_key_id", "key_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(12))  # pinned | trust_list
    commune_code: Mapped[str] = mapped_column(String(5))
    commune_name: Mapped[str] = mapped_column(String(100), default="")
    province_name: Mapped[str] = mapped_column(String(100), default="")
    public_key: Mapped[str] = mapped_column(String(64))  # raw Ed25519, base64url
    key_id: Mapped[str] = mapped_column(String(16))  # what a certificate's QR names (classroom.signing.key_id)
    fingerprint: Mapped[str] = mapped_column(String(24))
    current: Mapped[bool] = mapped_column(Boolean, default=True)  # the key the commune signs with now
    since: Mapped[datetime] = mapped_column(LocalDateTime())


class KnownRevocation(Base):
    __tablename__ = "known_revocations"
    __table_args__ = (UniqueConstraint("origin", "commune_code", "serial", name="uq_known_revocation"),
                      Index("ix_known_revocations_issuer_serial", "commune_code", "serial"))

    id: Mapped[int] = mapped_column(primary_key=True)
    origin: Mapped[str] = mapped_column(String(12))  # pinned (from the commune's package) | trust_list
    commune_code: Mapped[str] = mapped_column(String(5))
    serial: Mapped[str] = mapped_column(String(40))
    revoked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
