"""The month and week grids: one cell per day, follow-ups dropped on a day move there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.calendar import Day
from loyaltydesk.ui.calendar.cells import GAP_SIGNS, DayDelegate, entry_line
from loyaltydesk.ui.followups.formatting import day_text, entries_text, tr
from loyaltydesk.ui.widgets.painted_text import PaintedText

MIME = "application/x-loyaltydesk-followup"
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def followup_mime(followup_id: int) -> QMimeData:
    data = QMimeData()
    data.setData(MIME, str(followup_id).encode())
    return data


def followup_id_of(data: QMimeData) -> int | None:
    if not data.hasFormat(MIME):
        return None
    text = bytes(data.data(MIME).data()).decode(errors="replace")
    return int(text) if text.isdigit() else None


@dataclass(frozen=True)
class Cell:
    day: date
    content: Day | None
    in_period: bool  # inside the month shown (a month grid shows bits of its neighbours)
    is_today: bool
    working: bool  # a working day in the user's locale


class DaysModel(QAbstractTableModel):
    """Weeks of days as rows of seven cells, each with its entries."""

    followup_dropped = Signal(int, object)  # follow-up id, the day it was dropped on

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._first, self._weeks = date(2000, 1, 3), 0
        self._days: dict[date, Day] = {}
        self._month: int | None = None
        self._today = self._first
        self._working = {0, 1, 2, 3, 4}

    def set_days(self, first: date, weeks: int, days: dict[date, Day], month: int | None,
                 today: date, working: set[int]) -> None:
        self.beginResetModel()
        self._first, self._weeks, self._days = first, weeks, days
        self._month, self._today, self._working = month, today, working
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else self._weeks

    def columnCount(self, parent: Index = ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else 7

    def day_at(self, index: Index) -> date:
        return self._first + timedelta(days=index.row() * 7 + index.column())

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if not 0 <= offset < self._weeks * 7:
            return QModelIndex()
        return self.index(offset // 7, offset % 7)

    def cell(self, index: Index) -> Cell:
        day = self.day_at(index)
        return Cell(day, self._days.get(day), self._month in (None, day.month),
                    day == self._today, day.weekday() in self._working)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            weekday = (self._first + timedelta(days=section)).isoweekday()
            return QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell.day.day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return describe(cell)
        if role == Qt.ItemDataRole.ToolTipRole and cell.content:
            return tooltip(cell.content) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDropEnabled)

    def mimeTypes(self) -> list[str]:  # Qt's name
        return [MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # Qt's name
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                        column: int, parent: Index) -> bool:
        return parent.isValid() and followup_id_of(data) is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,
                     column: int, parent: Index) -> bool:
        followup_id = followup_id_of(data)
        if followup_id is None or not parent.isValid():
            return False
        # The source list keeps its row (it removes none): the move shows on reload.
        self.followup_dropped.emit(followup_id, self.day_at(parent))
        return True


def tooltip(content: Day) -> str:
    """The day's red and amber counts in words (a narrow cell may have no room for them),
    then its entries."""
    counts = []
    if content.red:
        counts.append(f"{GAP_SIGNS[GapState.RED]} "
                      + tr("%1 turning red").replace("%1", str(content.red)))
    if content.amber:
        counts.append(f"{GAP_SIGNS[GapState.AMBER]} "
                      + tr("%1 turning amber").replace("%1", str(content.amber)))
    lines = [" · ".join(counts)] if counts else []
    lines += [entry_line(e) for e in content.entries]
    more = content.total - len(content.entries)
    if more > 0:
        lines.append(tr("and %1 more").replace("%1", str(more)))
    return "\n".join(lines)


def describe(cell: Cell) -> str:
    """What a screen reader says for a day: the date and what it holds."""
    parts = [day_text(cell.day, long=True)]
    content = cell.content
    if content is not None:
        if content.total:
            parts.append(entries_text(content.total))
        if content.overdue:
            parts.append(tr("%1 overdue").replace("%1", str(content.overdue)))
        if content.red:
            parts.append(tr("%1 turning red").replace("%1", str(content.red)))
        if content.amber:
            parts.append(tr("%1 turning amber").replace("%1", str(content.amber)))
    return ", ".join(parts)


class DaysGrid(QTableView):
    """The grid of days: arrows move between days (past the edge to the next page)."""

    day_chosen = Signal(object)  # date
    day_requested = Signal(object)  # a day outside the page: the view turns the page
    more_requested = Signal(object)  # a day's "+N more" was clicked: show that day in full

    STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}

    def __init__(self, model: DaysModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(DayDelegate(self))
        self.setAccessibleName(tr("Calendar days"))
        self.setTabKeyNavigation(False)  # arrows walk the days; Tab leaves the grid
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(True)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionsClickable(False)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDragDropOverwriteMode(True)
        self.setDropIndicatorShown(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def days_model(self) -> DaysModel:
        model = self.model()
        assert isinstance(model, DaysModel)
        return model

    def choose(self, day: date) -> bool:
        index = self.days_model().index_of(day)
        if index.isValid():
            self.setCurrentIndex(index)
        return index.isValid()

    def chosen_day(self) -> date | None:
        index = self.currentIndex()
        return self.days_model().day_at(index) if index.isValid() else None

    def painted_texts(self) -> list[PaintedText]:
        """What the days drew: their numbers, counts, entries and links (in the viewport)."""
        delegate = self.itemDelegate()
        assert isinstance(delegate, DayDelegate)
        return delegate.painted_texts()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        delegate = self.itemDelegate()
        if isinstance(delegate, DayDelegate):
            delegate.texts.begin(event.rect())
        super().paintEvent(event)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.day_chosen.emit(self.days_model().day_at(current))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt's name
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            day = self.days_model().day_at(index)
            delegate = self.itemDelegate()
            assert isinstance(delegate, DayDelegate)
            rect = delegate.more_rects.get(day)
            if rect is not None and rect.contains(event.position().toPoint()):
                self.more_requested.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        step = self.STEPS.get(Qt.Key(event.key()))
        day = self.chosen_day()
        if step is None or day is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        target = day + timedelta(days=step)
        if not self.choose(target):
            self.day_requested.emit(target)
        event.accept()
