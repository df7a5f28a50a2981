"""The keep-in-touch marks and money as every view shows them, readable in light and dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from loyaltydesk.domain.money import from_cents
from loyaltydesk.domain.rhythm import GapState

# Text colours readable on a view's background (light, dark); the dots are brighter.
_TEXT = {False: {GapState.AMBER: "#8a5300", GapState.RED: "#b3261e"},
         True: {GapState.AMBER: "#ffc266", GapState.RED: "#ff8a80"}}
_DOT = {GapState.AMBER: "#f0a020", GapState.RED: "#d93025"}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def gap_text_color(state: GapState | None, palette: QPalette | None = None) -> QColor | None:
    """The colour of amber or red words; None for a customer in touch."""
    if state not in _DOT:
        return None
    return QColor(_TEXT[is_dark(palette)][state])


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


def money_text(cents: int) -> str:
    """An amount with the locale's grouping and decimal marks, computed without floats."""
    locale = QLocale()
    text = f"{from_cents(cents):,.2f}"
    return (text.replace(",", "\x00").replace(".", locale.decimalPoint())
            .replace("\x00", locale.groupSeparator()))
