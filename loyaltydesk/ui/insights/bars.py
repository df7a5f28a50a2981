"""What a bar chart shows of one figure, and the colour a figure below zero takes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from loyaltydesk.ui import theme


@dataclass(frozen=True)
class Bar:
    label: str  # under (or beside) the bar: "Mar 2026", "Loyal"
    value: float  # the bar's length, in any unit; only the geometry reads it
    text: str  # the value as people read it: "1,234.00 EUR", "20"
    description: str  # a whole sentence, for the caption, the tooltip and screen readers
    key: str = ""  # what a click opens, for the owner of the chart
    empty: bool = False  # nothing to show (an NPS with no answers): drawn as a dash


def negative_color(palette: QPalette) -> QColor:
    return theme.meaning("chart_negative", palette)
