"""The Settings screen: one tab for the office, one for targets and populations."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from ..changes import COMMUNE, PLACES
from ..ops import Ops
from ..trust.form import TrustForm
from .office_form import OfficeForm
from .targets_form import TargetsForm


class SettingsPanel(QWidget):
    SHOWS = COMMUNE | PLACES  # the office, targets and each village's population

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPanel")
        title = QLabel(self.tr("Settings"))
        title.setObjectName("panelTitle")
        self.office = OfficeForm(ops)
        self.targets = TargetsForm(ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.office, self.tr("Commune, signer and backups"))
        self.tabs.addTab(self.targets, self.tr("Targets and populations"))
        self.trust = TrustForm(ops)
        self.tabs.addTab(self.trust, self.tr("Keys and trust"))
        self.top = QHBoxLayout()  # the window adds "Setup assistant…" here
        self.top.addWidget(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.tabs, 1)

    def reload(self) -> None:
        self.office.reload()
        self.targets.reload()
        self.trust.reload()
