"""The receiving office's record of its consolidations: kept with the workbook, never without it, no
person's data, the same file recognised when it comes again, forged and tampered packages not recorded.

The office is ``db`` (SQLite or PostgreSQL); the communes are copies of the demo commune (tests.test_trust).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from classroom.consolidations import consolidation_record, consolidation_runs
from models import Commune, ConsolidatedPackage, ConsolidationRun, Participant
from models.db import Database
from tests.cli_run import cli
from tests.test_reporting_package import _rewrite
from tests.test_trust import commune, fp, package_of, pins, url


def record(db: Database):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return consolidation_record(s)


def stored_text(db: Database) -> str:
    """Every value of both tables, as text."""
    with db.sessions() as s:
        return "\n".join(str(v) for model in (ConsolidationRun, ConsolidatedPackage)
                         for row in s.execute(select(model.__table__)) for v in row)


def test_the_run_is_recorded_with_the_workbook_and_holds_no_personal_data(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = commune(demo_file, tmp_path, "Xã An Phú", code="15884")
    b = commune(demo_file, tmp_path, "Xã Bình Minh", code="15885", new_key=True)
    pack_a, pack_b = package_of(a, tmp_path / "a.zip"), package_of(b, tmp_path / "b.zip")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(pack_a.read_bytes()[:300])
    out = tmp_path / "tong-hop.xlsx"
    code, said, err = cli(capsys, "--db", url(db), "consolidate", str(pack_b), str(broken), str(pack_a),
                          "--out", str(out))
    assert code == 3 and out.exists(), err
    assert "Đã ghi lần tổng hợp số" in said and "đã được tổng hợp ở đây" not in said
    got = record(db)
    assert len(got.runs) == 1 and got.run_id == got.runs[0].id
    run = got.runs[0]
    assert (run.accepted, run.refused, run.workbook) == (2, 1, str(out.resolve()))
    assert run.refusals == [(str(broken), "package_unreadable")]
    assert run.enrolled == sum(e for e, _, _ in run.by_group.values()) > 0  # each person once, by group
    assert [p.commune_code for p in got.packages] == ["15884", "15885"]
    first = got.packages[0]
    with a.sessions() as s:
        province = s.scalars(select(Commune.province_code)).one()
    assert (first.commune_name, first.province_code, first.fingerprint) == ("Xã An Phú", province, fp(a))
    assert first.sha256 == hashlib.sha256(pack_a.read_bytes()).hexdigest()
    assert got.packages[1].sha256 == hashlib.sha256(pack_b.read_bytes()).hexdigest()
    assert got.packages[1].fingerprint == fp(b) != fp(a)
    assert first.made_on is not None and first.period_start is None and first.period_end is None
    assert first.first_run_id is None and first.consolidated_at == run.consolidated_at
    assert first.enrolled == sum(e for e, _, _ in first.by_group.values()) and first.rows >= first.enrolled
    assert run.in_several > 0  # the same people with an ID number in both: counted once
    assert run.enrolled == first.enrolled + got.packages[1].enrolled - run.in_several
    with a.sessions() as s:
        people = s.execute(select(Participant.full_name, Participant.national_id, Participant.phone)).all()
    kept = stored_text(db)
    assert people and not [v for p in people for v in p if v and v in kept]  # no name, ID number or phone


def test_the_same_file_consolidated_again_is_recognised(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = commune(demo_file, tmp_path, "a")
    pack = package_of(a, tmp_path / "a.zip")
    out = tmp_path / "tong-hop.xlsx"
    assert cli(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(out))[0] == 0
    first_run = record(db).runs[0].id
    code, said, err = cli(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(out))
    assert code == 0 and not err
    again = [line for line in said.splitlines() if "đã được tổng hợp ở đây" in line]
    assert len(again) == 1 and f"lần tổng hợp số {first_run}" in again[0] and str(pack) in again[0]
    code, said, _ = cli(capsys, "--db", url(db), "--lang", "en", "consolidate", str(pack), "--out", str(out))
    assert code == 0 and "was consolidated here before" in said and f"no. {first_run})" in said
    got = record(db)
    assert len(got.runs) == 3 and got.runs[-1].id == first_run
    assert [p.first_run_id for p in got.packages] == [first_run]  # the newest run's package
    code, listed, _ = cli(capsys, "--db", url(db), "list", "consolidations", "--json")
    runs = json.loads(listed)
    assert code == 0 and [r["id"] for r in runs] == [r.id for r in got.runs]  # newest first
    newest = runs[0]["packages"][0]
    assert newest["sha256"] == hashlib.sha256(pack.read_bytes()).hexdigest() and newest["fingerprint"] == fp(a)
    assert newest["consolidated_before_in"] == first_run and runs[-1]["packages"][0]["consolidated_before_in"] is None
    assert newest["commune_code"] == "15883" and newest["period_from"] is None and runs[0]["refusals"] == []
    assert runs[0]["by_group"] and runs[0]["consolidated_at"].endswith("+07:00")
    code, table, _ = cli(capsys, "--db", url(db), "list", "consolidations")
    lines = table.splitlines()
    assert code == 0 and lines[0].startswith("Lần") and "Lúc tổng hợp" in lines[0] and len(lines) == 2 + 3
    assert str(out.resolve()) in lines[2]
    assert cli(capsys, "--db", url(db), "--lang", "en", "list", "consolidations")[1].startswith("No.")
    from classroom.reporting import Period
    from classroom.reporting.package import export_package

    newer = tmp_path / "a-2026.zip"  # the same commune, another package: another file
    with a.transaction() as s:
        export_package(s, newer, Period.year(2026))
    code, said, _ = cli(capsys, "--db", url(db), "consolidate", str(newer), "--out", str(out))
    assert code == 0 and "ở đây" not in said
    assert record(db).packages[0].first_run_id is None


def test_a_redo_once_a_changed_key_is_accepted_replaces_the_first_attempt(
        db: Database, demo_file: Path, tmp_path: Path) -> None:
    """The window's flow: the first attempt records its run with the changed key refused; the officer
    accepts the key and the same packages are consolidated again into the same workbook. The redo takes
    the first attempt's place: one run, and nothing of the first attempt reported as consolidated before."""
    from classroom.consolidations import consolidate_and_record
    from models import now_local

    a = commune(demo_file, tmp_path, "a")
    b = commune(demo_file, tmp_path, "Xã B", code="15886", new_key=True)
    pack_a, pack_b = package_of(a, tmp_path / "a.zip"), package_of(b, tmp_path / "b.zip")
    out = tmp_path / "tong-hop.xlsx"
    with db.transaction() as s:
        _, earlier = consolidate_and_record(s, [pack_a, pack_b], out, now=now_local())  # pins 15886 to b's key
    moved = package_of(commune(demo_file, tmp_path, "b again", code="15886", new_key=True), tmp_path / "moved.zip")
    with db.transaction() as s:
        first, attempt = consolidate_and_record(s, [pack_a, moved], out, now=now_local())
    assert [r.code for r in first.refused] == ["package_key_changed"]
    assert [r.first_run_id for r in attempt.repeats] == [earlier.run_id]
    with db.transaction() as s:
        again, redo = consolidate_and_record(s, [pack_a, moved], out, now=now_local(), replaces=attempt.run_id,
                                             accept={"15886": first.refused[0].params["offered"]})
    assert again.accepted == 2 and again.refused == []
    assert [(r.path, r.first_run_id) for r in redo.repeats] == [(str(pack_a), earlier.run_id)]  # not the attempt
    got = record(db)
    assert [r.id for r in got.runs] == [redo.run_id, earlier.run_id]  # (SQLite may give the redo the id it frees)
    assert [(p.commune_code, p.first_run_id) for p in got.packages] == [("15883", earlier.run_id), ("15886", None)]
    with db.sessions() as s:
        assert set(s.scalars(select(ConsolidatedPackage.run_id))) == {earlier.run_id, redo.run_id}


def test_nothing_is_recorded_without_the_workbook(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = package_of(commune(demo_file, tmp_path, "a"), tmp_path / "a.zip")
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be")
    unwritable = blocked / "tong-hop.xlsx"
    code, _, err = cli(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(unwritable))
    assert code == 1 and "not-a-folder" in err and blocked.is_file()
    assert record(db).runs == [] and pins(db) == []  # neither the record nor the pins
    broken = tmp_path / "broken.zip"
    broken.write_bytes(pack.read_bytes()[:300])
    code, _, err = cli(capsys, "--db", url(db), "consolidate", str(broken), "--out", str(tmp_path / "n.xlsx"))
    assert code == 2 and not (tmp_path / "n.xlsx").exists()
    assert record(db).runs == [] and stored_text(db) == ""


def test_a_workbook_failing_half_way_leaves_no_record_no_pin_and_no_file(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    from classroom.reporting import merged

    def disk_full(stream, *_a, **_k) -> None:  # type: ignore[no-untyped-def]
        stream.write(b"PK\x03\x04 half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(merged, "write_consolidation", disk_full)
    pack = package_of(commune(demo_file, tmp_path, "a"), tmp_path / "a.zip")
    out = tmp_path / "tong-hop.xlsx"
    code, _, err = cli(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(out))
    assert code == 1 and "tong-hop.xlsx" in err
    assert not [p.name for p in tmp_path.iterdir() if "tong-hop" in p.name]  # no workbook, no temporary file left
    assert record(db).runs == [] and pins(db) == []


def test_forged_and_tampered_packages_are_refused_and_not_recorded(
        db: Database, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = commune(demo_file, tmp_path, "a")
    pack = package_of(a, tmp_path / "a.zip")
    out = tmp_path / "tong-hop.xlsx"
    tampered = tmp_path / "gói bị sửa.zip"  # a Vietnamese file name, kept as it is
    _rewrite(pack, tampered, change_payload=lambda data: data.replace(b'"passed"', b'"in_progress"', 1))
    code, _, err = cli(capsys, "--db", url(db), "consolidate", str(tampered), "--out", str(out))
    assert code == 2 and "chữ ký không hợp lệ" in err and consolidation_runs_of(db) == []
    assert cli(capsys, "--db", url(db), "consolidate", str(pack), "--out", str(out))[0] == 0  # pins a's key
    impostor = package_of(commune(demo_file, tmp_path, "impostor", new_key=True), tmp_path / "forged.zip")
    other = package_of(commune(demo_file, tmp_path, "Xã Khác", code="15886", new_key=True), tmp_path / "other.zip")
    code, _, err = cli(capsys, "--db", url(db), "consolidate", str(impostor), str(tampered), str(other),
                       "--out", str(out))
    assert code == 3 and fp(a) in err
    run = record(db).runs[0]
    assert run.accepted == 1 and sorted(run.refusals) == sorted([(str(impostor), "package_key_changed"),
                                                                 (str(tampered), "package_bad_signature")])
    assert [p.commune_code for p in record(db).packages] == ["15886"]
    with db.sessions() as s:
        recorded = set(s.scalars(select(ConsolidatedPackage.sha256)))
    for refused in (impostor, tampered):
        assert hashlib.sha256(refused.read_bytes()).hexdigest() not in recorded


def consolidation_runs_of(db: Database) -> list[int]:
    with db.sessions() as s:
        return [r.id for r in consolidation_runs(s)]
