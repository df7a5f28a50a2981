"""The reminder timer: checks on a QTimer, raises each due follow-up once, counts what is due."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from loyaltydesk.clock import now
from loyaltydesk.services import reminders
from loyaltydesk.services.followups import FollowUpRow, due_count
from loyaltydesk.services.reminders import Catching

SHOWN = 5  # follow-ups named in one notice; the rest are counted
# The first check waits this long after start, so the window is painted first.
FIRST_CHECK_MS = 1000


@dataclass(frozen=True)
class Notice:
    """What one check raised: the first few follow-ups, how many in all, and why now."""

    followups: tuple[FollowUpRow, ...]
    total: int
    catching: Catching


class ReminderTimer(QObject):
    """Checks for due follow-ups every `interval` seconds of the running app.

    Time comes from the injectable clock, so a check after the computer slept (or after a
    restart) sees everything that fell due meanwhile, raises it once, and says so. A long
    catch-up is raised in short batches, one per turn of the event loop, so painting goes on.
    """

    raised = Signal(object)  # Notice
    due_count_changed = Signal(int)
    checked = Signal(object)  # the moment of the check

    def __init__(self, interval_seconds: int = reminders.DEFAULT_TICK_SECONDS, *,
                 read_only: bool = False, batch: int = reminders.BATCH,
                 step: int = reminders.MARK_STEP, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.tick)
        self._batch, self._step, self._read_only = batch, step, read_only
        self._previous: datetime | None = None
        self._moment: datetime | None = None
        self._collected: list[FollowUpRow] = []
        self._total = 0
        self._catching = Catching.LIVE
        self._draining = False
        self.due = -1
        self.set_interval(interval_seconds)

    @property
    def interval(self) -> timedelta:
        return timedelta(milliseconds=self._timer.interval())

    def set_interval(self, seconds: int) -> None:
        self._timer.setInterval(seconds * 1000)

    def start(self) -> None:
        """Check soon (catching up with what fell due while closed), then on each tick."""
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.tick)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> None:
        if self._draining:
            return
        moment = now()
        self._catching = reminders.catching(self._previous, moment, self.interval)
        self._previous = self._moment = moment
        rows = [] if self._read_only else reminders.raise_batch(moment, self._batch)
        self._collected, self._total = rows[:SHOWN], len(rows)
        if len(rows) == self._batch:  # more are pending: mark them in steps, then tell
            self._draining = True
            QTimer.singleShot(0, self._mark_rest)
            return
        self._finish()

    def _mark_rest(self) -> None:
        marked = reminders.raise_rest(self._moment, self._step)
        self._total += marked
        if marked == self._step:
            QTimer.singleShot(0, self._mark_rest)
            return
        self._draining = False
        self._finish()

    def _finish(self) -> None:
        if self._total:
            self.raised.emit(Notice(tuple(self._collected), self._total, self._catching))
        self.recount()
        self.checked.emit(self._moment)

    def recount(self) -> None:
        count = due_count(now())
        if count != self.due:
            self.due = count
            self.due_count_changed.emit(count)
