"""search, edit participant, merge and erase from the command line: the window's services, the contract's
exit codes, a clear sentence and nothing changed on bad input."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import AuditEntry, Participant, Village
from models.db import open_database
from .cli_run import cli


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "demo.sqlite3")
    assert cli(capsys, "--db", db, "demo", "--participants", "40")[0] == 0
    return db


def person(db: str, pid: int) -> Participant:
    d = open_database(db)
    try:
        with d.sessions() as s:
            p = s.get(Participant, pid)
            s.expunge(p)
            return p
    finally:
        d.close()


def first_two(db: str) -> tuple[Participant, Participant]:
    d = open_database(db)
    try:
        with d.sessions() as s:
            a, b = s.scalars(select(Participant).order_by(Participant.id).limit(2)).all()
            s.expunge_all()
            return a, b
    finally:
        d.close()


def test_search_folds_accents_and_masks_ids(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = first_two(demo)
    given = a.full_name.split()[-1]
    code, out, _ = cli(capsys, "--db", demo, "search", given, "--json")
    assert code == 0
    found = json.loads(out)
    from classroom.text import fold
    assert a.id in [f["id"] for f in found]
    assert all(fold(given) in fold(f["full_name"]) + " " + fold(f["village"]) for f in found)
    code, out2, _ = cli(capsys, "--db", demo, "search", fold(given).upper(), "--json")  # no accents, capitals
    assert json.loads(out2) == found
    code, plain, _ = cli(capsys, "--db", demo, "--lang", "en", "search", given)
    assert a.full_name in plain and f"Found {len(found)} people." in plain
    if a.national_id:
        assert a.national_id not in plain
    assert json.loads(cli(capsys, "--db", demo, "search", "zzqxj", "--json")[1]) == []


def test_edit_participant(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = first_two(demo)
    d = open_database(demo)
    with d.sessions() as s:
        village = s.scalars(select(Village.name).order_by(Village.id)).all()[-1]
    d.close()
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "edit", "participant", str(a.id), "--name",
                         "nguyễn  văn   bình", "--birth", "07/03/1958", "--phone", "", "--village", village.upper(),
                         "--needs", "Không có điện thoại thông minh")
    assert code == 0, err
    assert "Changed participant" in out and "full name" in out
    p = person(demo, a.id)
    assert (p.full_name, p.birth_year, p.birth_month, p.birth_day, p.phone, p.needs) == (
        "Nguyễn Văn Bình", 1958, 3, 7, None, "Không có điện thoại thông minh")
    assert cli(capsys, "--db", demo, "--lang", "en", "edit", "participant", str(a.id))[1].startswith(
        f"Participant {a.id}: nothing changed")
    before = person(demo, a.id)
    for args, words in [(("--birth", "31/02/1958"), "birth date"), (("--village", "Thôn Không Có"), "no village"),
                        (("--gender", "x"), "not one of male"), (("--target-group", "x"), "not one of elderly"),
                        (("--name", "Lê Văn A", "--phone", "0123"), "phone")]:
        code, _, err = cli(capsys, "--db", demo, "--lang", "en", "edit", "participant", str(a.id), *args)
        assert code == 2 and words in err and err.count("\n") == 1, (args, err)
    after = person(demo, a.id)
    assert (after.full_name, after.phone, after.village_id) == (before.full_name, before.phone, before.village_id)
    if b.national_id:  # someone else's ID: refused
        code, _, err = cli(capsys, "--db", demo, "--lang", "en", "edit", "participant", str(a.id), "--national-id",
                           b.national_id)
        assert code == 2 and "personal ID" in err and b.national_id not in err  # never the ID itself
        assert person(demo, a.id).national_id == a.national_id
    assert cli(capsys, "--db", demo, "edit", "participant", "999999", "--name", "Lê Văn A")[0] == 2


def test_merge_and_erase_with_their_refusals(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = first_two(demo)
    code, _, err = cli(capsys, "--db", demo, "--lang", "en", "merge", str(a.id), str(a.id))
    assert code == 2 and f"Participant {a.id} cannot be merged into themselves; nothing changed." in err
    if a.national_id and b.national_id:
        code, _, err = cli(capsys, "--db", demo, "--lang", "en", "merge", str(a.id), str(b.id))
        assert code == 2 and "different personal IDs" in err
        assert cli(capsys, "--db", demo, "edit", "participant", str(b.id), "--national-id", "")[0] == 0
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "merge", str(a.id), str(b.id))
    assert code == 0, err
    assert f"Merged #{b.id} into #{a.id}" in out
    assert cli(capsys, "--db", demo, "--lang", "en", "merge", str(a.id), str(b.id))[0] == 2  # b is gone
    code, out, err = cli(capsys, "--db", demo, "--lang", "en", "erase", str(a.id))
    assert code == 0, err
    assert f"Erased the identity of participant {a.id}" in out
    erased = person(demo, a.id)
    assert erased.erased_at is not None and erased.full_name == f"#{a.id}" and erased.national_id is None
    code, _, err = cli(capsys, "--db", demo, "--lang", "en", "erase", str(a.id))
    assert code == 2 and f"participant {a.id} was already erased; nothing changed" in err
    assert cli(capsys, "--db", demo, "erase", "999999")[0] == 2
    d = open_database(demo)
    with d.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "erase")) == 1
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.action == "merge")) == 1
    d.close()
