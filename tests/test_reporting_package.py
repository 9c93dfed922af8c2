"""The signed package: round trip, refusals, and consolidation counting people once."""
from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import delete, select, update

from classroom.errors import InvalidInput
from classroom.keys import signing_key
from classroom.reporting import Period, roster_rows
from classroom.reporting.consolidate import consolidate_files
from classroom.reporting.merged import write_consolidation_file
from classroom.reporting.package import MANIFEST, PAYLOAD, ROW_FIELDS, export_package, read_package
from classroom.signing import public_key_b64
from models import Commune, Participant, Setting
from models.db import Database, open_database

YEAR = Period.year(2026)


def _rewrite(src: Path, dst: Path, change_payload=None, change_manifest=None) -> None:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(src) as z:
        manifest, payload = json.loads(z.read(MANIFEST)), z.read(PAYLOAD)
    if change_payload:
        payload = change_payload(payload)
    if change_manifest:
        change_manifest(manifest)
    with zipfile.ZipFile(dst, "w") as z:
        z.writestr(MANIFEST, json.dumps(manifest))
        z.writestr(PAYLOAD, payload)


@pytest.fixture
def package(demo_db: Database, tmp_path: Path) -> Path:
    out = tmp_path / "goi-15883.zip"
    with demo_db.transaction() as s:
        export_package(s, out, YEAR)
    return out


def test_round_trip(demo_db: Database, package: Path) -> None:
    p = read_package(package)
    with demo_db.transaction() as s:
        rows = roster_rows(s, YEAR)
        public = public_key_b64(signing_key(s))
    assert p.commune.code == "15883" and p.commune.province_code == "38" and p.commune.name == "Đông Tiến"
    assert p.period == YEAR and p.public_key == public and len(p.rows) == len(rows)
    first = dict(zip(ROW_FIELDS, p.rows[0]))
    assert first["full_name"] == rows[0].full_name and first["national_id"] == (rows[0].national_id or "")
    assert {line["target_group"] for line in p.summary} >= {"elderly", "all"}


@pytest.mark.parametrize("damage, code", [
    (lambda src, dst: dst.write_bytes(src.read_bytes()[: len(src.read_bytes()) // 2]), "package_unreadable"),
    (lambda src, dst: dst.write_bytes(b"PK\x03\x04 not really"), "package_unreadable"),
    (lambda src, dst: dst.write_text("hello"), "package_unreadable"),
    (lambda src, dst: _rewrite(src, dst, lambda p: p.replace("Đông Tiến".encode(), "Đông Tây".encode(), 1)),
     "package_bad_signature"),
    (lambda src, dst: _rewrite(src, dst, lambda p: p.replace(b'"passed"', b'"not_passed"', 1)), "package_bad_signature"),
    (lambda src, dst: _rewrite(src, dst, change_manifest=lambda m: m.update(version=0)), "package_old_format"),
    (lambda src, dst: _rewrite(src, dst, change_manifest=lambda m: m.pop("version")), "package_old_format"),
    (lambda src, dst: _rewrite(src, dst, change_manifest=lambda m: m.update(version=7)), "package_new_format"),
    (lambda src, dst: _rewrite(src, dst, change_manifest=lambda m: m.update(format="x")), "package_not_package"),
    (lambda src, dst: _rewrite(src, dst, change_manifest=lambda m: m.update(signature="AAAA")), "package_bad_signature"),
])
def test_damaged_packages_are_refused(package: Path, tmp_path: Path, damage, code: str) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.zip"
    damage(package, bad)
    with pytest.raises(InvalidInput) as refused:
        read_package(bad)
    assert refused.value.problems[0].code == code
    assert refused.value.problems[0].params["path"] == str(bad)


def test_a_package_signed_with_a_foreign_key_is_refused(package: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from classroom.reporting.package import SIGNED_PREFIX
    import base64

    thief = Ed25519PrivateKey.generate()
    forged = tmp_path / "forged.zip"

    def resign(manifest: dict) -> None:  # the thief's signature under the commune's public key
        with zipfile.ZipFile(package) as z:
            data = z.read(PAYLOAD)
        manifest["signature"] = base64.urlsafe_b64encode(thief.sign(SIGNED_PREFIX + data)).decode()
    _rewrite(package, forged, change_manifest=resign)
    with pytest.raises(InvalidInput) as refused:
        read_package(forged)
    assert refused.value.problems[0].code == "package_bad_signature"
    trusted = frozenset({public_key_b64(thief)})
    with pytest.raises(InvalidInput) as untrusted:
        read_package(package, trusted)
    assert untrusted.value.problems[0].code == "package_untrusted_key"


def _second_commune(demo_file: Path, tmp_path: Path, shared: list[str]) -> Path:
    """Another commune (its own key) whose people include some of the demo commune's, by personal ID."""
    copy = tmp_path / "other.sqlite3"
    shutil.copy(demo_file, copy)
    other = open_database(copy)
    try:
        with other.transaction() as s:
            s.execute(update(Commune).values(name="Đông Hòa", code="15884"))
            s.execute(delete(Setting).where(Setting.key == "signing_key"))  # its own key
            ids = s.scalars(select(Participant.id).where(Participant.national_id.is_not(None)).order_by(Participant.id))
            ids = list(ids)
            for pid, nid in zip(ids, shared):  # swap IDs so that exactly these are shared
                s.execute(update(Participant).where(Participant.national_id == nid).values(national_id=None))
                s.execute(update(Participant).where(Participant.id == pid).values(national_id=nid))
            for pid in ids[len(shared):]:  # the rest become other people
                s.execute(update(Participant).where(Participant.id == pid)
                          .values(national_id=f"0380{pid:08d}"))
        out = tmp_path / "goi-15884.zip"
        with other.transaction() as s:
            export_package(s, out, YEAR)
        return out
    finally:
        other.close()


def test_consolidation_counts_people_once(demo_db: Database, demo_file: Path, package: Path, tmp_path: Path) -> None:
    first = read_package(package)
    enrolled_ids = sorted({r[4] for r in first.rows if r[4]})
    shared = enrolled_ids[:10]
    second_path = _second_commune(demo_file, tmp_path, shared)
    second = read_package(second_path)
    assert second.key_id != first.key_id
    again = tmp_path / "again.zip"
    shutil.copy(package, again)
    damaged = tmp_path / "damaged.zip"
    _rewrite(package, damaged, lambda p: p.replace(b'"passed"', b'"in_progress"', 1))
    result = consolidate_files([package, second_path, again, damaged])
    assert [c.package.commune.code for c in result.communes] == ["15883", "15884"]
    assert {(r.path, r.code) for r in result.refused} == {(str(again), "package_same_period"),
                                                          (str(damaged), "package_bad_signature")}

    def people(p) -> set:  # type: ignore[no-untyped-def]
        return {("id", r[4]) if r[4] else ("local", p.commune.code, str(r[0])) for r in p.rows}
    both = people(first) | people(second)
    assert result.total.enrolled == len(both) == len(people(first)) + len(people(second)) - len(
        people(first) & people(second))
    shared_enrolled = {("id", n) for n in shared} & people(second)
    assert shared_enrolled and result.in_several == len(shared_enrolled)
    assert sum(f.enrolled for f in result.by_group.values()) == result.total.enrolled

    out = tmp_path / "tong-hop.xlsx"
    write_consolidation_file(out, result)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Tổng hợp", "Theo đối tượng", "Danh sách", "Gói bị từ chối"]
    totals = [[c.value for c in r] for r in wb["Tổng hợp"].iter_rows()]
    assert [r[3] for r in totals[1:3]] == ["15883", "15884"]
    total_row = next(r for r in totals if r[2] == "Tổng cộng (mỗi người tính một lần)")
    assert total_row[6] == result.total.enrolled < totals[1][6] + totals[2][6]
    merged = wb["Danh sách"]
    assert merged.max_row == 1 + len(first.rows) + len(second.rows) and merged.freeze_panes == "A2"
    assert merged.auto_filter.ref == f"A1:R{merged.max_row}"  # the filter row, as on a commune's roster
    starts = [c for c in merged["M"][1:] if c.value is not None]
    assert starts and all(c.is_date and c.number_format == "dd/mm/yyyy" for c in starts)
    assert {c.value for c in merged["H"][1:]} == {"Đông Tiến", "Đông Hòa"}
    refused = [[c.value for c in r] for r in wb["Gói bị từ chối"].iter_rows(min_row=2)]
    assert {r[1] for r in refused} == {"again.zip", "damaged.zip"}


def test_roster_read_again_is_the_one_verified(demo_db: Database, demo_file: Path, package: Path,
                                               tmp_path: Path) -> None:
    """Rows are not kept between verifying and writing: the file is read again, and a file swapped in
    between (even a genuine package, signed) is refused rather than written unverified."""
    from classroom.reporting.merged import merged_values, roster_widths
    from classroom.reporting.workbook import HEADER, fitted_widths

    mine = tmp_path / "mine.zip"
    shutil.copy(package, mine)
    second_path = _second_commune(demo_file, tmp_path, [])
    result = consolidate_files([mine, second_path])
    assert all(c.package.rows == [] for c in result.communes)  # let go once added up
    merged = [merged_values(p, r, n) for n, (p, r) in enumerate(result.rows, start=1)]
    assert len(merged) == len(result.rows) == len(read_package(package).rows) + len(read_package(second_path).rows)
    assert roster_widths(result) == fitted_widths(HEADER, merged)  # the widths reading found are the roster's

    shutil.copy(second_path, mine)  # another commune's genuine package in its place
    out = tmp_path / "tong-hop.xlsx"
    with pytest.raises(InvalidInput) as changed:
        write_consolidation_file(out, result)
    assert changed.value.problems[0].code == "package_changed"
    assert changed.value.problems[0].params["path"] == str(mine)
    assert not out.exists()


def test_nothing_to_consolidate(package: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"")
    with pytest.raises(InvalidInput) as none:
        consolidate_files([junk])
    assert none.value.problems[0].code == "no_package_accepted"
    assert none.value.problems[1].code == "package_unreadable"


def test_an_empty_period_makes_no_package(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.transaction() as s, pytest.raises(InvalidInput) as empty:
        export_package(s, tmp_path / "p.zip", Period.year(2031))
    assert empty.value.problems[0].code == "nothing_to_export"
    assert not (tmp_path / "p.zip").exists()


def test_package_bytes_hold_no_surprise(package: Path) -> None:
    with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as z:
        assert sorted(z.namelist()) == sorted([MANIFEST, PAYLOAD])
        manifest = json.loads(z.read(MANIFEST))
    assert manifest["format"] == "bdhvs-package" and manifest["version"] == 1 and len(manifest["key_id"]) == 11
