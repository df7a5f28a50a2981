"""The first page of an empty book: add a customer, import contacts, or try the demo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from loyaltydesk.ui.customers.formatting import count_text

DEMO_CUSTOMERS = 300


class WelcomePage(QWidget):
    """Three ways to start; the view decides what each one does."""

    add_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        title = QLabel(self.tr("Welcome to LoyaltyDesk"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(self.tr(
            "Your book of business is empty. Loyalty starts after the second sale: add the "
            "customers you already have, and LoyaltyDesk reminds you when to get back to them."))
        text.setWordWrap(True)
        self.add_button = self._button(self.tr("&Add first customer"),
                                       self.tr("Type in a first customer (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_requested)
        self.import_button = self._button(self.tr("&Import contacts…"),
                                          self.tr("From a vCard or CSV file: phone, Google "
                                                  "Contacts, Outlook"))
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = self._button(
            self.tr("Load &demo data"),
            self.tr("%d made-up customers with their history, to look around")
            % DEMO_CUSTOMERS)
        self.demo_button.clicked.connect(self.demo_requested)
        self._import_check: Callable[[], bool] = lambda: False
        self.trash_note = QLabel()
        self.trash_note.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(12)
        for button in (self.add_button, self.import_button, self.demo_button):
            column.addWidget(button)
        column.addWidget(self.trash_note)
        holder = QWidget()
        holder.setFixedWidth(520)  # a wrapped label needs a width to know its height
        holder.setLayout(column)
        # Centred by stretches, not by an alignment flag: an aligned widget gets its plain
        # size hint, and the wrapped text lost its last line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setMinimumHeight(36)
        return button

    def set_import_check(self, check: Callable[[], bool]) -> None:
        """How to tell, each time the page shows, whether an import command is installed."""
        self._import_check = check
        self.import_button.setVisible(check())

    def refresh_import(self) -> None:
        """Look for the import command again (it may be installed after the first paint)."""
        self.import_button.setVisible(self._import_check())

    def showEvent(self, event) -> None:  # Qt's name
        self.refresh_import()
        super().showEvent(event)

    def set_trashed_count(self, count: int) -> None:
        self.trash_note.setVisible(count > 0)
        self.trash_note.setText(count_text(
            count, "{n} customer is in the trash: Edit > Trash… brings it back.",
            "{n} customers are in the trash: Edit > Trash… brings them back."))
