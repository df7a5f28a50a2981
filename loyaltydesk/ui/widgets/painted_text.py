"""What a widget that paints its own words drew: each text, its rect, its font, whether it wraps.

A widget that draws text with QPainter (a day of the month, a pipeline card, a chart's axis)
draws it through `TextLog.draw`, which paints it and keeps a `PaintedText`; the widget gives
them back from `painted_texts()`. What is kept is what was painted, in the same call: there is
no second description of the layout to fall out of step with the paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

ELLIPSIS = "…"
_WRAPS = int(Qt.TextFlag.TextWordWrap) | int(Qt.TextFlag.TextWrapAnywhere)


@dataclass(frozen=True)
class PaintedText:
    """One text as drawn: `rect` in the painted surface's coordinates (a scroll area's
    viewport for an item view), `whole` the text it stands for when it was shortened."""

    text: str
    rect: QRect
    font: QFont
    flags: int = 0  # Qt's alignment and text flags it was drawn with
    whole: str | None = None

    @property
    def wraps(self) -> bool:
        return bool(self.flags & _WRAPS)

    def shortened(self) -> bool:
        """Drawn with fewer words than it stands for, or with an ellipsis it did not have (an
        ellipsis in a text that does not say what it stands for is taken as Qt's eliding)."""
        if self.whole is None:
            return ELLIPSIS in self.text
        return self.whole != self.text

    def room_needed(self) -> tuple[int, int]:
        """The width and height the text needs: on one line, or wrapped at the rect's width."""
        metrics = QFontMetrics(self.font)
        if self.wraps:
            need = metrics.boundingRect(QRect(0, 0, max(self.rect.width(), 1), 1_000_000),
                                        self.flags & _WRAPS, self.text)
            return need.width(), need.height()
        lines = self.text.split("\n")
        return (max(metrics.horizontalAdvance(line) for line in lines),
                metrics.height() * len(lines))

    def is_cut(self) -> bool:
        """Shortened, or needing more room than its rect gives (a pixel's rounding aside)."""
        width, height = self.room_needed()
        return self.shortened() or width > self.rect.width() + 1 \
            or height > self.rect.height() + 1


class TextLog:
    """The texts a widget painted, kept until the part of the widget they lie in is painted
    again (a partial repaint leaves the others as they were)."""

    def __init__(self) -> None:
        self._texts: list[PaintedText] = []

    def begin(self, area: QRect) -> None:
        """A paint of `area` starts: what lay in it is drawn anew."""
        self._texts = [t for t in self._texts if not area.intersects(t.rect)]

    def clear(self) -> None:
        self._texts = []

    def texts(self) -> list[PaintedText]:
        return list(self._texts)

    def draw(self, painter: QPainter, rect: QRect | QRectF, flags: int | Qt.AlignmentFlag,
             text: str, whole: str | None = None) -> None:
        """Paint `text` in `rect` with the painter's font, and keep what was painted."""
        painter.drawText(rect, int(flags), text)
        if not text:
            return
        shown = painter.worldTransform().mapRect(QRectF(rect)).toAlignedRect() \
            if isinstance(rect, QRectF) else painter.worldTransform().mapRect(rect)
        self._texts.append(PaintedText(text, shown, QFont(painter.font()), int(flags),
                                       None if whole in (None, text) else whole))
