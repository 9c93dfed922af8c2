"""The commune's identity as the faces show it."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune

KIND_WORDS = {"commune": "Xã", "ward": "Phường", "special_zone": "Đặc khu"}


@dataclass(frozen=True)
class CommuneInfo:
    name: str
    kind: str
    code: str
    province_name: str
    province_code: str

    @property
    def display_name(self) -> str:
        """"Xã Đông Tiến": the kind word is part of the official name, in Vietnamese in every language."""
        return f"{KIND_WORDS.get(self.kind, '')} {self.name}".strip()

    @property
    def in_sentence(self) -> str:
        """"xã Đông Tiến", as the name reads after "UBND" or "Ủy ban nhân dân"."""
        return f"{KIND_WORDS.get(self.kind, '').lower()} {self.name}".strip()


def load_commune(session: Session) -> CommuneInfo | None:
    c = session.scalars(select(Commune).order_by(Commune.id)).first()
    if c is None:
        return None
    return CommuneInfo(c.name, c.kind, c.code, c.province_name, c.province_code)
