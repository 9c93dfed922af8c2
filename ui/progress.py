"""Long work (imports, batch printing, exports) with a progress dialog and a working Cancel.

The core reports through plain callbacks, ``progress(done, total)`` and ``cancelled()``;
this adapts them to Qt: the work runs on the serial database worker inside one
transaction, the dialog appears only after a short delay (as Anki does, 600 ms), and
Cancel makes ``cancelled()`` true, so the service raises ``Cancelled`` and the
transaction is rolled back: nothing half-done stays.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget
from sqlalchemy.orm import Session

from models.errors import Cancelled

from .changes import EVERYTHING, Changes
from .ops import Ops

T = TypeVar("T")
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
SHOW_AFTER_MS = 600


class _Bridge(QObject):
    moved = Signal(int, int)


class ProgressTask(QObject):
    """One long operation; keep a reference until it finishes (``finished`` tells)."""

    finished = Signal()

    def __init__(self, parent: QWidget, ops: Ops, label: str,
                 work: Callable[[Session, Progress, IsCancelled], T],
                 on_success: Callable[[T], None], on_failure: Callable[[BaseException], None],
                 on_cancelled: Callable[[], None] | None = None, *, write: bool = True,
                 changes: Changes = EVERYTHING, origin: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._bridge = _Bridge()
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel.set)
        self._bridge.moved.connect(self._moved)
        self._on_success, self._on_failure, self._on_cancelled = on_success, on_failure, on_cancelled
        self.dialog.setValue(0)

        def run(session: Session) -> T:
            return work(session, self._bridge.moved.emit, self._cancel.is_set)

        if write:  # once saved, what it changed is broadcast to every screen
            ops.mutate(run, self._succeeded, self._failed, changes=changes, origin=origin)
        else:
            ops.query(run, self._succeeded, self._failed)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot(int, int)
    def _moved(self, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        QTimer.singleShot(0, self, self.finished.emit)  # dropped if the task is gone first (a closed window)

    def _succeeded(self, result: Any) -> None:
        self._close()
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            if self._on_cancelled:
                self._on_cancelled()
            return
        self._on_failure(exc)
