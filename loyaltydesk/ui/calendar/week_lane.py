"""The week's all-day lane above the hours: each day's name, and who turns red or amber."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QScrollArea, QWidget

from loyaltydesk import formats
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.calendar import Day
from loyaltydesk.ui.calendar.cells import gap_count_text
from loyaltydesk.ui.calendar.week_layout import GUTTER
from loyaltydesk.ui.followups.formatting import tr
from loyaltydesk.ui.widgets import painted_parts
from loyaltydesk.ui.widgets.marks import gap_text_color
from loyaltydesk.ui.widgets.painted_parts import Part
from loyaltydesk.ui.widgets.painted_text import PaintedText, TextLog

if TYPE_CHECKING:
    from loyaltydesk.ui.calendar.week_grid import WeekCanvas


class AllDayLane(QWidget):
    """Above the hours: each day's name, and the customers turning red or amber that day."""

    accessible_role = painted_parts.Role.List

    def __init__(self, canvas: WeekCanvas, parent: QWidget | None = None) -> None:
        painted_parts.install(AllDayLane)
        super().__init__(parent)
        self._canvas = canvas
        self._days: dict[date, Day] = {}
        self._texts = TextLog()
        self.setAccessibleName(tr("Days of the week and who turns red or amber"))
        self.setFixedHeight(self.fontMetrics().height() * 2 + 10)

    def set_days(self, days: dict[date, Day]) -> None:
        self._days = days
        self._fit_height()
        self.update()

    def accessible_parts(self) -> list[Part]:
        """Each day's name and who turns red or amber: 'Thu 5 Mar, 2 turning red'."""
        width = max(self.width() - GUTTER - self._scrollbar(), 7) / 7
        parts = []
        for offset in range(7):
            day = self._canvas.first + timedelta(days=offset)
            words = [formats.weekday_day(day)]
            content = self._days.get(day)
            if content is not None and content.red:
                words.append(tr("%1 turning red").replace("%1", str(content.red)))
            if content is not None and content.amber:
                words.append(tr("%1 turning amber").replace("%1", str(content.amber)))
            parts.append(Part(", ".join(words),
                              QRect(int(GUTTER + offset * width), 0, int(width), self.height()),
                              role=painted_parts.Role.StaticText))
        return parts

    def _blocks(self, day: date) -> list[tuple[QFont, QColor | None, str]]:
        """What the lane says about `day`, block by block: its name, then who turns red and
        amber (side by side when they fit, one under the other when not)."""
        bold = QFont(self.font())
        bold.setBold(day == self._canvas.today)
        blocks: list[tuple[QFont, QColor | None, str]] = [(bold, None, formats.weekday_day(day))]
        content = self._days.get(day)
        for state, count, word in ((GapState.RED, 0 if content is None else content.red,
                                    tr("red")),
                                   (GapState.AMBER, 0 if content is None else content.amber,
                                    tr("amber"))):
            if count:
                blocks.append((self.font(), gap_text_color(state, self.palette()),
                               f"{gap_count_text(state, count)} {word}"))
        return blocks

    def _column_width(self) -> float:
        return max(self.width() - GUTTER - self._scrollbar(), 7) / 7

    def _rows(self, day: date, room: int) -> list[tuple[QRect, QFont, QColor | None, str]]:
        """Each block's place in a column `room` pixels wide, its words wrapped to fit."""
        rows, y, x, row_height = [], 2, 0, 0
        for number, (font, color, text) in enumerate(self._blocks(day)):
            metrics = QFontMetrics(font)
            # the width its one line is drawn at (a wrapping draw breaks at a pixel less)
            width = metrics.boundingRect(QRect(0, 0, 100_000, 1_000),
                                         int(Qt.TextFlag.TextWordWrap), text).width()
            if number > 1 and x + width <= room:  # beside the red count
                rect = QRect(x, y - row_height, width, row_height)
            else:
                y, x = (y + (2 if number else 0)), 0
                rect = metrics.boundingRect(QRect(0, y, max(room, 1), 10_000),
                                            int(Qt.TextFlag.TextWordWrap), text)
                rect = QRect(0, y, min(max(room, 1), rect.width()), rect.height())
                y, row_height = y + rect.height(), rect.height()
            x = rect.x() + width + 8
            rows.append((rect, font, color, text))
        return rows

    def _fit_height(self) -> None:
        room = int(self._column_width()) - 8
        need = max((self._rows(self._canvas.first + timedelta(days=offset), room)[-1][0].bottom()
                    for offset in range(7)), default=0)
        height = max(need + 6, self.fontMetrics().height() * 2 + 10)
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        self._fit_height()

    def painted_texts(self) -> list[PaintedText]:
        """Each day's name and counts, as last painted."""
        return self._texts.texts()

    def paintEvent(self, event) -> None:
        self._texts.begin(event.rect())
        painter = QPainter(self)
        text_color = self.palette().color(QPalette.ColorRole.WindowText)
        width = self._column_width()
        for offset in range(7):
            day = self._canvas.first + timedelta(days=offset)
            left = int(GUTTER + offset * width) + 4
            for rect, font, color, text in self._rows(day, int(width) - 8):
                painter.setFont(font)
                painter.setPen(color or text_color)
                self._texts.draw(painter, rect.translated(left, 0),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap), text)
        painter.end()

    def _scrollbar(self) -> int:
        viewport = self._canvas.parentWidget()
        area = viewport.parentWidget() if viewport else None
        bar = area.verticalScrollBar() if isinstance(area, QScrollArea) else None
        return bar.width() if bar is not None and bar.isVisible() else 0
