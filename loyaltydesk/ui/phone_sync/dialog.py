"""Edit > Phone sync...: the server, the password (kept in the keyring), what goes where."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from loyaltydesk.domain.ladder import LADDER
from loyaltydesk.services import customers
from loyaltydesk.services.phone import account as accounts
from loyaltydesk.services.phone import state
from loyaltydesk.services.phone.account import Account, CustomerFilter
from loyaltydesk.ui.jobs import Job, Work
from loyaltydesk.ui.phone_sync.controller import PhoneSyncController
from loyaltydesk.ui.phone_sync.notices import notice_text
from loyaltydesk.ui.widgets.ctrl_enter import save_on_ctrl_enter
from loyaltydesk.ui.widgets.least_width import keep_least_width
from loyaltydesk.ui.words import stage_label


class PhoneSyncDialog(QDialog):
    """Connect once, choose the calendar and address book and what to sync, read notices."""

    def __init__(self, controller: PhoneSyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.job: Job | None = None  # asking the server, on the window's job runner
        self.setWindowTitle(self.tr("Phone sync"))
        self.url, self.user = QLineEdit(), QLineEdit()
        self.url.setPlaceholderText(self.tr("https://dav.example.com or just the host name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.find_button = QPushButton(self.tr("&Find calendars"))
        self.calendar, self.addressbook = QComboBox(), QComboBox()
        self.followups = QCheckBox(self.tr("Follow-ups to the calendar"))
        self.as_events = QCheckBox(self.tr("as events (for phones that show no to-dos)"))
        self.customers = QCheckBox(self.tr("Customers to the address book"))
        self.with_open = QCheckBox(self.tr("only customers with an open follow-up"))
        self.tag, self.stage = QComboBox(), QComboBox()
        self.contacts_back = QCheckBox(self.tr("offer back phones and emails edited there"))
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.notices = QListWidget()
        self.notices.setWordWrap(True)
        self.notices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notices.setAccessibleName(self.tr("What the phone changed"))
        self.accept_notice = QPushButton(self.tr("&Accept the phone's value"))
        self.dismiss_notice = QPushButton(self.tr("&Dismiss"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.disconnect_button = self.buttons.addButton(
            self.tr("Disco&nnect"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self._layout()
        keep_least_width(self, 560)
        self._fill_choices()
        self._load(accounts.account())
        self._wire()

    # --- building ---------------------------------------------------------------------
    def _layout(self) -> None:
        server = QFormLayout()
        server.addRow(self.tr("&Server:"), self.url)
        server.addRow(self.tr("&User:"), self.user)
        server.addRow(self.tr("&Password:"), self.password)
        server.addRow("", self.find_button)
        server.addRow(self.tr("Ca&lendar:"), self.calendar)
        server.addRow(self.tr("Add&ress book:"), self.addressbook)
        what = QGroupBox(self.tr("What to sync"))
        form = QFormLayout(what)
        form.addRow(self.followups)
        form.addRow("", self.as_events)
        form.addRow(self.customers)
        form.addRow("", self.with_open)
        form.addRow(self.tr("&Tag:"), self.tag)
        form.addRow(self.tr("Sta&ge:"), self.stage)
        form.addRow("", self.contacts_back)
        from_phone = QGroupBox(self.tr("From the phone"))
        box = QVBoxLayout(from_phone)
        box.addWidget(self.notices)
        row = QHBoxLayout()
        row.addWidget(self.accept_notice)
        row.addWidget(self.dismiss_notice)
        row.addStretch(1)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addLayout(server)
        layout.addWidget(what)
        layout.addWidget(from_phone)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _fill_choices(self) -> None:
        self.tag.addItem(self.tr("any tag"), "")
        for name in customers.all_tags():
            self.tag.addItem(name, name)
        self.stage.addItem(self.tr("any stage"), "")
        for stage in LADDER:
            self.stage.addItem(stage_label(stage), stage.value)
        for combo, label in ((self.calendar, self.tr("a new LoyaltyDesk calendar")),
                             (self.addressbook, self.tr("a new LoyaltyDesk address book"))):
            combo.addItem(label, "")
        self._fill_notices()

    def _fill_notices(self) -> None:
        self.notices.clear()
        for notice in state.open_notices():
            text = notice_text(notice)
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, notice)
            self.notices.addItem(item)
        self._notice_chosen()

    def _load(self, current: Account | None) -> None:
        self.followups.setChecked(True)
        self.customers.setChecked(True)
        self.contacts_back.setChecked(True)
        if current is None:
            self.disconnect_button.setEnabled(False)
            return
        self.url.setText(current.url)
        self.user.setText(current.user)
        for combo, url, name in ((self.calendar, current.calendar_url, current.calendar_name),
                                 (self.addressbook, current.addressbook_url,
                                  current.addressbook_name)):
            if url:  # an account kept before names were kept shows its address
                combo.addItem(name or url, url)
                combo.setItemData(combo.count() - 1, url, Qt.ItemDataRole.ToolTipRole)
                combo.setCurrentIndex(combo.count() - 1)
        self.followups.setChecked(current.followups)
        self.as_events.setChecked(current.as_events)
        self.customers.setChecked(current.customers)
        self.with_open.setChecked(current.customer_filter.with_open_followup)
        self._choose(self.tag, current.customer_filter.tag)
        self._choose(self.stage, current.customer_filter.stage)
        self.contacts_back.setChecked(current.contacts_back)

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _wire(self) -> None:
        self.find_button.clicked.connect(self.find_collections)
        self.buttons.accepted.connect(self.save)
        save_on_ctrl_enter(self, self.save)
        self.buttons.rejected.connect(self.reject)
        self.disconnect_button.clicked.connect(self.disconnect_account)
        self.notices.currentItemChanged.connect(self._notice_chosen)
        self.accept_notice.clicked.connect(self._accept_notice)
        self.dismiss_notice.clicked.connect(self._dismiss_notice)

    # --- the server ---------------------------------------------------------------------
    def _server(self) -> tuple[str, str, str]:
        url = self.url.text().strip()
        if url and "://" not in url:
            url = f"https://{url}"
        return url, self.user.text().strip(), self.password.text()

    def _secret(self, url: str, user: str, typed: str) -> str:
        if typed:
            return typed
        try:
            return accounts.password(Account(url, user))
        except accounts.PhoneSyncError:
            return self.controller.password or ""

    def find_collections(self) -> None:
        """List the server's calendars and address books (in the background)."""
        from loyaltydesk.exchange.dav.client import discover
        url, user, typed = self._server()
        secret = self._secret(url, user, typed)
        self._busy(self.tr("Asking the server..."))
        self._run(lambda _progress: discover(url, user, secret), self._show_found)

    def save(self) -> None:
        """Connect with the choices made; the dialog closes once the server said yes."""
        from loyaltydesk.exchange.dav.setup import connect
        url, user, typed = self._server()
        secret = self._secret(url, user, typed)
        if not (url and user):
            self.message.setText(self.tr("The server and the user are needed"))
            return
        self._secret_typed = typed
        choices = self._choices()
        self._busy(self.tr("Connecting..."))
        self._run(lambda _progress: connect(
            url, user, secret, calendar_url=self.calendar_choice, addressbook_url=self.book_choice,
            **choices), self._connected)

    def _choices(self) -> dict:
        self.calendar_choice = self.calendar.currentData() or ""
        self.book_choice = self.addressbook.currentData() or ""
        return {"followups": self.followups.isChecked(), "as_events": self.as_events.isChecked(),
                "customers": self.customers.isChecked(),
                "customer_filter": CustomerFilter(self.with_open.isChecked(),
                                                  self.tag.currentData() or "",
                                                  self.stage.currentData() or ""),
                "contacts_back": self.contacts_back.isChecked()}

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        for widget in (self.find_button, self.buttons):
            widget.setEnabled(False)

    def _run(self, work: Work, done: Callable[[Any], None]) -> None:
        """Ask the server on the window's job runner; the answer comes back here."""
        self.job = self.controller.jobs.start(work, error_text=None)
        self.job.succeeded.connect(done)
        self.job.failed.connect(self._job_failed)
        self.job.ended.connect(self._job_ended)

    def _job_ended(self) -> None:
        self.job = None
        for widget in (self.find_button, self.buttons):
            widget.setEnabled(True)

    def _connected(self, account: Account) -> None:
        if self._secret_typed and not accounts.remember_password(account, self._secret_typed):
            self.controller.password = self._secret_typed  # no keyring: this session only
        self.controller.show_status()
        self.controller.start()
        self.accept()

    def _job_failed(self, message: str) -> None:
        self.message.setText(message.splitlines()[0] if message else "")

    def _show_found(self, found) -> None:
        for combo, collections in ((self.calendar, found.calendars),
                                   (self.addressbook, found.addressbooks)):
            chosen = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for collection in collections:
                combo.addItem(collection.name, collection.url)
                combo.setItemData(combo.count() - 1, collection.url,
                                  Qt.ItemDataRole.ToolTipRole)
            self._choose(combo, chosen or "")
        calendars = self.tr("%n calendar(s)", "", len(found.calendars))
        books = self.tr("%n address book(s)", "", len(found.addressbooks))
        self.message.setText(self.tr("Found %1 and %2").replace("%1", calendars)
                             .replace("%2", books))

    def disconnect_account(self) -> None:
        current = accounts.account()
        if current is not None:
            accounts.disconnect()
            accounts.forget_password(current)
        self.controller.password = None
        self.controller.show_status()
        self.accept()

    # --- notices ------------------------------------------------------------------------
    def _chosen_notice(self) -> state.Notice | None:
        item = self.notices.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _notice_chosen(self, *_args) -> None:
        notice = self._chosen_notice()
        self.accept_notice.setEnabled(notice is not None and notice.kind == "contact_edit")
        self.dismiss_notice.setEnabled(notice is not None)

    def _accept_notice(self) -> None:
        from loyaltydesk.services.phone.from_phone import accept_contact_edit
        notice = self._chosen_notice()
        if notice is not None:
            try:
                accept_contact_edit(notice)
            except Exception as exc:
                self.message.setText(str(exc))
            self._fill_notices()

    def _dismiss_notice(self) -> None:
        from loyaltydesk.services.phone.from_phone import dismiss
        notice = self._chosen_notice()
        if notice is not None:
            dismiss(notice)
            self._fill_notices()
