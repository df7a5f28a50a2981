"""The customer table: keyboard, selection kept across reloads, remembered columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from loyaltydesk.ui.customers.column_fit import fit_columns
from loyaltydesk.ui.customers.table_model import Column, CustomerTableModel, column_titles


class CustomerTable(QTableView):
    """Enter opens the current customer; the header sorts and remembers its columns."""

    open_requested = Signal(int)
    current_customer_changed = Signal(object)  # id or None

    def __init__(self, model: CustomerTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customer_table")
        self.setAccessibleName(self.tr("Customers"))
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring 100,000 rows
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.user_hidden: set[int] = set()  # columns the user hid; the rest fit the width
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.doubleClicked.connect(self._open_index)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def _open_index(self, index) -> None:
        customer_id = self.customer_model().customer_id(index.row())
        if customer_id is not None:
            self.open_requested.emit(customer_id)

    def customer_model(self) -> CustomerTableModel:
        model = self.model()
        assert isinstance(model, CustomerTableModel)
        return model

    # -- selection by customer -----------------------------------------------------------------
    def current_customer_id(self) -> int | None:
        index = self.currentIndex()
        return self.customer_model().customer_id(index.row()) if index.isValid() else None

    def selected_customer_ids(self) -> list[int]:
        model = self.customer_model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [i for i in map(model.customer_id, rows) if i is not None]

    def select_customers(self, ids: list[int], current: int | None,
                         read_all: bool = True) -> None:
        """Select these customers (those still listed) and make `current` the current row.

        With `read_all` False, only customers among the rows read so far are found."""
        model = self.customer_model()
        rows = sorted(r for r in (model.row_of(i, read_all) for i in ids) if r is not None)
        selection = QItemSelection()
        last = model.columnCount() - 1
        start = previous = None
        for row in rows + [None]:
            if start is not None and previous is not None and (row is None
                                                               or row != previous + 1):
                selection.select(model.index(start, 0), model.index(previous, last))
                start = None
            if row is not None and start is None:
                start = row
            previous = row
        flags = QItemSelectionModel.SelectionFlag
        current_row = model.row_of(current, read_all) if current is not None else None
        if current_row is not None:
            self.selectionModel().setCurrentIndex(model.index(current_row, 0), flags.NoUpdate)
            self.scrollTo(model.index(current_row, 0))
        self.selectionModel().select(selection, flags.ClearAndSelect)

    def select_customer(self, customer_id: int) -> bool:
        row = self.customer_model().row_of(customer_id)
        if row is None:
            return False
        index = self.customer_model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True

    def _current_changed(self, current, _previous) -> None:
        model = self.customer_model()
        self.current_customer_changed.emit(
            model.customer_id(current.row()) if current.isValid() else None)

    # -- keyboard --------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.current_customer_id() is not None:
            self.open_requested.emit(self.current_customer_id())
            return
        super().keyPressEvent(event)

    # -- columns ---------------------------------------------------------------------------------
    def _header_menu(self, position) -> None:
        menu = QMenu(self)
        header = self.horizontalHeader()
        for column, title in column_titles().items():
            action = QAction(title, menu, checkable=True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != Column.NAME)
            action.toggled.connect(lambda shown, c=column: self.set_column_shown(c, shown))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    def set_column_shown(self, column: int, shown: bool) -> None:
        (self.user_hidden.discard if shown else self.user_hidden.add)(column)
        fit_columns(self, self.user_hidden)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        fit_columns(self, self.user_hidden)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == event.Type.FontChange:
            fit_columns(self, self.user_hidden)

    def header_state(self) -> QByteArray:
        """Order, sort and the columns the user hid (those that stepped aside for room are
        saved as shown)."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        for column in Column:
            header.setSectionHidden(column, column in self.user_hidden)
        state = header.saveState()
        header.blockSignals(False)
        fit_columns(self, self.user_hidden)
        return state

    def restore_header(self, state: QByteArray | None) -> None:
        """Widths, order, hidden columns and sort from an earlier run (ignored if unreadable)."""
        if state is None or not self.horizontalHeader().restoreState(state):
            return
        header = self.horizontalHeader()
        self.user_hidden = {c for c in Column if header.isSectionHidden(c)}
        self.customer_model().sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self, self.user_hidden)
