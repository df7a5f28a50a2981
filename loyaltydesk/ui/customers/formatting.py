"""How the customer views show dates, money, stages and the keep-in-touch state."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from loyaltydesk import formats
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.ui.local_time import local
from loyaltydesk.ui.widgets.marks import gap_text_color
from loyaltydesk.ui.words import stage_label  # noqa: F401 - where the customer views find it


def tr(text: str) -> str:
    return QCoreApplication.translate("Customers", text)


def gap_label(state: GapState) -> str:
    return {GapState.OK: "", GapState.AMBER: tr("Amber"), GapState.RED: tr("Red")}[state]


def local_date(moment: datetime) -> date:
    return local(moment).date()


def day_text(day: date | None) -> str:
    if day is None:
        return ""
    return formats.day(day)


def moment_text(moment: datetime | None) -> str:
    return day_text(local_date(moment)) if moment is not None else ""


def moment_time_text(moment: datetime) -> str:
    return formats.moment(moment)


def warning_color(palette: QPalette | None = None) -> QColor:
    color = gap_text_color(GapState.AMBER, palette)
    assert color is not None  # amber always has its colour
    return color


def number_text(value: int) -> str:
    return formats.number(value)


def count_text(count: int, one: str, many: str) -> str:
    """'1 customer', '2,000 customers': `one` and `many` hold {n} for the number."""
    return tr(one if count == 1 else many).format(n=number_text(count))


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` as typed: Qt would read a tooltip with tags as rich text."""
    from html import escape  # html.entities is large: the list's first paint does without

    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""
