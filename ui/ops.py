"""Running database work off the GUI thread (Anki's QueryOp pattern, reduced).

A widget gives a function of a ``Session`` that returns plain data; it runs on one
serial worker thread (SQLite writes are serial anyway, and one thread keeps the
order of operations); the result or the error comes back on the GUI thread. No
Session or ORM object crosses threads: services return dataclasses.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.orm import Session

from models.db import Database
from models.errors import Cancelled

from .changes import EVERYTHING, Changes

T = TypeVar("T")


class _Relay(QObject):
    """Lives in the GUI thread; its bound slots make Qt queue the callbacks there."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_success: Callable[[Any], None], on_failure: Callable[[BaseException], None],
                 done: Callable[[_Relay], bool]) -> None:
        super().__init__()
        self._on_success, self._on_failure, self._done = on_success, on_failure, done
        self.succeeded.connect(self._deliver)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver(self, result: object) -> None:
        if self._done(self) and _alive(self._on_success):
            self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        if self._done(self) and _alive(self._on_failure):
            self._on_failure(exc)


def _alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def _alive_object(owner: QObject) -> bool:
    return shiboken6.isValid(owner)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, which shows it
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class Ops(QObject):
    """The window's one way to the database. ``synchronous=True`` runs in place (tests).

    ``changed(changes, origin)``: the one change broadcast. Emitted after a write succeeded (and
    after its own ``on_success`` ran), with what it touched (``ui.changes.Changes``) and the
    widget that made it (which may have shown the change itself); every screen listens through
    the main window.

    ``actor``: who the changes are made by, for the audit log: the officer's name once given
    (``ui.safety.officer``), else empty, never the computer's login (a shared office PC's
    account says nothing of who sat at it). ``unlock``: set by the window (``ui.safety``) to ask for the
    password when work meets the locked signing key; it then calls ``retry`` (the work runs again)
    or ``give_up``.
    """

    changed = Signal(object, object)  # Changes, origin (the widget that made the change, or None)

    def __init__(self, db: Database, on_error: Callable[[BaseException], None], *,
                 synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = ""
        self.unlock: Callable[[Callable[[], None], Callable[[], None]], None] | None = None
        self._on_error = on_error
        self._synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[_Relay] = set()
        self._closed = False

    def query(self, fn: Callable[[Session], T], on_success: Callable[[T], None],
              on_failure: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn(session)`` in a read-only unit of work; results come back on the GUI thread."""
        def work() -> T:
            with self.db.sessions() as session:
                return fn(session)
        self._submit(work, on_success, on_failure or self._on_error)

    def mutate(self, fn: Callable[[Session], T], on_success: Callable[[T], None],
               on_failure: Callable[[BaseException], None] | None = None, *,
               changes: Changes = EVERYTHING, origin: QObject | None = None) -> None:
        """Run ``fn(session)`` in one transaction: all of it is saved, or none of it. Once saved,
        ``changes`` is broadcast (every screen showing any of it reloads; say less than
        everything when less was touched, and ``origin`` when the asking widget shows it itself)."""
        def work() -> T:
            with self.db.transaction() as session:
                return fn(session)

        def succeeded(result: T) -> None:
            if _alive(on_success):
                on_success(result)
            self.announce(changes, origin)
        self._submit(work, succeeded, on_failure or self._on_error)

    def announce(self, changes: Changes, origin: QObject | None = None) -> None:
        """Tell every screen what changed (a write made other than by ``mutate``: a restore)."""
        if changes and not self._closed:
            self.changed.emit(changes, origin if origin is not None and _alive_object(origin) else None)

    def call(self, fn: Callable[[], T], on_success: Callable[[T], None],
             on_failure: Callable[[BaseException], None] | None = None) -> None:
        """Run ``fn()`` on the database worker, in turn with the rest (a backup, a restore: no session)."""
        self._submit(fn, on_success, on_failure or self._on_error)

    def _submit(self, work: Callable[[], T], on_success: Callable[[T], None],
                on_failure: Callable[[BaseException], None]) -> None:
        def failed(exc: BaseException) -> None:
            if not _alive(on_failure):
                return  # the widget that asked is gone
            if self.unlock is not None and getattr(exc, "code", None) == "signing_key_locked":
                self.unlock(lambda: self._submit(work, on_success, on_failure), lambda: on_failure(Cancelled()))
            else:
                on_failure(exc)
        self._run(work, on_success, failed)

    def _run(self, work: Callable[[], T], on_success: Callable[[T], None],
             on_failure: Callable[[BaseException], None]) -> None:
        if self._synchronous:
            try:
                result = work()
            except BaseException as exc:
                on_failure(exc)
            else:
                on_success(result)
            return
        relay = _Relay(on_success, on_failure, self._finished)
        self._running.add(relay)
        self._pool.start(_Job(work, relay))

    def _finished(self, relay: _Relay) -> bool:
        """Forget the relay; deliver its result only while the window that asked is still open."""
        self._running.discard(relay)
        return not self._closed

    def report_error(self, exc: BaseException) -> None:
        """Hand an error to the window's one presenter, as a failed operation would."""
        self._on_error(exc)

    def busy(self) -> bool:
        return bool(self._running)

    def wait(self) -> None:
        """Block until the running work ends."""
        self._pool.waitForDone()

    def shutdown(self) -> None:
        """The window closes: let running work finish (and commit), deliver nothing more."""
        self._pool.waitForDone()
        self._closed = True
