"""Which contact field each CSV column fills: a combo per column, with a sample value."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from loyaltydesk.exchange.csv_headers import TARGET_LABELS, ColumnTarget, Target
from loyaltydesk.exchange.csv_table import Table
from loyaltydesk.ui.exchange.preview_model import tr


class ColumnMapping(QTableWidget):
    """Rows are the file's columns; the third cell chooses the field it fills."""

    mapping_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setAccessibleName(tr("Column mapping"))
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.setHorizontalHeaderLabels([tr("Column in the file"), tr("First value"),
                                        tr("Import as")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # a sample may shorten
        # the file's column names must read whole; the layout guard checks the columns named
        self.setProperty("point_columns", [0])
        self.verticalHeader().hide()
        self._ranks: list[int] = []

    def set_columns(self, table: Table, mapping: list[ColumnTarget]) -> None:
        blocker = QSignalBlocker(self)
        self.setRowCount(len(table.headers))
        first = table.rows[0][1] if table.rows else [""] * len(table.headers)
        self._ranks = [m.rank for m in mapping]
        first_unplaced = -1  # its row
        for row, (header, target) in enumerate(zip(table.headers, mapping, strict=True)):
            unplaced = target.target is Target.IGNORE and any(
                cells[row].strip() for _, cells in table.rows)
            for column, text in ((0, header), (1, first[row])):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if unplaced:  # data no field takes: offered first to the user's eye
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    item.setToolTip(tr("Not placed: choose the field this column fills, or "
                                       "leave it out"))
                self.setItem(row, column, item)
                if unplaced and first_unplaced < 0:
                    first_unplaced = row
            self.setCellWidget(row, 2, self._combo(header, target.target))
        del blocker
        if first_unplaced >= 0:  # among an Outlook file's ninety columns, in view once shown
            QTimer.singleShot(0, self, lambda: self._scroll_to(first_unplaced))

    def _scroll_to(self, row: int) -> None:
        if row < self.rowCount():
            self.scrollTo(self.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _combo(self, header: str, chosen: Target) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(tr("Import %1 as").replace("%1", header))
        for target, label in TARGET_LABELS.items():
            combo.addItem(tr(label), target)
        combo.setCurrentIndex(combo.findData(chosen))
        combo.currentIndexChanged.connect(self.mapping_changed)
        return combo

    def combo(self, row: int) -> QComboBox:
        combo = self.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)  # every row has its choice of field
        return combo

    def mapping(self) -> list[ColumnTarget]:
        return [ColumnTarget(Target(self.combo(row).currentData()), self._ranks[row] or row)
                for row in range(self.rowCount())]
