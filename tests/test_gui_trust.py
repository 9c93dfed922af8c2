"""Settings, "Keys and trust": the key's fingerprint, the trust list taken in from the window."""
from __future__ import annotations

import pytest

from classroom import trust
from models.db import Database
from ui.ops import Ops
from ui.settings.panel import SettingsPanel


def test_settings_show_the_key_fingerprint(qtbot, demo_db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    ops = Ops(demo_db, pytest.fail, synchronous=True)
    panel = SettingsPanel(ops)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    with demo_db.sessions() as s:
        info = trust.own_key(s)
    assert info is not None and panel.trust.fingerprint.text() == info.fingerprint
    assert panel.tabs.tabText(2) == "Khóa ký và tin cậy"


def test_settings_without_a_key_make_none(qtbot, db: Database, vietnamese: None) -> None:  # type: ignore[no-untyped-def]
    panel = SettingsPanel(Ops(db, pytest.fail, synchronous=True))
    qtbot.addWidget(panel)
    panel.reload()
    assert panel.trust.fingerprint.text() == "chưa có khóa"
    with db.sessions() as s:
        assert trust.own_key(s) is None
