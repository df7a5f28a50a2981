"""Colours and markers for follow-ups and keep-in-touch states, readable in light and dark."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.ui.followups.formatting import tr
from loyaltydesk.ui.widgets.marks import gap_text_color, is_dark

# One hue per family of follow-up, for the bar beside an entry in the calendar.
KIND_HUES = {"check": 200, "survey": 280, "touch": 160, "keep_in_touch": 160,
             "second_order": 30, "renewal": 50, "testimonial": 320, "referral": 320,
             "recovery": 0, "task": 220}


def gap_label(state: GapState | None) -> str:
    if state is None:
        return ""
    return {GapState.AMBER: tr("Amber"), GapState.RED: tr("Red")}.get(state, "")


def overdue_color(palette: QPalette | None = None) -> QColor:
    color = gap_text_color(GapState.RED, palette)
    assert color is not None  # red always has its colour
    return color


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


