"""The audit screen speaks Vietnamese for every row the program writes: kinds of action, things changed,
the details' names, the fields a change lists, and dates as dd/mm/yyyy."""
from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

from classroom.audit import AuditRow
from ui.audit import words

ROOT = Path(__file__).resolve().parent.parent


def _audit_calls() -> list[ast.Call]:
    calls = []
    for path in (ROOT / "classroom").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("record", "values") and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "audit"):
                calls.append(node)
    return calls


def _written() -> tuple[set[str], set[str], set[str]]:
    actions, entities, keys = set(), set(), set()
    for call in _audit_calls():
        # record(session, actor, action, entity, id) / values(actor, action, entity, id)
        first = 2 if call.func.attr == "record" else 1  # type: ignore[attr-defined]
        action, entity = call.args[first], call.args[first + 1]
        for node, into in ((action, actions), (entity, entities)):
            for const in ast.walk(node):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    into.add(const.value)
        keys.update(k.arg for k in call.keywords if k.arg)
    entities.update(words.LIST_KINDS)  # directory.py names its entity by a variable: one of the lists' kinds
    return actions, entities, keys


def test_every_action_entity_and_detail_the_program_writes_has_words() -> None:
    actions, entities, keys = _written()
    assert actions and entities and keys
    assert actions - words.ACTIONS.keys() == set()
    assert entities - words.ENTITIES.keys() == set()
    assert keys - words.DETAILS.keys() - words.HIDDEN == set()


def _row(action: str, entity: str, **details: object) -> AuditRow:
    return AuditRow(id=1, at=datetime(2026, 12, 3, 16, 5), actor="Nguyễn Thị Lan", action=action, entity=entity,
                    entity_id=4, person_id=None, details=dict(details))


def test_a_row_reads_in_vietnamese(vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    commune = _row("update", "commune", fields=["name", "kind", "code", "province_name", "signer_name"])
    assert words.details_text(commune) == "trường: tên, xã hay phường, mã, tỉnh, họ tên người ký"
    village = _row("create", "village", name="Thôn Nam")
    assert words.entity_text(village) == "Thôn 4" and words.details_text(village) == "tên: Thôn Nam"
    teacher = _row("create", "instructor", full_name="Nguyễn Văn An")
    assert words.details_text(teacher) == "tên: Nguyễn Văn An"
    assert words.row_action_word(_row("restore", "venue", name="Nhà văn hóa")) == "Dùng lại"
    assert words.row_action_word(_row("restore", "database")) == "Khôi phục dữ liệu từ bản sao lưu"
    days = _row("create", "days_off", start="2026-12-24", end="2026-12-26", reason="Lễ hội")
    assert words.details_text(days) == "từ ngày: 24/12/2026; đến ngày: 26/12/2026; lý do: Lễ hội"
    moved = _row("move", "session", was="2026-12-03 08:00:00+07:00", now="2026-12-04T14:00:00")
    assert words.details_text(moved) == "trước: 03/12/2026 08:00; sau: 04/12/2026 14:00"
