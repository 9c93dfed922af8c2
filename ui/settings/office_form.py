"""The commune's identity, the receiving body, the signer and the backup folder, saved together."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget,
)

from classroom.office import Office, load_office, save_office

from ..changes import COMMUNE
from ..ops import Ops
from ..reports.words import describe


class OfficeForm(QWidget):
    saved = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self.office = Office()
        self.name, self.code = QLineEdit(), QLineEdit()
        self.kind = QComboBox()
        for value, text in (("commune", self.tr("Commune (xã)")), ("ward", self.tr("Ward (phường)")),
                            ("special_zone", self.tr("Special zone (đặc khu)"))):
            self.kind.addItem(text, value)
        self.province_name, self.province_code = QLineEdit(), QLineEdit()
        self.code.setInputMask("99999;_")
        self.province_code.setInputMask("99;_")
        self.upper_body, self.place_name = QLineEdit(), QLineEdit()
        self.signer_title, self.signer_name = QLineEdit(), QLineEdit()
        self.backup_folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.upper_body.setPlaceholderText(self.tr("e.g. Ủy ban nhân dân tỉnh Thanh Hóa"))
        self.place_name.setPlaceholderText(self.tr("the commune's name when empty"))
        self.backup_folder.setPlaceholderText(self.tr("a “backups” folder beside the data file when empty"))
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Commune code (5 digits):"), self.code)
        form.addRow(self.tr("Province:"), self.province_name)
        form.addRow(self.tr("Province code (2 digits):"), self.province_code)
        form.addRow(self.tr("Receiving body:"), self.upper_body)
        form.addRow(self.tr("Place on papers:"), self.place_name)
        form.addRow(self.tr("Signer's title:"), self.signer_title)
        form.addRow(self.tr("Signer's name:"), self.signer_name)
        form.addRow(self.tr("Backup folder:"), folder_row)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        note = QLabel(self.tr("Since 1 July 2025 communes report to the province and its departments; write the "
                              "receiving body as your papers name it."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reload(self) -> None:
        self._ops.query(load_office, self.show_office)

    def show_office(self, o: Office) -> None:
        self.office = o
        for field in ("name", "code", "province_name", "province_code", "upper_body", "place_name", "signer_title",
                      "signer_name", "backup_folder"):
            getattr(self, field).setText(getattr(o, field))
        self.kind.setCurrentIndex(max(0, self.kind.findData(o.kind)))

    def entered(self) -> Office:
        return replace(self.office, name=self.name.text(), kind=str(self.kind.currentData()), code=self.code.text(),
                       province_name=self.province_name.text(), province_code=self.province_code.text(),
                       upper_body=self.upper_body.text(), place_name=self.place_name.text(),
                       signer_title=self.signer_title.text(), signer_name=self.signer_name.text(),
                       backup_folder=self.backup_folder.text().strip())

    def save(self) -> None:
        office, actor = self.entered(), self._ops.actor  # the officer working, as everywhere in the audit log
        self._ops.mutate(lambda s: save_office(s, office, actor=actor), self._saved, self._failed,
                         changes=COMMUNE, origin=self)

    def _saved(self, office: Office) -> None:
        self.show_office(office)
        self.message.setText(self.tr("Saved."))
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        from ..setup.words import describe as describe_setup  # the commune's own refusals
        text = describe_setup(exc) if getattr(exc, "code", "") == "commune_change_after_certificates" else describe(exc)
        self.message.setText(text)
        QMessageBox.warning(self, self.tr("Settings"), text)

    def _browse(self) -> None:
        picked = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), self.backup_folder.text()
                                                  or str(Path.home()))
        if picked:
            self.backup_folder.setText(picked)
