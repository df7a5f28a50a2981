"""Pages for the contact sheets: text and shapes placed top to bottom, then painted with Qt.

Pieces are laid out first (so "page n of N" is known on every page) and painted after. A page
holds one slot, or two (top and bottom half) for the compact layout; a piece that does not fit
in what is left of its slot goes on to the next slot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QBitmap,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPaintDevice,
    QPainter,
    QPen,
    QRegion,
)

RESOLUTION = 300
MM = RESOLUTION / 25.4
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft)
FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Droid Sans Fallback", "Sans Serif"]
INK = QColor(20, 20, 20)
LINE = QColor(150, 150, 150)


def make_fonts() -> dict[str, QFont]:
    def font(points: float, bold: bool = False) -> QFont:
        f = QFont()
        f.setFamilies(FONT_FAMILIES)
        f.setPointSizeF(points)
        f.setBold(bold)
        return f
    return {"title": font(16, True), "subtitle": font(10.5), "heading": font(11, True),
            "body": font(9.5), "body_bold": font(9.5, True), "small": font(7.5),
            "small_bold": font(7.5, True), "cell": font(8.5), "cell_bold": font(8.5, True)}


@dataclass
class Op:
    kind: str  # text, fill, frame, line or qr
    rect: QRect
    text: str = ""
    font: str = "body"
    flags: int = WRAP
    shade: int = 255  # grey of a fill
    width: float = 1.0  # pen width of a frame or line, in device pixels
    modules: tuple = ()  # a QR code's rows of dark (1) and light (0) modules


@dataclass
class Page:
    ops: list[Op] = field(default_factory=list)


class Flow:
    """Lays pieces out top to bottom across pages of one or two slots."""

    def __init__(self, fonts: dict[str, QFont], body: QRect, device: QPaintDevice,
                 slots: int = 1) -> None:
        self.fonts = fonts
        # measured for the PDF's resolution, not the screen's
        self.metrics = {k: QFontMetrics(f, device) for k, f in fonts.items()}
        self.body = body
        self.slots = slots
        self.pages: list[Page] = []
        self.slot = slots - 1
        self.area = body
        self.y = body.bottom() + 1
        self.continued = ""

    # -- slots and pages -------------------------------------------------------------------
    def _slot_rect(self, index: int) -> QRect:
        if self.slots == 1:
            return QRect(self.body)
        gap = int(6 * MM)
        half = (self.body.height() - gap) // 2
        top = self.body.top() + index * (half + gap)
        return QRect(self.body.left(), top, self.body.width(), half)

    def next_slot(self) -> None:
        if self.slot + 1 < self.slots and self.pages:
            self.slot += 1
            self.area = self._slot_rect(self.slot)
            middle = self.area.top() - int(3 * MM)
            self.pages[-1].ops.append(Op("line", QRect(self.body.left(), middle,
                                                       self.body.width(), 0), width=2))
        else:
            self.pages.append(Page())
            self.slot = 0
            self.area = self._slot_rect(0)
        self.y = self.area.top()

    def start(self, continued: str = "") -> None:
        """A new customer (or document) starts in the next slot."""
        self.continued = ""
        self.next_slot()
        self.continued = continued

    def ensure(self, height: int) -> bool:
        """Go on to the next slot unless `height` fits in this one; True when it went on."""
        if self.y + height > self.area.bottom() and self.y > self.area.top():
            self.next_slot()
            if self.continued:
                self.text("small", self.continued, gap=0.3)
            return True
        return False

    def reserve(self, height: int) -> int:
        """The top of a piece `height` high, on the next slot when this one is too full."""
        self.ensure(height)
        top = self.y
        self.y += height
        return top

    # -- measuring and placing -------------------------------------------------------------
    def height(self, font: str, text: str, width: int) -> int:
        bound = QRect(0, 0, max(width, 1), 1_000_000)
        return self.metrics[font].boundingRect(bound, WRAP, text or " ").height()

    def line_height(self, font: str) -> int:
        return self.metrics[font].height()

    def put(self, op: Op) -> None:
        self.pages[-1].ops.append(op)

    def text(self, font: str, text: str, gap: float = 0.25, indent: int = 0,
             width: int | None = None) -> int:
        """A wrapped paragraph; returns its top."""
        width = (width or self.area.width()) - indent
        h = min(self.height(font, text, width), self.area.height())
        top = self.reserve(h)
        self.put(Op("text", QRect(self.area.left() + indent, top, width, h), text, font))
        self.y += int(self.line_height(font) * gap)
        return top

    def space(self, lines: float = 0.5, font: str = "body") -> None:
        self.y += int(self.line_height(font) * lines)


def paint_op(painter: QPainter, fonts: dict[str, QFont], op: Op) -> None:
    if op.kind == "text":
        painter.setPen(INK)
        painter.setFont(fonts[op.font])
        painter.drawText(op.rect, op.flags, op.text)
    elif op.kind == "fill":
        painter.fillRect(op.rect, QColor(op.shade, op.shade, op.shade))
    elif op.kind == "frame":
        painter.setPen(QPen(INK, op.width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(op.rect)
    elif op.kind == "line":
        painter.setPen(QPen(LINE, op.width))
        painter.drawLine(op.rect.left(), op.rect.top(), op.rect.right(), op.rect.top())
    elif op.kind == "qr":
        _paint_qr(painter, op)


def _paint_qr(painter: QPainter, op: Op) -> None:
    """Dark modules as a vector shape, built by Qt from a one-bit image of the code."""
    size = len(op.modules)
    pixels = b"".join(bytes(0 if m else 255 for m in row) for row in op.modules)
    image = QImage(pixels, size, size, size, QImage.Format.Format_Grayscale8)
    dark = QRegion(QBitmap.fromImage(image.convertToFormat(QImage.Format.Format_Mono)))
    unit = op.rect.width() / (size + 8)  # four light modules of quiet zone on each side
    painter.save()
    painter.fillRect(op.rect, QColor(255, 255, 255))
    painter.translate(op.rect.left() + 4 * unit, op.rect.top() + 4 * unit)
    painter.scale(unit, unit)
    painter.setClipRegion(dark)
    painter.fillRect(QRect(0, 0, size, size), QColor(0, 0, 0))
    painter.restore()
