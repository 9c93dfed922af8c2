"""Small pieces the registry's screens share."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from models.errors import ClassroomError, InvalidInput

from ..ops import Ops

ERROR_COLOUR = "#b00020"
WARNING_COLOUR = "#8a5a00"


def failure(ops: Ops, invalid: Callable[[InvalidInput], None] | None = None,
            parent: QWidget | None = None) -> Callable[[BaseException], None]:
    """A failure callback: input problems to ``invalid`` (shown beside the fields), the registry's own refusals
    in a sentence, the rest to the window's presenter."""
    def handle(exc: BaseException) -> None:
        from .words import FILE_PROBLEMS, describe_problem
        if invalid is not None and isinstance(exc, InvalidInput) and exc.problems:
            invalid(exc)
        elif isinstance(exc, ClassroomError) and exc.code in FILE_PROBLEMS:
            QMessageBox.warning(parent, QCoreApplication.translate("Registry", "Not done"),
                                describe_problem(exc.code, exc.params))
        else:
            ops.report_error(exc)  # the window's one presenter (ui.app.show_error)
    return handle


def message_label(parent: QWidget | None = None) -> QLabel:
    """The line under a field that says what is wrong with it."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


def show_message(label: QLabel, text: str, error: bool) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOUR if error else WARNING_COLOUR}; font-size: 9pt;")
    label.setText(text)
    label.setVisible(bool(text))


def thousands(n: int) -> str:
    """1.234 as Vietnamese write it."""
    return f"{n:,}".replace(",", ".")
