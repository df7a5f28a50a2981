"""How a day and its entries look: a bar per kind, marks for overdue, done and contacts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from loyaltydesk.built_in import shown
from loyaltydesk.clock import now
from loyaltydesk.domain.rhythm import GapState
from loyaltydesk.services.calendar import CalendarEntry, EntryType
from loyaltydesk.ui import theme
from loyaltydesk.ui.followups.formatting import kind_label, time_text, tr
from loyaltydesk.ui.followups.look import kind_color, overdue_color
from loyaltydesk.ui.widgets.marks import gap_text_color
from loyaltydesk.ui.widgets.painted_text import PaintedText, TextLog

if TYPE_CHECKING:
    from loyaltydesk.ui.calendar.grid import DaysModel

# Never the colour alone: each state also has a sign in front of the entry.
MARKS = {"overdue": "!", "done": "✓", "skipped": "✗", "logged": "•"}
# Nor for the counts of customers turning red or amber: a triangle warns, a dot notes.
GAP_SIGNS = {GapState.RED: "▲", GapState.AMBER: "●"}


def gap_count_text(state: GapState, count: int) -> str:
    """'▲ 3' (turning red) or '● 2' (turning amber), as a day's cell shows them."""
    return f"{GAP_SIGNS[state]} {count}"


COUNT_SPACING = 8  # pixels between the day's number and each count


def fitting_counts(counts: list[tuple[GapState, int]], room: int,
                   advance: Callable[[str], int]) -> list[tuple[GapState, str]]:
    """The counts a day's head has room for beside its number, most severe first: both
    with their space ('▲ 14  ● 49'), both tight ('▲14 ●49'), else the most severe alone;
    none when even that does not fit (the day's tooltip and accessible text still say it)."""
    present = [(state, count) for state, count in counts if count]
    spaced = [(state, gap_count_text(state, count)) for state, count in present]
    tight = [(state, f"{GAP_SIGNS[state]}{count}") for state, count in present]
    for labels in (spaced, tight, spaced[:1], tight[:1]):
        need = sum(advance(label) for _, label in labels) + COUNT_SPACING * (len(labels) - 1)
        if need <= room:
            return labels
    return []


def entry_mark(entry: CalendarEntry) -> str:
    if entry.overdue:
        return MARKS["overdue"]
    return MARKS.get(entry.status, "")


def entry_line(entry: CalendarEntry) -> str:
    """'09:30 ! Zoé Dupont: Check the delivery went well'."""
    mark = entry_mark(entry)
    head = f"{time_text(entry.at)} {mark} " if mark else f"{time_text(entry.at)} "
    title = entry.title if entry.status == "logged" else shown(entry.title)  # a contact's own
    return f"{head}{entry.customer_name}: {title}"


def entry_label(entry: CalendarEntry) -> str:
    """'09:30 ! Zoé Dupont': when and with whom, what a day of the month shows of an entry
    (what it is about is in the day's tooltip and its list)."""
    mark = entry_mark(entry)
    head = f"{time_text(entry.at)} {mark} " if mark else f"{time_text(entry.at)} "
    return f"{head}{entry.customer_name}"


def entry_who(entry: CalendarEntry) -> str:
    """'! Zoé Dupont': with whom, and its mark, for a day with no room for the time too."""
    mark = entry_mark(entry)
    return f"{mark} {entry.customer_name}" if mark else entry.customer_name


_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def wrap_flags(text: str, metrics: QFontMetrics, width: int) -> int:
    """Wrapped at its words; a single word wider than the room breaks where it must, whole."""
    flags = int(_TOP_LEFT | Qt.TextFlag.TextWordWrap)
    if any(metrics.horizontalAdvance(word) > width for word in text.split()):
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
    return flags


def fitting_words(entry: CalendarEntry, font: QFont, width: int, height: int
                  ) -> tuple[str, int] | None:
    """The most a block of the week can say whole in its room, wrapped at its words: when,
    who and what; else when and who; else who; else nothing (its tooltip says it all)."""
    metrics = QFontMetrics(font)
    flags = int(_TOP_LEFT | Qt.TextFlag.TextWordWrap)
    for text in (entry_line(entry), entry_label(entry), entry.customer_name):
        need = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, text)
        if need.width() <= width and need.height() <= height:
            return text, flags
    return None


@dataclass(frozen=True)
class PlacedEntry:
    entry: CalendarEntry
    top: int  # from the top of the day's entry area
    height: int
    text: str
    flags: int


def place_entries(entries: list[CalendarEntry], total: int, width: int, height: int,
                  font_of: Callable[[CalendarEntry], QFont], more_height: int
                  ) -> list[PlacedEntry]:
    """The entries a day has room for, each whole on as many lines as its words need, and
    room kept below them for the '+N more' link when some are left out."""
    placed: list[PlacedEntry] = []
    top = 0
    for entry in entries:
        metrics = QFontMetrics(font_of(entry))
        room = height - top - (1 + more_height if total - len(placed) > 1 else 0)
        # the first entry at least says who, when a narrow day has no room for the time too
        texts = (entry_label(entry), entry_who(entry)) if not placed else (entry_label(entry),)
        for text in texts:
            flags = wrap_flags(text, metrics, width)
            need = metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags,
                                        text).height()
            if need <= room:
                placed.append(PlacedEntry(entry, top, need, text, flags))
                break
        else:
            break
        top += need + 1
    return placed


def entry_detail(entry: CalendarEntry) -> str:
    if entry.status == "open":
        status = tr("overdue") if entry.overdue else tr("due") if entry.at <= now() \
            else tr("planned")
    else:
        status = {"done": tr("done"), "skipped": tr("skipped"),
                  "logged": tr("contact logged")}.get(entry.status, "")
    return f"{kind_label(entry.kind)}, {status}"


# How much of the highlight tints the chosen day: no more than keeps its link, its red and
# amber counts and its overdue entries at 4.5:1 in both palettes (tests/ui/test_theme.py).
CHOSEN_DAY_TINT = 0.18


def day_fill(palette: QPalette, working: bool, selected: bool) -> QColor:
    """A day's background: a weekend's a shade apart, the chosen day tinted."""
    background = palette.color(QPalette.ColorRole.Base if working
                               else QPalette.ColorRole.AlternateBase)
    if not selected:
        return background
    return theme.blend(background, palette.color(QPalette.ColorRole.Highlight), CHOSEN_DAY_TINT)


def entry_color(entry: CalendarEntry, palette: QPalette) -> QColor:
    if entry.overdue:
        return overdue_color(palette)
    if entry.status in ("done", "skipped"):
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    return palette.color(QPalette.ColorRole.Text)


def entry_font(entry: CalendarEntry, base: QFont) -> QFont:
    font = QFont(base)
    font.setItalic(entry.type is EntryType.INTERACTION)
    font.setStrikeOut(entry.status == "skipped")
    font.setBold(entry.overdue)
    return font


class DayDelegate(QStyledItemDelegate):
    """Paints a day cell: its number, threshold markers, and as many entries as fit whole.

    The few fonts a cell needs are made once and kept, not built for every entry painted.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fonts: dict[tuple[str, bool, bool, bool], QFont] = {}
        self.more_rects: dict = {}  # day -> where its "+N more" link was last painted
        self.texts = TextLog()  # what the days said, for painted_texts()

    def painted_texts(self) -> list[PaintedText]:
        return self.texts.texts()

    def _font(self, base: QFont, bold: bool = False, italic: bool = False,
              strike: bool = False) -> QFont:
        key = (base.key(), bold, italic, strike)
        if key not in self._fonts:
            font = QFont(base)
            font.setBold(bold)
            font.setItalic(italic)
            font.setStrikeOut(strike)
            self._fonts[key] = font
        return self._fonts[key]

    def _entry_font(self, base: QFont, entry: CalendarEntry) -> QFont:
        return self._font(base, entry.overdue, entry.type is EntryType.INTERACTION,
                          entry.status == "skipped")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        cell = cast("DaysModel", index.model()).cell(index)  # the month grid's own model
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pen = painter.pen()
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.fillRect(rect, day_fill(palette, cell.working, selected))
        if cell.is_today or selected:
            frame = QPen(palette.color(QPalette.ColorRole.Highlight))
            frame.setWidth(2 if cell.is_today else 1)
            painter.setPen(frame)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        top = self._paint_head(painter, option, cell, rect)
        self._paint_entries(painter, option, cell, QRect(rect.left() + 3, top, rect.width() - 6,
                                                         rect.bottom() - top - 1))
        painter.setPen(pen)
        painter.setFont(self._font(option.font))

    def _paint_head(self, painter: QPainter, option: QStyleOptionViewItem, cell,
                    rect: QRect) -> int:
        palette = option.palette
        painter.setFont(self._font(option.font, bold=cell.is_today))
        group = QPalette.ColorGroup.Normal if cell.in_period else QPalette.ColorGroup.Disabled
        painter.setPen(palette.color(group, QPalette.ColorRole.Text))
        height = painter.fontMetrics().height()
        head = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, height)
        day = str(cell.day.day)
        self.texts.draw(painter, head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        day)
        content = cell.content
        if content is not None and (content.red or content.amber):
            room = head.width() - painter.fontMetrics().horizontalAdvance(day) - COUNT_SPACING
            painter.setFont(self._font(option.font))
            labels = fitting_counts([(GapState.RED, content.red), (GapState.AMBER, content.amber)],
                                    room, painter.fontMetrics().horizontalAdvance)
            x = head.right()
            for state, label in reversed(labels):
                width = painter.fontMetrics().horizontalAdvance(label)
                painter.setPen(gap_text_color(state, palette))
                self.texts.draw(painter, QRect(x - width, head.top(), width, height),
                                Qt.AlignmentFlag.AlignRight, label)
                x -= width + COUNT_SPACING
        return head.bottom() + 2

    def _paint_entries(self, painter: QPainter, option: QStyleOptionViewItem, cell,
                       area: QRect) -> None:
        self.more_rects.pop(cell.day, None)
        content = cell.content
        if content is None or not content.entries:
            return
        line = QFontMetrics(self._font(option.font)).height() + 1
        text_width = area.width() - 6
        placed = place_entries(content.entries, content.total, text_width, area.height(),
                               lambda entry: self._entry_font(option.font, entry), line)
        for row in placed:
            y = area.top() + row.top
            painter.fillRect(QRect(area.left(), y + 2, 3, row.height - 4),
                             kind_color(row.entry.kind, option.palette))
            painter.setFont(self._entry_font(option.font, row.entry))
            painter.setPen(entry_color(row.entry, option.palette))
            self.texts.draw(painter, QRect(area.left() + 6, y, text_width, row.height),
                            row.flags, row.text)
        more = content.total - len(placed)
        y = area.top() + (placed[-1].top + placed[-1].height + 1 if placed else 0)
        if more > 0 and y + line <= area.top() + area.height():
            self._paint_more(painter, option, QRect(area.left() + 6, y, text_width, line), more)
            self.more_rects[cell.day] = QRect(area.left() + 6, y, text_width, line)

    def _paint_more(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                    more: int) -> None:
        """A link, readable in both palettes: a click opens the day's week, every entry in it."""
        font = QFont(self._font(option.font))
        font.setUnderline(True)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Link))
        text = tr("+%1 more ›").replace("%1", str(more))
        if painter.fontMetrics().horizontalAdvance(text) > rect.width():
            text = f"+{more} ›"  # a narrow day (large fonts): the count, whole
        self.texts.draw(painter, rect, Qt.AlignmentFlag.AlignVCenter, text)
