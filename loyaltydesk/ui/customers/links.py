"""Email, phone and website as links to the system's mail, phone and web handlers; the
postal address as text; each copied in one click."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from loyaltydesk.ui.customers.formatting import tr
from loyaltydesk.ui.widgets.palette_sheet import dress_with_palette


def mail_url(address: str) -> QUrl:
    return QUrl(f"mailto:{address.strip()}")


def phone_url(number: str) -> QUrl:
    """'+33 6 12-34.56.78' -> tel:+33612345678 (a dialer wants digits)."""
    digits = re.sub(r"[^\d+]", "", number)
    return QUrl(f"tel:{digits}")


def web_url(site: str) -> QUrl:
    """A site as typed ('example.com', 'http://…'): always opened as http or https."""
    url = QUrl.fromUserInput(site.strip())
    if url.scheme() not in ("http", "https"):
        url = QUrl(f"https://{site.strip()}")
    return url


def _link_sheet(palette: QPalette) -> str:
    return (f"color: {palette.color(QPalette.ColorRole.Link).name()}; "
            "text-decoration: underline; text-align: left; padding: 2px;")


class ContactLink(QWidget):
    """One address: a link that opens its handler, and a button copying it in one click."""

    def __init__(self, name: str, to_url: Callable[[str], QUrl],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._to_url, self._value = to_url, ""
        self.link = QPushButton()
        self.link.setFlat(True)
        self.link.setCursor(Qt.CursorShape.PointingHandCursor)
        self.link.setAccessibleName(name)
        dress_with_palette(self.link, _link_sheet)
        self.link.clicked.connect(self.open)
        self.copy = copy_button(name, self.copy_value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.link)
        row.addWidget(self.copy)

    def set_value(self, value: str) -> None:
        self._value = value.strip()
        self.link.setText(self._value.replace("&", "&&"))  # '&' would mark a mnemonic
        self.link.setToolTip(self.url().toString() if self._value else "")
        self.setVisible(bool(self._value))

    def value(self) -> str:
        return self._value

    def url(self) -> QUrl:
        return self._to_url(self._value)

    def open(self) -> None:
        if self._value:
            QDesktopServices.openUrl(self.url())

    def copy_value(self) -> None:
        if self._value:
            QGuiApplication.clipboard().setText(self._value)


def copy_button(name: str, copy: Callable[[], None]) -> QToolButton:
    """'Copy', beside a value: its whole text to the clipboard in one click."""
    button = QToolButton()
    button.setText(tr("Copy"))
    button.setAutoRaise(True)
    button.setAccessibleName(tr("Copy %s") % name.lower())
    button.setToolTip(tr("Copy %s to the clipboard") % name.lower())
    button.clicked.connect(copy)
    return button


class CopyableText(QWidget):
    """A value with no handler to open it (the postal address): selectable, and a button
    copying it whole in one click."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(name)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy = copy_button(name, self.copy_value)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.text, 1)  # a long address wraps rather than leave the card
        row.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)

    def set_value(self, value: str) -> None:
        self.text.setText(value.strip())
        self.text.setAccessibleDescription(value.strip())
        self.setVisible(bool(value.strip()))

    def value(self) -> str:
        return self.text.text()

    def copy_value(self) -> None:
        if self.value():
            QGuiApplication.clipboard().setText(self.value())
