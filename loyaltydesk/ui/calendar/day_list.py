"""The list beside the grid: everything on the chosen day; follow-ups drag to another day."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.calendar import CalendarEntry, RhythmMark
from loyaltydesk.ui.calendar.cells import entry_color, entry_detail, entry_font, entry_line
from loyaltydesk.ui.calendar.grid import MIME, followup_mime
from loyaltydesk.ui.followups.formatting import tr
from loyaltydesk.ui.followups.look import kind_icon
from loyaltydesk.ui.widgets.marks import gap_icon, gap_text_color

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
@dataclass(frozen=True)
class MoreOn:
    """A note standing for the entries of a day the agenda does not list."""

    day: date
    count: int
    marks: bool = False  # customers turning amber or red, rather than entries


Line = CalendarEntry | RhythmMark | MoreOn | str  # a str is a note: "Nothing on this day"


def mark_text(mark: RhythmMark) -> str:
    if mark.state is GapState.RED:
        return tr("Turns red: %1 (past the longest gap)").replace("%1", mark.customer_name)
    return tr("Turns amber: %1 (past the ideal gap)").replace("%1", mark.customer_name)


def more_text(note: MoreOn) -> str:
    if note.marks:
        return tr("and %1 more turning amber or red: show them").replace("%1", str(note.count))
    return tr("and %1 more: open the week to see them all").replace("%1", str(note.count))


class DayListModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []

    def set_lines(self, lines: Sequence[Line]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line_at(self, row: int) -> Line | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of_entry(self, entry_id: int) -> int:
        for row, line in enumerate(self._lines):
            if isinstance(line, CalendarEntry) and line.id == entry_id and line.movable:
                return row
        return -1

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is None:
            return None
        if isinstance(line, CalendarEntry):
            return self._entry_data(line, role)
        if isinstance(line, RhythmMark):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return mark_text(line)
            if role == Qt.ItemDataRole.DecorationRole:
                return gap_icon(line.state)
            if role == Qt.ItemDataRole.ForegroundRole:
                return gap_text_color(line.state)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return more_text(line) if isinstance(line, MoreOn) else line
        return None

    def _entry_data(self, entry: CalendarEntry, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{entry_line(entry)}\n      {entry_detail(entry)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry_line(entry)}, {entry_detail(entry)}"
        if role == Qt.ItemDataRole.ForegroundRole:
            return entry_color(entry, QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole:
            return entry_font(entry, QGuiApplication.font())
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(entry.kind)
        if role == Qt.ItemDataRole.ToolTipRole and entry.movable:
            return tr("Drag onto another day to move it")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self.line_at(index.row())
        if isinstance(line, CalendarEntry) and line.movable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:  # Qt's name
        return [MIME]

    # Qt lets a model give no data for a drag; the binding's stub says it always gives some.
    def mimeData(self, indexes: Sequence[QModelIndex]  # type: ignore[override]
                 ) -> QMimeData | None:
        for index in indexes:
            line = self.line_at(index.row())
            if isinstance(line, CalendarEntry) and line.movable:
                return followup_mime(line.id)
        return None

    def supportedDragActions(self) -> Qt.DropAction:  # Qt's name
        return Qt.DropAction.MoveAction


class DayList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(DayListModel(self))
        self.setAccessibleName(tr("Entries of the chosen day"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)

    def day_model(self) -> DayListModel:
        model = self.model()
        assert isinstance(model, DayListModel)
        return model

    def current_line(self) -> Line | None:
        return self.day_model().line_at(self.currentIndex().row())
