"""A bar chart drawn with QPainter: palette colours, keyboard and mouse, a text alternative."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
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

_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_BACK = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PAD = 6


@dataclass(frozen=True)
class Bar:
    label: str  # under (or beside) the bar: "Mar 2026", "Loyal"
    value: float  # the bar's length, in any unit; only the geometry reads it
    text: str  # the value as people read it: "1,234.00 EUR", "20"
    description: str  # a whole sentence, for the caption, the tooltip and screen readers
    key: str = ""  # what a click opens, for the owner of the chart
    empty: bool = False  # nothing to show (an NPS with no answers): drawn as a dash


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def blend(a: QColor, b: QColor, share_of_b: float) -> QColor:
    keep = 1 - share_of_b
    return QColor(round(a.red() * keep + b.red() * share_of_b),
                  round(a.green() * keep + b.green() * share_of_b),
                  round(a.blue() * keep + b.blue() * share_of_b))


def negative_color(palette: QPalette) -> QColor:
    return QColor("#ff7b72") if is_dark(palette) else QColor("#c0392b")


class BarChart(QWidget):
    """Columns (over time) or rows (by stage, by owner); each bar can be activated."""

    bar_activated = Signal(int)

    def __init__(self, title: str, horizontal: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._horizontal = horizontal
        self._bars: list[Bar] = []
        self._current = 0
        self._hover = -1
        self._pressed = -1
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

    # -- geometry -----------------------------------------------------------------------
    def sizeHint(self) -> QSize:  # Qt's name
        line = self.fontMetrics().height()
        if self._horizontal:
            return QSize(360, max(4, len(self._bars)) * (line + PAD) + 2 * line)
        return QSize(480, 8 * line)

    def minimumSizeHint(self) -> QSize:  # Qt's name
        line = self.fontMetrics().height()
        rows = len(self._bars) if self._horizontal else 4
        return QSize(220, (rows + 2) * (line + 2))

    def _caption_height(self) -> int:
        return self.fontMetrics().height() + PAD

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        return min(widest + PAD, int(self.width() * 0.4))

    def _value_width(self) -> int:
        metrics = self.fontMetrics()
        return max((metrics.horizontalAdvance(b.text) for b in self._bars), default=0) + PAD

    def _plot(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(PAD, PAD + self._caption_height(), -PAD, -PAD)
        if self._horizontal:
            return area.adjusted(self._label_width(), 0, -self._value_width(), 0)
        return area.adjusted(0, 0, 0, -(self.fontMetrics().height() + PAD))

    def _range(self) -> tuple[float, float]:
        values = [b.value for b in self._bars if not b.empty] or [0.0]
        low, high = min(min(values), 0.0), max(max(values), 0.0)
        return (low, high) if high > low else (low, low + 1.0)

    def bar_rect(self, index: int) -> QRectF:
        """Where bar `index` is drawn (its whole slot when the bar itself is tiny)."""
        plot, count = self._plot(), max(len(self._bars), 1)
        low, high = self._range()
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
    def paintEvent(self, event) -> None:  # Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        if not self._bars:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing yet"))
            return
        self._paint_caption(painter, text)
        self._paint_axis(painter, palette)
        for index in range(len(self._bars)):
            self._paint_bar(painter, palette, index)
        self._paint_labels(painter, text)

    def _paint_caption(self, painter: QPainter, text: QColor) -> None:
        shown = self._hover if self._hover >= 0 else self._current
        caption = QRectF(PAD, PAD, self.width() - 2 * PAD, self._caption_height())
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self._bars[shown].description,
                                            Qt.TextElideMode.ElideRight, int(caption.width())))

    def _paint_axis(self, painter: QPainter, palette: QPalette) -> None:
        plot = self._plot()
        low, high = self._range()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        if self._horizontal:
            x = plot.left() + plot.width() * (-low) / (high - low)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        else:
            y = plot.bottom() - plot.height() * (-low) / (high - low)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _paint_bar(self, painter: QPainter, palette: QPalette, index: int) -> None:
        bar, rect = self._bars[index], self.bar_rect(index)
        accent = palette.color(QPalette.ColorRole.Highlight)
        if bar.value < 0:
            accent = negative_color(palette)
        base = palette.color(QPalette.ColorRole.Base)
        strong = index == self._hover or (index == self._current and self.hasFocus())
        colour = accent if strong else blend(accent, base, 0.35)
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
                painter.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                                 metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                    int(label.width())))
                value = QRectF(plot.right() + PAD, slot.top(), self._value_width(), slot.height())
                painter.drawText(value, Qt.AlignmentFlag.AlignVCenter, bar.text)
            return
        step = self._label_step(metrics)
        slot = plot.width() / len(self._bars)
        for index in range(0, len(self._bars), step):
            width = slot * step
            left = plot.left() + index * slot - slot * (step - 1) / 2
            left = max(0.0, min(left, self.width() - width))  # the ends stay inside
            label = QRectF(left, plot.bottom() + 2, width, metrics.height() + PAD)
            painter.drawText(label, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
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
