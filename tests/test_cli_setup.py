"""``classroom setup`` and ``classroom add village|venue|instructor`` (contract/cli.md, second round)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from classroom.cli import main
from models import Certificate, Commune, Participant, Village
from models.db import Database


def run(capsys: pytest.CaptureFixture[str], db: Database, *args: str) -> tuple[int, str, str]:
    db.close()  # the command opens the database itself
    code = main(["--db", db.url.render_as_string(hide_password=False), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_setup_sets_the_official_commune_and_the_province_committee(db: Database,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, db, "setup", "--commune", "15853", "--signer-title", "Chủ tịch",
                         "--signer-name", "Lê Văn Thành", "--json")
    assert code == 0, err
    assert json.loads(out) | {"commune_id": 0} == {
        "commune_id": 0, "code": "15853", "name": "Đông Tiến", "kind": "ward", "province": "Thanh Hóa",
        "receiver": "UBND tỉnh Thanh Hóa", "signer_title": "Chủ tịch", "signer_name": "Lê Văn Thành"}
    code, out, _ = run(capsys, db, "setup", "--commune", "15853", "--receiver", "Sở Giáo dục và Đào tạo Thanh Hóa")
    assert code == 0 and "phường Đông Tiến" in out and "Sở Giáo dục" in out and "Lê Văn Thành" in out


def test_unknown_code_exits_2_naming_it_and_changes_nothing(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "setup", "--commune", "99999")
    assert code == 2 and "99999" in err and "3.321" in err
    code, _, err = run(capsys, db, "--lang", "en", "setup", "--commune", "1585")
    assert code == 2 and "“1585”" in err and "5 digits" in err
    with db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Commune)) == 0


def test_add_prints_ids_and_refuses_a_name_taken_accents_aside(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "add", "village", "Thôn Đông")
    assert code == 2 and "classroom setup" in err  # no commune yet: nothing to add a village to
    assert run(capsys, db, "setup", "--commune", "15853")[0] == 0
    ids = []
    for what, name in (("village", "Thôn Đông"), ("venue", "Nhà văn hóa thôn Đông"), ("instructor", "Nguyễn Văn An")):
        code, out, err = run(capsys, db, "add", what, name, "--json")
        assert code == 0, err
        ids.append(json.loads(out)["id"])
    assert all(isinstance(i, int) for i in ids)
    for what, name in (("village", "thon dong"), ("venue", "NHA VAN HOA THON DONG"), ("instructor", "nguyen van an")):
        code, out, err = run(capsys, db, "add", what, name, "--json")
        assert code == 2 and out == "" and "đã có trong danh sách" in err, (what, err)
    code, _, err = run(capsys, db, "--lang", "en", "add", "village", "  ")
    assert code == 2 and "missing" in err
    with db.sessions() as s:
        assert s.scalars(select(Village.name)).all() == ["Thôn Đông"]


def test_add_class_still_needs_its_options(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, db, "--lang", "en", "add", "class", "--course", "VNEID")
    assert code == 2 and "--target-group" in err


def test_codes_made_before_the_commune_take_its_code(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from datetime import date

    from classroom.participants import PersonInput, create_participant
    with db.transaction() as s:
        create_participant(s, PersonInput(full_name="Trần Thị Mai", birth="1960", target_group="elderly"),
                           today=date(2026, 12, 1))
    assert run(capsys, db, "setup", "--commune", "15853")[0] == 0
    with db.sessions() as s:
        assert s.scalar(select(Participant.card_code)).startswith("15853-")


def test_changing_the_commune_after_certificates_is_refused(demo_db: Database,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Certificate))
        before = s.scalar(select(Commune.code))
    code, _, err = run(capsys, demo_db, "setup", "--commune", "00070")
    assert code == 2 and "giấy chứng nhận" in err and "00070" in err
    code, _, err = run(capsys, demo_db, "--lang", "en", "setup", "--commune", "00070")
    assert code == 2 and "certificates" in err
    with demo_db.sessions() as s:
        assert s.scalar(select(Commune.code)) == before


def test_the_settings_form_cannot_change_the_code_either(demo_db: Database) -> None:
    from dataclasses import replace

    from classroom.errors import Refused
    from classroom.office import load_office, save_office
    with demo_db.sessions() as s:
        office = load_office(s)
    with pytest.raises(Refused) as caught, demo_db.transaction() as s:
        save_office(s, replace(office, code="15853"))
    assert caught.value.code == "commune_change_after_certificates"
    with demo_db.transaction() as s:
        save_office(s, replace(office, signer_name="Nguyễn Thị Lan"))  # the rest still changes
