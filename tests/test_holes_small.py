"""The smaller holes of issue 14 (item 7), each probed as the probe found it.

- a package that unpacks to a gigabyte is refused before it is unpacked (memory bound, not time);
- names with bidirectional control characters (a village "‮…") are refused, and ``nfc`` never keeps them;
- a list of exactly the row limit is accepted: the header row does not count.
(Files written 0600 and the masked participant list: ``tests/test_private_writes.py``.)
"""
from __future__ import annotations

import json
import struct
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from classroom.errors import InvalidInput
from classroom.importing import build_preview, guess_layout, read_file
from classroom.reporting.package import MANIFEST, PAYLOAD, read_package
from classroom.scheduling.places import InstructorInput, VenueInput, create_instructor, create_venue
from classroom.text import BIDI_CONTROLS, nfc
from classroom.validation import check_full_name
from models.db import Database
from tests.conftest import DEMO_TODAY
from tests.listfiles import HEADER, PEOPLE, write_csv

MB = 1024 * 1024


def _deflated_spaces(unpacked: int) -> tuple[bytes, int]:
    """A raw deflate stream of ``unpacked`` spaces and its CRC, made without deflating them all: after a full
    flush, deflating the same block again gives the same bytes, so one block's output is repeated."""
    block = b" " * MB
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH) == again
    count = unpacked // MB
    stream = first + again * (count - 1) + packer.flush()
    assert len(zlib.decompressobj(-15).decompress(stream[:len(first) + 2 * len(again)], 3 * MB)) == 3 * MB
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return stream, crc


def _bomb(path: Path, unpacked: int) -> Path:
    """A package whose payload is ``unpacked`` bytes of spaces: about a thousandth of that on disk."""
    manifest = json.dumps({"format": "bdhvs-package", "version": 1, "public_key": "A" * 43,
                           "signature": "A" * 86}).encode()
    stream, crc = _deflated_spaces(unpacked)
    members = [(MANIFEST.encode(), 0, manifest, zlib.crc32(manifest), len(manifest)),
               (PAYLOAD.encode(), 8, stream, crc, unpacked)]
    out, central = bytearray(), bytearray()
    for name, method, data, member_crc, size in members:
        offset = len(out)
        fields = (20, 0, method, 0, 0, member_crc, len(data), size, len(name))
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name + data
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + name
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    path.write_bytes(bytes(out + central) + end)
    with zipfile.ZipFile(path) as z:  # a zip as any tool reads it, sizes told honestly
        assert z.getinfo(PAYLOAD).file_size == unpacked
    return path


@pytest.fixture(scope="module")
def gigabyte_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _bomb(tmp_path_factory.mktemp("bomb") / "goi-bom.zip", 1000 * MB)  # under the old 1 GB cap


@pytest.mark.parametrize("unpacked_mb", [1000, 40])
def test_a_package_that_unpacks_to_much_more_is_refused_before_it_is_unpacked(
        gigabyte_package: Path, tmp_path: Path, unpacked_mb: int) -> None:
    path = gigabyte_package if unpacked_mb == 1000 else _bomb(tmp_path / "goi-40.zip", unpacked_mb * MB)
    assert path.stat().st_size < 1.1 * MB  # the probe's package was 956 KB
    tracemalloc.start()
    try:
        with pytest.raises(InvalidInput) as refused:
            read_package(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.problems[0].code == "package_too_large"
    assert refused.value.problems[0].params["path"] == str(path)
    assert peak < 16 * MB, f"{peak / MB:.0f} MB used to refuse it"


# --- bidirectional controls ---------------------------------------------------------------------------

RLO = "\u202e"


@pytest.mark.parametrize("control", sorted(BIDI_CONTROLS))
def test_nfc_never_keeps_a_direction_control(control: str) -> None:
    assert nfc(f"Thôn {control}Đông") == "Thôn Đông"


def test_a_name_with_a_direction_control_is_refused_not_cleaned() -> None:
    checked = check_full_name(f"Nguyễn Văn {RLO}An")
    assert not checked.ok and checked.errors[0].code == "text_direction_control"


def test_a_village_named_with_rlo_is_refused_on_import(db: Database, tmp_path: Path) -> None:
    rows = [HEADER, [*PEOPLE[0][:6], f"Thôn {RLO}gnôĐ", PEOPLE[0][7]], PEOPLE[1]]
    sheet = read_file(write_csv(tmp_path / "ds.csv", rows, "utf-8"))
    with db.sessions() as s:
        preview = build_preview(s, sheet, guess_layout(sheet), today=DEMO_TODAY)
    [rejected] = preview.rejected
    assert rejected.row == 2 and [(e.code, e.field) for e in rejected.errors] == [("text_direction_control", "village")]
    assert len(preview.accepted) == 1


def test_venues_and_instructors_with_direction_controls_are_refused(db: Database) -> None:
    for make, code in ((lambda s: create_venue(s, VenueInput(f"Nhà văn hóa {RLO}1")), "venue_invalid"),
                       (lambda s: create_instructor(s, InstructorInput(f"Lê Văn {RLO}Tâm")), "instructor_invalid")):
        with pytest.raises(InvalidInput) as refused:
            with db.transaction() as s:
                make(s)
        assert refused.value.code == code
        assert refused.value.problems[0].code == "text_direction_control"


# --- the row limit ----------------------------------------------------------------------------------------

def _list_of(path: Path, people: int) -> Path:
    line = "Nguyễn Văn An,1970\r\n".encode()
    with path.open("wb") as fh:
        fh.write("Họ và tên,Năm sinh\r\n".encode())
        fh.write(line * people)
    return path


def test_a_list_of_exactly_the_limit_is_read_and_one_more_is_refused(tmp_path: Path) -> None:
    from classroom.importing.reading import MAX_ROWS

    sheet = read_file(_list_of(tmp_path / "du.csv", MAX_ROWS))  # 200,000 people and their header
    assert len(sheet.rows) == MAX_ROWS + 1
    over = read_file(_list_of(tmp_path / "thua.csv", MAX_ROWS + 1))
    with pytest.raises(InvalidInput) as refused:
        build_preview(None, over, guess_layout(over), today=DEMO_TODAY)  # type: ignore[arg-type]
    assert refused.value.code == "too_many_rows" and refused.value.params["limit"] == MAX_ROWS


@pytest.mark.parametrize("people,accepted", [(50, True), (51, False)])
def test_the_limit_counts_people_not_the_header(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                people: int, accepted: bool) -> None:
    import classroom.importing.preview as preview_module
    import classroom.importing.reading as reading

    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    monkeypatch.setattr(preview_module, "MAX_ROWS", 50)
    titled = tmp_path / "ds.csv"  # a title line and a blank line above the header, as officers make them
    titled.write_bytes("DANH SÁCH HỌC VIÊN\r\n\r\nHọ và tên,Năm sinh\r\n".encode()
                       + "Nguyễn Văn An,1970\r\n".encode() * people)
    sheet = read_file(titled)
    with db.sessions() as s:
        if accepted:
            preview = build_preview(s, sheet, guess_layout(sheet), today=DEMO_TODAY)
            assert preview.total_rows == people
        else:
            with pytest.raises(InvalidInput) as refused:
                build_preview(s, sheet, guess_layout(sheet), today=DEMO_TODAY)
            assert refused.value.code == "too_many_rows" and refused.value.params["limit"] == 50
