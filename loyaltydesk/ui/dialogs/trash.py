"""The trash: customers moved there, to restore or delete for good."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services import customers
from loyaltydesk.ui.customers.formatting import count_text, moment_time_text
from loyaltydesk.ui.widgets.empty_state import EmptyState

Restore = Callable[[list[int]], None]


class TrashDialog(QDialog):
    """Lists the trashed customers; Restore brings the selected back (undoably)."""

    def __init__(self, restore: Restore, on_emptied: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self._restore, self._on_emptied = restore, on_emptied
        self.summary = QLabel()
        self.table = QTableWidget(0, 3)
        EmptyState(self.table, lambda: self.tr("The trash is empty: deleted customers wait "
                                               "here until you empty it."))
        self.table.setAccessibleName(self.tr("Customers in the trash"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"),
                                              self.tr("Moved to the trash")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _: self.restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected customers"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setAccessibleName(self.tr("Empty trash"))
        self.empty_button.clicked.connect(self.empty)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(680, 420)
        self.reload()

    def reload(self) -> None:
        records = customers.trashed_customers()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (record.display_name, record.details.company,
                     moment_time_text(record.deleted_at) if record.deleted_at else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, record.id)
                self.table.setItem(row, column, item)
        self.summary.setText(count_text(len(records), "{n} customer in the trash",
                                        "{n} customers in the trash") if records
                             else self.tr("The trash is empty."))
        if records:
            self.table.selectRow(0)
        self.table.setFocus()
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [item.data(Qt.ItemDataRole.UserRole) for r in rows
                if (item := self.table.item(r, 0)) is not None]

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected_ids()))
        self.empty_button.setEnabled(self.table.rowCount() > 0)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._restore(ids)
            self.reload()

    def empty(self) -> None:
        count = self.table.rowCount()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Empty trash"), count_text(
            count, "Delete {n} customer and all their history for good? This cannot be undone.",
            "Delete {n} customers and all their history for good? This cannot be undone."),
            parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("&Delete for good"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.exec()
        if box.clickedButton() is not delete:
            return
        customers.empty_trash()
        if self._on_emptied:
            self._on_emptied()
        self.reload()
