"""Computes insight sections on a background thread, one at a time, so the view never waits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from loyaltydesk.services import insights
from loyaltydesk.services.insights import Scope

UI_LIMIT = 50  # rows in the view's lists (counts and click-throughs cover everyone)

SECTIONS: dict[str, Callable[[Scope], Any]] = {
    "value": lambda s: insights.value(s, UI_LIMIT, with_months=False),
    "revenue": insights.revenue_by_month,
    "second_sale": lambda s: insights.second_sale(s, UI_LIMIT),
    "funnel": insights.funnel,
    "satisfaction": lambda s: insights.satisfaction(s, UI_LIMIT),
    "at_risk": lambda s: insights.at_risk(s, UI_LIMIT),
    "referrals": lambda s: insights.referrals(s, None),
}


class _Signals(QObject):
    done = Signal(int, str, object)  # generation, section, result
    failed = Signal(int, str, str)  # generation, section, message


class _Generation:
    """The current generation, in a plain object the jobs can read from their thread."""

    value = 0


class _Job(QRunnable):
    def __init__(self, signals: _Signals, current: _Generation, section: str,
                 where: Scope) -> None:
        super().__init__()
        self._signals, self._current, self._section, self._scope = (
            signals, current, section, where)
        self._generation = current.value

    def run(self) -> None:
        if self._generation != self._current.value:
            return  # asked for data that has changed since: a newer job follows
        try:
            try:
                result = SECTIONS[self._section](self._scope)
            except Exception as exc:  # noqa: BLE001 - shown in the view rather than lost
                self._signals.failed.emit(self._generation, self._section, str(exc))
            else:
                self._signals.done.emit(self._generation, self._section, result)
        except RuntimeError:  # the view went away while this ran: nobody waits for it
            pass
        finally:
            insights.release_connection()


class SectionLoader(QObject):
    """Queues sections for a generation of the data; results of older generations are dropped
    by the receiver (they carry their generation)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The pool first: children go in creation order, and the pool's end waits for a
        # running job, which still needs the signals to report to.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.signals = _Signals(self)
        self._current = _Generation()

    @property
    def generation(self) -> int:
        return self._current.value

    def request(self, section: str, where: Scope) -> None:
        self._pool.start(_Job(self.signals, self._current, section, where))

    def next_generation(self) -> int:
        self._current.value += 1
        self._pool.clear()  # queued jobs of the old generation never start
        return self._current.value

    def wait(self, msecs: int = -1) -> bool:
        """Block until the running job is over (tests, closing the data)."""
        return self._pool.waitForDone(msecs)
