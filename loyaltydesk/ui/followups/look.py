"""Colours and markers for follow-ups and keep-in-touch states, readable in light and dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from loyaltydesk.domain.money import from_cents
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.ui.followups.formatting import tr

# Text colours readable on the view's background (light, dark); markers are brighter.
_TEXT = {False: {GapState.AMBER: "#8a5300", GapState.RED: "#b3261e"},
         True: {GapState.AMBER: "#ffc266", GapState.RED: "#ff8a80"}}
_DOT = {GapState.AMBER: "#f0a020", GapState.RED: "#d93025"}
# One hue per family of follow-up, for the bar beside an entry in the calendar.
KIND_HUES = {"check": 200, "survey": 280, "touch": 160, "keep_in_touch": 160,
             "second_order": 30, "renewal": 50, "testimonial": 320, "referral": 320,
             "recovery": 0, "task": 220}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def gap_label(state: GapState | None) -> str:
    return {GapState.AMBER: tr("Amber"), GapState.RED: tr("Red")}.get(state, "")


def gap_text_color(state: GapState | None, palette: QPalette | None = None) -> QColor | None:
    if state not in (GapState.AMBER, GapState.RED):
        return None
    return QColor(_TEXT[is_dark(palette)][state])


def overdue_color(palette: QPalette | None = None) -> QColor:
    return QColor(_TEXT[is_dark(palette)][GapState.RED])


def kind_color(kind: str, palette: QPalette | None = None) -> QColor:
    hue = KIND_HUES.get(kind, 220)
    return QColor.fromHsl(hue, 150, 170 if is_dark(palette) else 110)


@cache
def _kind_bar(kind: str, dark: bool) -> QIcon:
    pixmap = QPixmap(8, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    hue = KIND_HUES.get(kind, 220)
    painter.fillRect(2, 1, 4, 14, QColor.fromHsl(hue, 150, 170 if dark else 110))
    painter.end()
    return QIcon(pixmap)


def kind_icon(kind: str) -> QIcon:
    """The bar in the kind's colour that stands beside an entry in lists."""
    return _kind_bar(kind, is_dark())


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
