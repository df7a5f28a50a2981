"""How the customer views show dates, money, stages and the keep-in-touch state."""

from __future__ import annotations

from datetime import date, datetime
from functools import cache
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from loyaltydesk.clock import clock
from loyaltydesk.domain.ladder import Stage
from loyaltydesk.domain.money import from_cents
from loyaltydesk.domain.rhythm import GapState

# Text colours readable on the list's background; the dots are brighter.
_TEXT = {False: {GapState.AMBER: "#8a5300", GapState.RED: "#b3261e"},
         True: {GapState.AMBER: "#ffc266", GapState.RED: "#ff8a80"}}
_DOT = {GapState.AMBER: "#f0a020", GapState.RED: "#d93025"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Customers", text)


def stage_label(stage: Stage) -> str:
    return QCoreApplication.translate("Stage", stage.label)


def gap_label(state: GapState) -> str:
    return {GapState.OK: "", GapState.AMBER: tr("Amber"), GapState.RED: tr("Red")}[state]


def local_date(moment: datetime) -> date:
    return moment.astimezone(clock().local_tz()).date()


def day_text(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def moment_text(moment: datetime | None) -> str:
    return day_text(local_date(moment)) if moment is not None else ""


def moment_time_text(moment: datetime) -> str:
    local = moment.astimezone(clock().local_tz())
    return f"{day_text(local.date())} {local.strftime('%H:%M')}"


def money_text(cents: int) -> str:
    """An amount with the locale's grouping and decimal marks, computed without floats."""
    locale = QLocale()
    text = f"{from_cents(cents):,.2f}"
    return (text.replace(",", "\x00").replace(".", locale.decimalPoint())
            .replace("\x00", locale.groupSeparator()))


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def gap_text_color(state: GapState, palette: QPalette | None = None) -> QColor | None:
    if state is GapState.OK:
        return None
    return QColor(_TEXT[is_dark(palette)][state])


def warning_color(palette: QPalette | None = None) -> QColor:
    return QColor(_TEXT[is_dark(palette)][GapState.AMBER])


@cache
def gap_icon(state: GapState) -> QIcon:
    """A round marker drawn beside the state's word (never the colour alone)."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    if state is not GapState.OK:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_DOT[state]))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
    return QIcon(pixmap)


def number_text(value: int) -> str:
    return QLocale().toString(value)


def count_text(count: int, one: str, many: str) -> str:
    """'1 customer', '2,000 customers': `one` and `many` hold {n} for the number."""
    return tr(one if count == 1 else many).format(n=number_text(count))


def plain_tooltip(text: str) -> str:
    """A tooltip showing `text` as typed: Qt would read a tooltip with tags as rich text."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>" if text else ""
