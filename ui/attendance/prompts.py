"""Questions about scanned cards that wait beside the scan stream instead of stopping it.

A card of someone not enrolled in the class must not stop the queue at the door with a
modal question: the next person's scan (and its Enter) would answer it. Each such card
gets its own bar (the person's name, "Enrol as walk-in", "Ignore") keyed to that person
and that session; scanning goes on, and the officer answers the bars when there is time.
The buttons never take the keyboard focus, so no Enter from the scanner can press them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

VISIBLE = 3  # bars shown at once (the roster keeps its room on a 768-pixel screen); the rest wait in turn


class WalkInPrompt(QFrame):
    """One waiting question: enrol ``participant_id`` into the class of ``session_id``, or not."""

    enrol = Signal(int, int)  # session id, participant id
    dismissed = Signal(object)  # this prompt

    def __init__(self, session_id: int, participant_id: int, full_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_id, self.participant_id, self.full_name = session_id, participant_id, full_name
        self.setObjectName("walkInPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#walkInPrompt{background:#fdecea;border:1px solid #b3261e;border-radius:4px;}")
        self.label = QLabel(self.tr("%1 is not enrolled in this class.").replace("%1", full_name))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.accept_button = QPushButton(self.tr("Enrol as walk-in"))
        self.accept_button.setToolTip(self.tr("Enrol this person in the class and mark them present"))
        self.ignore_button = QPushButton(self.tr("Ignore"))
        for button in (self.accept_button, self.ignore_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scanner's Enter never reaches them
            button.setAutoDefault(False)
        self.accept_button.clicked.connect(self._accept)
        self.ignore_button.clicked.connect(lambda: self.dismissed.emit(self))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.ignore_button)

    def _accept(self) -> None:
        self.accept_button.setEnabled(False)
        self.ignore_button.setEnabled(False)
        self.enrol.emit(self.session_id, self.participant_id)
        self.dismissed.emit(self)


class WalkInPrompts(QWidget):
    """The waiting questions, oldest first: ``VISIBLE`` bars shown, then a line saying how many more wait."""

    enrol = Signal(int, int)  # session id, participant id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInPrompts")
        self.pending: list[WalkInPrompt] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.more = QLabel()
        self.more.setObjectName("walkInMore")
        self._layout.addWidget(self.more)
        self._arrange()

    def ask(self, session_id: int, participant_id: int, full_name: str) -> WalkInPrompt:
        """A bar for this person at this session (the one already waiting, if scanned twice)."""
        for prompt in self.pending:
            if prompt.session_id == session_id and prompt.participant_id == participant_id:
                return prompt
        prompt = WalkInPrompt(session_id, participant_id, full_name, self)
        prompt.enrol.connect(self.enrol)
        prompt.dismissed.connect(self._dismiss)
        self.pending.append(prompt)
        self._layout.insertWidget(self._layout.count() - 1, prompt)
        self._arrange()
        return prompt

    def prompt_for(self, participant_id: int) -> WalkInPrompt | None:
        return next((p for p in self.pending if p.participant_id == participant_id), None)

    def forget(self, participant_id: int) -> None:
        """This person was enrolled another way: their question is answered."""
        prompt = self.prompt_for(participant_id)
        if prompt is not None:
            self._dismiss(prompt)

    def clear(self) -> None:
        for prompt in list(self.pending):
            self._dismiss(prompt)

    def _dismiss(self, prompt: object) -> None:
        if prompt in self.pending:
            assert isinstance(prompt, WalkInPrompt)
            self.pending.remove(prompt)
            prompt.hide()
            prompt.deleteLater()
            self._arrange()

    def _arrange(self) -> None:
        for index, prompt in enumerate(self.pending):
            prompt.setVisible(index < VISIBLE)
        waiting = len(self.pending) - VISIBLE
        self.more.setText(self.tr("Waiting their turn: %1 more not enrolled").replace("%1", str(waiting)) if waiting > 0 else "")
        self.more.setVisible(waiting > 0)
        self.setVisible(bool(self.pending))
