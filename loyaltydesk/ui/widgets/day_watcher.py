"""Notices when the day changes under an open window (past midnight, or the clock moved)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from loyaltydesk import formats

CHECK_EVERY_MS = 60_000


class DayWatcher(QObject):
    """Emits `day_changed` once per new day; `check()` is what the minute timer calls.

    It watches only while its widget is on screen, and looks again when it comes back: a
    closed view has no day to keep up with.
    """

    day_changed = Signal(object)  # the new date

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._day = formats.today()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if isinstance(parent, QWidget):
            parent.installEventFilter(self)
            if parent.isVisible():
                self._timer.start()
        else:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() == QEvent.Type.Show:
            self._timer.start()
            self.check()
        elif event.type() == QEvent.Type.Hide:
            self._timer.stop()
        return False

    def day(self) -> date:
        return self._day

    def check(self) -> bool:
        """True (and `day_changed` emitted) when today is not the day last seen."""
        today = formats.today()
        if today == self._day:
            return False
        self._day = today
        self.day_changed.emit(today)
        return True
