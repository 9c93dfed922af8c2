"""Choosing the commune from the official list: type part of its name (accents optional), its
province or its code; the list answers at each keystroke (bench/bench_setup.py)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from classroom.communes import SEARCH_LIMIT, OfficialCommune, commune_by_code, search_communes


class CommuneChooser(QWidget):
    """A search field over a list of communes; ``chosen`` is the commune selected (or None)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(objectName="communeSearch")
        self.search.setPlaceholderText(self.tr("Type the name of your commune or ward, without accents if you like: "
                                               "dong tien, ba dinh … or its code"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(objectName="communeList")
        self.list.setUniformItemSizes(True)
        self.count = QLabel(objectName="communeCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._shown: list[OfficialCommune] = []
        self.search.textChanged.connect(self._find)
        self.list.currentRowChanged.connect(lambda _row: self.changed.emit())
        self.search.returnPressed.connect(self._first)

    def _find(self, text: str) -> None:
        found = search_communes(text)
        chosen = self.chosen()
        self.list.blockSignals(True)
        self.list.clear()
        for c in found:
            item = QListWidgetItem(f"{c.full_name} — {c.province.kind} {c.province.name}  ({c.code})")
            item.setData(Qt.ItemDataRole.UserRole, c.code)
            self.list.addItem(item)
        self._shown = found
        codes = [c.code for c in found]
        if chosen is not None and chosen.code in codes:
            self.list.setCurrentRow(codes.index(chosen.code))
        elif len(found) == 1:
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        if not found:
            self.count.setText(self.tr("No commune or ward matches “%1”. Check the spelling, or type fewer letters.")
                               .replace("%1", text.strip()))
        elif len(found) >= SEARCH_LIMIT:
            self.count.setText(self.tr("The first %1 shown: type more of the name to find yours.")
                               .replace("%1", str(len(found))))
        else:
            self.count.setText(self.tr("%1 found.").replace("%1", str(len(found))))
        self.changed.emit()

    def _first(self) -> None:
        if self.list.count() and self.list.currentRow() < 0:
            self.list.setCurrentRow(0)

    def chosen(self) -> OfficialCommune | None:
        row = self.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def choose(self, code: str) -> None:
        """Show and select the commune of ``code`` (reopened from Settings)."""
        found = commune_by_code(code)
        if found is not None:
            self.search.setText(found.code)
            self.list.setCurrentRow(0)
