"""What an empty list shows instead of a blank grid: a sentence saying what to do next, and a
button that does it. ``EmptySwitch`` takes the list's place in its layout and shows one or the other."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyHint(QWidget):
    def __init__(self, text: str, button: str, action: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyHint")
        self.label = QLabel(text, objectName="emptyText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("font-size: 12pt; color: #444;")
        self.button = QPushButton(button, objectName="emptyAction")
        self.button.clicked.connect(lambda: action())
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class EmptySwitch(QStackedWidget):
    """The list, or (``set_empty(True)``) the hint in its place."""

    def __init__(self, content: QWidget, hint: EmptyHint, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content, self.hint = content, hint
        self.addWidget(content)
        self.addWidget(hint)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.hint if empty else self.content)

    @property
    def empty(self) -> bool:
        return self.currentWidget() is self.hint


def hint_in_place(layout: QLayout, content: QWidget, text: str, button: str,
                  action: Callable[[], object]) -> EmptySwitch:
    """Put a switch where ``content`` sits in ``layout`` (its stretch kept), holding it and its hint."""
    placeholder = QWidget()
    switch = EmptySwitch(placeholder, EmptyHint(text, button, action))
    layout.replaceWidget(content, switch)  # first, while content still sits in the layout
    switch.removeWidget(placeholder)
    placeholder.deleteLater()
    switch.content = content
    switch.insertWidget(0, content)
    switch.setCurrentWidget(content)
    return switch
