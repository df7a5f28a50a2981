"""The keep-in-touch marks and money as every view shows them, readable in light and dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from loyaltydesk import formats
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.ui import theme
from loyaltydesk.ui.theme import is_dark  # noqa: F401 - where views found it

# The words' colours come from the theme (readable on both palettes); the dots are brighter.
_MEANING = {GapState.AMBER: "amber", GapState.RED: "red"}
_DOT = {GapState.AMBER: "#f0a020", GapState.RED: "#d93025"}


def gap_text_color(state: GapState | None, palette: QPalette | None = None) -> QColor | None:
    """The colour of amber or red words; None for a customer in touch."""
    if state not in _DOT:
        return None
    return theme.meaning(_MEANING[state], palette)


def gap_sheet(state: GapState | None, palette: QPalette) -> str:
    """A style sheet giving a label amber or red words (none for a customer in touch)."""
    color = gap_text_color(state, palette)
    return f"color: {color.name()}" if color else ""


@cache
def gap_icon(state: GapState | None) -> QIcon:
    """A round marker drawn beside the state's word (never the colour alone)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    if state in _DOT:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_DOT[state]))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
    return QIcon(pixmap)


_book_currency: str | None = None


def book_currency() -> str:
    """The currency of most of the book's recent sales, read once (forget_book_currency()
    after an import or a restore)."""
    global _book_currency
    if _book_currency is None:
        from loyaltydesk.services.purchases import main_currency

        _book_currency = main_currency()
    return _book_currency


def forget_book_currency() -> None:
    global _book_currency
    _book_currency = None


def money_text(cents: int, currency: str | None = None, *, decimals: bool = True) -> str:
    """An amount with its currency as the locale writes it ('€1,530.99'); without a
    currency, the book's."""
    return formats.money(cents, book_currency() if currency is None else currency,
                         decimals=decimals)
