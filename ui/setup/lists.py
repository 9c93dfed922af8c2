"""Keeping the commune's lists: rename, merge and retire any entry of a list (villages, venues,
instructors, courses), and the villages' and courses' own tabs.

Retiring shows first what uses the entry (classes, people, venues) and asks; merging asks which
entry to keep and says what moves. Every change reloads the lists (and, through the window, the
screens that show them).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from sqlalchemy.orm import Session

from classroom.directory import Usage, VillageRow, add_villages, merge, rename, restore, retire, split_pasted, usage
from classroom.scheduling import CourseRow

from ..changes import CLASSES, PLACES
from ..empty_state import EmptySwitch, hint_in_place
from ..ops import Ops
from ..schedule.place_dialogs import CourseDialog, FormDialog
from .words import describe

WORDS = {
    "classes": QT_TRANSLATE_NOOP("ListsScreen", "classes (%1): %2"),
    "people_live_there": QT_TRANSLATE_NOOP("ListsScreen", "%1 people live there"),
    "venues": QT_TRANSLATE_NOOP("ListsScreen", "venues: %1"),
    "rename": QT_TRANSLATE_NOOP("ListsScreen", "Rename…"),
    "merge_into": QT_TRANSLATE_NOOP("ListsScreen", "Merge into…"),
    "retire": QT_TRANSLATE_NOOP("ListsScreen", "Retire"),
    "two_entries_for_one": QT_TRANSLATE_NOOP("ListsScreen",
        "Two entries for one place or person: everything moves to the one you keep"),
    "hidden_from_the_choices": QT_TRANSLATE_NOOP("ListsScreen",
        "Hidden from the choices for new classes and people; kept in history"),
    "cancel": QT_TRANSLATE_NOOP("ListsScreen", "Cancel"),
    "not_done": QT_TRANSLATE_NOOP("ListsScreen", "Not done"),
    "bring_back": QT_TRANSLATE_NOOP("ListsScreen", "Bring back"),
    "rename_2": QT_TRANSLATE_NOOP("ListsScreen", "Rename"),
    "new_name_for": QT_TRANSLATE_NOOP("ListsScreen", "New name for “%1”:"),
    "there_is_no_other": QT_TRANSLATE_NOOP("ListsScreen", "There is no other entry to merge “%1” with."),
    "merge": QT_TRANSLATE_NOOP("ListsScreen", "Merge"),
    "merge_into_the_one": QT_TRANSLATE_NOOP("ListsScreen", "Merge “%1” into (the one kept):"),
    "nothing_uses_it_yet": QT_TRANSLATE_NOOP("ListsScreen", "nothing uses it yet"),
    "everything_that_uses_will": QT_TRANSLATE_NOOP("ListsScreen",
        "Everything that uses “%1” will use “%2”: %3. Then “%1” is removed from the list."),
    "is_in_use_retired": QT_TRANSLATE_NOOP("ListsScreen",
        "“%1” is in use: %2. Retired, it is no longer offered for new classes or people, and stays in their "
        "history."),
    "retire_anyway": QT_TRANSLATE_NOOP("ListsScreen", "Retire anyway"),
    "add": QT_TRANSLATE_NOOP("ListsScreen", "Add…"),
    "used_by": QT_TRANSLATE_NOOP("ListsScreen", "Used by"),
    "nothing_uses_it_yet_2": QT_TRANSLATE_NOOP("ListsScreen", "Nothing uses it yet."),
    "retired": QT_TRANSLATE_NOOP("ListsScreen", " (retired)"),
    "village_residential_group": QT_TRANSLATE_NOOP("ListsScreen", "Village / residential group"),
    "people": QT_TRANSLATE_NOOP("ListsScreen", "People"),
    "venues_2": QT_TRANSLATE_NOOP("ListsScreen", "Venues"),
    "adults_targets": QT_TRANSLATE_NOOP("ListsScreen", "Adults (targets)"),
    "add_villages": QT_TRANSLATE_NOOP("ListsScreen", "Add villages…"),
    "no_village_yet_type": QT_TRANSLATE_NOOP("ListsScreen",
        "No village yet. Type or paste the list of villages and residential groups, one a line; or import the "
        "participants' list, which adds the villages it meets."),
    "course": QT_TRANSLATE_NOOP("ListsScreen", "Course"),
    "code": QT_TRANSLATE_NOOP("ListsScreen", "Code"),
    "hours": QT_TRANSLATE_NOOP("ListsScreen", "Hours"),
    "local": QT_TRANSLATE_NOOP("ListsScreen", "Local"),
    "add_a_local_course": QT_TRANSLATE_NOOP("ListsScreen", "Add a local course…"),
    "the_catalogue_is_empty": QT_TRANSLATE_NOOP("ListsScreen",
        "The catalogue is empty. Add the courses your province or commune teaches."),
    "add_villages_2": QT_TRANSLATE_NOOP("ListsScreen", "Add villages"),
    "one_a_line_typed": QT_TRANSLATE_NOOP("ListsScreen", "One a line (typed, or pasted from a list):"),
}


def word(key: str) -> str:
    return QCoreApplication.translate("ListsScreen", WORDS[key])


def label_of(row: Any) -> str:
    return str(getattr(row, "name", None) or getattr(row, "full_name", None) or getattr(row, "title", ""))


def usage_text(used: Usage) -> str:
    """"Classes 15883-2026-001, 15883-2026-004; 37 people; venues …": what would lose sight of it."""
    parts = []
    if used.classes:
        shown = ", ".join(used.classes[:15]) + (" …" if len(used.classes) > 15 else "")
        parts.append(word("classes").replace("%1", str(len(used.classes))).replace("%2", shown))
    if used.people:
        parts.append(word("people_live_there").replace("%1", str(used.people)))
    if used.venues:
        parts.append(word("venues").replace("%1", ", ".join(used.venues)))
    return "; ".join(parts)


class ListActions(QWidget):
    """Rename (optional), Merge into…, Retire / Bring back, for the rows of one tab."""

    def __init__(self, ops: Ops, kind: str, current: Callable[[], Any], rows: Callable[[], list[Any]],
                 changed: Callable[[], None], with_rename: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.kind, self.current, self.rows, self.changed = ops, kind, current, rows, changed
        self.rename_button = QPushButton(word("rename"), objectName=f"{kind}Rename")
        self.merge_button = QPushButton(word("merge_into"), objectName=f"{kind}Merge")
        self.retire_button = QPushButton(word("retire"), objectName=f"{kind}Retire")
        self.merge_button.setToolTip(word("two_entries_for_one"))
        self.retire_button.setToolTip(word("hidden_from_the_choices"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        if with_rename:
            row.addWidget(self.rename_button)
        else:
            self.rename_button.hide()
        row.addWidget(self.merge_button)
        row.addWidget(self.retire_button)
        self.rename_button.clicked.connect(self.rename)
        self.merge_button.clicked.connect(self.merge)
        self.retire_button.clicked.connect(self.retire_or_restore)
        self.update_buttons()

    # Modal questions, one place each (tests replace them).
    def ask(self, title: str, text: str, yes: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(word("cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is accept

    def choose(self, title: str, text: str, items: list[str]) -> int | None:
        picked, ok = QInputDialog.getItem(self, title, text, items, 0, False)
        return items.index(picked) if ok and picked in items else None

    def type_name(self, title: str, text: str, value: str) -> str | None:
        typed, ok = QInputDialog.getText(self, title, text, text=value)
        return typed if ok else None

    def tell(self, text: str) -> None:
        QMessageBox.warning(self, word("not_done"), text)

    def update_buttons(self) -> None:
        row = self.current()
        for button in (self.rename_button, self.merge_button, self.retire_button):
            button.setEnabled(row is not None)
        self.retire_button.setText(word("bring_back") if row is not None and not row.active else word("retire"))

    def _mutate(self, work: Callable[[Session], Any]) -> None:
        # the other screens (the registry shows villages; classes their venues, instructors and courses)
        # hear it on the one change broadcast; this tab's own screen reloads through ``changed``
        self.ops.mutate(work, lambda _r: self.changed(), lambda exc: self.tell(describe(exc)),
                        changes=PLACES | CLASSES, origin=self)

    def rename(self) -> None:
        row = self.current()
        if row is None:
            return
        typed = self.type_name(word("rename_2"), word("new_name_for").replace("%1", label_of(row)), label_of(row))
        if typed is not None and typed.strip() != label_of(row):
            kind, entry_id, actor = self.kind, row.id, self.ops.actor
            self._mutate(lambda s: rename(s, kind, entry_id, typed, actor=actor))

    def merge(self) -> None:
        row = self.current()
        if row is None:
            return
        others = [r for r in self.rows() if r.id != row.id]
        if not others:
            self.tell(word("there_is_no_other").replace("%1", label_of(row)))
            return
        index = self.choose(word("merge"), word("merge_into_the_one").replace("%1", label_of(row)),
                            [label_of(r) for r in others])
        if index is None:
            return
        keep = others[index]
        kind, other_id = self.kind, row.id
        self.ops.query(lambda s: usage(s, kind, other_id), lambda used: self._confirm_merge(row, keep, used))

    def _confirm_merge(self, row: Any, keep: Any, used: Usage) -> None:
        moved = usage_text(used) or word("nothing_uses_it_yet")
        text = (word("everything_that_uses_will")
                .replace("%1", label_of(row)).replace("%2", label_of(keep)).replace("%3", moved))
        if self.ask(word("merge"), text, word("merge")):
            kind, keep_id, other_id, actor = self.kind, keep.id, row.id, self.ops.actor
            self._mutate(lambda s: merge(s, kind, keep_id, other_id, actor=actor))

    def retire_or_restore(self) -> None:
        row = self.current()
        if row is None:
            return
        kind, entry_id, actor = self.kind, row.id, self.ops.actor
        if not row.active:
            self._mutate(lambda s: restore(s, kind, entry_id, actor=actor))
            return
        self.ops.query(lambda s: usage(s, kind, entry_id), lambda used: self._confirm_retire(row, used))

    def _confirm_retire(self, row: Any, used: Usage) -> None:
        """In use: say by what, and retire only when the officer confirms; unused: retire at once."""
        if used.in_use:
            text = word("is_in_use_retired").replace("%1", label_of(row)).replace("%2", usage_text(used))
            if not self.ask(word("retire"), text, word("retire_anyway")):
                return
        kind, entry_id, actor, confirmed = self.kind, row.id, self.ops.actor, used.in_use
        self._mutate(lambda s: retire(s, kind, entry_id, confirmed=confirmed, actor=actor))


class SimpleTab(QWidget):
    """A table of a list, its buttons, and what the chosen entry is used by."""

    def __init__(self, ops: Ops, kind: str, headers: list[str], changed: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops, self.kind, self.changed = ops, kind, changed
        self.rows: list[Any] = []
        self.table = QTableWidget(0, len(headers), objectName=f"{kind}Table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.new_button = QPushButton(word("add"), objectName=f"{kind}Add")
        self.actions = ListActions(ops, kind, self.current, lambda: self.rows, changed)
        self.used = QLabel(objectName=f"{kind}Usage")
        self.used.setWordWrap(True)
        self.used.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.actions)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        side = QVBoxLayout()
        side.addWidget(QLabel("<b>" + word("used_by") + "</b>"))
        side.addWidget(self.used, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(side, 2)
        self.empty: EmptySwitch | None = None
        self.table.itemSelectionChanged.connect(self._chosen)

    def set_empty_hint(self, text: str, button: str, action: Callable[[], object]) -> None:
        self.empty = hint_in_place(self.layout(), self.table, text, button, action)

    def set_rows(self, rows: list[Any], cells: list[list[str]]) -> None:
        chosen = self.current()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, line in enumerate(cells):
            for c, text in enumerate(line):
                item = QTableWidgetItem(text)
                if not rows[r].active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        ids = [row.id for row in rows]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        if self.empty is not None:
            self.empty.set_empty(not rows)
        self._chosen()

    def current(self) -> Any:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.rows[min(rows)] if rows and min(rows) < len(self.rows) else None

    def select_id(self, entry_id: int) -> None:
        ids = [row.id for row in self.rows]
        if entry_id in ids:
            self.table.selectRow(ids.index(entry_id))

    def _chosen(self) -> None:
        self.actions.update_buttons()
        row = self.current()
        if row is None:
            self.used.setText("")
            return
        kind, entry_id = self.kind, row.id
        self.ops.query(lambda s: usage(s, kind, entry_id),
                       lambda used: self.used.setText(usage_text(used) or word("nothing_uses_it_yet_2")))


def retired_mark(active: bool) -> str:
    return "" if active else word("retired")


class VillagesTab(SimpleTab):
    def __init__(self, ops: Ops, changed: Callable[[], None]) -> None:
        super().__init__(ops, "village", [word("village_residential_group"), word("people"), word("venues_2"),
                                          word("adults_targets")], changed)
        self.new_button.setText(word("add_villages"))
        self.new_button.clicked.connect(self.open_add)
        self.dialog: VillagesDialog | None = None
        self.set_empty_hint(word("no_village_yet_type"), word("add_villages"), self.open_add)

    def fill(self, rows: list[VillageRow]) -> None:
        self.set_rows(rows, [[v.name + retired_mark(v.active), str(v.people), str(v.venues),
                              "" if v.adult_population is None else str(v.adult_population)] for v in rows])

    def open_add(self) -> None:
        self.dialog = VillagesDialog(self.ops, self)
        self.dialog.saved.connect(lambda _ids: self.changed())
        self.dialog.open()


class CoursesTab(SimpleTab):
    def __init__(self, ops: Ops, changed: Callable[[], None]) -> None:
        super().__init__(ops, "course", [word("course"), word("code"), word("hours"), word("local")], changed)
        self.new_button.setText(word("add_a_local_course"))
        self.new_button.clicked.connect(self.open_add)
        self.dialog: CourseDialog | None = None
        self.set_empty_hint(word("the_catalogue_is_empty"), word("add_a_local_course"), self.open_add)

    def fill(self, rows: list[CourseRow]) -> None:
        self.set_rows(rows, [[c.title + retired_mark(c.active), c.code, "" if c.hours is None else f"{c.hours:g}",
                              "" if c.builtin else "✓"] for c in rows])

    def open_add(self) -> None:
        self.dialog = CourseDialog(self.ops, self)
        self.dialog.saved.connect(lambda _id: self.changed())
        self.dialog.open()


class VillagesDialog(FormDialog):
    """Villages typed or pasted, one a line; all saved or none (a name taken says which line)."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, word("add_villages_2"), parent)
        self.names = QPlainTextEdit(objectName="villageNames")
        self.names.setPlaceholderText("Thôn Đông\nThôn Tây\nTổ dân phố 1")
        self.names.setMinimumHeight(200)
        self.form.addRow(QLabel(word("one_a_line_typed")))
        self.form.addRow(self.names)

    def work(self) -> Callable[[Session], Any]:
        names, actor = split_pasted(self.names.toPlainText()), self.ops.actor
        return lambda session: add_villages(session, names, actor=actor)

    def _failed(self, exc: BaseException) -> None:
        self.show_message(describe(exc))
