"""Choosing who referred a customer, searching the whole book by name."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.services import customers
from loyaltydesk.services.customer_list import CustomerFilter, matching_ids, rows
from loyaltydesk.services.customers import CustomerError

SHOWN = 50


class CustomerPickerDialog(QDialog):
    """Type a few letters, pick one customer; a customer cannot pick themselves."""

    def __init__(self, exclude: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Referred by"))
        self._exclude = exclude
        self.search = QLineEdit(placeholderText=self.tr("Name, company, city…"))
        self.search.setAccessibleName(self.tr("Search the referrer"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching customers"))
        self._timer = QTimer(self, singleShot=True, interval=80)
        self._timer.timeout.connect(self._refresh)
        self.search.textChanged.connect(lambda _: self._timer.start())
        self.search.returnPressed.connect(self._accept_current)
        self.results.itemActivated.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.resize(420, 360)
        self._refresh()

    def _refresh(self) -> None:
        text = self.search.text().strip()
        ids = [i for i in matching_ids(CustomerFilter(text=text)) if i != self._exclude]
        self.results.clear()
        for row in rows(ids[:SHOWN]):
            label = " · ".join(p for p in (row.display_name, row.company if row.name else "",
                                           row.city) if p)
            item = QListWidgetItem(label, self.results)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept_current(self) -> None:
        self._timer.stop()
        self._refresh()
        if self.results.currentItem() is not None:
            self.accept()

    def chosen_id(self) -> int | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class ReferrerPicker(QWidget):
    """Shows the referrer's name with Choose… and Clear buttons."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._referrer_id: int | None = None
        self._customer_id: int | None = None
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Referred by"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose who referred this customer"))
        self.choose.clicked.connect(self.pick)
        self.clear = QPushButton(self.tr("Clear"))
        self.clear.setAccessibleName(self.tr("Clear the referrer"))
        self.clear.clicked.connect(lambda: self.set_referrer(None, notify=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)
        self._show()

    def set_customer(self, customer_id: int | None) -> None:
        self._customer_id = customer_id

    def referrer_id(self) -> int | None:
        return self._referrer_id

    def set_referrer(self, referrer_id: int | None, notify: bool = False) -> None:
        self._referrer_id = referrer_id
        self._show()
        if notify:
            self.changed.emit()

    def pick(self) -> None:
        dialog = CustomerPickerDialog(self._customer_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen_id() is not None:
            self.set_referrer(dialog.chosen_id(), notify=True)

    def _show(self) -> None:
        self.clear.setEnabled(self._referrer_id is not None)
        if self._referrer_id is None:
            self.label.setText(self.tr("Nobody"))
            return
        try:
            self.label.setText(customers.get_customer(self._referrer_id).display_name)
        except CustomerError:
            self.label.setText(self.tr("A deleted customer"))
