"""The audit log: who changed what and when.

``details`` is JSON of field names and non-identifying values; ID numbers and phones
are never written here in clear (DOMAIN.md, personal data).
"""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from models import AuditEntry, now_local

#: Fields whose values never enter the log; only the fact that they changed.
SECRET_FIELDS = frozenset({"national_id", "phone"})


def values(actor: str, action: str, entity: str, entity_id: int | None, **details: Any) -> dict[str, Any]:
    """One entry as column values, for inserting many at once (an import)."""
    safe = {k: ("***" if k in SECRET_FIELDS and v else v) for k, v in details.items()}
    return {"at": now_local(), "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
            "details": json.dumps(safe, ensure_ascii=False, default=str)}


def record(session: Session, actor: str, action: str, entity: str, entity_id: int | None,
           **details: Any) -> None:
    session.add(AuditEntry(**values(actor, action, entity, entity_id, **details)))
