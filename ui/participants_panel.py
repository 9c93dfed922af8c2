"""The participant registry screen: every person, Vietnamese name order, instant search."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from classroom.participants import ParticipantRow, birth_iso, load_first_rows, load_participant_rows
from classroom import registry_pages
from classroom.text import collation_key, fold
from classroom.validation import mask_national_id
from models import TargetGroup

from .changes import PEOPLE, PLACES
from .list_panel import ListPanel
from .registry.actions import RegistryActions
from .ops import Ops
from .table_model import Column, PagedRowTableModel
from .words import birth_text, value_word


@lru_cache(maxsize=4096)
def _folded_village(name: str) -> str:
    return fold(name)  # a commune has tens of villages: fold each once, not once a person


def _haystack(r: ParticipantRow) -> str:
    # Name, village and the digits people search by (ID, phone); the ID is never shown whole.
    return f"{r.name_folded} | {_folded_village(r.village)} | {r.national_id or ''} | {r.phone or ''}"


def participant_columns() -> list[Column[ParticipantRow]]:
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return [
        Column(QCoreApplication.translate("ParticipantsPanel", "Full name"), lambda r: r.full_name, lambda r: r.sort_key),
        Column(QCoreApplication.translate("ParticipantsPanel", "Born"), lambda r: birth_text(birth_iso(r.birth_year, r.birth_month, r.birth_day)),
               lambda r: (r.birth_year or 0, r.birth_month or 0, r.birth_day or 0), right),
        Column(QCoreApplication.translate("ParticipantsPanel", "Gender"), lambda r: value_word(r.gender), lambda r: r.gender or ""),
        Column(QCoreApplication.translate("ParticipantsPanel", "Village"), lambda r: r.village, lambda r: collation_key(r.village)),
        Column(QCoreApplication.translate("ParticipantsPanel", "Target group"), lambda r: value_word(r.target_group), lambda r: r.target_group),
        Column(QCoreApplication.translate("ParticipantsPanel", "Phone"), lambda r: r.phone or "", lambda r: r.phone or ""),
        Column(QCoreApplication.translate("ParticipantsPanel", "Personal ID"), lambda r: mask_national_id(r.national_id) if r.national_id else "",
               lambda r: r.national_id or ""),
    ]


def _count_text(shown: int, total: int, capped: bool = False) -> str:
    cap = registry_pages.COUNT_CAP
    many = f"{cap:,}+" if capped and shown > cap else f"{shown:,}"  # a paged search is counted so far
    return (QCoreApplication.translate("ParticipantsPanel", "Showing %1 of %2 people").replace("%1", many.replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", ".")))


# The columns of participant_columns() a paged registry sorts by, with the order of classroom.registry_pages
# each one is read in (the others have no index to read them in order at a million).
PAGED_ORDERS = {0: registry_pages.NAME, 1: registry_pages.BIRTH, 3: registry_pages.VILLAGE, 4: registry_pages.GROUP}


class _RegistryPager:
    position = staticmethod(registry_pages.position)
    searching = staticmethod(registry_pages.searching)

    @staticmethod
    def page(session: Session, query: str, after: Any, limit: int, narrow: str | None,
             sort: tuple[int, Qt.SortOrder] | None) -> list[tuple[int, Any]]:
        column, order = sort if sort is not None else (0, Qt.SortOrder.AscendingOrder)
        return registry_pages.registry_page(session, query, after, limit, group=narrow, order=PAGED_ORDERS[column],
                                            descending=order == Qt.SortOrder.DescendingOrder)

    @staticmethod
    def count(session: Session, query: str, narrow: str | None) -> int:
        return registry_pages.registry_count(session, query, group=narrow)

    @staticmethod
    def sortable(column: int) -> bool:
        return column in PAGED_ORDERS


class ParticipantsPanel(ListPanel):
    """Held in memory and searched there, or, past ``classroom.registry_pages.BIG`` people, read a page at a
    time as it is shown (the model's ``start_paging``)."""

    model: PagedRowTableModel[ParticipantRow]
    SHOWS = PEOPLE | PLACES  # people and their villages

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(
            ops, PagedRowTableModel(participant_columns(), _haystack, 0, ops, _RegistryPager()), load_participant_rows,
            heading=QCoreApplication.translate("ParticipantsPanel", "Participants"),
            placeholder=QCoreApplication.translate("ParticipantsPanel", "Search by name, village, personal ID or phone (accents optional)…"),
            count_text=lambda shown, total: _count_text(shown, total, self.model.searching()),
            first_page=load_first_rows, stretch=0, parent=parent)  # the name takes the room left
        self.setObjectName("participantsPanel")
        self._big: bool | None = None  # asked once, at the first load
        self.model.modelReset.connect(self._update_count)  # a paged search answers later than the keystroke
        self.model.modelReset.connect(self._show_sort)
        # after the view has asked the model to sort (it connected first): a sort the model refused (paged, a
        # column without an index, asked in code since the heading is not clickable) leaves no false mark
        self.view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._show_sort())
        self.group = QComboBox(objectName="groupFilter")  # the search narrowed to one target group
        self.group.addItem(QCoreApplication.translate("ParticipantsPanel", "All target groups"))
        for value in TargetGroup:
            self.group.addItem(value_word(value), str(value))
        self.group.currentIndexChanged.connect(self._group_chosen)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.search)
        layout.removeWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.group)
        layout.insertLayout(at, row)
        self.actions = RegistryActions(self, ops)

    def reload(self) -> None:
        if self._big is None:
            self._ops.query(registry_pages.is_big, self._decided)
        elif self._big:
            self.model.start_paging(self._paged_shown)
        else:
            super().reload()

    def _decided(self, big: bool) -> None:
        self._big = big
        self.reload()

    def _paged_shown(self) -> None:
        first = not self.loaded
        self.loaded = True
        if first:
            self._fit_columns()
        self._update_count()

    def _group_chosen(self, index: int) -> None:
        """The group narrows the list held in memory, or a province's paged list in the database."""
        group = self.group.itemData(index) if index > 0 else None
        self.model.set_filter(None if group is None else (lambda r: r.target_group == group), group)
        self._update_count()

    def _sort_refusal(self, section: int) -> str | None:
        if self.model.searching():
            return QCoreApplication.translate(
                "ParticipantsPanel", "While searching a registry this large, people are listed in the order found "
                "(by name, or by phone then personal ID for digits). Clear the search to sort by a column.")
        if not self.model.sortable(section):
            return (QCoreApplication.translate(
                "ParticipantsPanel", "A registry of more than %1 people is sorted by name, birth date, village or "
                "target group only.").replace("%1", f"{registry_pages.BIG:,}".replace(",", ".")))
        return None

    def _show_sort(self) -> None:
        """The header's sort mark tells the order shown: none while a paged search keeps its own order."""
        header = self.view.horizontalHeader()
        shown = self.model.sorted_by()
        header.setSortIndicatorShown(shown is not None)
        if shown is not None and (header.sortIndicatorSection(), header.sortIndicatorOrder()) != shown:
            blocked = header.blockSignals(True)  # the mark follows the rows; it sorts nothing
            header.setSortIndicator(*shown)
            header.blockSignals(blocked)
            header.viewport().update()
