"""How a chart's value axis is drawn: gridlines at round values with their figures, and the
zero line stronger."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen

from loyaltydesk.ui import theme
from loyaltydesk.ui.widgets.painted_text import TextLog

PAD = 6


@dataclass(frozen=True)
class Grid:
    plot: QRectF
    scale: tuple[float, float, float]  # low, high, step
    ticks: list[float]
    labels: list[str]
    horizontal: bool  # bars side by side: the value axis runs along the bottom


def paint(painter: QPainter, texts: TextLog, grid: Grid, metrics: QFontMetrics,
          palette: QPalette) -> None:
    plot, (low, high, _step) = grid.plot, grid.scale
    line_pen = QPen(theme.blend(palette.color(QPalette.ColorRole.Mid),
                                palette.color(QPalette.ColorRole.Window), 0.5), 1)
    label_pen = QPen(theme.meaning("muted", palette))
    labels = grid.labels
    every = 1
    if grid.horizontal and len(labels) > 1:  # side by side: only labels that fit
        widest = max(metrics.horizontalAdvance(t) for t in labels) + 2 * PAD
        every = max(1, math.ceil(widest / (plot.width() / (len(labels) - 1))))
    for number, (value, label) in enumerate(zip(grid.ticks, labels, strict=True)):
        if number % every:
            label = ""
        share = (value - low) / (high - low)
        painter.setPen(line_pen)
        if grid.horizontal:
            x = plot.left() + plot.width() * share
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            width = metrics.horizontalAdvance(label)
            painter.setPen(label_pen)
            texts.draw(painter, QRectF(x - width / 2, plot.bottom() + 3, width,
                                       metrics.height()),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
        else:
            y = plot.bottom() - plot.height() * share
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(label_pen)
            box = QRectF(PAD, y - metrics.height() / 2, plot.left() - 2 * PAD, metrics.height())
            texts.draw(painter, box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       label)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Dark), 1))
    if grid.horizontal:
        x = plot.left() + plot.width() * (-low) / (high - low)
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
    else:
        y = plot.bottom() - plot.height() * (-low) / (high - low)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
