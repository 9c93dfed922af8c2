"""Targets, populations and the office's settings: validation, nothing half-saved, progress."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom.errors import InvalidInput
from classroom.office import Office, load_office, save_office, save_village_populations, village_populations
from classroom.reporting import Period, summary
from classroom.reporting.targets import group_populations, save_group_populations, save_targets, targets_for
from models import Commune, Village, YearlyTarget
from models.db import Database


@pytest.mark.parametrize("group, metric, value, code", [
    ("elderly", "share_basic_skills", 0, "target_share_range"),
    ("elderly", "share_basic_skills", 100.5, "target_share_range"),
    ("elderly", "share_basic_skills", -3, "target_share_range"),
    ("all", "trained", -1, "target_count_negative"),
    ("all", "certified", 2.5, "target_count_whole"),
    ("aliens", "trained", 5, "target_group_unknown"),
    ("farmer", "happiness", 5, "target_metric_unknown"),
    ("farmer", "trained", float("nan"), "target_count_negative"),
])
def test_bad_targets_are_refused_and_nothing_is_saved(demo_db: Database, group: str, metric: str, value: float,
                                                      code: str) -> None:
    with demo_db.transaction() as s, pytest.raises(InvalidInput) as refused:
        save_targets(s, 2026, {("worker", "trained"): 120, (group, metric): value})
    assert refused.value.problems[0].code == code
    with demo_db.sessions() as s:
        assert not [t for t in targets_for(s, 2026) if t.metric == "trained"]


def test_targets_set_change_and_clear(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        save_targets(s, 2026, {("all", "share_basic_skills"): 100, ("farmer", "trained"): 0,
                               ("elderly", "share_basic_skills"): 75.5})
        save_targets(s, 2026, {("farmer", "trained"): 40, ("women", "share_basic_skills"): None})
    with demo_db.sessions() as s:
        got = {(t.target_group, t.metric): t.value for t in targets_for(s, 2026)}
    assert got[("all", "share_basic_skills")] == 100 and got[("farmer", "trained")] == 40
    assert got[("elderly", "share_basic_skills")] == 75.5 and ("women", "share_basic_skills") not in got
    with demo_db.transaction() as s, pytest.raises(InvalidInput):
        save_targets(s, 1999, {("farmer", "trained"): 1})


def test_progress_against_populations(demo_db: Database) -> None:
    with demo_db.transaction() as s:
        save_targets(s, 2026, {("all", "share_basic_skills"): 10, ("elderly", "trained"): 20})
        save_group_populations(s, {"elderly": 400})
        adults = group_populations(s)["all"]
        assert adults == sum(v.adult_population or 0 for v in s.scalars(select(Village)))
    with demo_db.sessions() as s:
        result = summary(s, Period.year(2026))
    total = result.total
    share = next(t for t in total.targets if t.metric == "share_basic_skills")
    assert share.population == adults and share.reached == pytest.approx(100 * total.figures.completed / adults)
    assert share.progress == pytest.approx(share.reached * 10)
    elderly = next(x for x in result.lines if x.target_group == "elderly")
    trained = next(t for t in elderly.targets if t.metric == "trained")
    assert trained.reached == elderly.figures.completed and trained.progress == pytest.approx(
        100 * elderly.figures.completed / 20)
    demo_share = next(t for t in elderly.targets if t.metric == "share_basic_skills")
    assert demo_share.population == 400 and demo_share.reached == pytest.approx(100 * elderly.figures.completed / 400)
    with demo_db.transaction() as s, pytest.raises(InvalidInput):
        save_group_populations(s, {"elderly": -5})


def test_office_settings_checked_and_saved_whole(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.sessions() as s:
        office = load_office(s)
    assert office.name == "Đông Tiến" and office.code == "15883"
    bad = replace(office, code="1588", province_code="3a", name=" ", upper_body="x" * 201)
    with demo_db.transaction() as s, pytest.raises(InvalidInput) as refused:
        save_office(s, bad)
    assert {p.code for p in refused.value.problems} == {"commune_code_format", "province_code_format",
                                                        "commune_name_required", "text_too_long"}
    good = replace(office, upper_body="Sở Khoa học và Công nghệ tỉnh Thanh Hóa", signer_title="Phó Chủ tịch",
                   signer_name="Nguyễn Văn Bình", backup_folder=str(tmp_path / "usb"), name="Đông  Tiến")
    with demo_db.transaction() as s:
        save_office(s, good)
    with demo_db.sessions() as s:
        again = load_office(s)
        assert s.scalar(select(Commune.upper_body)) == "Sở Khoa học và Công nghệ tỉnh Thanh Hóa"
    assert again.name == "Đông Tiến" and again.backup_folder == str(tmp_path / "usb") and (tmp_path / "usb").is_dir()
    with demo_db.transaction() as s:
        save_office(s, replace(again, backup_folder=""))
    with demo_db.sessions() as s:
        assert load_office(s).backup_folder == ""


def test_office_on_an_empty_database(db: Database) -> None:
    with db.transaction() as s:
        save_office(s, Office("Tân Lập", "ward", "00123", "Hà Nội", "01"))
    with db.sessions() as s:
        assert load_office(s).kind == "ward"


def test_village_populations(demo_db: Database) -> None:
    with demo_db.sessions() as s:
        rows = village_populations(s)
    with demo_db.transaction() as s, pytest.raises(InvalidInput):
        save_village_populations(s, {rows[0].id: 100, rows[1].id: -1})
    with demo_db.transaction() as s:
        save_village_populations(s, {rows[0].id: 100, rows[1].id: None})
    with demo_db.sessions() as s:
        got = {v.id: v.adult_population for v in village_populations(s)}
        assert s.scalar(select(YearlyTarget.id)) is not None
    assert got[rows[0].id] == 100 and got[rows[1].id] is None
