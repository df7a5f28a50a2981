"""The week as a time grid: hours down, seven days across, blocks at their time, side by side
where they overlap; drag a follow-up (or Alt+arrows) to another day or time."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QToolTip, QVBoxLayout, QWidget

from loyaltydesk import formats
from loyaltydesk.clock import clock
from loyaltydesk.services.calendar import CalendarEntry, Day, EntryType
from loyaltydesk.ui.calendar.cells import entry_color, entry_detail, fitting_words
from loyaltydesk.ui.calendar.week_lane import AllDayLane
from loyaltydesk.ui.calendar.week_layout import DAY_MINUTES, GUTTER, Placed, place_week
from loyaltydesk.ui.followups.formatting import tr
from loyaltydesk.ui.followups.look import kind_color
from loyaltydesk.ui.timeline.kinds import plain_tooltip
from loyaltydesk.ui.widgets import painted_parts
from loyaltydesk.ui.widgets.painted_parts import Part
from loyaltydesk.ui.widgets.painted_text import PaintedText, TextLog

HOUR_PX = 48
SNAP = 15  # minutes a drag or Alt+Up/Down moves by
WORK_HOURS = (8, 18)


@dataclass
class _Layers:
    """The week's blocks by look: fills by kind and openness, kind strips, contact outlines,
    and the blocks wide enough for words."""

    colors: dict[str, QColor] = field(default_factory=dict)
    fills: dict[tuple[str, int], list[QRectF]] = field(default_factory=dict)
    strips: dict[str, list[QRectF]] = field(default_factory=dict)
    outlines: dict[str, list[QRectF]] = field(default_factory=dict)
    worded: list[tuple[CalendarEntry, QRectF]] = field(default_factory=list)
    words: dict[int, tuple[str, int] | None] = field(default_factory=dict)  # by worded index


class WeekCanvas(QWidget):
    """The 24 hours of seven days; only the blocks in the repainted area are drawn."""

    entry_chosen = Signal(object)  # CalendarEntry
    entry_activated = Signal(object)
    move_requested = Signal(int, object)  # follow-up id, the new local datetime
    accessible_role = painted_parts.Role.List

    def __init__(self, parent: QWidget | None = None) -> None:
        painted_parts.install(WeekCanvas)
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Week, hour by hour"))
        self.setMinimumHeight(24 * HOUR_PX)
        self.first = date(2000, 1, 3)
        self.placed: list[Placed] = []
        self.today: date | None = None
        self.working = {0, 1, 2, 3, 4}
        self.chosen: CalendarEntry | None = None
        self._press: tuple[Placed, QPoint] | None = None
        self._target: tuple[int, int] | None = None  # day, minute while dragging
        self._fonts: dict[tuple[bool, bool], QFont] = {}
        self._layers_of: tuple[tuple[int, int, str], _Layers] | None = None
        self._texts = TextLog()

    # -- content ---------------------------------------------------------------------------
    def set_week(self, first: date, entries: list[CalendarEntry], today: date,
                 working: set[int]) -> None:
        self.first, self.today, self.working = first, today, working
        self.placed = place_week(first, entries)
        self._layers_of = None  # worked out again at the next paint
        if self.chosen is not None:
            self.chosen = next((p.entry for p in self.placed if p.entry.id == self.chosen.id
                                and p.entry.type is self.chosen.type), None)
        self.update()

    def choose(self, entry: CalendarEntry | None) -> None:
        self.chosen = entry
        self.update()
        if entry is not None:
            painted_parts.announce_current(self)
            self.entry_chosen.emit(entry)

    def words_of(self, placed: Placed) -> str:
        """'Thu 5 Mar 09:30, Zoé Dupont: Check-in, Call, overdue'."""
        return (f"{formats.weekday_day(self.first + timedelta(days=placed.day))} "
                f"{formats.time(placed.entry.at)}, {placed.entry.customer_name}: "
                f"{placed.entry.title}, {entry_detail(placed.entry)}")

    def accessible_parts(self) -> list[Part]:
        """Each block in reading order, in words."""
        ordered = sorted(self.placed, key=lambda p: (p.day, p.start, p.lane))
        return [Part(self.words_of(p), self.block_rect(p).toRect(), current=p.entry == self.chosen)
                for p in ordered]

    def event(self, event: QEvent) -> bool:
        """Hovering a block tells it whole: side by side, blocks are too narrow for words."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            placed = self.at(event.pos())
            if placed is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), plain_tooltip(self.words_of(placed)), self,
                                  self.block_rect(placed).toRect())
            return True
        return super().event(event)

    def placed_of(self, entry: CalendarEntry) -> Placed | None:
        return next((p for p in self.placed if p.entry == entry), None)

    # -- geometry --------------------------------------------------------------------------
    def day_width(self) -> float:
        return max(self.width() - GUTTER, 7) / 7

    def y_of(self, minute: int) -> float:
        return minute * HOUR_PX / 60

    def block_rect(self, placed: Placed) -> QRectF:
        width = self.day_width() / placed.lanes
        x = GUTTER + placed.day * self.day_width() + placed.lane * width
        top = self.y_of(placed.start)
        height = max(self.y_of(placed.end) - top, 14)
        return QRectF(x + 1, top + 1, max(width - 2, 2), height - 2)

    def point_of(self, day: int, minute: int) -> QPoint:
        """The middle of where a block starting at this day and minute is drawn."""
        return QPoint(int(GUTTER + (day + 0.5) * self.day_width()), int(self.y_of(minute) + 4))

    def at(self, pos: QPoint) -> Placed | None:
        for placed in reversed(self.placed):
            if self.block_rect(placed).contains(pos):
                return placed
        return None

    def slot_at(self, pos: QPoint) -> tuple[int, int]:
        day = int((pos.x() - GUTTER) // self.day_width())
        minute = int(pos.y() * 60 / HOUR_PX) // SNAP * SNAP
        return min(max(day, 0), 6), min(max(minute, 0), DAY_MINUTES - SNAP)

    def moment_of(self, day: int, minute: int) -> datetime:
        when = datetime.combine(self.first + timedelta(days=day), time(minute // 60, minute % 60))
        return when.replace(tzinfo=clock().local_tz())

    # -- painting --------------------------------------------------------------------------
    def painted_texts(self) -> list[PaintedText]:
        """The hours and the blocks' words, as last painted."""
        return self._texts.texts()

    def paintEvent(self, event) -> None:
        self._texts.begin(event.rect())
        painter = QPainter(self)
        area = event.rect()
        palette = self.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        self._paint_frame(painter, area, palette)
        self._paint_blocks(painter, QRectF(area), palette)
        if self._target is not None and self._press is not None:
            day, minute = self._target
            ghost = QRectF(GUTTER + day * self.day_width() + 1, self.y_of(minute),
                           self.day_width() - 2, self.y_of(30))
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRect(ghost)
        painter.end()

    def _paint_frame(self, painter: QPainter, area: QRect, palette: QPalette) -> None:
        quiet = palette.color(QPalette.ColorRole.AlternateBase)
        width = self.day_width()
        for day in range(7):
            x = GUTTER + day * width
            if day not in self.working_offsets():
                painter.fillRect(QRectF(x, 0, width, self.height()), quiet)
            else:
                painter.fillRect(QRectF(x, 0, width, self.y_of(WORK_HOURS[0] * 60)), quiet)
                bottom = self.y_of(WORK_HOURS[1] * 60)
                painter.fillRect(QRectF(x, bottom, width, self.height() - bottom), quiet)
            if self.today == self.first + timedelta(days=day):
                today = QColor(palette.color(QPalette.ColorRole.Highlight))
                today.setAlpha(28)
                painter.fillRect(QRectF(x, 0, width, self.height()), today)
        line = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        line.setAlpha(90)
        painter.setPen(line)
        for day in range(8):
            x = int(GUTTER + day * width)
            painter.drawLine(x, area.top(), x, area.bottom())
        painter.setFont(self.font())
        for hour in range(24):
            y = int(self.y_of(hour * 60))
            if y + HOUR_PX < area.top() or y > area.bottom():
                continue
            painter.setPen(line)
            painter.drawLine(GUTTER, y, self.width(), y)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            label = formats.time(self.moment_of(0, hour * 60))
            self._texts.draw(painter, QRect(0, y, GUTTER - 6, painter.fontMetrics().height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, label)

    def working_offsets(self) -> set[int]:
        return {d for d in range(7) if (self.first + timedelta(days=d)).weekday() in self.working}

    def _font(self, italic: bool, bold: bool) -> QFont:
        if (italic, bold) not in self._fonts:
            font = QFont(self.font())
            font.setItalic(italic)
            font.setBold(bold)
            self._fonts[italic, bold] = font
        return self._fonts[italic, bold]

    def _layers(self, palette: QPalette) -> _Layers:
        """The blocks sorted by look, worked out once per week, width and palette: a busy
        week has thousands in view, drawn a few calls per look rather than one per block."""
        key = (self.width(), palette.cacheKey(), self.font().key())
        if self._layers_of is not None and self._layers_of[0] == key:
            return self._layers_of[1]
        layers = _Layers()
        for placed in self.placed:
            entry, rect = placed.entry, self.block_rect(placed)
            if entry.kind not in layers.colors:
                layers.colors[entry.kind] = QColor(kind_color(entry.kind, palette))
            if entry.type is EntryType.INTERACTION:  # a contact that happened: an outline
                layers.outlines.setdefault(entry.kind, []).append(rect)
            else:
                alpha = 60 if entry.status == "open" else 25
                layers.fills.setdefault((entry.kind, alpha), []).append(rect)
                layers.strips.setdefault(entry.kind, []).append(
                    QRectF(rect.left(), rect.top(), 3, rect.height()))
            if rect.width() >= 12:
                layers.worded.append((entry, rect))
        self._layers_of = (key, layers)
        return layers

    def _paint_blocks(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        layers = self._layers(palette)  # Qt leaves out what falls outside the area
        painter.setPen(Qt.PenStyle.NoPen)
        for (kind, alpha), rects in layers.fills.items():
            fill = QColor(layers.colors[kind])
            fill.setAlpha(alpha)
            painter.setBrush(fill)
            painter.drawRects(rects)
        for kind, rects in layers.strips.items():
            painter.setBrush(layers.colors[kind])
            painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for kind, rects in layers.outlines.items():
            painter.setPen(QPen(layers.colors[kind], 1, Qt.PenStyle.DashLine))
            painter.drawRects(rects)
        chosen = self.placed_of(self.chosen) if self.chosen is not None else None
        if chosen is not None:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(self.block_rect(chosen).adjusted(1, 1, -1, -1))
        for number, (_entry, rect) in enumerate(layers.worded):
            if rect.intersects(area):
                self._paint_words(painter, layers, number, palette)

    def _paint_words(self, painter: QPainter, layers: _Layers, number: int,
                     palette: QPalette) -> None:
        """As many of the block's words as it has room for whole, worked out once a layout."""
        entry, rect = layers.worded[number]
        font = self._font(entry.type is EntryType.INTERACTION, entry.overdue)
        text_rect = rect.adjusted(5, 1, -2, -1).toRect()
        if number not in layers.words:
            layers.words[number] = fitting_words(entry, font, text_rect.width(),
                                                 text_rect.height())
        words = layers.words[number]
        if words is not None:
            painter.setFont(font)
            painter.setPen(entry_color(entry, palette))
            self._texts.draw(painter, text_rect, words[1], words[0])

    # -- mouse and keys --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        placed = self.at(event.position().toPoint())
        self.setFocus()
        self.choose(placed.entry if placed else None)
        self._press = (placed, event.position().toPoint()) if placed else None
        self._target = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self._press[0].entry.movable:
            return
        pos = event.position().toPoint()
        if (pos - self._press[1]).manhattanLength() < QApplication.startDragDistance():
            return
        placed, start = self._press
        grab = start.y() - int(self.y_of(placed.start))  # where in the block it was held
        self._target = self.slot_at(QPoint(pos.x(), pos.y() - grab))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self._target
        self._press, self._target = None, None
        if press is not None and target is not None:
            placed = press[0]
            if target != (placed.day, placed.start):
                self.move_requested.emit(placed.entry.id, self.moment_of(*target))
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        placed = self.at(event.position().toPoint())
        if placed is not None:
            self.entry_activated.emit(placed.entry)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        current = self.placed_of(self.chosen) if self.chosen else None
        steps = {Qt.Key.Key_Up: (0, -SNAP), Qt.Key.Key_Down: (0, SNAP),
                 Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0)}
        if mods & Qt.KeyboardModifier.AltModifier and key in steps and current is not None:
            days, minutes = steps[Qt.Key(key)]
            if current.entry.movable:
                day = current.day + days
                minute = min(max(current.start + minutes, 0), DAY_MINUTES - SNAP)
                if 0 <= day < 7:
                    self.move_requested.emit(current.entry.id, self.moment_of(day, minute))
            event.accept()
            return
        if key in steps and self.placed:
            self.choose(self._neighbour(current, Qt.Key(key)).entry)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.entry_activated.emit(current.entry)
            return
        super().keyPressEvent(event)

    def _neighbour(self, current: Placed | None, key: Qt.Key) -> Placed:
        """Up/Down: the entry before or after in time; Left/Right: the nearest on that day."""
        ordered = sorted(self.placed, key=lambda p: (p.day, p.start, p.lane))
        if current is None:
            return ordered[0]
        index = ordered.index(current)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key is Qt.Key.Key_Up else 1
            return ordered[min(max(index + step, 0), len(ordered) - 1)]
        step = -1 if key is Qt.Key.Key_Left else 1
        days = [p for p in ordered if (p.day - current.day) * step > 0]
        if not days:
            return current
        day = min(days, key=lambda p: abs(p.day - current.day)).day
        return min((p for p in days if p.day == day), key=lambda p: abs(p.start - current.start))


class WeekView(QWidget):
    """The all-day lane over the scrolling hours; it opens on the working hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = WeekCanvas()
        self.lane = AllDayLane(self.canvas)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.lane)
        layout.addWidget(self.scroll_area, 1)
        self._scrolled = False

    def set_week(self, first: date, days: dict[date, Day], today: date,
                 working: set[int]) -> None:
        entries = [e for content in days.values() for e in content.entries]
        self.canvas.set_week(first, entries, today, working)
        self.lane.set_days(days)
        if not self._scrolled:
            self.scroll_to_minute(WORK_HOURS[0] * 60)
            self._scrolled = True

    def scroll_to_minute(self, minute: int) -> None:
        self.scroll_area.verticalScrollBar().setValue(int(self.canvas.y_of(minute)) - 4)

    def show_entry(self, entry: CalendarEntry) -> None:
        """Scroll the entry into view (keyboard choice, a line chosen in the day list)."""
        placed = self.canvas.placed_of(entry)
        if placed is not None:
            rect = self.canvas.block_rect(placed).toRect()
            self.scroll_area.ensureVisible(rect.center().x(), rect.center().y(), 0, rect.height())
