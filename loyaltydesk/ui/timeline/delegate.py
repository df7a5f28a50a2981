"""Paints one timeline entry: kind icon on the stream line, title, when, kind and detail."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from loyaltydesk.services.timeline import TimelineEntry
from loyaltydesk.ui.timeline import kinds
from loyaltydesk.ui.timeline.model import ENTRY_ROLE

PAD = 6
RAIL = 40  # width of the left column holding the stream line and the kind icon
BADGE = 26
AMBER_TEXT = QColor("#b26a00")


def two_rows(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` wrapped between words onto at most two rows of `width`, the second shortened
    with an ellipsis when the whole does not fit (the tooltip has it all)."""
    words = text.split()
    first = ""
    while words and metrics.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first and words:  # one word wider than the row
        first = metrics.elidedText(words.pop(0), Qt.TextElideMode.ElideRight, width)
    if not words:
        return [first]
    return [first, metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]


def folded_rows(entry: TimelineEntry, metrics: QFontMetrics, width: int) -> list[str]:
    """What a folded line shows below its title: what replaced the follow-ups, and how to
    see them."""
    return two_rows(kinds.folded_cause(entry), metrics, width)


class TimelineDelegate(QStyledItemDelegate):
    """Every row has the same height, so the view can lay out thousands of them at once."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(320, 3 * line + 2 * PAD + 4)

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
        rect = option.rect.adjusted(RAIL + 2, PAD, -PAD, -PAD)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        when = kinds.format_when(entry)
        when_width = metrics.horizontalAdvance(when) + PAD
        muted = QColor(color)
        if not selected:
            muted.setAlphaF(0.7)
        painter.setFont(option.font)
        painter.setPen(muted)
        painter.drawText(QRect(rect.right() - when_width, rect.top(), when_width, line),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(option.font)
        bold.setBold(True)
        title_rect = QRect(rect.left(), rect.top(), rect.width() - when_width - PAD, line)
        painter.setFont(bold)
        painter.setPen(color)
        title = kinds.folded_title(entry) if entry.folded else entry.title or "—"
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight,
                                                       title_rect.width()))
        if entry.folded:
            painter.setFont(option.font)
            for row, text in enumerate(folded_rows(entry, metrics, rect.width())):
                painter.drawText(QRect(rect.left(), rect.top() + (row + 1) * line, rect.width(),
                                       line), Qt.AlignmentFlag.AlignVCenter, text)
            return
        painter.setFont(option.font)
        status_pen = AMBER_TEXT if kinds.is_overdue(entry) and not selected else muted
        painter.setPen(status_pen)
        status_rect = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.drawText(status_rect, Qt.AlignmentFlag.AlignVCenter, kinds.status_text(entry))
        painter.setPen(color)
        detail_rect = QRect(rect.left(), rect.top() + 2 * line, rect.width(), line)
        painter.drawText(detail_rect, Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(kinds.one_line(entry.detail),
                                            Qt.TextElideMode.ElideRight, detail_rect.width()))
