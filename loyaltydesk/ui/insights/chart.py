"""A bar chart drawn with QPainter: an axis with its unit and gridlines, the exact figure in a
tooltip on hover and keyboard focus, palette colours, a text alternative.

Drawn by us rather than with QtCharts: QtCharts lives in PySide6-Addons, tens of megabytes
more in every bundle for six bar charts, and its bars are not reachable from the keyboard.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from loyaltydesk.ui import theme
from loyaltydesk.ui.insights import axis, axis_paint
from loyaltydesk.ui.insights.bars import Bar, negative_color
from loyaltydesk.ui.widgets import painted_parts
from loyaltydesk.ui.widgets.painted_parts import Part
from loyaltydesk.ui.widgets.painted_text import PaintedText, TextLog

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PAD = 6
_LABEL_FLAGS = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
                   | Qt.TextFlag.TextWordWrap)


class BarChart(QWidget):
    """Columns (over time) or rows (by stage, by owner); each bar can be activated."""

    bar_activated = Signal(int)
    accessible_role = painted_parts.Role.Chart

    def __init__(self, title: str, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        painted_parts.install(BarChart)
        super().__init__(parent)
        self._title = title
        self._horizontal = horizontal
        self._bars: list[Bar] = []
        self._current = 0
        self._hover = -1
        self._pressed = -1
        self._unit = ""
        self._tick_text: Callable[[float], str] = axis.plain_number
        self._least_step = 0.0
        self._texts = TextLog()
        self._lines_asked = 1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)

    # -- data ---------------------------------------------------------------------------
    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._current = min(self._current, max(len(self._bars) - 1, 0))
        self._hover = -1
        self.setAccessibleDescription(self.text_alternative())
        self._announce()
        self.updateGeometry()
        self.update()

    def set_axis(self, unit: str, tick_text: Callable[[float], str], least_step: float = 0.0
                 ) -> None:
        """The value axis: its unit ('EUR', '%'), how a tick reads, the least step it tells."""
        self._unit, self._tick_text, self._least_step = unit, tick_text, least_step
        self.update()

    def unit(self) -> str:
        return self._unit

    def ticks(self) -> list[float]:
        """The values the gridlines stand at, from the lowest to the highest."""
        return axis.ticks(self._values(), self._least_step)

    def tick_labels(self) -> list[str]:
        return [self._tick_text(value) for value in self.ticks()]

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        if not self._bars:
            return
        index = max(0, min(index, len(self._bars) - 1))
        if index != self._current:
            self._current = index
            self._announce()
            self.update()
        if self.hasFocus():
            self._show_tip(index)

    def _show_tip(self, index: int) -> None:
        """The exact figure beside the bar, as a hovering pointer shows it."""
        rect = self.bar_rect(index)
        QToolTip.showText(self.mapToGlobal(rect.center().toPoint()),
                          self._bars[index].description, self)

    def tip_text(self) -> str:
        return QToolTip.text() if QToolTip.isVisible() else ""

    def text_alternative(self) -> str:
        """Every bar as a sentence: what a screen reader reads instead of the picture."""
        if not self._bars:
            return self.tr("%s: nothing to show yet.") % self._title
        return f"{self._title}. " + " ".join(f"{b.description}." for b in self._bars)

    def _announce(self) -> None:
        bar = self._bars[self._current] if self._bars else None
        self.setAccessibleName(f"{self._title}: {bar.description}" if bar else self._title)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        painted_parts.announce_current(self)

    def accessible_parts(self) -> list[Part]:
        """Each bar as its sentence, for screen readers; the current one marked."""
        return [Part(bar.description, self.bar_rect(i).toRect(), current=i == self._current)
                for i, bar in enumerate(self._bars)]

    # -- geometry -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # Qt's name
        line = self.fontMetrics().height()
        if self._horizontal:
            row = self.label_lines() * line + PAD
            return QSize(360, max(max(4, len(self._bars)) * row + 2 * line,
                                  self.minimumSizeHint().height()))
        return QSize(480, 8 * line)

    def minimumSizeHint(self) -> QSize:  # Qt's name
        line = self.fontMetrics().height()
        if not self._horizontal:
            return QSize(220, 6 * (line + 2))
        rows = len(self._bars) * (self.label_lines() * line + 4)  # each label whole
        return QSize(220, rows + 3 * PAD + self._caption_height() + line)

    def label_lines(self) -> int:
        """The lines a row's label takes at the chart's width: a long one ('First purchase →
        Value confirmed') wraps rather than being cut, and the rows grow for it."""
        if not self._horizontal or not self._bars:
            return 1
        metrics = self.fontMetrics()
        room = QRect(0, 0, max(self._label_width() - PAD, 1), 10_000)
        return max(math.ceil(metrics.boundingRect(room, _LABEL_FLAGS, bar.label).height()
                             / metrics.height()) for bar in self._bars)

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        if self._horizontal and self.label_lines() != self._lines_asked:
            self._lines_asked = self.label_lines()
            self.updateGeometry()

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + PAD

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        # room for the whole label and the gap after it ('Value confirmed' lost its end)
        return min(widest + 2 * PAD + 2, int(self.width() * 0.45))

    def _value_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0) + PAD

    def _tick_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(t) for t in self.tick_labels()), default=0) + PAD

    def _plot(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(PAD, PAD + self._caption_height(), -PAD, -PAD)
        line = self.fontMetrics().height() + PAD
        if self._horizontal:  # the value axis along the bottom
            right = max(self._value_width(), self._tick_width() / 2)
            return area.adjusted(self._label_width(), 0, -right, -line)
        return area.adjusted(self._tick_width(), line / 2, 0, -line)

    def _values(self) -> list[float]:
        return [b.value for b in self._bars if not b.empty]

    def _scale(self) -> tuple[float, float, float]:
        return axis.scale(self._values(), self._least_step)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar `index` is drawn (its whole slot when the bar itself is tiny)."""
        plot, count = self._plot(), max(len(self._bars), 1)
        low, high, _step = self._scale()
        bar = self._bars[index]
        value = 0.0 if bar.empty else bar.value
        if self._horizontal:
            slot = plot.height() / count
            zero = plot.left() + plot.width() * (-low) / (high - low)
            end = plot.left() + plot.width() * (value - low) / (high - low)
            top = plot.top() + index * slot + slot * 0.15
            return QRectF(min(zero, end), top, max(abs(end - zero), 1.0), slot * 0.7)
        slot = plot.width() / count
        zero = plot.bottom() - plot.height() * (-low) / (high - low)
        end = plot.bottom() - plot.height() * (value - low) / (high - low)
        left = plot.left() + index * slot + slot * 0.12
        return QRectF(left, min(zero, end), max(slot * 0.76, 1.0), max(abs(end - zero), 1.0))

    def _slot(self, index: int) -> QRectF:
        plot, count = self._plot(), max(len(self._bars), 1)
        if self._horizontal:
            slot = plot.height() / count
            return QRectF(PAD, plot.top() + index * slot, self.width() - 2 * PAD, slot)
        slot = plot.width() / count
        return QRectF(plot.left() + index * slot, plot.top(), slot, self.height() - plot.top())

    def bar_at(self, point: QPointF) -> int:
        for index in range(len(self._bars)):
            if self._slot(index).contains(point):
                return index
        return -1

    # -- painting -----------------------------------------------------------------------
    def painted_texts(self) -> list[PaintedText]:
        """The caption, the axis's figures, the bars' labels and values, as last painted."""
        return self._texts.texts()

    def paintEvent(self, event) -> None:  # Qt's name
        self._texts.begin(event.rect())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            painter.setPen(text)
            self._texts.draw(painter, self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Nothing yet"))
            return
        self._paint_caption(painter, text)
        self._paint_axis(painter, palette)
        for index in range(len(self._bars)):
            self._paint_bar(painter, palette, index)
        self._paint_labels(painter, text)

    def caption(self) -> str:
        """The line above the plot: the pointed or focused bar's figure, else the unit. A
        sentence too long for the chart's width gives way to the bar's label and figure
        ('Loyal: 340'), then the figure alone; the tooltip has the sentence."""
        index = self._hover if self._hover >= 0 else \
            self._current if self.hasFocus() and self._bars else -1
        if index < 0:
            return self._unit
        bar, metrics = self._bars[index], self.fontMetrics()
        choices = (bar.description, f"{bar.label}: {bar.text}", bar.text)
        return next((c for c in choices
                     if metrics.horizontalAdvance(c) <= self.width() - 2 * PAD), bar.text)

    def _paint_caption(self, painter: QPainter, text: QColor) -> None:
        caption = QRectF(PAD, PAD, self.width() - 2 * PAD, self._caption_height())
        painter.setPen(text if self._hover >= 0 or self.hasFocus()
                       else theme.meaning("muted", self.palette()))
        self._texts.draw(painter, caption,
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.caption())

    def _paint_axis(self, painter: QPainter, palette: QPalette) -> None:
        grid = axis_paint.Grid(self._plot(), self._scale(), self.ticks(), self.tick_labels(),
                               self._horizontal)
        axis_paint.paint(painter, self._texts, grid, QFontMetrics(self.font()), palette)

    def _paint_bar(self, painter: QPainter, palette: QPalette, index: int) -> None:
        bar, rect = self._bars[index], self.bar_rect(index)
        accent = theme.meaning("chart", palette)
        if bar.value < 0:
            accent = negative_color(palette)
        base = palette.color(QPalette.ColorRole.Base)
        strong = index == self._hover or (index == self._current and self.hasFocus())
        colour = accent if strong else theme.blend(accent, base, 0.35)
        if bar.empty:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
            painter.drawLine(rect.topLeft(), rect.topRight() if not self._horizontal
                             else rect.bottomLeft())
        else:
            painter.fillRect(rect, colour)
        if index == self._current and self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.WindowText), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(self._slot(index).adjusted(1, 1, -1, -1))

    def _paint_labels(self, painter: QPainter, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        plot = self._plot()
        if self._horizontal:
            for index, bar in enumerate(self._bars):
                slot = self._slot(index)
                label = QRectF(PAD, slot.top(), self._label_width() - PAD, slot.height())
                self._texts.draw(painter, label, _LABEL_FLAGS, bar.label)
                value = QRectF(plot.right() + PAD, slot.top(), self._value_width(), slot.height())
                self._texts.draw(painter, value, Qt.AlignmentFlag.AlignVCenter, bar.text)
            return
        step = self._label_step(metrics)
        slot_width = plot.width() / len(self._bars)
        for index in range(0, len(self._bars), step):
            width = slot_width * step
            left = plot.left() + index * slot_width - slot_width * (step - 1) / 2
            left = max(0.0, min(left, self.width() - width))  # the ends stay inside
            label = QRectF(left, plot.bottom() + 2, width, metrics.height() + PAD)
            self._texts.draw(painter, label,
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             self._bars[index].label)

    def _label_step(self, metrics: QFontMetrics) -> int:
        """Show every label, or every second, third... so that none overlap."""
        widest = max(metrics.horizontalAdvance(b.label) for b in self._bars) + PAD
        slot = self._plot().width() / len(self._bars)
        step = 1
        while step * slot < widest and step < len(self._bars):
            step += 1
        return step
    # -- input --------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt's name
        key = event.key()
        if not self._bars:
            super().keyPressEvent(event)
        elif key in _ACTIVATE:
            self.bar_activated.emit(self._current)
        elif key in _BACK:
            self.set_current(self._current - 1)
        elif key in _FORWARD:
            self.set_current(self._current + 1)
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self._bars) - 1)
        else:
            super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt's name
        index = self.bar_at(event.position())
        if index != self._hover:
            self._hover = index
            self.setCursor(Qt.CursorShape.PointingHandCursor if index >= 0
                           else Qt.CursorShape.ArrowCursor)
            if index >= 0:
                QToolTip.showText(event.globalPosition().toPoint(),
                                  self._bars[index].description, self)
            self.update()

    def focusInEvent(self, event) -> None:  # Qt's name
        super().focusInEvent(event)
        if self._bars:
            self._show_tip(self._current)
        self.update()

    def focusOutEvent(self, event) -> None:  # Qt's name
        super().focusOutEvent(event)
        self.update()

    def leaveEvent(self, event) -> None:  # Qt's name
        self._hover = -1
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt's name
        self._pressed = self.bar_at(event.position())
        if self._pressed >= 0:
            self.set_current(self._pressed)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt's name
        index = self.bar_at(event.position())
        if event.button() == Qt.MouseButton.LeftButton and index >= 0 and index == self._pressed:
            self.bar_activated.emit(index)
        self._pressed = -1
