"""Paints a customer card: name, company, days on the rung, and the markers that need action."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.pipeline import BoardCard
from loyaltydesk.ui.pipeline.cards import CARD_ROLE, card_lines, gap_text, tr
from loyaltydesk.ui.widgets.painted_text import TextLog

MARGIN, PAD, STRIP, DOT, SPACING = 4, 6, 4, 6, 4
GAP_COLORS = {GapState.RED: QColor("#d32f2f"), GapState.AMBER: QColor("#f0a000")}
STUCK_COLOR = QColor("#8e44ad")
NEUTRAL = QColor("#8a8f98")


@dataclass(frozen=True)
class Pill:
    text: str
    tint: QColor
    dot: bool


def pills(card: BoardCard) -> list[Pill]:
    """The markers, each a word: colour only repeats what the word says."""
    found = []
    if card.stuck:
        found.append(Pill(tr("Stuck"), STUCK_COLOR, False))
    if card.gap in GAP_COLORS:
        found.append(Pill(gap_text(card.gap), GAP_COLORS[card.gap], True))
    if card.needs_next_step:
        found.append(Pill(tr("No next step"), NEUTRAL, False))
    return found


def pill_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.9)
    return small


def layout_pills(card: BoardCard, font: QFont, width: int) -> list[list[tuple[int, int, Pill]]]:
    """Rows of (x, width, pill) that fit in `width`, wrapping as needed."""
    metrics = QFontMetrics(pill_font(font))
    rows: list[list[tuple[int, int, Pill]]] = []
    x = width  # forces a new row for the first pill
    for pill in pills(card):
        text = metrics.horizontalAdvance(pill.text) + 2  # slack: rounding must not elide
        size = min(text + 2 * PAD + (DOT + 3 if pill.dot else 0), width)
        if x + size > width:
            rows.append([])
            x = 0
        rows[-1].append((x, size, pill))
        x += size + SPACING
    return rows


_PILL_FLAGS = int(Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)


def _pill_text_width(size: int, pill: Pill) -> int:
    return size - 2 * PAD - (DOT + 3 if pill.dot else 0)


def pill_row_heights(rows: list[list[tuple[int, int, Pill]]], font: QFont) -> list[int]:
    """Each row of markers as tall as its tallest: a word too long for a narrow card (large
    fonts, French) goes on two lines inside its marker rather than being cut."""
    metrics = QFontMetrics(pill_font(font))
    return [max(metrics.boundingRect(QRect(0, 0, max(_pill_text_width(size, pill), 1), 10_000),
                                     _PILL_FLAGS, pill.text).height() for _x, size, pill in row)
            + 4 for row in rows]


def _text_width(card_width: int) -> int:
    return max(card_width - 2 * MARGIN - 2 * PAD - STRIP, 40)


def _broken(word: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A single word wider than the card, in pieces that fit it: all of it, on more rows."""
    pieces = [""]
    for letter in word:
        if pieces[-1] and metrics.horizontalAdvance(pieces[-1] + letter) > width:
            pieces.append("")
        pieces[-1] += letter
    return pieces


def _wrapped(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` in rows that fit `width`: split at ' · ' first, then between words; a single
    word wider than the card goes on as many rows as it needs, never shortened."""
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    parts = text.split(" · ")
    if len(parts) > 1:
        return [row for part in parts for row in _wrapped(part, metrics, width)]
    rows: list[str] = []
    for word in text.split():
        joined = f"{rows[-1]} {word}" if rows else word
        if rows and metrics.horizontalAdvance(joined) <= width:
            rows[-1] = joined
        else:
            rows.append(word)
    return [piece for row in rows for piece in
            (_broken(row, metrics, width) if metrics.horizontalAdvance(row) > width else [row])]


def card_rows(card: BoardCard, font: QFont, width: int) -> list[tuple[str, bool]]:
    """The card's lines as painted, (text, bold), each read whole within `width`: a narrow
    column puts the value and the time on the rung on rows of their own."""
    bold = QFont(font)
    bold.setBold(True)
    plain, strong = QFontMetrics(font), QFontMetrics(bold)
    return [(row, is_bold) for text, is_bold in card_lines(card)
            for row in _wrapped(text, strong if is_bold else plain, width)]


class CardDelegate(QStyledItemDelegate):
    """A card is as tall as its markers need; a column holds few cards, so measuring is cheap."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self.texts = TextLog()  # what the cards said, for the view's painted_texts()

    def _card_width(self) -> int:
        """A card spans the column: the same width for measuring and for painting."""
        viewport = getattr(self._view, "viewport", None)
        return max(viewport().width() if viewport else 140, 80)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        card: BoardCard | None = index.data(CARD_ROLE)
        line = QFontMetrics(option.font).lineSpacing()
        width = self._card_width()
        pill_rows = layout_pills(card, option.font, _text_width(width)) if card else []
        pill_height = sum(h + 2 for h in pill_row_heights(pill_rows, option.font))
        lines = len(card_rows(card, option.font, _text_width(width))) if card else 3
        return QSize(width, lines * line + pill_height + 2 * PAD + 2 * MARGIN)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: BoardCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        box = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        fill = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(box, 5, 5)
        if card.gap in GAP_COLORS:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(GAP_COLORS[card.gap])
            painter.drawRoundedRect(QRectF(box.left(), box.top(), STRIP, box.height()), 2, 2)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 4, 4)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self._paint_lines(painter, option, card, box.toRect(), palette.color(text_role), selected)
        painter.restore()

    def _paint_lines(self, painter: QPainter, option: QStyleOptionViewItem, card: BoardCard,
                     box: QRect, color: QColor, selected: bool) -> None:
        area = box.adjusted(PAD + STRIP, PAD, -PAD, -PAD)
        line = QFontMetrics(option.font).lineSpacing()
        bold = QFont(option.font)
        bold.setBold(True)
        muted = QColor(color)
        muted.setAlphaF(1.0 if selected else 0.7)
        lines = card_rows(card, option.font, _text_width(option.rect.width()))
        for row, (text, strong) in enumerate(lines):
            font, pen = (bold, color) if strong else (option.font, muted)
            painter.setFont(font)
            painter.setPen(pen)
            rect = QRect(area.left(), area.top() + row * line, area.width(), line)
            self.texts.draw(painter, rect, Qt.AlignmentFlag.AlignVCenter, text)
        self._paint_pills(painter, option, card, area.left(), area.top() + len(lines) * line,
                          _text_width(option.rect.width()))

    def _paint_pills(self, painter: QPainter, option: QStyleOptionViewItem, card: BoardCard,
                     left: int, top: int, width: int) -> None:
        painter.setFont(pill_font(option.font))
        rows = layout_pills(card, option.font, width)
        for row, height in zip(rows, pill_row_heights(rows, option.font), strict=True):
            for x, size, pill in row:
                self._paint_pill(painter, option, QRect(left + x, top + 1, size, height), pill)
            top += height + 2

    def _paint_pill(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                    pill: Pill) -> None:
        fill = QColor(pill.tint)
        fill.setAlpha(55)
        painter.setPen(QPen(pill.tint, 1))
        painter.setBrush(fill)
        radius = min(rect.height(), QFontMetrics(painter.font()).height() + 4) / 2
        painter.drawRoundedRect(QRectF(rect), radius, radius)
        text_rect = rect.adjusted(PAD, 0, -PAD, 0)
        if pill.dot:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pill.tint)
            painter.drawEllipse(QRectF(text_rect.left(), rect.center().y() - DOT / 2 + 1, DOT,
                                       DOT))
            text_rect.setLeft(text_rect.left() + DOT + 3)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        self.texts.draw(painter, text_rect, _PILL_FLAGS, pill.text)
