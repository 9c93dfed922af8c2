"""The first step of an import: the file, where its header is, what each column holds (the officer may correct it)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from classroom.importing import FIELDS, IGNORED, Layout, Sheet, map_columns
from classroom.importing.values import cell_text

from .common import thousands
from .words import field_word

SAMPLE_ROWS = 12


class MappingPage(QWidget):
    """Shows a read file; ``layout_changed`` when the officer moves the header or remaps a column."""

    layout_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet: Sheet | None = None
        self.layout_: Layout | None = None
        self.choose = QPushButton(self.tr("Choose a file…"), objectName="chooseFile")
        self.file_label = QLabel(self.tr("No file chosen yet. Lists from Excel (.xlsx) or CSV are read."))
        self.file_label.setWordWrap(True)
        self.header_row = QSpinBox(objectName="headerRow", minimum=1)
        self.header_row.valueChanged.connect(self._header_moved)
        self.columns = QTableWidget(0, 3, objectName="columnMap")
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First values"),
                                                self.tr("Read as")])
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sample_label = QLabel()
        self.sample = QTableWidget(0, 0, objectName="samplePreview")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setAlternatingRowColors(True)

        top = QHBoxLayout()
        top.addWidget(self.choose)
        top.addWidget(self.file_label, 1)
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("The header is row")))
        header.addWidget(self.header_row)
        header.addWidget(QLabel(self.tr("of the file (rows above it, such as titles, are not read).")), 1)
        column = QVBoxLayout(self)
        column.addLayout(top)
        column.addLayout(header)
        column.addWidget(QLabel(self.tr("What each column holds — correct it where the guess is wrong:")))
        column.addWidget(self.columns, 1)
        column.addWidget(self.sample_label)
        column.addWidget(self.sample, 1)

    def show_sheet(self, sheet: Sheet, layout: Layout, path: str) -> None:
        self.sheet = sheet
        where = (self.tr("CSV, encoding %1, separator “%2”").replace("%1", sheet.encoding)
                 .replace("%2", {"\t": "Tab"}.get(sheet.delimiter, sheet.delimiter))
                 if sheet.kind == "csv" else self.tr("Excel, sheet “%1”").replace("%1", sheet.sheet_name))
        self.file_label.setText(f"{path}\n{where}")
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(sheet.rows[min(len(sheet.rows), 30) - 1][0])
        self.header_row.setValue(sheet.rows[layout.header_row][0])  # the row number Excel shows
        self.header_row.blockSignals(False)
        self._show_layout(layout)

    def _header_moved(self, value: int) -> None:
        """The header is the first row holding something at or below the number typed."""
        if self.sheet is None:
            return
        index = next((i for i, (number, _) in enumerate(self.sheet.rows) if number >= value), len(self.sheet.rows) - 1)
        if self.sheet.rows[index][0] != value:
            self.header_row.blockSignals(True)
            self.header_row.setValue(self.sheet.rows[index][0])
            self.header_row.blockSignals(False)
        self._show_layout(map_columns(self.sheet, index))
        self.layout_changed.emit()

    def _show_layout(self, layout: Layout) -> None:
        assert self.sheet is not None
        self.layout_ = layout
        body = self.sheet.rows[layout.header_row + 1:layout.header_row + 1 + SAMPLE_ROWS]
        self.columns.setRowCount(len(layout.columns))
        for r, col in enumerate(layout.columns):
            self.columns.setItem(r, 0, QTableWidgetItem(col.header or self.tr("(column %1, no title)")
                                                        .replace("%1", str(col.index + 1))))
            examples = [cell_text(cells[col.index]) for _, cells in body if col.index < len(cells)]
            self.columns.setItem(r, 1, QTableWidgetItem(" · ".join(e for e in examples if e)[:120]))
            box = QComboBox()
            box.setObjectName(f"field{col.index}")
            box.addItem(field_word(IGNORED), None)
            for field in FIELDS:
                box.addItem(field_word(field), field)
            box.setCurrentIndex(max(box.findData(col.field if col.field != IGNORED else None), 0))
            box.currentIndexChanged.connect(lambda _i, index=col.index, b=box: self._remap(index, b.currentData()))
            self.columns.setCellWidget(r, 2, box)
        self.columns.resizeColumnToContents(0)
        self.columns.setColumnWidth(2, 230)
        self.columns.setMinimumHeight(min(len(layout.columns), 9) * 31 + 28)
        below = len(self.sheet.rows) - layout.header_row - 1
        self.sample_label.setText(self.tr("The first rows of the file (%1 rows below the header hold something):")
                                  .replace("%1", thousands(below)))
        self._show_sample(body)

    def _remap(self, index: int, field: str | None) -> None:
        """One column remapped; another column that held the field lets it go (its box follows)."""
        assert self.layout_ is not None and self.sheet is not None
        self.layout_ = self.layout_.with_field(index, field)
        for r, col in enumerate(self.layout_.columns):
            box = self.columns.cellWidget(r, 2)
            if isinstance(box, QComboBox):
                box.blockSignals(True)
                box.setCurrentIndex(max(box.findData(col.field if col.field != IGNORED else None), 0))
                box.blockSignals(False)
        start = self.layout_.header_row + 1
        self._show_sample(self.sheet.rows[start:start + SAMPLE_ROWS])
        self.layout_changed.emit()

    def field_box(self, column_index: int) -> QComboBox:
        box = self.columns.cellWidget(column_index, 2)
        assert isinstance(box, QComboBox)
        return box

    def _show_sample(self, body: list[tuple[int, list[object]]]) -> None:
        assert self.layout_ is not None
        cols = self.layout_.columns
        self.sample.clear()
        self.sample.setColumnCount(len(cols))
        self.sample.setRowCount(len(body))
        self.sample.setHorizontalHeaderLabels([
            f"{c.header}\n→ {field_word(c.field)}" if c.field and c.field != IGNORED else f"{c.header}\n—"
            for c in cols])
        self.sample.setVerticalHeaderLabels([str(number) for number, _ in body])
        for r, (_, cells) in enumerate(body):
            for c, col in enumerate(cols):
                value = cell_text(cells[col.index]) if col.index < len(cells) else ""
                self.sample.setItem(r, c, QTableWidgetItem(value))
        self.sample.resizeColumnsToContents()
        for c in range(len(cols)):
            self.sample.setColumnWidth(c, min(self.sample.columnWidth(c), 220))
