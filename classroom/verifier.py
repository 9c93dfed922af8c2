"""``classroom export verifier``: one self-contained HTML page that checks certificates offline.

The page holds the trust list this installation knows (its own key, keys pinned at
consolidation or taken from trust lists, and every revocation it knows), the bundled Ed25519
implementation (``resources/verifier``, used where the browser's Web Crypto has no Ed25519) and
no reference to anything outside itself (its Content-Security-Policy forbids any request). It
reads a QR text pasted, typed by a scanner, read by the camera (BarcodeDetector), or given after
``#`` in its address, and sets ``data-status`` on ``<body>``: genuine, not_genuine, revoked or
unknown_issuer. No holder's data is in the page: only keys and revoked serials.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Commune

from .keys import existing_public_key
from .reporting.workbook import write_atomically
from .signing import fingerprint, key_id, public_key_b64, public_key_from_b64
from .trustlist import trust_payload


@dataclass(frozen=True)
class VerifierPage:
    path: Path
    communes: int
    keys: int
    revocations: int


def page_data(session: Session, now: datetime) -> dict[str, Any]:
    payload = trust_payload(session, now)
    own = existing_public_key(session)
    own_text = public_key_b64(own) if own is not None else ""
    keys: dict[str, dict[str, Any]] = {}
    for commune in payload["communes"]:
        for k in commune["keys"]:
            keys[key_id(public_key_from_b64(k["public_key"]))] = {
                "code": commune["code"], "name": commune["name"], "key": k["public_key"],
                "fingerprint": fingerprint(k["public_key"]), "own": k["public_key"] == own_text}
    revoked: dict[str, list[list[Any]]] = {}
    for code, serial, day in payload["revocations"]:
        revoked.setdefault(code, []).append([serial, day])
    office = session.scalars(select(Commune).order_by(Commune.id)).first()
    return {"keys": keys, "revoked": revoked, "communes": len(payload["communes"]),
            "office": {"name": office.name if office else "", "fingerprint": fingerprint(own) if own else ""},
            "issued": now.strftime("%d/%m/%Y")}


def _script_json(data: dict[str, Any]) -> str:
    """JSON safe inside <script>: no "</script>", no "<!--" can come out of a name."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def build_page(data: dict[str, Any]) -> str:
    folder = files("resources") / "verifier"
    page = (folder / "page.html").read_text("utf-8")
    noble = (folder / "noble-ed25519.js").read_text("utf-8")
    if "</script" in noble.lower():
        raise ValueError("the bundled script would end its own element")
    return page.replace("/*TRUST*/", _script_json(data), 1).replace("/*NOBLE*/", noble, 1)


def export_verifier(session: Session, out: Path, now: datetime) -> VerifierPage:
    data = page_data(session, now)
    text = build_page(data)
    write_atomically(Path(out), lambda fh: fh.write(text.encode("utf-8")) and None)
    return VerifierPage(Path(out), data["communes"], len(data["keys"]), sum(len(v) for v in data["revoked"].values()))
