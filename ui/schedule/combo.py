"""Reading the value chosen in a combo box without asking Qt for an empty value.

"All"/"none" items carry no data and are recognised by their index, and the value is
read only from an item known to hold one: PySide6 6.12 on Python 3.11 mishandled empty
values (hence the pinned 6.11), and an index says what is meant more plainly anyway.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def chosen(combo: QComboBox, first_means_none: bool = False) -> Any:
    """The data of the chosen item; None when nothing (or the leading "all"/"none" item) is chosen."""
    index = combo.currentIndex()
    if index < 0 or (first_means_none and index == 0):
        return None
    return combo.itemData(index)


def choose_data(combo: QComboBox, value: Any, default: int = 0) -> None:
    """Select the item holding ``value`` (``default`` when none does or ``value`` is None)."""
    combo.setCurrentIndex(combo.findData(value) if value is not None and combo.findData(value) >= 0 else default)
