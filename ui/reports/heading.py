"""Before the PDF report is made: its document number and the recipient, both optional."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReportHeading(QDialog):
    def __init__(self, receiving_body: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportHeading")
        self.setWindowTitle(self.tr("The report's heading"))
        intro = QLabel(self.tr("The number is printed as “Số: 125/BC-UBND”. Leave it empty to write it by hand "
                               "on the paper after it is registered."))
        intro.setWordWrap(True)
        self.number = QLineEdit(objectName="reportNumber")
        self.number.setMaxLength(12)
        self.number.setPlaceholderText(self.tr("e.g. 125 (may be left empty)"))
        self.recipient = QLineEdit(objectName="reportRecipient")
        self.recipient.setMaxLength(300)
        self.recipient.setPlaceholderText(receiving_body or self.tr("the receiving body set in Settings"))
        form = QFormLayout()
        form.addRow(self.tr("Document number:"), self.number)
        form.addRow(self.tr("To (Kính gửi):"), self.recipient)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def ask(parent: QWidget, receiving_body: str = "") -> tuple[str, str] | None:
        """(number, recipient) as typed, or None when the officer cancels."""
        dialog = ReportHeading(receiving_body, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.number.text(), dialog.recipient.text()
