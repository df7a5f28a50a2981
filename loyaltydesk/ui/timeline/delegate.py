"""Paints one timeline entry: kind icon on the stream line, title, when, kind and detail."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from loyaltydesk.services.timeline import TimelineEntry
from loyaltydesk.ui.timeline import kinds
from loyaltydesk.ui.timeline.model import ENTRY_ROLE, TimelineModel
from loyaltydesk.ui.widgets.painted_text import PaintedText, TextLog

PAD = 6
RAIL = 40  # width of the left column holding the stream line and the kind icon
BADGE = 26
AMBER_TEXT = QColor("#b26a00")


_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)


@dataclass(frozen=True)
class Piece:
    """One text of a row, where it goes (from the text area's top left) and how it looks."""

    text: str
    rect: QRect
    bold: bool = False
    muted: bool = False
    amber: bool = False
    flags: int = _WRAP


def _wrapped(text: str, metrics: QFontMetrics, left: int, top: int, width: int,
             **look: bool) -> Piece:
    flags = _WRAP
    if any(metrics.horizontalAdvance(word) > width for word in text.split()):
        flags |= int(Qt.TextFlag.TextWrapAnywhere)  # one word wider than the row: all of it
    need = metrics.boundingRect(QRect(0, 0, max(width, 1), 1_000_000), flags, text)
    return Piece(text, QRect(left, top, width, need.height()), flags=flags, **look)


def entry_pieces(entry: TimelineEntry, font: QFont, width: int) -> list[Piece]:
    """A row's words, each whole: when at the top right; the title beside it, wrapped; then
    the kind and state, and the detail (or what replaced the folded follow-ups), wrapped."""
    bold = QFont(font)
    bold.setBold(True)
    metrics, strong = QFontMetrics(font), QFontMetrics(bold)
    when = kinds.format_when(entry)
    when_width = metrics.horizontalAdvance(when) + PAD
    pieces = [Piece(when, QRect(width - when_width, 0, when_width, metrics.height()),
                    muted=True, flags=int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop))]
    title = kinds.folded_title(entry) if entry.folded else entry.title or "—"
    pieces.append(_wrapped(title, strong, 0, 0, width - when_width - PAD, bold=True))
    top = max(pieces[-1].rect.bottom() + 1, metrics.height())
    if entry.folded:
        return [*pieces, _wrapped(kinds.folded_cause(entry), metrics, 0, top, width)]
    pieces.append(_wrapped(kinds.status_text(entry), metrics, 0, top, width, muted=True,
                           amber=kinds.is_overdue(entry)))
    detail = kinds.one_line(entry.detail)
    if detail:
        pieces.append(_wrapped(detail, metrics, 0, pieces[-1].rect.bottom() + 1, width))
    return pieces


def _text_width(row_width: int) -> int:
    return max(row_width - RAIL - 2 - PAD, 60)


class TimelineDelegate(QStyledItemDelegate):
    """A row is as tall as its words need, worked out once per entry, width and font (a
    customer with 500 entries is measured once, not at every paint)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self._pieces: dict[tuple[TimelineEntry, int, str], list[Piece]] = {}
        self.texts = TextLog()  # what the rows said, for the view's painted_texts()

    def pieces(self, entry: TimelineEntry, font: QFont, width: int) -> list[Piece]:
        key = (entry, width, font.key())
        if key not in self._pieces:
            if len(self._pieces) > 5_000:
                self._pieces.clear()
            self._pieces[key] = entry_pieces(entry, font, width)
        return self._pieces[key]

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        least = 3 * line + 2 * PAD + 4
        entry: TimelineEntry | None = index.data(ENTRY_ROLE)
        width = self._view.viewport().width()
        if entry is None:
            return QSize(width, least)
        bottom = max(p.rect.bottom() for p in self.pieces(entry, option.font,
                                                          _text_width(width)))
        return QSize(width, max(least, bottom + 1 + 2 * PAD + 4, BADGE + 2 * PAD))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        entry: TimelineEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        painter.save()
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        self._paint_rail(painter, option, entry)
        self._paint_text(painter, option, entry, palette.color(text_role), selected)
        if option.state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()

    def _paint_rail(self, painter: QPainter, option: QStyleOptionViewItem,
                    entry: TimelineEntry) -> None:
        rect = option.rect
        centre_x = rect.left() + RAIL // 2
        line_color = option.palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(line_color, 2))
        painter.drawLine(centre_x, rect.top(), centre_x, rect.bottom())
        badge = QRect(centre_x - BADGE // 2, rect.top() + PAD, BADGE, BADGE)
        tint = QColor(kinds.KIND_COLORS[entry.kind])
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(tint, 1.5))
        base = option.palette.color(QPalette.ColorRole.Base)
        painter.setBrush(base)
        painter.drawEllipse(badge)
        tint.setAlpha(70)
        painter.setBrush(tint)
        painter.drawEllipse(badge)
        kinds.kind_icon(entry).paint(painter, badge.adjusted(5, 5, -5, -5))

    def _paint_text(self, painter: QPainter, option: QStyleOptionViewItem, entry: TimelineEntry,
                    color: QColor, selected: bool) -> None:
        origin = option.rect.adjusted(RAIL + 2, PAD, -PAD, -PAD).topLeft()
        bold = QFont(option.font)
        bold.setBold(True)
        muted = QColor(color)
        if not selected:
            muted.setAlphaF(0.7)
        for piece in self.pieces(entry, option.font, _text_width(option.rect.width())):
            painter.setFont(bold if piece.bold else option.font)
            painter.setPen(AMBER_TEXT if piece.amber and not selected
                           else muted if piece.muted else color)
            self.texts.draw(painter, piece.rect.translated(origin), piece.flags, piece.text)


class TimelineList(QListView):
    """The stream of entries: rows as tall as their words, laid out again when the width
    changes (Qt would only when the height does), and what they painted told."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event) -> None:  # Qt's name
        if event.key() == Qt.Key.Key_End:  # the oldest entry, listed or not yet
            source = self.model()
            while isinstance(source, QSortFilterProxyModel):
                source = source.sourceModel()
            if isinstance(source, TimelineModel):
                source.fetch_all()
        super().keyPressEvent(event)

    def painted_texts(self) -> list[PaintedText]:
        delegate = self.itemDelegate()
        return delegate.texts.texts() if isinstance(delegate, TimelineDelegate) else []

    def paintEvent(self, event) -> None:  # Qt's name
        delegate = self.itemDelegate()
        if isinstance(delegate, TimelineDelegate):
            delegate.texts.begin(event.rect())
        super().paintEvent(event)

    def resizeEvent(self, event) -> None:  # Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
