"""An SQLite database on a shared network drive is refused, in words that point to PostgreSQL."""
from __future__ import annotations

from pathlib import Path

import pytest

import classroom.local_disk as local_disk
from classroom.cli import main
from classroom.local_disk import is_unc, linux_mount_type, on_network, refuse_network_database
from models.errors import DatabaseError

MOUNTS = """/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/xa /mnt/xa\\040chung cifs rw,vers=3.0 0 0
server:/export /srv/nfs nfs4 rw 0 0
tmpfs /srv/nfs/tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize("text, unc", [
    ("\\\\server\\share\\classroom.sqlite3", True),
    ("//server/share/classroom.sqlite3", True),
    ("\\\\?\\UNC\\server\\share\\x.sqlite3", True),
    ("\\\\?\\C:\\Dữ liệu\\x.sqlite3", False),
    ("C:\\Users\\Lan\\AppData\\Local\\classroom\\classroom.sqlite3", False),
    ("/home/lan/.local/share/classroom/classroom.sqlite3", False),
])
def test_unc_paths_are_told_from_local_ones(text: str, unc: bool) -> None:
    assert is_unc(text) is unc


def test_a_mapped_network_drive_on_windows_is_network(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def drive_type(path: str) -> bool:
        asked.append(path)
        return path.upper().startswith("Z:")

    monkeypatch.setattr(local_disk, "windows_drive_is_remote", drive_type)
    assert on_network("Z:\\Xã Đông Tiến\\classroom.sqlite3", platform="win32")
    assert not on_network("C:\\Users\\Lan\\classroom.sqlite3", platform="win32")
    assert asked == ["Z:\\Xã Đông Tiến\\classroom.sqlite3", "C:\\Users\\Lan\\classroom.sqlite3"]


def test_linux_network_mounts_are_found_by_the_longest_mount_point() -> None:
    assert linux_mount_type(Path("/mnt/xa chung/classroom.sqlite3"), MOUNTS) == "cifs"
    assert linux_mount_type(Path("/srv/nfs/a.sqlite3"), MOUNTS) == "nfs4"
    assert linux_mount_type(Path("/srv/nfs/tmp/a.sqlite3"), MOUNTS) == "tmpfs"
    assert linux_mount_type(Path("/mnt/xa-chung/a.sqlite3"), MOUNTS) == "ext4"
    assert on_network("/mnt/xa chung/classroom.sqlite3", platform="linux", mounts=MOUNTS)
    assert not on_network("/home/lan/classroom.sqlite3", platform="linux", mounts=MOUNTS)


def test_a_server_url_and_a_local_file_pass(tmp_path: Path) -> None:
    refuse_network_database("postgresql+psycopg://u:p@db.xa.local/classroom")
    refuse_network_database(str(tmp_path / "classroom.sqlite3"))
    with pytest.raises(DatabaseError) as refused:
        refuse_network_database("\\\\may-chu\\chung\\classroom.sqlite3")
    assert refused.value.code == "network_drive"


def test_the_command_line_refuses_a_database_on_a_network_drive(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    share = tmp_path / "ổ mạng"
    share.mkdir()
    monkeypatch.setattr(local_disk, "on_network", lambda path, **_: str(path).startswith(str(share)))
    target = share / "classroom.sqlite3"
    assert main(["--db", str(target), "demo", "--participants", "20"]) == 2
    err = capsys.readouterr().err
    assert "ổ mạng dùng chung" in err and "PostgreSQL" in err and str(target) in err
    assert not target.exists()  # nothing created
    assert main(["--db", "//may-chu/chung/classroom.sqlite3", "--lang", "en", "list", "classes"]) == 2
    assert "shared network drive" in capsys.readouterr().err


def test_the_window_says_so_and_offers_another_file(qtbot, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                    vietnamese: None) -> None:
    from PySide6.QtWidgets import QMessageBox

    import ui.app as app_module
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(local_disk, "on_network", lambda path, **_: str(path).startswith(str(share)))
    shown: list[str] = []

    def quit_(box: QMessageBox) -> int:
        shown.append(box.text())
        [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole][0].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", quit_)
    assert app_module.open_with_choice(str(share / "classroom.sqlite3")) is None
    assert "ổ mạng dùng chung" in shown[0] and "PostgreSQL" in shown[0]
    assert not (share / "classroom.sqlite3").exists()


def test_a_made_pdf_opens_with_windows_default_viewer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import sys

    from PySide6.QtGui import QDesktopServices

    import ui.open_file as open_file
    started: list[str] = []
    qt: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: qt.append(url.toLocalFile())))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "startfile", started.append, raising=False)
    pdf = tmp_path / "Giấy chứng nhận #1.pdf"
    open_file.open_with_default_app(pdf)
    assert started == [str(pdf)] and qt == []

    def no_viewer(path: str) -> None:
        raise OSError(1155, "No application is associated with the specified file")

    monkeypatch.setattr(os, "startfile", no_viewer, raising=False)
    open_file.open_with_default_app(pdf)  # no viewer: Qt's try, no crash
    assert qt == [str(pdf)]
