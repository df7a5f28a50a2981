"""The stage ladder drawn as rising steps: where the customer stands and when each was reached."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from loyaltydesk.domain.ladder import LADDER, Stage
from loyaltydesk.services.timeline import TimelineEntry
from loyaltydesk.ui.local_time import local
from loyaltydesk.ui.timeline import kinds
from loyaltydesk.ui.widgets import painted_parts
from loyaltydesk.ui.widgets.painted_parts import Part
from loyaltydesk.ui.widgets.painted_text import PaintedText, TextLog
from loyaltydesk.ui.words import stage_label, stage_meaning

STEP_MIN, STEP_MAX = 12, 40  # bar heights of the lowest and the highest rung
GAP = 4
MIN_POINTS = 6.5


@dataclass(frozen=True)
class Rung:
    stage: Stage
    reached: TimelineEntry | None  # the latest move onto this rung
    current: bool


def rungs(current: Stage | None, history: list[TimelineEntry]) -> list[Rung]:
    """Each rung with its latest arrival (history oldest first, as stage_history gives it)."""
    latest: dict[str, TimelineEntry] = {}
    for entry in history:
        latest[entry.subtype] = entry
    return [Rung(stage, latest.get(stage.value), stage is current) for stage in LADDER]


def _two_lines(metrics: QFontMetrics) -> int:
    """The height two lines of text take as Qt lays them out (a little more than twice the
    line spacing at some sizes)."""
    return max(2 * metrics.lineSpacing(),
               metrics.boundingRect(QRect(0, 0, 10_000, 10_000), 0, "Xg\nXg").height())


class LadderStrip(QWidget):
    """Rungs as bars rising left to right; reached rungs filled, the current one highlighted."""

    accessible_role = painted_parts.Role.List

    def __init__(self, parent: QWidget | None = None) -> None:
        painted_parts.install(LadderStrip)
        super().__init__(parent)
        self._texts = TextLog()
        self._rungs: list[Rung] = rungs(None, [])
        self.setAccessibleName(self.tr("Stage ladder"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_history(self, current: Stage | None, history: list[TimelineEntry]) -> None:
        self._rungs = rungs(current, history)
        self.setAccessibleDescription(self.summary())
        self.update()

    def current_rung(self) -> Rung | None:
        return next((r for r in self._rungs if r.current), None)

    def summary(self) -> str:
        """The ladder in words: the current rung first, then every rung reached and when."""
        current = self.current_rung()
        if current is None:
            return self.tr("No customer")
        parts = [self.tr("Now %s") % stage_label(current.stage)]
        for rung in self._rungs:
            if rung.reached is not None:
                parts.append(self.tr("%1 reached %2").replace("%1", stage_label(rung.stage))
                             .replace("%2", kinds.format_day(rung.reached.at)))
        return ". ".join(parts)

    def accessible_parts(self) -> list[Part]:
        """Each rung in words, as a screen reader reads it: 'Loyal, now, reached 03/03/2026'."""
        parts = []
        for index, rung in enumerate(self._rungs):
            words = [stage_label(rung.stage)]
            if rung.current:
                words.append(self.tr("now"))
            words.append(self.tr("reached %s") % kinds.format_day(rung.reached.at)
                         if rung.reached is not None else self.tr("not reached yet"))
            parts.append(Part(", ".join(words), self.rung_rect(index),
                              stage_meaning(rung.stage), rung.current))
        return parts

    def sizeHint(self) -> QSize:  # Qt's API
        metrics = QFontMetrics(self.font())
        return QSize(560, STEP_MAX + _two_lines(metrics) + metrics.lineSpacing() + 3 * GAP)

    def minimumSizeHint(self) -> QSize:  # Qt's API
        """Rungs as narrow as their longest word and the shortest day take at the smallest
        size the names may shrink to."""
        font = QFont(self.font())
        font.setBold(True)
        if font.pointSizeF() > MIN_POINTS:
            font.setPointSizeF(MIN_POINTS)
        metrics = QFontMetrics(font)
        words = [w for s in LADDER for w in stage_label(s).split()] + ["00/00"]
        rung = max(metrics.horizontalAdvance(w) for w in words) + 2 * GAP + 2
        return QSize(len(LADDER) * max(rung, 44), self.sizeHint().height())

    def rung_rect(self, index: int) -> QRect:
        width = self.width() / len(LADDER)
        return QRect(round(index * width), 0, round(width), self.height())

    def rung_at(self, pos: QPoint) -> Rung | None:
        for index, rung in enumerate(self._rungs):
            if self.rung_rect(index).contains(pos):
                return rung
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            rung = self.rung_at(event.pos())
            if rung is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), kinds.plain_tooltip(self._tip(rung)), self)
            return True
        return super().event(event)

    def _tip(self, rung: Rung) -> str:
        lines = [stage_label(rung.stage), stage_meaning(rung.stage)]
        if rung.reached is not None:
            lines.append(self.tr("Reached %s") % kinds.format_when(rung.reached))
            if rung.reached.detail:
                lines.append(rung.reached.detail)
        else:
            lines.append(self.tr("Not reached yet"))
        return "\n".join(lines)

    def painted_texts(self) -> list[PaintedText]:
        """Each rung's name and day, as last painted."""
        return self._texts.texts()

    def paintEvent(self, event) -> None:  # Qt's API
        self._texts.begin(event.rect())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # one size for every rung's name, found once a paint: the narrowest rung's
        narrowest = min(self.rung_rect(i).width() for i in range(len(LADDER))) - 2 * GAP
        label = self._label_font(narrowest)
        for index, rung in enumerate(self._rungs):
            self._paint_rung(painter, index, rung, label)
        painter.end()

    def _paint_rung(self, painter: QPainter, index: int, rung: Rung, label: QFont) -> None:
        palette = self.palette()
        area = self.rung_rect(index).adjusted(GAP, GAP, -GAP, 0)
        line = QFontMetrics(self.font()).lineSpacing()
        height = STEP_MIN + (STEP_MAX - STEP_MIN) * index // (len(LADDER) - 1)
        bar = QRect(area.left(), area.top() + STEP_MAX - height, area.width(), height)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.WindowText)
        if rung.current:
            painter.setPen(QPen(highlight.darker(130), 2))
            painter.setBrush(highlight)
        elif rung.reached is not None:
            faded = QColor(highlight)
            faded.setAlpha(90)
            painter.setPen(QPen(highlight, 1))
            painter.setBrush(faded)
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(bar, 3, 3)
        font = QFont(label)
        font.setBold(rung.current)
        painter.setFont(font)
        painter.setPen(text)
        label_rect = QRect(area.left(), bar.bottom() + GAP, area.width(),
                           _two_lines(QFontMetrics(font)))
        self._texts.draw(painter, label_rect,
                         Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                         stage_label(rung.stage))
        font.setBold(False)
        painter.setFont(font)
        muted = QColor(text)
        muted.setAlphaF(0.65)
        painter.setPen(muted)
        when = self._fitting_day(rung, QFontMetrics(font), area.width())
        self._texts.draw(painter, QRect(area.left(), label_rect.bottom(), area.width(), line),
                         Qt.AlignmentFlag.AlignHCenter, when)

    def _label_font(self, width: int) -> QFont:
        """The widget's font, smaller when the rungs are too narrow for their longest word."""
        font = QFont(self.font())
        font.setBold(True)
        words = [w for s in LADDER for w in stage_label(s).split()]

        def widest() -> int:
            return max(QFontMetrics(font).horizontalAdvance(w) for w in words)

        if widest() > width and font.pointSizeF() > 0:
            font.setPointSizeF(max(font.pointSizeF() * width / widest(), MIN_POINTS))
            # glyphs do not shrink in proportion to the size: smaller until the words fit
            while widest() > width and font.pointSizeF() > MIN_POINTS:
                font.setPointSizeF(max(font.pointSizeF() - 0.25, MIN_POINTS))
        font.setBold(False)
        return font

    @staticmethod
    def _fitting_day(rung: Rung, metrics: QFontMetrics, width: int) -> str:
        """The day reached in the locale's short form, or shorter forms when it does not fit."""
        if rung.reached is None:
            return "—"
        day = local(rung.reached.at).date()
        value = QDate(day.year, day.month, day.day)
        locale = QLocale()
        candidates = [locale.toString(value, QLocale.FormatType.ShortFormat),
                      locale.toString(value, "MMM yy"), locale.toString(value, "MM/yy")]
        for text in candidates:
            if metrics.horizontalAdvance(text) <= width:
                return text
        return candidates[-1]
