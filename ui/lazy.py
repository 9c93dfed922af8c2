"""A screen made the first time it is needed.

The main window starts on the registry; the other screens (and the services behind them:
holidays, reporting, certificates ...) cost half a second of imports and set-up that the
officer should not wait for before the list appears. Each sits in the navigation as a
``LazyScreen``: an empty frame that imports and builds its panel when first shown (or
first asked for), and loads the panel's data once.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QVBoxLayout, QWidget

P = TypeVar("P", bound=QWidget)


class LazyScreen(QWidget, Generic[P]):
    def __init__(self, build: Callable[[], P], on_built: Callable[[P], None] | None = None) -> None:
        super().__init__()
        self._build, self._on_built = build, on_built
        self._panel: P | None = None
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @classmethod
    def of(cls, module: str, name: str, *args: Any, on_built: Callable[[Any], None] | None = None) -> LazyScreen[Any]:
        """The screen whose panel is ``name(*args)`` from ``module`` (relative to ``ui``), imported when first needed."""
        return cls(lambda: getattr(importlib.import_module(module, "ui"), name)(*args), on_built)

    @property
    def built(self) -> bool:
        return self._panel is not None

    def panel(self) -> P:
        """The screen's panel, made now if it was not yet (its data is not loaded by this)."""
        if self._panel is None:
            panel = self._build()
            self.layout().addWidget(panel)
            panel.show()  # now, not at the next turn of the event loop (a frame on screen shows it at once)
            self._panel = panel
            if self._on_built is not None:
                self._on_built(panel)
        return self._panel

    def open(self) -> P:
        """The screen is shown: made if needed, its data loaded the first time."""
        panel = self.panel()
        if not self._loaded:
            self.reload()
        return panel

    def forget(self) -> None:
        """The data shown may be stale (a restore): the panel loads again when next opened."""
        self._loaded = False

    def reload(self) -> None:
        """Loads the panel's data again, if it was made (one not made yet loads when opened)."""
        if self._panel is not None:
            self._loaded = True
            reload = getattr(self._panel, "reload", None)
            if callable(reload):  # a screen with nothing to load (verifying a certificate) has none
                reload()


class PanelOf(Generic[P]):
    """An attribute giving the panel of the ``LazyScreen`` kept in attribute ``host`` (made if needed)."""

    def __init__(self, host: str) -> None:
        self.host = host

    def __get__(self, owner: object, kind: type | None = None) -> P:
        screen: LazyScreen[P] = getattr(owner, self.host)
        return screen.panel()
