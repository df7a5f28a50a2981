"""Notices when the day changes under an open window (past midnight, or the clock moved)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from loyaltydesk import formats

CHECK_EVERY_MS = 60_000


class DayWatcher(QObject):
    """Emits `day_changed` once per new day; `check()` is what the minute timer calls."""

    day_changed = Signal(object)  # the new date

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._day = formats.today()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

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
