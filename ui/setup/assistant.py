"""The setup assistant: what an empty database opens instead of empty screens, and what Settings
reopens. The commune from the official list, the receiving body, the signer, then villages,
venues and instructors (each optional), saved together at the end: all of it, or nothing."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget, QWizard,
    QWizardPage,
)
from sqlalchemy.orm import Session

from classroom.communes import communes
from classroom.directory import split_pasted
from classroom.setup import FirstDay, SetupResult, SetupState, first_day, setup_state

from ..ops import Ops
from .commune_page import CommuneChooser
from .words import describe

KIND_WORDS = {"commune": "xã", "ward": "phường", "special_zone": "đặc khu"}


def _message() -> QLabel:
    label = QLabel(objectName="setupMessage")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a12622;")
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class CommunePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your commune"))
        self.setSubTitle(self.tr("Choose it from the official list of the 3,321 communes, wards and special zones "
                                 "in force since 1 July 2025. Its code goes into class codes, cards and certificates."))
        self.chooser = CommuneChooser()
        self.locked = _note("")
        self.locked.setObjectName("communeLocked")
        self.locked.hide()
        self.message = _message()
        self.kept: tuple[str, str, str] | None = None  # (code, kind, name) of a commune that cannot change
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.message)
        self.chooser.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return self.chooser.chosen() is not None or self.kept is not None

    def issuer(self) -> str:
        chosen = self.chooser.chosen()
        if chosen is not None and self.kept is None:
            return f"UBND {KIND_WORDS[chosen.kind]} {chosen.name}"
        return f"UBND {KIND_WORDS.get(self.kept[1], 'xã')} {self.kept[2]}" if self.kept else ""

    def code(self) -> str:
        chosen = self.chooser.chosen()
        return self.kept[0] if self.kept else chosen.code if chosen else ""

    def lock(self, certificates: int, code: str, kind: str, name: str) -> None:
        """Certificates were issued: their serials carry the commune's code, so it stays."""
        self.kept = (code, kind, name)
        name = f"{KIND_WORDS.get(kind, 'xã')} {name}"
        self.chooser.search.setEnabled(False)
        self.chooser.list.setEnabled(False)
        self.locked.setText(self.tr("The commune cannot be changed: %1 certificates were issued for %2, and their "
                                    "serial numbers and QR codes carry its code. The rest can be changed.")
                            .replace("%1", str(certificates)).replace("%2", name))
        self.locked.show()
        self.completeChanged.emit()


class OfficePage(QWizardPage):
    def __init__(self, commune: CommunePage) -> None:
        super().__init__()
        self.commune = commune
        self.setTitle(self.tr("Reports and signature"))
        self.setSubTitle(self.tr("Since 1 July 2025 communes report to the province: the provincial People's "
                                 "Committee by default, or the department your papers name."))
        self.issuer = QLabel(objectName="issuerName")
        self.receiver = QLineEdit(objectName="receiver")
        self.signer_title = QComboBox(objectName="signerTitle")
        self.signer_title.setEditable(True)
        self.signer_title.addItems(["Chủ tịch", "Phó Chủ tịch"])
        self.signer_name = QLineEdit(objectName="signerName")
        self.signer_name.setPlaceholderText(self.tr("e.g. Lê Văn Thành"))
        form = QFormLayout(self)
        form.addRow(self.tr("Issuing body on papers:"), self.issuer)
        form.addRow(self.tr("Receiving body for reports:"), self.receiver)
        form.addRow(self.tr("Signer's title:"), self.signer_title)
        form.addRow(self.tr("Signer's name:"), self.signer_name)
        form.addRow(_note(self.tr("The signer can be left for later (Settings); certificates need one.")))
        self._province = ""
        self._default = ""

    def initializePage(self) -> None:
        self.issuer.setText(self.commune.issuer())
        chosen = self.commune.chooser.chosen()
        if chosen is None or self.commune.kept is not None:
            return
        default = chosen.province.people_committee
        if not self.receiver.text().strip() or self.receiver.text() == self._default:
            self.receiver.setText(default)  # the officer's own words are kept
        self._default = default


class ListsPage(QWizardPage):
    """One or more lists of names, one a line: typed, or pasted from a spreadsheet or a document."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.message = _message()
        self.columns = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.columns, 1)
        layout.addWidget(self.message)
        self.boxes: dict[str, tuple[QPlainTextEdit, QLabel, QLabel]] = {}

    def add_list(self, key: str, heading: str, placeholder: str) -> QPlainTextEdit:
        box = QPlainTextEdit(objectName=f"{key}List")
        box.setPlaceholderText(placeholder)
        existing, count = QLabel(), QLabel()
        existing.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(QLabel(f"<b>{heading}</b>"))
        column.addWidget(existing)
        column.addWidget(box, 1)
        column.addWidget(count)
        self.columns.addLayout(column, 1)
        self.boxes[key] = (box, existing, count)
        box.textChanged.connect(lambda: count.setText(self.tr("%1 new").replace(
            "%1", str(len(split_pasted(box.toPlainText()))))))
        return box

    def show_existing(self, key: str, names: tuple[str, ...]) -> None:
        label = self.boxes[key][1]
        label.setVisible(bool(names))
        shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
        label.setText(self.tr("Already there (%1): %2").replace("%1", str(len(names))).replace("%2", shown))

    def names(self, key: str) -> tuple[str, ...]:
        return tuple(split_pasted(self.boxes[key][0].toPlainText()))


def _state_and_list(session: Session) -> SetupState:
    """What the assistant shows, and the official list read now, off the window's thread (half a second)."""
    communes()
    return setup_state(session)


class SetupAssistant(QWizard):
    """Window-modal, not blocking; ``done_setup`` carries the saved commune."""

    done_setup = Signal(object)  # SetupResult

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setObjectName("setupAssistant")
        self.setWindowTitle(self.tr("Setting up the commune"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for button, text in ((QWizard.WizardButton.NextButton, self.tr("Next >")),
                             (QWizard.WizardButton.BackButton, self.tr("< Back")),
                             (QWizard.WizardButton.FinishButton, self.tr("Save and start")),
                             (QWizard.WizardButton.CancelButton, self.tr("Later"))):
            self.setButtonText(button, text)
        self.resize(900, 620)
        self.commune = CommunePage()
        self.office = OfficePage(self.commune)
        self.villages = ListsPage(
            self.tr("Villages and residential groups"),
            self.tr("Type or paste them, one a line (thôn, ấp, bản, tổ dân phố). Or leave the list empty: the first "
                    "import of participants adds the villages it meets."))
        self.villages.add_list("village", self.tr("Villages / residential groups"), "Thôn Đông\nThôn Tây\nTổ dân phố 1")
        self.places = ListsPage(
            self.tr("Venues and instructors (optional)"),
            self.tr("Where classes meet and who teaches them, one a line. A new class can also add them as it goes."))
        self.places.add_list("venue", self.tr("Venues"), "Nhà văn hóa thôn Đông\nHội trường UBND")
        self.places.add_list("instructor", self.tr("Instructors"), "Nguyễn Văn An\nTrần Thị Bình")
        for page in (self.commune, self.office, self.villages, self.places):
            self.addPage(page)
        self.state: SetupState | None = None
        self.ops.query(_state_and_list, self._show_state)

    def _show_state(self, state: SetupState) -> None:
        self.state = state
        office = state.office
        if office.code:
            self.commune.chooser.choose(office.code)
            self.office.receiver.setText(office.upper_body)
            self.office._default = ""
            self.office.signer_title.setCurrentText(office.signer_title or "Chủ tịch")
            self.office.signer_name.setText(office.signer_name)
            if state.certificates:
                self.commune.lock(state.certificates, office.code, office.kind, office.name)
        self.villages.show_existing("village", state.villages)
        self.places.show_existing("venue", state.venues)
        self.places.show_existing("instructor", state.instructors)

    def entered(self) -> FirstDay:
        return FirstDay(self.commune.code(), self.office.receiver.text().strip() or None,
                        self.office.signer_title.currentText(), self.office.signer_name.text(),
                        self.villages.names("village"), self.places.names("venue"),
                        self.places.names("instructor"))

    def accept(self) -> None:
        """Saves everything; on a problem the assistant stays, on the page that has it."""
        data, actor = self.entered(), self.ops.actor
        for page in (self.commune, self.villages, self.places):
            page.message.clear()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ops.mutate(lambda s: first_day(s, data, actor=actor), self._saved, self._failed)

    def _saved(self, result: SetupResult) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.done_setup.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        problems = getattr(exc, "problems", [])
        field = problems[0].field if problems else "commune"
        page = {"village": self.villages, "venue": self.places, "instructor": self.places}.get(field, self.commune)
        while self.currentPage() is not page and self.currentId() > 0:
            self.back()
        page.message.setText(describe(exc))

