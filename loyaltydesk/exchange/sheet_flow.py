"""Pages for the contact sheets: text and shapes placed top to bottom, then painted with Qt.

Pieces are laid out first (so "page n of N" is known on every page) and painted after. A page
holds one slot, or two (top and bottom half) for the compact layout; a piece that does not fit
in what is left of its slot goes on to the next slot.

A laid-out page keeps its pieces as plain tuples of numbers and text: a thousand sheets make
hundreds of thousands of pieces, and plain tuples are left out of Python's garbage collection,
whose full passes over that many objects would hold every thread (the window's too) for a
noticeable moment. The painting runs on the exporting thread, with no pixmap (a QPixmap
belongs to the window's thread): the QR code's dark modules become a region of rectangles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPaintDevice, QPainter, QPen, QRegion

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

    def packed(self) -> Placed:
        """The piece as a plain tuple, which the garbage collector leaves alone."""
        r = self.rect
        return (self.kind, r.x(), r.y(), r.width(), r.height(), self.text, self.font,
                self.flags, self.shade, self.width, b"".join(bytes(row) for row in self.modules))


# kind, x, y, width, height, text, font, flags, shade, pen width, QR modules row after row
Placed = tuple[str, int, int, int, int, str, str, int, int, float, bytes]


@dataclass
class Page:
    ops: list[Placed] = field(default_factory=list)


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
            self.put(Op("line", QRect(self.body.left(), middle, self.body.width(), 0),
                        width=2))
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
            self._go_on()
            return True
        return False

    def _go_on(self) -> None:
        self.next_slot()
        if self.continued:
            self.text("small", self.continued, gap=0.3)

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
        self.pages[-1].ops.append(op.packed())

    def text(self, font: str, text: str, gap: float = 0.25, indent: int = 0,
             width: int | None = None) -> int:
        """A wrapped paragraph; returns its top. One taller than a slot goes on over the next
        ones, its words shared out."""
        width = (width or self.area.width()) - indent
        first_top = None
        h = self.height(font, text, width)
        while h > self.area.height() - 2 * self.line_height("small"):
            head, rest = self._fitting_words(font, text, width)
            if not head and self.y <= self.area.top() + 2 * self.line_height("small"):
                break  # not a word fits on a fresh slot: cut, as a cell is
            if head:
                top = self.reserve(self.height(font, head, width))
                self.put(Op("text", QRect(self.area.left() + indent, top, width,
                                          self.height(font, head, width)), head, font))
                first_top = top if first_top is None else first_top
            text = rest
            h = self.height(font, text, width)
            self._go_on()
        h = min(h, self.area.height())
        top = self.reserve(h)
        self.put(Op("text", QRect(self.area.left() + indent, top, width, h), text, font))
        self.y += int(self.line_height(font) * gap)
        return top if first_top is None else first_top

    def _fitting_words(self, font: str, text: str, width: int) -> tuple[str, str]:
        """The most words of `text` that fit in what is left of this slot, and the rest."""
        words = re.findall(r"\s*\S+\s*", text)  # each with the spaces or line breaks after it
        room = self.area.bottom() - self.y
        low, high = 0, len(words)  # words[:low] fit; words[:high + 1] do not
        while low < high:
            middle = (low + high + 1) // 2
            if self.height(font, "".join(words[:middle]).rstrip(), width) <= room:
                low = middle
            else:
                high = middle - 1
        return "".join(words[:low]).rstrip(), "".join(words[low:])

    def space(self, lines: float = 0.5, font: str = "body") -> None:
        self.y += int(self.line_height(font) * lines)


def paint_op(painter: QPainter, fonts: dict[str, QFont], op: Placed) -> None:
    kind, x, y, w, h, text, font, flags, shade, width, modules = op
    rect = QRect(x, y, w, h)
    if kind == "text":
        painter.setPen(INK)
        painter.setFont(fonts[font])
        painter.drawText(rect, flags, text)
    elif kind == "fill":
        painter.fillRect(rect, QColor(shade, shade, shade))
    elif kind == "frame":
        painter.setPen(QPen(INK, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
    elif kind == "line":
        painter.setPen(QPen(LINE, width))
        painter.drawLine(x, y, rect.right(), y)
    elif kind == "qr":
        _paint_qr(painter, rect, modules)


def dark_region(modules: Sequence[Sequence[int]]) -> QRegion:
    """The dark modules as one region, a rectangle for each run of them along a row."""
    region = QRegion()
    for y, row in enumerate(modules):
        x, size = 0, len(row)
        while x < size:
            if not row[x]:
                x += 1
                continue
            start = x
            while x < size and row[x]:
                x += 1
            region = region.united(QRect(start, y, x - start, 1))
    return region


def _paint_qr(painter: QPainter, rect: QRect, modules: bytes) -> None:
    """Dark modules as a vector shape: a region clipping one black square."""
    size = math.isqrt(len(modules))
    unit = rect.width() / (size + 8)  # four light modules of quiet zone on each side
    painter.save()
    painter.fillRect(rect, QColor(255, 255, 255))
    painter.translate(rect.left() + 4 * unit, rect.top() + 4 * unit)
    painter.scale(unit, unit)
    rows = [modules[top:top + size] for top in range(0, size * size, size)]
    painter.setClipRegion(dark_region(rows))
    painter.fillRect(QRect(0, 0, size, size), QColor(0, 0, 0))
    painter.restore()
