"""Every file holding personal data is written whole and private, and the terminal masks what the window masks
(issue 14, item 7): the import's rejected-rows report and the printed PDFs were written 0644, and
``list participants`` printed whole ID numbers and phones.
"""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from classroom.cli import main
from classroom.files import write_private
from tests.listfiles import messy_rows, write_xlsx

pytestmark = pytest.mark.sqlite  # looks at the files the program writes


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """As on a machine whose umask lets everyone read what is made."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    db = str(tmp_path / "xa.sqlite3")
    assert main(["--db", db, "demo", "--participants", "60"]) == 0
    capsys.readouterr()
    return db


def test_the_rejected_rows_report_is_private(demo: str, tmp_path: Path, open_umask: None) -> None:
    rows, _ = messy_rows()
    listing = write_xlsx(tmp_path / "ds.xlsx", rows, merged=["A1:I1"])
    for name in ("loi.csv", "loi.xlsx"):
        report = tmp_path / "out" / name
        report.parent.mkdir(exist_ok=True)
        report.write_text("an older report, readable by all")
        os.chmod(report, 0o644)
        assert main(["--db", demo, "import", "participants", str(listing), "--report", str(report), "--dry-run"]) == 3
        assert mode(report) == 0o600, name
        assert report.read_bytes()[:2] in (b"PK", "\ufeff".encode()[:2])  # replaced whole
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]  # no temporary file left


@pytest.mark.parametrize("what", [["certificates", "--class", "1", "--reprint"], ["signin", "--session", "1"],
                                  ["cards", "--class", "1"], ["roster", "--class", "1"], ["schedule", "--class", "1"]])
def test_printed_pdfs_are_private(demo: str, tmp_path: Path, open_umask: None, what: list[str]) -> None:
    out = tmp_path / "in" / f"{what[0]}.pdf"
    out.parent.mkdir()
    assert main(["--db", demo, "print", what[0], *what[1:], "--out", str(out)]) == 0
    assert mode(out) == 0o600 and out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == [out.name]


def test_the_one_writer_is_whole_or_nothing_and_private(tmp_path: Path, open_umask: None) -> None:
    out = tmp_path / "person.json"
    out.write_text("old")
    os.chmod(out, 0o644)

    def fails(fh) -> None:  # type: ignore[no-untyped-def]
        fh.write(b"half")
        raise RuntimeError("the disk is full")

    with pytest.raises(RuntimeError):
        write_private(out, fails)
    assert out.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["person.json"]
    write_private(out, "Nguyễn Văn An".encode())
    assert out.read_text(encoding="utf-8") == "Nguyễn Văn An" and mode(out) == 0o600


def test_list_participants_masks_ids_and_phones_unless_asked(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", demo, "list", "participants", "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    ids = [p["national_id"] for p in people if p["national_id"]]
    phones = [p["phone"] for p in people if p["phone"]]
    assert ids and phones and all(len(i) == 12 and i.isdigit() for i in ids)  # --json: whole, for tools
    assert main(["--db", demo, "list", "participants"]) == 0
    table = capsys.readouterr().out
    assert not [i for i in ids if i in table] and not [p for p in phones if p in table]
    assert f"********{ids[0][-4:]}" in table and f"*******{phones[0][-3:]}" in table
    assert main(["--db", demo, "list", "participants", "--unmasked"]) == 0
    whole = capsys.readouterr().out
    assert all(i in whole for i in ids) and all(p in whole for p in phones)
