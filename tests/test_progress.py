"""Long work: progress reaches the dialog, Cancel rolls everything back."""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from sqlalchemy import func, select

from models import Village
from models.db import Database
from models.errors import Cancelled
from ui.ops import Ops
from ui.progress import ProgressTask


def adding_villages(go_on: threading.Event | None = None):  # type: ignore[no-untyped-def]
    def work(session, progress, cancelled):  # type: ignore[no-untyped-def]
        from models import Commune
        commune = Commune(name="Thử", code="00001", province_name="Thử", province_code="01")
        session.add(commune)
        for n in range(50):
            if cancelled():
                raise Cancelled()
            session.add(Village(commune=commune, name=f"Thôn {n}"))
            session.flush()
            progress(n + 1, 50)
            if go_on is not None and n == 10:
                go_on.wait(5)
        return 50
    return work


def villages(db: Database) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Village))


def test_progress_and_success(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []
    task = ProgressTask(parent, Ops(db, print), "Đang thêm…", adding_villages(), results.append, print)
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert results == [50] and villages(db) == 50
    assert task.dialog.maximum() == 50


def test_cancel_rolls_back_everything(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    outcome: list[str] = []
    task = ProgressTask(parent, Ops(db, print), "Đang thêm…", adding_villages(gate),
                        lambda r: outcome.append("done"), lambda e: outcome.append("failed"),
                        lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: task.dialog.value() >= 11, timeout=10000)
    qtbot.waitUntil(task.dialog.isVisible, timeout=5000)  # shown after its short delay
    cancel = task.dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)  # the person presses Cancel
    gate.set()
    with qtbot.waitSignal(task.finished, timeout=10000):
        pass
    assert outcome == ["cancelled"]
    assert villages(db) == 0
