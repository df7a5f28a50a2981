"""The Insights view's pieces: figure cards, figure tables and the page they sit on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.ui.insights.chart import Bar, BarChart
from loyaltydesk.ui.insights.format import count_text
from loyaltydesk.ui.widgets.empty_state import EmptyState
from loyaltydesk.ui.widgets.table_width import comfortable_width

Drill = tuple[str, str]  # (kind of figure, key): what services.insights can list

DRILL_ROLE = Qt.ItemDataRole.UserRole + 1
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


def plain_label(text: str = "", *, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class FigureCard(QPushButton):
    """One headline number with its caption; pressing it lists the customers behind it."""

    drill_requested = Signal(str, str)

    def __init__(self, caption: str, drill: Drill, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.drill = drill
        self._value = plain_label("\u2026")
        font = QFont(self._value.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._value.setFont(font)
        self._caption = plain_label(caption, wrap=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(0)
        for label in (self._value, self._caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.clicked.connect(lambda: self.drill_requested.emit(*self.drill))
        self.set_value("\u2026", "")

    # A push button sizes itself by its own text; this one holds its labels in a layout.
    def sizeHint(self) -> QSize:  # Qt's name
        layout = self.layout()
        assert layout is not None  # made with the button
        return layout.totalSizeHint()

    def minimumSizeHint(self) -> QSize:  # Qt's name
        layout = self.layout()
        assert layout is not None
        return layout.totalMinimumSize()

    def set_value(self, text: str, hint: str) -> None:
        self._value.setText(text)
        self.setAccessibleName(f"{self.caption}: {text}")
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)

    def value_text(self) -> str:
        return self._value.text()


@dataclass(frozen=True)
class Cell:
    text: str
    drill: Drill | None = None  # activating the cell lists these customers
    number: bool = False  # right-aligned


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    customer_id: int | None = None  # activating the row opens this customer


class FigureTableModel(QAbstractTableModel):
    """A short, read-only table of figures; cells may lead to customers."""

    def __init__(self, headers: list[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:  # Qt's name
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        cell = row.cells[index.column()] if index.column() < len(row.cells) else Cell("")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Qt.ItemDataRole.TextAlignmentRole and cell.number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and cell.drill:
            return self.tr("Enter or double-click: show these customers in the list")
        if role == DRILL_ROLE:
            return cell.drill
        if role == CUSTOMER_ROLE:
            return row.customer_id
        return None

    def flags(self, index):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if index.isValid() \
            else Qt.ItemFlag.NoItemFlags


class FigureTable(QWidget):
    """A heading, a "show them all" button and a short table of customers or figures."""

    drill_requested = Signal(str, str)
    open_requested = Signal(int)

    def __init__(self, title: str, headers: list[str], drill: Drill | None = None,
                 stretch: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.model = FigureTableModel(headers, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(title)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.activated.connect(self._activated)
        EmptyState(self.view, lambda: self.tr("No one here for this period."))
        self.heading = plain_label(title, bold=True, wrap=True)
        self.show_all = QPushButton(self.tr("Show in list"))
        self.show_all.setVisible(drill is not None)
        self.show_all.setAccessibleName(self.tr("Show all: %s") % title)
        self._drill = drill
        self.show_all.clicked.connect(self._show_all)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def comfortable_width(self) -> int:
        """Wide enough for every column and its title to read whole."""
        return max(comfortable_width(self.view), self.show_all.sizeHint().width() * 2)

    def set_rows(self, rows: list[Row], total: int | None = None) -> None:
        self.model.set_rows(rows)
        self.updateGeometry()  # a page laying tables side by side looks again
        if total is not None:
            self.heading.setText(f"{self.title} ({count_text(total)})")
            self.show_all.setEnabled(total > 0)

    def _show_all(self) -> None:
        if self._drill:
            self.drill_requested.emit(*self._drill)

    def _activated(self, index: QModelIndex) -> None:
        drill = index.data(DRILL_ROLE)
        if drill:
            self.drill_requested.emit(*drill)
            return
        customer = index.data(CUSTOMER_ROLE)
        if customer is not None:
            self.open_requested.emit(customer)


class Drillable(Protocol):
    """A part of a page that lists the customers behind what it shows."""

    drill_requested: SignalInstance


class Page(QWidget):
    """One tab of the Insights view: shows a section and asks for customers behind a figure."""

    drill_requested = Signal(str, str)
    open_requested = Signal(int)

    def connect_parts(self, *parts: Drillable) -> None:
        for part in parts:
            part.drill_requested.connect(self.drill_requested)
            if hasattr(part, "open_requested"):
                part.open_requested.connect(self.open_requested)

    def show_data(self, data, currency: str) -> None:  # pragma: no cover - each page has one
        raise NotImplementedError


class ChartBox(QWidget):
    """A chart under its heading; activating a bar lists the customers behind it."""

    drill_requested = Signal(str, str)

    def __init__(self, title: str, kind: str, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.heading = plain_label(title, bold=True, wrap=True)
        self.chart = BarChart(title, horizontal)
        self.chart.bar_activated.connect(
            lambda index: self.drill_requested.emit(self.kind, self.chart.bars()[index].key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.chart, 1)

    def set_bars(self, bars: list[Bar]) -> None:
        self.chart.set_bars(bars)

    def set_axis(self, unit: str, tick_text, least_step: float = 0.0) -> None:
        self.chart.set_axis(unit, tick_text, least_step)
