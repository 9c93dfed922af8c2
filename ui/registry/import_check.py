"""The second step: what the import would do, and the officer's decision for each possible duplicate."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHeaderView, QLabel, QLineEdit, QStyledItemDelegate,
    QStyleOptionViewItem, QTableView, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from classroom.importing import ALLOWED, ImportPreview, PreviewRow, RowIssue, default_action

from .common import thousands
from .words import decision_word, describe_problem, field_word, match_text

Index = QModelIndex | QPersistentModelIndex
DECISION = 5
SHOWN_EDITORS = 200


class DecisionModel(QAbstractTableModel):
    """The rows that may be someone already known, and what to do with each."""

    def __init__(self, rows: list[PreviewRow]) -> None:
        super().__init__()
        self.rows = rows
        self.actions = {r.row: default_action(r) for r in rows}
        self.titles = [self.tr("Row"), self.tr("Name in the file"), self.tr("Born"), self.tr("Looks like"),
                       self.tr("Would change"), self.tr("Decision")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles)

    def allowed(self, row: int) -> tuple[str, ...]:
        m = self.rows[row].match
        return ALLOWED[m.kind if m else None]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() in (3, 4):
            return self.data(index)  # the whole text where the column cuts it
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        r = self.rows[index.row()]
        p, m = r.person, r.match
        assert p is not None and m is not None
        col = index.column()
        if col == DECISION:
            return self.actions[r.row] if role == Qt.ItemDataRole.EditRole else decision_word(self.actions[r.row])
        return [str(r.row), p.full_name, p.birth.display() if p.birth else "",
                match_text(m.kind, m.participant_id, m.row, m.name, m.reasons),
                ", ".join(field_word(f) for f in m.changes)][col]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != DECISION or value not in self.allowed(index.row()):
            return False
        self.actions[self.rows[index.row()].row] = value
        self.dataChanged.emit(index, index)
        return True

    def set_all(self, kind: str, action: str) -> None:
        for i, r in enumerate(self.rows):
            if r.match is not None and r.match.kind == kind and action in ALLOWED[kind]:
                self.actions[r.row] = action
                cell = self.index(i, DECISION)
                self.dataChanged.emit(cell, cell)  # cell by cell: the view refreshes open drop-downs only so

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == DECISION else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


class DecisionDelegate(QStyledItemDelegate):
    """A drop-down with the decisions that row allows."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        model = index.model()
        assert isinstance(model, DecisionModel)
        for action in model.allowed(index.row()):
            box.addItem(decision_word(action), action)
        box.activated.connect(lambda _i: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


def issue_table(rows: list[tuple[int, RowIssue]], last: str, name: str) -> QTableWidget:
    table = QTableWidget(len(rows), 4)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([QCoreApplication.translate("CheckPage", "Row"),
                                     QCoreApplication.translate("CheckPage", "Column"),
                                     QCoreApplication.translate("CheckPage", "Value"), last])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    for r, (number, issue) in enumerate(rows):
        for c, text in enumerate((str(number), issue.column, issue.value, describe_problem(issue.code, issue.params))):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class CheckPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview: ImportPreview | None = None
        self.model: DecisionModel | None = None
        self.summary = QLabel(objectName="checkSummary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(objectName="checkTabs")
        self.duplicates = QTableView(objectName="decisions")
        self.duplicates.setItemDelegateForColumn(DECISION, DecisionDelegate(self.duplicates))
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.duplicates.verticalHeader().hide()
        self.duplicates.verticalHeader().setDefaultSectionSize(30)  # room for the drop-downs
        self.bulk: dict[str, QComboBox] = {}
        self.bulk_form = QFormLayout()
        dup_page = QWidget()
        dup_column = QVBoxLayout(dup_page)
        dup_column.addLayout(self.bulk_form)
        dup_column.addWidget(self.duplicates)
        self.dup_page = dup_page
        self.klass = QComboBox(objectName="enrollClass")
        self.purpose = QLineEdit(objectName="importConsentPurpose")
        options = QFormLayout()
        options.addRow(self.tr("Enroll everyone taken in"), self.klass)
        options.addRow(self.tr("Purpose of the consent marked in the file"), self.purpose)
        self.options = options
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        column.addLayout(options)

    def show_preview(self, preview: ImportPreview, classes: list[tuple[int, str, str, str, int, int]]) -> None:
        self.preview = preview
        self.summary.setText(self.tr("%1 rows below the header: %2 can be taken, %3 are rejected, %4 are empty. "
                                     "Nothing is saved until you press Import.")
                             .replace("%1", thousands(preview.total_rows)).replace("%2", thousands(len(preview.accepted)))
                             .replace("%3", thousands(len(preview.rejected))).replace("%4", thousands(preview.empty_rows)))
        self.tabs.clear()
        self.model = DecisionModel(preview.matched)
        self.duplicates.setModel(self.model)
        self.duplicates.resizeColumnsToContents()
        self.duplicates.setColumnWidth(DECISION, 270)
        self.duplicates.setColumnWidth(4, min(self.duplicates.columnWidth(4), 220))
        for row in range(min(len(preview.matched), SHOWN_EDITORS)):  # past these, a click opens one
            self.duplicates.openPersistentEditor(self.model.index(row, DECISION))
        self.duplicates.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._bulk_controls(preview)
        self.tabs.addTab(self.dup_page, self.tr("Possible duplicates (%1)").replace("%1", thousands(len(preview.matched))))
        rejected = [(r.row, i) for r in preview.rejected for i in r.errors]
        self.tabs.addTab(issue_table(rejected, self.tr("Reason"), "rejectedRows"),
                         self.tr("Rejected (%1)").replace("%1", thousands(len(preview.rejected))))
        warned = [(r.row, i) for r in preview.accepted for i in r.warnings]
        self.tabs.addTab(issue_table(warned, self.tr("Note"), "warningRows"),
                         self.tr("Repaired or doubtful (%1)").replace("%1", thousands(len(warned))))
        self.tabs.setCurrentIndex(0 if preview.matched else 1 if preview.rejected else 2)
        self.klass.clear()
        self.klass.addItem(self.tr("— no class —"), None)
        for cid, code, title, _group, enrolled, capacity in classes:
            self.klass.addItem(f"{code} · {title} ({enrolled}/{capacity})", cid)
        has_consent = preview.layout.column_of("consent") is not None
        self.purpose.setText("Tham gia lớp Bình dân học vụ số" if has_consent else "")
        self.purpose.setEnabled(has_consent)

    def _bulk_controls(self, preview: ImportPreview) -> None:
        while self.bulk_form.rowCount():
            self.bulk_form.removeRow(0)
        self.bulk.clear()
        kinds = {r.match.kind for r in preview.matched if r.match}
        words = {"registered_id": self.tr("Every row with a registered personal ID"),
                 "registered_similar": self.tr("Every row like a registered person"),
                 "file_similar": self.tr("Every row like an earlier row")}
        for kind in ("registered_id", "registered_similar", "file_similar"):
            if kind not in kinds:
                continue
            box = QComboBox(objectName=f"all_{kind}")
            box.addItem(self.tr("(row by row)"), None)
            for action in ALLOWED[kind]:
                box.addItem(decision_word(action), action)
            box.activated.connect(lambda _i, k=kind, b=box: b.currentData() and self.model and
                                  self.model.set_all(k, b.currentData()))
            self.bulk[kind] = box
            self.bulk_form.addRow(words[kind], box)

    def decisions(self) -> dict[int, str]:
        return dict(self.model.actions) if self.model else {}
